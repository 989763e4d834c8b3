/**
 * A fast reader for the commonest table chunk: a pipe table and nothing else. Every line
 * starts and ends with "|", except that a body row may start with a letter (which starts no
 * other block) or end with a character other than a blank: that text is then a cell of its
 * own, as a keystroke before or after a row's pipes leaves it. A delimiter row of as many
 * cells as the header; body rows of any width, their cells as they are, as remark gives them;
 * no cell empty, and none of the characters that could start something inside a cell: code
 * spans, HTML, escapes. The GFM table extension reads such a table at about 0.2 MB/s, a few
 * milliseconds for a register of a dozen rows on every keystroke in it; this reads it in
 * microseconds. Anything else returns undefined and goes to the parser, and a property test
 * holds the two equal on generated tables.
 */
import type { Span } from '../text/types.js';
import type { Cell, TableGrid } from '../model/types.js';
import { MAX_CELLS } from './wideRows.js';

const UNSAFE = /[`<\\\r]/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** The table of a chunk that is one simple pipe table (then blank lines), or undefined. */
export function readSimpleTable(text: string): TableGrid | undefined {
  if (text.charCodeAt(0) !== 124 || UNSAFE.test(text)) return undefined;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end === 0) return undefined;
  const rows: Cell[][] = [];
  let width = -1;
  let pos = 0;
  let line = 0;
  while (pos <= end) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > end) eol = end;
    const cells = splitRow(text, pos, eol, line >= 2);
    if (!cells) return undefined;
    // Body rows are read with as many cells as they have, more or fewer than the header (as remark does).
    if (line === 0) width = cells.length;
    else if (line === 1 && cells.length !== width) return undefined;
    if (line === 1) {
      if (!cells.every((c) => DELIMITER_CELL.test(text.slice(c.outer.start, c.outer.end)))) return undefined;
    } else {
      if (cells.some((c) => c.cell.span.start === c.cell.span.end)) return undefined;
      rows.push(cells.map((c) => c.cell));
    }
    line++;
    pos = eol + 1;
  }
  if (line < 2) return undefined;
  const span: Span = { start: 0, end };
  return { span, header: rows[0]!, rows: rows.slice(1) };
}

/**
 * A row "| a | b |" split at its pipes; undefined unless it starts and ends with one (nothing
 * after it). A `loose` (body) row may also start with an ASCII letter ("x| a | b |") or end
 * with a character other than a blank ("| a | b |x"): that text is a cell of its own.
 */
function splitRow(text: string, start: number, end: number, loose = false): { outer: Span; cell: Cell }[] | undefined {
  if (end - start < 2) return undefined;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  const lead = first === 124;
  const trail = last === 124;
  if (!lead && !(loose && ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)))) return undefined;
  if (!trail && !(loose && last !== 32 && last !== 9)) return undefined;
  const out: { outer: Span; cell: Cell }[] = [];
  const cell = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    out.push({ outer: { start: from, end: to }, cell: { text: text.slice(s, e), span: { start: s, end: e } } });
  };
  let from = lead ? start + 1 : start;
  let pipes = lead ? 1 : 0;
  for (let bar = text.indexOf('|', from); bar >= 0 && bar < end; bar = text.indexOf('|', from)) {
    // A row the parser would get cut (wideRows.ts) is left to it, with its notice.
    if (++pipes > MAX_CELLS) return undefined;
    cell(from, bar);
    from = bar + 1;
  }
  if (!trail) cell(from, end);
  return out.length > 0 ? out : undefined;
}

/**
 * Pipe tables inside an indented code block (`span`): a table pasted with six spaces before
 * every row renders as code, but its writer meant a table, and its decisions are still the
 * document's (an SoA indented by accident must not read as "no controls"). Only runs of
 * lines that are rows after their indentation, with a delimiter row second, are read; cells
 * keep their exact offsets in `text`. Returns the tables and the parts of the block left as code.
 */
export function readIndentedTables(text: string, span: Span): { tables: TableGrid[]; rest: Span[] } {
  const tables: TableGrid[] = [];
  const rest: Span[] = [];
  let restStart = span.start;
  let run: { start: number; eol: number; cells: { outer: Span; cell: Cell }[] }[] = [];
  const flush = () => {
    if (run.length >= 2 && run.every((r, i) => i === 0 || r.cells.length === run[0]!.cells.length) && run[1]!.cells.every((c) => DELIMITER_CELL.test(text.slice(c.outer.start, c.outer.end)))) {
      if (run[0]!.start > restStart) rest.push({ start: restStart, end: run[0]!.start });
      const rows = run.filter((_, i) => i !== 1).map((r) => r.cells.map((c) => c.cell));
      tables.push({ span: { start: run[0]!.start, end: run[run.length - 1]!.eol }, header: rows[0]!, rows: rows.slice(1) });
      restStart = run[run.length - 1]!.eol;
    }
    run = [];
  };
  let pos = span.start;
  while (pos < span.end) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > span.end) eol = span.end;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    let first = pos;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    let last = lineEnd;
    while (last > first && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--;
    const cells = last > first && !UNSAFE_INDENTED.test(text.slice(first, last)) ? splitRow(text, first, last) : undefined;
    if (cells) run.push({ start: first, eol: last, cells });
    else flush();
    pos = eol + 1;
  }
  flush();
  if (tables.length > 0 && restStart < span.end) rest.push({ start: restStart, end: span.end });
  return { tables, rest: tables.length > 0 ? rest : [span] };
}

/** As UNSAFE, but a row of an indented block has no carriage return left in it. */
const UNSAFE_INDENTED = /[`<\\]/;
