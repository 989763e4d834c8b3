import type { Rule } from './types.js';
import { tagAround, tagsOf } from '../parse/codeTags.js';

export const codeTagExcluded: Rule = {
  code: 'code-tag-excluded',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A control tag in code (`# aims: A.x.y`) names a control that the statement of applicability excludes.',
    example: '# aims: A.10.4 "customer notice"     (the SoA says A.10.4: No, not applicable)',
    fix: 'Either the code does implement the control, and the SoA should include it with its justification, or the tag is wrong and should name the control the code serves.',
  },
  checkInWorkspace(ctx) {
    const tags = tagsOf(ctx.doc);
    if (tags.length === 0) return;
    for (const r of ctx.doc.references) {
      if (r.type !== 'control' || r.framework !== '42001' || r.fromRange) continue;
      if (!tagAround(ctx.doc, r.span)) continue;
      const rows = ctx.index.soaEntriesFor(r.id).filter((e) => !ctx.index.isRetired(e.uri) && e.item.applicable !== undefined);
      // Only a decision the statements agree on: a conflict between them is soa-contradiction's.
      if (rows.length === 0 || rows.some((e) => e.item.applicable)) continue;
      ctx.report({
        span: r.span,
        message: `${r.id} is excluded in the statement of applicability, yet this code is tagged as implementing it: include the control there (and justify it), or correct the tag.`,
        related: rows.map((e) => ({ uri: e.uri, span: e.item.idSpan, message: `${r.id} excluded here` })),
        data: { id: r.id },
      });
    }
  },
};
