/**
 * MyST's list tables, as a Jupyter Book or Sphinx site writes its registers:
 *
 *   ```{list-table} AI risks
 *   :header-rows: 1
 *
 *   * - ID
 *     - Risk
 *   * -
 *     - Route plan breaks driving-time law
 *   ```
 *
 * To CommonMark the directive is a fenced code block, so a register written this way had no rows:
 * its risks undefined and every citation of them dangling (trial 11). A row starts with two list
 * markers ("* -"), each further cell with one marker indented past the row's; a line indented
 * deeper still goes on the cell before, its text joined by a space. A cell's span is its first
 * line's text, as in a grid table (gridTable.ts). The first `:header-rows:` rows are the header
 * (none when the option is absent). Anything else in the body (a line that is no marker and no
 * continuation, a row of no cells) makes it no table: the block stays code.
 */
import type { Span } from '../text/types.js';
import type { Cell, TableGrid } from '../model/types.js';
import { MAX_CELLS } from './wideRows.js';
import { linesOf, type Line } from './gridTable.js';

/** A MyST directive's fence info string ("{list-table}"): its name. */
export function mystDirective(lang: string | null | undefined): string | undefined {
  const m = lang ? /^\{([a-z][\w-]*)\}$/.exec(lang) : null;
  return m ? m[1] : undefined;
}

// A cell may be empty: its marker ends the line ("  -").
const ROW = /^([ \t]*)[*+-]([ \t]+)[*+-](?:[ \t]+|$)/;
const CELL = /^([ \t]*)[*+-](?:[ \t]+|$)/;
const OPTION = /^[ \t]*:([\w-]+):[ \t]*(.*)$/;

/** The table a `{list-table}` fenced block at `span` holds, or undefined. */
export function readListTable(text: string, span: Span): TableGrid | undefined {
  const lines = linesOf(text, span);
  // The opening fence's line and the closing one (if the block is closed) are not the body.
  const body = lines.slice(1, /^[ \t]*(?:`{3,}|~{3,})[ \t]*$/.test(lines[lines.length - 1]?.text ?? '') ? -1 : undefined);
  let headerRows = 0;
  const rows: Cell[][] = [];
  let rowIndent = -1;
  let cellIndent = -1;
  let options = true;
  for (const line of body) {
    if (line.text.trim() === '') continue;
    const option = options ? OPTION.exec(line.text) : null;
    if (option) {
      if (option[1] === 'header-rows') headerRows = Number(option[2]) || 0;
      continue;
    }
    options = false;
    const row = ROW.exec(line.text);
    if (row && (rowIndent < 0 || row[1]!.length === rowIndent)) {
      rowIndent = row[1]!.length;
      // The first cell's marker: where the row's other cells put theirs.
      cellIndent = rowIndent + 1 + row[2]!.length;
      rows.push([cellOf(line, row[0].length)]);
      continue;
    }
    const current = rows[rows.length - 1];
    if (!current) return undefined;
    const cell = CELL.exec(line.text);
    if (cell && cell[1]!.length > rowIndent && cell[1]!.length <= cellIndent) {
      if (current.length >= MAX_CELLS) return undefined;
      current.push(cellOf(line, cell[0].length));
      continue;
    }
    // A line indented past its cell's marker goes on that cell.
    if (line.text.length - line.text.trimStart().length <= cellIndent) return undefined;
    const last = current[current.length - 1]!;
    current[current.length - 1] = { text: `${last.text} ${line.text.trim()}`.trim(), span: last.span };
  }
  if (rows.length === 0) return undefined;
  return { span, header: headerRows > 0 ? rows[0]! : [], rows: rows.slice(Math.min(headerRows, rows.length)) };
}

/** The cell whose text starts `at` characters into `line`: its first line's text, trimmed. */
function cellOf(line: Line, at: number): Cell {
  const raw = line.text.slice(at);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  const start = line.start + at + lead;
  return { text: t, span: { start, end: start + t.length } };
}
