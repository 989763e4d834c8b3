/** Finding a table's ID column, and a row's span: shared by the readers of registers. */
import type { Span } from '../text/types.js';
import type { Table } from '../model/types.js';
import { tableWidth } from '../util/arrays.js';

/**
 * The ID column of a register: the first column, or a column headed "ID"/"Ref"/"No",
 * when most of its non-empty cells satisfy `test`.
 */
export function idColumn(t: Table, test: (c: { text: string }) => boolean): number {
  const headed = t.header.findIndex((h) => /^(?:[a-z ]*\bid|ref(?:erence)?|no\.?|#|number)$/i.test(h.text.replace(/[*_`]/g, '').trim()));
  for (const col of headed >= 0 ? [0, headed] : [0]) if (columnMatches(t, col, test)) return col;
  return -1;
}

export function columnMatches(t: Table, col: number, test: (c: { text: string }) => boolean): boolean {
  let hits = 0;
  let filled = 0;
  for (const r of t.rows) {
    const c = r[col];
    if (!c || c.text.trim() === '') continue;
    filled++;
    if (test(c)) hits++;
  }
  return hits > 0 && hits * 2 >= filled;
}

/** The first column in which most non-empty cells satisfy `test` (IDs live in one column). */
export function findIdColumn(t: Table, test: (c: { text: string }) => boolean): number {
  const width = tableWidth(t);
  for (let col = 0; col < width; col++) if (columnMatches(t, col, test)) return col;
  return -1;
}

export function rowSpan(row: readonly { span: Span }[]): Span {
  if (row.length === 0) return { start: 0, end: 0 };
  return { start: row[0]!.span.start, end: row[row.length - 1]!.span.end };
}
