/**
 * A guard before micromark, which is quadratic (or worse) in the nesting depth
 * of lists and block quotes: 10,000 "- " on one line take ~40 s, a list nested
 * 1,000 deep by indentation (one level a line) ~30 s. Each line's container
 * prefix (">", "-", "*", "+", "1." or "1)" markers, with the blanks around
 * them) is read; its markers past MAX_NESTING, or right of MAX_COLUMN, are
 * replaced in a copy of the same length by "." so that the parser reads them
 * as text of the deepest container it kept. Offsets stay exact, since the copy
 * is only parsed: every text the model holds is sliced from the original.
 * Line-local, so chunked parsing still equals whole parsing.
 *
 * Nothing real changes: right of column 200 a marker is code or paragraph text
 * anyway, unless it opens a list nested some 40 levels deep.
 */
import type { Span } from '../text/types.js';

/** Deeper than any real document nests; micromark takes ~10 ms per line at this depth. */
export const MAX_NESTING = 100;
/** Each level of a list takes two columns or more: as far right as MAX_NESTING levels reach. */
export const MAX_COLUMN = 2 * MAX_NESTING;

export interface DeepLine {
  /** The markers read as text: from the first one too deep to the end of the prefix. */
  readonly span: Span;
  /** How many container markers the line has. */
  readonly depth: number;
  /** The column of the first marker read as text. */
  readonly column: number;
  /** Set for a table row too wide to read whole (wideRows.ts): how many cells it has. */
  readonly cells?: number;
}

export interface Defused {
  /** The text for the parser: `text` itself when no line is too deep. */
  readonly text: string;
  readonly deep: readonly DeepLine[];
}

export function defuseNesting(text: string): Defused {
  const deep: DeepLine[] = [];
  let copy = '';
  let copied = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = pos;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    const { markers, excess } = containerMarkers(text, pos, end);
    if (excess < markers.length) {
      // Too far right: the blanks past MAX_COLUMN before the first marker read as text go too
      // (micromark weighs each of them against every open container: 2.4 s per MB).
      const first = markers[excess]!;
      // The first offset of the blank run before `first` at or past MAX_COLUMN, in one pass.
      let from = first;
      let c = 0;
      for (let i = pos; i < first; i++) {
        if (c >= MAX_COLUMN && isBlank(text.charCodeAt(i))) {
          if (from === first) from = i;
        } else from = first;
        c = advance(c, text.charCodeAt(i));
      }
      if (from < first) {
        copy += text.slice(copied, from) + '.'.repeat(first - from);
        copied = first;
      }
      for (let i = excess; i < markers.length; i += 2) {
        copy += text.slice(copied, markers[i]!) + '.'.repeat(markers[i + 1]! - markers[i]!);
        copied = markers[i + 1]!;
      }
      deep.push({ span: { start: first, end: markers[markers.length - 1]! }, depth: markers.length / 2, column: columnOf(text, pos, first) });
    }
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { text: deep.length === 0 ? text : copy + text.slice(copied), deep };
}

/**
 * The container markers at the start of the line text[start, end), as
 * [start, end) offset pairs, and the index in them of the first marker too
 * deep or too far right (markers.length if none). Generous (any blanks
 * between markers count), as a guard may be; but a marker that begins a
 * thematic break ("- - -") is not one.
 */
function containerMarkers(text: string, start: number, end: number): { markers: number[]; excess: number } {
  const markers: number[] = [];
  const hr = thematicBreak(text, start, end);
  let excess = -1;
  let column = 0;
  let p = start;
  const blankAfter = (q: number) => q >= end || isBlank(text.charCodeAt(q));
  for (;;) {
    for (; p < end && isBlank(text.charCodeAt(p)); p++) column = advance(column, text.charCodeAt(p));
    if (p >= end) break;
    const c = text.charCodeAt(p);
    let next = -1;
    if (c === 62 /* > */) next = p + 1;
    else if ((c === 45 /* - */ || c === 42 /* * */ || c === 43) /* + */ && blankAfter(p + 1)) {
      if (hr && p >= hr.from && p <= hr.lastFrom) break;
      next = p + 1;
    } else {
      let q = p;
      while (q < end && q - p < 9 && isDigit(text.charCodeAt(q))) q++;
      const d = text.charCodeAt(q);
      if (q > p && (d === 46 /* . */ || d === 41) /* ) */ && blankAfter(q + 1)) next = q + 1;
    }
    if (next < 0) break;
    if (excess < 0 && (markers.length === 2 * MAX_NESTING || column > MAX_COLUMN)) excess = markers.length;
    markers.push(p, next);
    column += next - p;
    p = next;
  }
  return { markers, excess: excess < 0 ? markers.length : excess };
}

/**
 * Where the line's trailing thematic break may start: it is one from any
 * position in [from, lastFrom] holding its character (three or more of "-",
 * "*" or "_", blanks between). Undefined when the line does not end in one.
 */
function thematicBreak(text: string, start: number, end: number): { from: number; lastFrom: number } | undefined {
  let i = end;
  while (i > start && isBlank(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  if (i === start || (c !== 45 && c !== 42 && c !== 95)) return undefined;
  let count = 0;
  let from = i;
  let lastFrom = -1;
  for (; i > start; i--) {
    const x = text.charCodeAt(i - 1);
    if (x === c) {
      from = i - 1;
      if (++count === 3) lastFrom = i - 1;
    } else if (!isBlank(x)) break;
  }
  return count >= 3 ? { from, lastFrom } : undefined;
}

/** The column of text[at] on a line starting at `start`. */
function columnOf(text: string, start: number, at: number): number {
  let column = 0;
  for (let i = start; i < at; i++) column = advance(column, text.charCodeAt(i));
  return column;
}

/** The column after a character: a tab moves to the next multiple of 4. */
function advance(column: number, c: number): number {
  return c === 9 ? column + 4 - (column % 4) : column + 1;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}
