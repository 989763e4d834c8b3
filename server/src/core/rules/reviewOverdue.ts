import type { Rule } from './types.js';
import { metaField } from '../parse/meta.js';
import { isRetired } from './util.js';
import { isTemplateDoc } from '../parse/template.js';
import { bodyReviewDate } from '../parse/reviewDate.js';

export const reviewOverdue: Rule = {
  code: 'review-overdue',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A document whose next_review date has passed (dates compare with the configured "today"); without the field, the next review date its header states ("**Next review:** 31 August 2026", "| Next review date | 2026-11-30 |", in its first lines: ISO dates, a day, an English month name and a year, "30.09.2026", "2026年9月30日", and "30/09/2026" where the day is over 12; labels in several languages, a bilingual label, an HTML page-properties row, or a one-row header table\'s "Next review" column).',
    example: 'aims:\n  next_review: 2026-01-31',
    fix: 'Review the document, record the new approval, and set the next review date. The quick fix sets next_review one review cycle after today: the cycle the document states ("Review cycle: Annual"), else its last interval, else a year.',
  },
  checkInWorkspace(ctx) {
    if (isRetired(ctx.doc) || isTemplateDoc(ctx.doc)) return;
    // Informal metadata (no `aims:` block) counts too: docs sites write `next_review:` at the top level.
    const f = metaField(ctx.doc.meta, 'next_review');
    const status = metaField(ctx.doc.meta, 'status')?.value;
    if (typeof status === 'string' && /^(?:retired|superseded|withdrawn|archived|obsolete)$/i.test(status)) return;
    if (!f) {
      // No field: the date its header states, in a Markdown document ("**Next review:** 31 August 2026").
      const stated = ctx.doc.languageId === 'markdown' ? bodyReviewDate(ctx.doc.text, ctx.doc.meta.frontMatterSpan?.end ?? 0) : undefined;
      if (stated && stated.date < ctx.today)
        ctx.report({ span: stated.span, message: `The review of this document was due on ${stated.date}; today is ${ctx.today}.`, data: { due: stated.date } });
      return;
    }
    const date = typeof f.value === 'string' || typeof f.value === 'number' ? String(f.value).trim() : undefined;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    if (date < ctx.today)
      ctx.report({ span: f.valueSpan, message: `The review of this document was due on ${date}; today is ${ctx.today}.`, data: { due: date } });
  },
};
