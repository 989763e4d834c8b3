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
  // Up to three bold-only paragraphs open the document ("**Acme GmbH**", "**AI Risk Management
  // Procedure**": a word processor's title block, converted): read together, as one title's parts.
  const parts: string[] = [];
  let rest = text.slice(from, from + 600).replace(/^\uFEFF/, '');
  for (let m = BOLD_LINE.exec(rest); m && parts.length < 3; m = BOLD_LINE.exec(rest)) {
    parts.push(m[1]!.replace(/\\(.)/g, '$1').trim());
    rest = rest.slice(m[0].length);
  }
  if (parts.length > 0) return parts.join(' \u2014 ');
  // Or a document-control table's title row ("| Document title | Internal Audit Report -- AIMS |"),
  // as a Word document's first table converts (pipe or grid table).
  const row = TITLE_ROW.exec(text.slice(from, from + 1500));
  return row ? row[1]!.replace(/\\(.)/g, '$1').trim() : undefined;
}

const TITLE_ROW = /^[ \t]*\|[ \t]*(?:\*\*|__)?(?:document[ \t]+)?title(?:\*\*|__)?[ \t]*\|[ \t]*(?:\*\*|__)?([^|*_\r\n]{3,120}?)(?:\*\*|__)?[ \t]*\|/im;

const BOLD_LINE = /^(?:[ \t]*\r?\n)*[ \t]*(?:\*\*|__)(?![ \t])([^*_\r\n]{2,120}?)(?:\*\*|__)[ \t]*(?:\r?\n|$)/;

/**
 * Whether a document's headings are its chapters rather than its title: the first is numbered
 * ("1 Purpose", "2. Scope"), or below level 1 (a converted table's dashes made a setext heading),
 * or level-1 headings come more than once. Then a bold title block above them names the document.
 */
export function headingsAreChapters(headings: readonly { readonly level: number; readonly text: string }[]): boolean {
  const first = headings[0];
  if (!first) return true;
  return first.level > 1 || /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|chapter \d+|section \d+)[ \t]/i.test(first.text) || headings.filter((h) => h.level === 1).length > 1;
}
