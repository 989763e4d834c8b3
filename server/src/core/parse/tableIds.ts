/**
 * The IDs a register's ID column defines (definitions.ts collectDefinitions), read from a table's
 * cells alone. Asked of every table on every edit, so a Markdown document's answers are kept
 * with the key of the chunk the tables start in (text/chunkMemo.ts): a table lies in its chunk
 * and is read from the chunk's text alone (invariant 7), so an edit reads one chunk's tables
 * again and the others' answers come back, also for chunks the edit moved (the offsets kept are
 * within a cell).
 */
import type { Table } from '../model/types.js';
import type { TextChunk } from '../text/types.js';
import { detached, perChunkItems } from '../text/chunkMemo.js';
import { idColumn } from './tableColumns.js';
import { WeakMemo } from '../util/weakMemo.js';

export interface IdPatternsOfTables {
  readonly risk: RegExp;
  readonly document: RegExp;
}

/** One row whose ID-column cell holds an ID: the row, the ID, where in the cell it is, and the next cell's text as its title. */
export interface IdRow {
  readonly row: number;
  readonly col: number;
  readonly id: string;
  readonly offset: number;
  readonly title: string | undefined;
}

/** A table's ID rows by type: `document` none when the table lists documents (it names them, it defines none). */
export interface TableIdRows {
  readonly document: readonly IdRow[];
  readonly risk: readonly IdRow[];
}

const NONE: readonly IdRow[] = [];

/** Per ID patterns (a configuration's), per chunk key: its tables' ID rows, in order. */
const kept = new WeakMap<IdPatternsOfTables, WeakMemo<object, readonly TableIdRows[]>>();

/** Each table's ID rows, in the tables' order; with the chunks the tables start in, kept per chunk. */
export function tablesIdRows(tables: readonly Table[], ids: IdPatternsOfTables, matchesWhole: (re: RegExp, text: string) => string | undefined, chunks?: readonly TextChunk[]): readonly TableIdRows[] {
  const read = (ts: readonly Table[]): TableIdRows[] => ts.map((t) => tableIdRows(t, ids, matchesWhole));
  if (!chunks || chunks.length === 0) return read(tables);
  let memo = kept.get(ids);
  if (!memo) kept.set(ids, (memo = new WeakMemo()));
  return perChunkItems(chunks, tables, memo, read);
}

function tableIdRows(t: Table, ids: IdPatternsOfTables, matchesWhole: (re: RegExp, text: string) => string | undefined): TableIdRows {
  // A table of documents (a master document list, a retention schedule, "Related documents")
  // names documents: the document itself says its ID. Such rows cite; they define nothing.
  const listsDocuments = t.header.some((h) => /\bdoc(?:ument)?s?\b/i.test(h.text));
  return { document: listsDocuments ? NONE : idRows(t, ids.document, matchesWhole), risk: idRows(t, ids.risk, matchesWhole) };
}

function idRows(t: Table, re: RegExp, matchesWhole: (re: RegExp, text: string) => string | undefined): readonly IdRow[] {
  const col = idColumn(t, (c) => !!matchesWhole(re, c.text));
  if (col < 0) return NONE;
  const out: IdRow[] = [];
  t.rows.forEach((row, r) => {
    const cell = row[col];
    const id = cell && matchesWhole(re, cell.text);
    if (!cell || !id) return;
    const title = row[col + 1]?.text.replace(/[*_`]/g, '').trim();
    // Kept across versions: copies, not views into this version's text.
    out.push({ row: r, col, id: detached(id), offset: cell.text.toUpperCase().indexOf(id), title: title === undefined ? undefined : detached(title) });
  });
  return out.length === 0 ? NONE : out;
}
