import type { Rule } from './types.js';
import { isRetiredByStatus } from './util.js';
import { CONTROLS } from '../catalogue/controls.js';
import { titleSpan } from './util.js';

export const soaMissingControl: Rule = {
  code: 'soa-missing-control',
  defaultSeverity: 'error',
  doc: {
    summary: 'A statement of applicability that has no decision (applicable or excluded) for some of the 38 Annex A controls (one finding listing them), or a row with no decision.',
    example: 'An SoA table with rows for A.2.2 ... A.9.4 but none for A.10.2.',
    fix: 'Add a row for each missing control with the decision and its justification; one quick fix adds them all, and for a short list one per control adds that one.',
  },
  check(ctx) {
    // A retired SoA is kept for the record; only the SoA in force must be complete. An archived
    // copy (_history/) is still read for what it decides: a missing decision is its content's defect.
    if (ctx.doc.meta.kind !== 'soa' || isRetiredByStatus(ctx.doc)) return;
    const entries = ctx.doc.soa;
    if (entries.length === 0) return; // missing-section reports an SoA with no rows at all
    const present = new Map(entries.map((e) => [e.controlId, e]));
    const missing = CONTROLS.filter((c) => !present.has(c.id));
    const span = titleSpan(ctx.doc);
    // One finding per SoA, on its title, listing what is missing: 30 identical lines at line 1 read worse than one list.
    if (missing.length === 1) {
      const c = missing[0]!;
      ctx.report({ span, message: `The statement of applicability has no decision for ${c.id} (${c.title}).`, data: { id: c.id, title: c.title, ids: [c.id] } });
    } else if (missing.length > 1) {
      const list = missing.length <= 4 ? missing.map((c) => `${c.id} (${c.title})`).join(', ') : missing.map((c) => c.id).join(', ');
      ctx.report({ span, message: `The statement of applicability has no decision for ${missing.length} controls: ${list}.`, data: { ids: missing.map((c) => c.id) } });
    }
    for (const e of entries)
      if (e.applicable === undefined && CONTROLS.some((c) => c.id === e.controlId))
        ctx.report({ span: e.idSpan, message: `${e.controlId} is listed without a decision: say whether it is applicable (yes) or excluded (no).`, data: { id: e.controlId, undecided: true } });
  },
};
