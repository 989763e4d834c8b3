import type { Rule } from './types.js';
import { metaField } from '../parse/meta.js';
import { isRetired } from './util.js';
import { isTemplateDoc } from '../parse/template.js';

export const reviewOverdue: Rule = {
  code: 'review-overdue',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A document whose next_review date has passed (dates compare with the configured "today").',
    example: 'aims:\n  next_review: 2026-01-31',
    fix: 'Review the document, record the new approval, and set the next review date. The quick fix sets next_review one review cycle after today: the cycle the document states ("Review cycle: Annual"), else its last interval, else a year.',
  },
  checkInWorkspace(ctx) {
    if (isRetired(ctx.doc) || isTemplateDoc(ctx.doc)) return;
    // Informal metadata (no `aims:` block) counts too: docs sites write `next_review:` at the top level.
    const f = metaField(ctx.doc.meta, 'next_review');
    const status = metaField(ctx.doc.meta, 'status')?.value;
    if (typeof status === 'string' && /^(?:retired|superseded|withdrawn|archived|obsolete)$/i.test(status)) return;
    const date = f && (typeof f.value === 'string' || typeof f.value === 'number') ? String(f.value).trim() : undefined;
    if (!f || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    if (date < ctx.today)
      ctx.report({ span: f.valueSpan, message: `The review of this document was due on ${date}; today is ${ctx.today}.`, data: { due: date } });
  },
};
