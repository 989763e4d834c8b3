/** Sections from a document's headings: each runs to the next heading of the same or a higher level. */
import type { Section } from '../model/types.js';
import type { Span } from '../text/types.js';
import { normalizeTitle } from '../util/text.js';
import { detached } from '../text/chunkMemo.js';

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
      normalized: normalizedTitle(h.text),
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
 * Titles up to 200 characters, 5,000 at most, copied so that no old text stays alive.
 */
const titles = new Map<string, string>();

function normalizedTitle(title: string): string {
  let n = titles.get(title);
  if (n === undefined) {
    n = normalizeTitle(title);
    if (title.length <= 200) {
      if (titles.size >= 5_000) titles.clear();
      titles.set(detached(title), detached(n));
    }
  }
  return n;
}

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

