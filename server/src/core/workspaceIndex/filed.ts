/**
 * A document's items by the keys the index files them under (definitions by type and ID, SoA
 * entries by control, references by type and ID), built once per summary when first asked.
 * The index keeps only which documents hold a key; the items, with their current places,
 * come from the documents' summaries through here.
 */
import type { Definition, DocumentSummary, Reference, SoaEntry } from '../model/types.js';
import { decidesControls, definitionKey } from './facts.js';

export interface Filed {
  readonly defs: ReadonlyMap<string, readonly Definition[]>;
  readonly soa: ReadonlyMap<string, readonly SoaEntry[]>;
  readonly cites: ReadonlyMap<string, readonly Reference[]>;
}

const filedBy = new WeakMap<DocumentSummary, Filed>();

const EMPTY: Filed = { defs: new Map(), soa: new Map(), cites: new Map() };

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function filedOf(doc: DocumentSummary | undefined): Filed {
  if (!doc || !doc.relevant) return EMPTY;
  let f = filedBy.get(doc);
  if (f) return f;
  const defs = new Map<string, Definition[]>();
  const soa = new Map<string, SoaEntry[]>();
  const cites = new Map<string, Reference[]>();
  for (const d of doc.definitions) push(defs, definitionKey(d.type, d.id), d);
  if (decidesControls(doc)) for (const e of doc.soa) push(soa, e.controlId, e);
  for (const r of doc.references) push(cites, `${r.type}:${r.id}`, r);
  f = { defs, soa, cites };
  filedBy.set(doc, f);
  return f;
}
