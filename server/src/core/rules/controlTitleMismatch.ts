import type { Rule } from './types.js';
import { getControl, judgeTitle } from '../catalogue/lookup.js';

export const controlTitleMismatch: Rule = {
  code: 'control-title-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary:
      'A real control ID written next to a title that is not its title: another control\'s title or subject, or an invented one (a warning); a paraphrase that keeps some of the real title\'s words is a notice.',
    example: 'A.7.4 Human oversight',
    fix: 'Use the control\'s real title (A.7.4 is "Quality of data for AI systems"), or the ID of the control you meant.',
  },
  check(ctx) {
    for (const r of ctx.doc.references) {
      if (r.type !== 'control' || r.framework !== '42001' || !r.title) continue;
      const c = getControl(r.id);
      if (!c) continue;
      const verdict = judgeTitle(r.title.text, r.id);
      if (verdict.kind === 'match') continue;
      // Words continuing a sentence are a title only less certainly: there, only a title that
      // is clearly another control's, or written in title case, is worth a finding.
      if (r.title.inProse && verdict.kind !== 'other' && !(verdict.kind === 'wrong' && titleCased(r.title.text))) continue;
      const written = r.title.text;
      const message =
        verdict.kind === 'other'
          ? verdict.exact
            ? `"${written}" is the title of ${verdict.other.id} (${verdict.other.title}), not of ${r.id}; the title of ${r.id} is "${c.title}".`
            : `"${written}" names the subject of ${verdict.other.id} (${verdict.other.title}), not of ${r.id}; the title of ${r.id} is "${c.title}".`
          : verdict.kind === 'paraphrase'
            ? `"${written}" paraphrases the title of ${r.id}; its title is "${c.title}".`
            : `"${written}" is not the title of ${r.id}; its title is "${c.title}".`;
      ctx.report({
        span: r.title.span,
        message,
        data: { id: r.id, title: c.title, written, ...(verdict.kind === 'other' ? { other: verdict.other.id } : {}) },
        related: [{ uri: ctx.doc.uri, span: r.span, message: `${r.id} is cited here` }],
        ...(verdict.kind === 'paraphrase' ? { atMost: 'information' as const } : {}),
      });
    }
  },
};

const SMALL_WORDS = new Set(['a', 'an', 'and', 'of', 'the', 'for', 'to', 'in', 'on', 'with', 'by', 'or']);

/** "Data Access Controls": every word but the small ones starts with a capital. */
function titleCased(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => /^[^a-z]/.test(w));
}
