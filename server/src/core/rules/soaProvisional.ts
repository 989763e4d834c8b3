import type { Rule } from './types.js';
import { isRetired } from './util.js';
import { isProvisional } from '../parse/soaProvisional.js';

/**
 * Rows of a statement of applicability that include their control only provisionally, as the
 * SoA template writes every row until the risk treatment decides. One notice per SoA with the
 * count, at the first such row, rather than one per row: a fresh SoA has 38 of them, and the
 * work they ask for is one task. Coverage counts these controls as undecided.
 */
export const soaProvisional: Rule = {
  code: 'soa-provisional',
  defaultSeverity: 'information',
  doc: {
    summary: 'Controls a statement of applicability still includes only provisionally (the justification the SoA template writes, "Included provisionally ..."): listed, but not decided.',
    example: '| A.2.3 | Alignment with other organizational policies | Yes | Included provisionally; replace with the risks or requirements it addresses, or exclude it and say why | planned | |',
    fix: 'Decide each control from the risk treatment: keep it with the risks or requirements it addresses as its justification, or exclude it and say why.',
  },
  check(ctx) {
    if (ctx.doc.meta.kind !== 'soa' || isRetired(ctx.doc)) return;
    const rows = ctx.doc.soa.filter(isProvisional);
    if (rows.length === 0) return;
    const decided = ctx.doc.soa.filter((e) => e.applicable !== undefined).length;
    const which = rows.length <= 5 ? `: ${rows.map((e) => e.controlId).join(', ')}` : '';
    ctx.report({
      span: rows[0]!.idSpan,
      message: `${rows.length} of the ${decided} controls this statement of applicability lists are included only provisionally${which}. Decide each from the risk treatment and justify it; until then coverage counts them as undecided.`,
      data: { count: rows.length },
    });
  },
};
