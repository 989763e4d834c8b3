/**
 * Which tables of a document hold a clause number in a cell ("10.1", "**Clause 9.2**"), for
 * clause-title-mismatch: asked of every table on every edit, so kept per chunk.
 */
import type { AimsDocument, TableGrid } from '../model/types.js';
import { perChunkItems } from '../text/chunkMemo.js';
import { WeakMemo } from '../util/weakMemo.js';

/** A cell that is a clause number ("10.1", "**Clause 9.2**"). */
export const CLAUSE_CELL = /^[ \t]*(?:\*\*|__)?(?:clause\s+)?(\d{1,2}(?:\.\d{1,2}){1,3})(?:\*\*|__)?[ \t]*$/i;

/**
 * Per table, whether a cell is a clause number. A Markdown table lies in one chunk and is read
 * from its text alone, so the answers are kept with the chunk's key, in the tables' order.
 */
export function tablesWithClauseCells(doc: AimsDocument): readonly boolean[] {
  const chunks = doc.textChunks;
  if (!chunks || chunks.length === 0 || doc.languageId !== 'markdown') return doc.tables.map(hasClauseCell);
  return perChunkItems(chunks, doc.tables, clauseCellTables, (tables) => tables.map(hasClauseCell));
}

const clauseCellTables = new WeakMemo<object, readonly boolean[]>();

function hasClauseCell(t: TableGrid): boolean {
  return t.rows.some((row) => row.some((cell) => CLAUSE_CELL.test(cell.text)));
}
