/** Sections from a document's headings: each runs to the next heading of the same or a higher level. */
import type { Section } from '../model/types.js';
import type { Span } from '../text/types.js';
import { normalizeTitle } from '../util/text.js';

export function sectionsFromHeadings(text: string, headings: readonly { level: number; text: string; span: Span }[]): Section[] {
  const out: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++)
      if (headings[j]!.level <= h.level) {
        end = headings[j]!.span.start;
        break;
      }
    const contentStart = Math.min(h.span.end, end);
    out.push({
      title: h.text,
      normalized: normalizeTitle(h.text),
      level: h.level,
      headingSpan: h.span,
      span: { start: h.span.start, end },
      content: text.slice(contentStart, end).trim(),
      contentStart,
    });
  }
  return out;
}

export function sectionTitleAt(sections: readonly Section[], offset: number): string {
  let title = '';
  for (const s of sections) if (s.span.start <= offset && offset <= s.span.end) title = s.title;
  return title;
}

