import type { Rule } from './types.js';
import { isBlank, isRetired, soaRowsUnderCheck } from './util.js';
import { isPlaceholderText } from '../util/text.js';

export const soaMissingJustification: Rule = {
  code: 'soa-missing-justification',
  defaultSeverity: 'error',
  doc: {
    summary: 'A statement-of-applicability decision without a justification (ISO/IEC 42001 asks for one for inclusions and exclusions alike).',
    example: '| A.8.3 | External reporting | No | | Not applicable | |',
    fix: 'Write why the control is included (the risks or requirements it addresses) or why it is excluded.',
  },
  check(ctx) {
    // A retired SoA is kept for the record; only the SoA in force must be complete.
    const rows = soaRowsUnderCheck(ctx.doc);
    if (!rows || isRetired(ctx.doc)) return;
    const entries = rows.filter((e) => e.applicable !== undefined);
    if (entries.length === 0) return;
    if (!entries.some((e) => e.attributes.has('justification'))) {
      ctx.report({ span: entries[0]!.idSpan, message: 'This statement of applicability has no justification column or key: every decision needs a justification.', data: { column: true } });
      return;
    }
    for (const e of entries) {
      const j = e.attributes.get('justification');
      if (j && !isBlank(j.text) && !isPlaceholderText(j.text)) continue;
      ctx.report({
        span: e.idSpan,
        message: `${e.controlId} is ${e.applicable ? 'included' : 'excluded'} without a justification.`,
        data: { id: e.controlId },
      });
    }
  },
};
