/**
 * A guard before the parser for table rows with absurdly many cells: the GFM table extension
 * builds events for every cell, and one row of 1,200,000 cells (4.8 MB) ran the process out of
 * memory after 50 s. On a line with more than MAX_CELLS pipes, everything from the pipe after
 * the first MAX_CELLS is handed to the parser as "¦" (a copy of the same length: offsets stay
 * exact, and one run of plain text is one token), so the rest of the row is the text of its
 * last cell, and the line is reported (nesting.ts's
 * DeepLine, with `cells`). No real table has a thousand columns.
 */
import type { DeepLine } from './nesting.js';

export const MAX_CELLS = 1000;

export function defuseWideRows(text: string): { text: string; wide: DeepLine[] } {
  const wide: DeepLine[] = [];
  // Cheap exit: fewer pipes in the whole text than one wide row needs.
  let pipes = 0;
  for (let i = text.indexOf('|'); i >= 0 && pipes <= MAX_CELLS; i = text.indexOf('|', i + 1)) pipes++;
  if (pipes <= MAX_CELLS) return { text, wide };
  let copy = '';
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = lineStart;
    let count = 0;
    let cut = -1;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      if (c === 124 && ++count === MAX_CELLS + 1) cut = end;
    }
    if (cut >= 0) {
      copy += text.slice(copied, cut) + '\u00a6'.repeat(end - cut);
      copied = end;
      wide.push({ span: { start: cut, end }, depth: 0, column: 0, cells: count - 1 });
    }
    lineStart = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { text: wide.length === 0 ? text : copy + text.slice(copied), wide };
}
