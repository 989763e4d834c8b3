/**
 * Tables exported from spreadsheets with a grouping row above the real header: merged cells
 * become one label and blanks ("| Control | | Applicable | | Implementation |"), and the
 * first row under the delimiter holds the column names ("| ID | Title | Yes/No |
 * Justification | Status |"). Read as written, every column the group row leaves blank is
 * unnamed and the names are taken for a row. Such a table's header is its name row, with the
 * group's label for a column the name row does not name ("Yes/No" under "Applicable").
 */
import type { Cell, TableGrid } from '../model/types.js';
import { riskColumn, soaColumn } from './columns.js';

const names = (c: Cell | undefined): boolean => c !== undefined && (soaColumn(c.text) !== undefined || riskColumn(c.text) !== undefined);

/** The grid with its name row as the header, when the written header is a grouping row above it; else the grid itself. */
export function withNameRow(grid: TableGrid): TableGrid {
  const { header, rows } = grid;
  const first = rows[0];
  if (rows.length < 2 || !first || first.length !== header.length) return grid;
  // A grouping row: a label first (a matrix's corner is blank), then blanks where cells were merged.
  if (header[0]!.text.trim() === '' || !header.some((c) => c.text.trim() === '')) return grid;
  // A name row: every cell filled, no numbers (data rows carry IDs and scores), and more column names than the group row.
  if (first.some((c) => c.text.trim() === '' || /\d/.test(c.text))) return grid;
  const named = first.filter(names).length;
  if (named < 2 || named < header.filter(names).length) return grid;
  const used = new Set<Cell>();
  const merged = first.map((cell, i) => {
    if (names(cell)) return cell;
    // The group's label stands over this column: the last filled cell at or before it, once.
    let g = i;
    while (g > 0 && header[g]!.text.trim() === '') g--;
    const group = header[g]!;
    if (!names(group) || used.has(group)) return cell;
    used.add(group);
    return group;
  });
  return { span: grid.span, header: merged, rows: rows.slice(1) };
}
