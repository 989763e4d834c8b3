/**
 * Which tables of a document hold a clause number in a cell ("10.1", "**Clause 9.2**"), for
 * clause-title-mismatch: asked of every table on every edit, so kept per chunk.
 */
import type { AimsDocument, TableGrid } from '../model/types.js';
import { pushAll } from '../util/arrays.js';

/** A cell that is a clause number ("10.1", "**Clause 9.2**"). */
export const CLAUSE_CELL = /^[ \t]*(?:\*\*|__)?(?:clause\s+)?(\d{1,2}(?:\.\d{1,2}){1,3})(?:\*\*|__)?[ \t]*$/i;

/**
 * Per table, whether a cell is a clause number. A Markdown table lies in one chunk and is read
 * from its text alone, so the answers are kept with the chunk's key, in the tables' order.
 */
export function tablesWithClauseCells(doc: AimsDocument): readonly boolean[] {
  const tables = doc.tables;
  const chunks = doc.textChunks;
  if (!chunks || chunks.length === 0 || doc.languageId !== 'markdown') return tables.map(hasClauseCell);
  const out: boolean[] = [];
  let t = 0;
  for (let i = 0; i < chunks.length && t < tables.length; i++) {
    const c = chunks[i]!;
    const first = t;
    while (t < tables.length && tables[t]!.span.start < c.end) t++;
    if (t === first) continue;
    // A weak map of its own, not chunkValue: no closure made per chunk on every edit.
    let kept = clauseCellTables.get(c.key);
    if (!kept) clauseCellTables.set(c.key, (kept = tables.slice(first, t).map(hasClauseCell)));
    pushAll(out, kept);
  }
  // Tables after the last chunk's end (none in Markdown): judged here.
  for (; t < tables.length; t++) out.push(hasClauseCell(tables[t]!));
  return out;
}

const clauseCellTables = new WeakMap<object, readonly boolean[]>();

function hasClauseCell(t: TableGrid): boolean {
  return t.rows.some((row) => row.some((cell) => CLAUSE_CELL.test(cell.text)));
}
