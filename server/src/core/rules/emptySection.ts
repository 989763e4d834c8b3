import type { Rule } from './types.js';
import { isPlaceholderText } from '../util/text.js';
import { isTemplateDoc, isTemplateNote } from '../parse/template.js';

export const emptySection: Rule = {
  code: 'empty-section',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A section with no content, or only placeholder text such as TBD, TODO, lorem ipsum, "[Insert ...]" or blanks to fill.',
    example: '## Risk criteria\nTBD',
    fix: 'Write the section, or remove it if it does not apply (and say why elsewhere).',
  },
  check(ctx) {
    if (!ctx.doc.meta.kind || ctx.doc.languageId !== 'markdown') return;
    // An archived copy is kept for the record: how complete it is no longer matters.
    if (ctx.doc.archived) return;
    // A template's placeholders are what it is for.
    if (isTemplateDoc(ctx.doc)) return;
    const sections = ctx.doc.sections;
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i]!;
      const next = sections[i + 1];
      const hasChildren = next !== undefined && next.level > s.level && next.span.start < s.span.end;
      if (hasChildren) continue;
      // A paragraph of several lines over a line of dashes is a setext heading by accident
      // (pandoc simple tables look like that); it is not a section someone left empty.
      const lines = ctx.doc.lines;
      if (lines.positionAt(s.headingSpan.end).line - lines.positionAt(s.headingSpan.start).line > 1) continue;
      const note = isTemplateNote(ctx.doc.meta.kind, s.content);
      if (!note && !isPlaceholderText(s.content)) continue;
      ctx.report({
        span: s.headingSpan,
        message: note
          ? `The section "${s.title}" still holds the template's note: write it.`
          : s.content.trim() === ''
            ? `The section "${s.title}" is empty.`
            : `The section "${s.title}" holds only placeholder text ("${s.content.trim().slice(0, 40)}").`,
        data: { title: s.title },
      });
    }
  },
};
