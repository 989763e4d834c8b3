/**
 * A Markdown register's risks read table by table, kept with the chunk the tables are in: a
 * table lies in one chunk and is read from the chunk's text alone (invariant 7), and what
 * risksFromTables makes of it depends on nothing else but the document's kind and the ID
 * patterns. An edit reads the rows of the tables it changed; an unmoved chunk gives the very
 * entries of the version before, a moved one its entries moved (a register of thousands of
 * rows was read whole on every keystroke).
 */
import type { KindId } from '../catalogue/types.js';
import type { RiskEntry, Table } from '../model/types.js';
import type { TextChunk } from '../text/types.js';
import { shiftEntry } from '../text/spans.js';
import { chunkItemRuns } from '../text/chunkMemo.js';
import { pushAll } from '../util/arrays.js';
import { risksFromTables, type IdPatterns } from './entities.js';
import { WeakMemo } from '../util/weakMemo.js';

interface Kept {
  readonly kind: KindId | undefined;
  readonly ids: IdPatterns;
  /** Where the chunk started when `entries` were placed. */
  readonly start: number;
  readonly entries: readonly RiskEntry[];
}

const kept = new WeakMemo<object, Kept>();

export function risksFromChunkTables(tables: readonly Table[], chunks: readonly TextChunk[] | undefined, kind: KindId | undefined, ids: IdPatterns): RiskEntry[] {
  if (!chunks || chunks.length === 0) return risksFromTables(tables, kind, ids);
  const out: RiskEntry[] = [];
  const rest = chunkItemRuns(chunks, tables, (c, first, end) => {
    const k = kept.get(c.key);
    let entries: readonly RiskEntry[];
    if (k && k.kind === kind && k.ids === ids) {
      if (k.start === c.start) entries = k.entries;
      else kept.set(c.key, { kind, ids, start: c.start, entries: (entries = k.entries.map((e) => shiftEntry(e, c.start - k.start))) });
    } else kept.set(c.key, { kind, ids, start: c.start, entries: (entries = risksFromTables(tables.slice(first, end), kind, ids)) });
    pushAll(out, entries);
  });
  if (rest < tables.length) pushAll(out, risksFromTables(tables.slice(rest), kind, ids));
  return out;
}
