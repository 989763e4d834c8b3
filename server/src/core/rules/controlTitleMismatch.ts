import type { Rule } from './types.js';
import { getControl, titleMatches } from '../catalogue/lookup.js';

export const controlTitleMismatch: Rule = {
  code: 'control-title-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A real control ID written next to a title that is not its title.',
    example: 'A.7.4 Human oversight',
    fix: 'Use the control\'s real title (A.7.4 is "Quality of data for AI systems"), or the ID of the control you meant.',
  },
  check(ctx) {
    for (const r of ctx.doc.references) {
      if (r.type !== 'control' || r.framework !== '42001' || !r.title) continue;
      const c = getControl(r.id);
      if (!c || titleMatches(r.title.text, c.title)) continue;
      ctx.report({
        span: r.title.span,
        message: `"${r.title.text}" is not the title of ${r.id}; its title is "${c.title}".`,
        data: { id: r.id, title: c.title, written: r.title.text },
        related: [{ uri: ctx.doc.uri, span: r.span, message: `${r.id} is cited here` }],
      });
    }
  },
};
