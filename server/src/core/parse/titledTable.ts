/**
 * A Markdown table with the title of the section it is in. A table of a chunk before the edit
 * is the very object the previous version had (markdown.ts `placed`), and so, while its section
 * keeps its title, is the titled one: kept here rather than copied on every edit (thousands of
 * tables in a 1 MB register).
 */
import type { Table, TableGrid } from '../model/types.js';
import { withNameRow } from './subHeader.js';
import { WeakMemo } from '../util/weakMemo.js';

export { withNameRow };

const titled = new WeakMemo<TableGrid, Table>();

export function titledTable(grid: TableGrid, sectionTitle: string): Table {
  const kept = titled.get(grid);
  if (kept && kept.sectionTitle === sectionTitle) return kept;
  // A spreadsheet's grouping row above the column names (subHeader.ts): the names are the header.
  const table: Table = { ...withNameRow(grid), sectionTitle };
  titled.set(grid, table);
  return table;
}
