import type { Rule } from './types.js';
import { fieldText } from '../parse/meta.js';

export const reviewOverdue: Rule = {
  code: 'review-overdue',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A document whose next_review date has passed (dates compare with the configured "today").',
    example: 'aims:\n  next_review: 2026-01-31',
    fix: 'Review the document, record the new approval, and set the next review date.',
  },
  checkInWorkspace(ctx) {
    if (fieldText(ctx.doc.meta, 'status') === 'retired') return;
    const f = ctx.doc.meta.fields.get('next_review');
    const date = fieldText(ctx.doc.meta, 'next_review');
    if (!f || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    if (date < ctx.today)
      ctx.report({ span: f.valueSpan, message: `The review of this document was due on ${date}; today is ${ctx.today}.`, data: { due: date } });
  },
};
