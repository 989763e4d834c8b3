/** Sections from a document's headings: each runs to the next heading of the same or a higher level. */
import type { Section } from '../model/types.js';
import type { Span } from '../text/types.js';
import { normalizeTitle } from '../util/text.js';
import { StringMemo } from '../text/chunkMemo.js';

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
      normalized: titles.get(h.text),
      level: h.level,
      headingSpan: h.span,
      span: { start: h.span.start, end },
      content: text.slice(contentStart, end).trim(),
      contentStart,
    });
  }
  return out;
}

/**
 * normalizeTitle of headings, kept: every edit brings back the same headings (the same strings,
 * from the chunks' models), and normalising each (five replacements) was most of this function.
 */
const titles = new StringMemo(normalizeTitle, 200);

/**
 * The title of the innermost section at `offset`: the last section (in heading order) that
 * starts at or before it. That one always reaches `offset`, since it ends only where a later
 * heading starts, and a later heading at or before `offset` would be a later section. Found by
 * binary search: it is asked for every table and region, and a 1 MB policy has thousands of each.
 */
export function sectionTitleAt(sections: readonly Section[], offset: number): string {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sections[mid]!.span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sections[lo - 1]!.title : '';
}

/**
 * A document without headings whose first line is bold text alone: that line is its title, as a
 * Google Docs or Word export writes one ("**Internal Audit Report – AI Management System**").
 */
export function boldTitle(text: string, from: number): string | undefined {
  const m = /^(?:[ \t]*\r?\n)*[ \t]*(?:\*\*|__)(?![ \t])([^*_\r\n]{2,120}?)(?:\*\*|__)[ \t]*(?:\r?\n|$)/.exec(text.slice(from, from + 400).replace(/^\uFEFF/, ''));
  return m ? m[1]!.replace(/\\(.)/g, '$1').trim() : undefined;
}
