import type { Rule } from './types.js';
import { isRetired } from './util.js';
import { CONTROLS } from '../catalogue/controls.js';
import { titleSpan } from './util.js';

export const soaMissingControl: Rule = {
  code: 'soa-missing-control',
  defaultSeverity: 'error',
  doc: {
    summary: 'A statement of applicability that has no decision (applicable or excluded) for one of the 38 Annex A controls.',
    example: 'An SoA table with rows for A.2.2 ... A.9.4 but none for A.10.2.',
    fix: 'Add a row for each missing control with the decision and its justification; the quick fix adds the rows.',
  },
  check(ctx) {
    // A retired SoA is kept for the record; only the SoA in force must be complete.
    if (ctx.doc.meta.kind !== 'soa' || isRetired(ctx.doc)) return;
    const entries = ctx.doc.soa;
    if (entries.length === 0) return; // missing-section reports an SoA with no rows at all
    const present = new Map(entries.map((e) => [e.controlId, e]));
    const missing = CONTROLS.filter((c) => !present.has(c.id));
    const span = titleSpan(ctx.doc);
    for (const c of missing) ctx.report({ span, message: `The statement of applicability has no decision for ${c.id} (${c.title}).`, data: { id: c.id, title: c.title } });
    for (const e of entries)
      if (e.applicable === undefined && CONTROLS.some((c) => c.id === e.controlId))
        ctx.report({ span: e.idSpan, message: `${e.controlId} is listed without a decision: say whether it is applicable (yes) or excluded (no).`, data: { id: e.controlId, undecided: true } });
  },
};
