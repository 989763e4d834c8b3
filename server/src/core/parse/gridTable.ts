/**
 * Pandoc's grid tables, as a Word document converted to Markdown keeps its tables:
 *
 *   +--------+--------------------+------+
 *   | Risk   | Description        | L    |
 *   | ID     |                    |      |
 *   +========+====================+======+
 *   | R-101  | Route optimiser    | 3    |
 *   |        | sends drivers down |      |
 *   +--------+--------------------+------+
 *
 * CommonMark reads the lines as one paragraph, so the register's rows were no rows at all (a
 * trial of such an export: its risks undefined, its SoA without controls). The columns are
 * where the first border has its "+"; a row runs from one border to the next, and a cell's text
 * is its lines' slices joined by a space ("Risk ID"). A cell's span is that of its first line's
 * text, so what is read at a cell's start (an ID, a number) is placed exactly; text on its later
 * lines is in the cell's text, not in its span. The rows before a "+===+" border are the header;
 * a table without one has an empty header. Anything that does not line up (a row without its
 * pipes where the border has "+", no closing border) is no table: its lines stay prose.
 */
import type { Span } from '../text/types.js';
import type { Cell, TableGrid } from '../model/types.js';
import { MAX_CELLS } from './wideRows.js';

/** A border line: "+---+---+", with "=" under the header and ":" for alignment. */
const BORDER = /^\+(?:[-=:]+\+)+[ \t]*$/;

/** Whether some line of `text` is a grid table's border: cheap, for readers that leave such text to the parser. */
export const HAS_GRID_BORDER = /^\+[-=:]+\+/m;

/** The grid tables among the lines of `span` (a paragraph, to the parser). */
export function readGridTables(text: string, span: Span): TableGrid[] {
  const lines = linesOf(text, span);
  const out: TableGrid[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i]!.text)) continue;
    const read = readGrid(text, lines, i);
    if (read) {
      out.push(read.table);
      i = read.last;
    }
  }
  return out;
}

/** A line of a span: where it starts, and its text without the line break. */
export interface Line {
  readonly start: number;
  readonly text: string;
}

export function linesOf(text: string, span: Span): Line[] {
  const out: Line[] = [];
  let pos = span.start;
  while (pos < span.end) {
    let end = text.indexOf('\n', pos);
    if (end < 0 || end > span.end) end = span.end;
    const raw = text.slice(pos, end);
    out.push({ start: pos, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    pos = end + 1;
  }
  return out;
}

/** The table whose top border is line `first`, and the index of its last border; undefined when the lines are no grid table. */
function readGrid(text: string, lines: readonly Line[], first: number): { table: TableGrid; last: number } | undefined {
  const top = lines[first]!.text.trimEnd();
  const cols: number[] = [];
  for (let c = top.indexOf('+'); c >= 0; c = top.indexOf('+', c + 1)) cols.push(c);
  if (cols.length < 2 || cols.length - 1 > MAX_CELLS) return undefined;
  const rows: Cell[][] = [];
  let header: Cell[] | undefined;
  let current: Line[] = [];
  let last = -1;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (BORDER.test(line)) {
      if (!lineUp(line, cols, '+')) return undefined;
      if (current.length === 0) return undefined;
      const row = cellsOf(current, cols);
      // The header's border: the rows read so far are one header row (a grid table has one).
      if (line.includes('=')) {
        if (header || rows.length > 0) return undefined;
        header = row;
      } else rows.push(row);
      current = [];
      last = i;
      continue;
    }
    if (line.charCodeAt(0) !== 124 /* | */ || !lineUp(line, cols, '|')) break;
    current.push(lines[i]!);
  }
  // Rows left open (no closing border yet, as while typing one) end the table before them.
  if (last < 0) return undefined;
  const end = lines[last]!.start + lines[last]!.text.length;
  return { table: { span: { start: lines[first]!.start, end }, header: header ?? [], rows }, last };
}

/** Whether a row or border line has its separators (or "+") where the top border has "+". */
function lineUp(line: string, cols: readonly number[], separator: string): boolean {
  for (const c of cols) {
    const ch = line[c];
    if (ch !== separator && ch !== '+' && ch !== '|') return false;
  }
  return line.trimEnd().length <= cols[cols.length - 1]! + 1;
}

/** A row's cells: each column's slices of the row's lines, trimmed, joined by a space; the span of the first slice with text. */
function cellsOf(lines: readonly Line[], cols: readonly number[]): Cell[] {
  const cells: Cell[] = [];
  for (let k = 0; k + 1 < cols.length; k++) {
    const parts: string[] = [];
    let span: Span | undefined;
    for (const l of lines) {
      const from = cols[k]! + 1;
      const slice = l.text.slice(from, cols[k + 1]);
      const lead = slice.length - slice.trimStart().length;
      const part = slice.trim();
      if (part === '') continue;
      parts.push(part);
      span ??= { start: l.start + from + lead, end: l.start + from + lead + part.length };
    }
    const at = lines[0]!.start + cols[k]! + 1;
    cells.push({ text: parts.join(' '), span: span ?? { start: at, end: at } });
  }
  return cells;
}
