/**
 * A document's items by the keys the index files them under (definitions by type and ID, SoA
 * entries by control, references by type and ID), each part built when first asked and kept
 * for the most recently asked summaries only (closed documents' memory is budgeted).
 * The index keeps only which documents hold a key; the items, with their current places,
 * come from the documents' summaries through here.
 */
import type { Definition, DocumentSummary, Reference, SoaEntry } from '../model/types.js';
import { citationKey, decidesControls, definitionKey, unreadOwnIds } from './facts.js';
import { LatestPerDocument } from '../util/lru.js';

export interface Filed {
  readonly defs: ReadonlyMap<string, readonly Definition[]>;
  readonly soa: ReadonlyMap<string, readonly SoaEntry[]>;
  readonly cites: ReadonlyMap<string, readonly Reference[]>;
}

const NONE = new Map<string, never[]>();
const EMPTY: Filed = { defs: NONE, soa: NONE, cites: NONE };

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** One summary's parts, each made on first use. */
class LazyFiled implements Filed {
  private d: Map<string, Definition[]> | undefined;
  private s: Map<string, SoaEntry[]> | undefined;
  private c: Map<string, Reference[]> | undefined;

  constructor(private readonly doc: DocumentSummary) {}

  get defs(): ReadonlyMap<string, readonly Definition[]> {
    if (!this.d) {
      this.d = new Map();
      for (const d of this.doc.relevant ? this.doc.definitions : unreadOwnIds(this.doc)) push(this.d, definitionKey(d.type, d.id), d);
    }
    return this.d;
  }

  get soa(): ReadonlyMap<string, readonly SoaEntry[]> {
    if (!this.s) {
      this.s = new Map();
      if (this.doc.relevant && decidesControls(this.doc)) for (const e of this.doc.soa) push(this.s, e.controlId, e);
    }
    return this.s;
  }

  get cites(): ReadonlyMap<string, readonly Reference[]> {
    if (!this.c) {
      this.c = new Map();
      if (this.doc.relevant) for (const r of this.doc.references) push(this.c, citationKey(r.type, r.id), r);
    }
    return this.c;
  }
}

const filedBy = new LatestPerDocument<DocumentSummary, LazyFiled>(256, (d) => new LazyFiled(d));

/** A document not read as the AIMS's files only the IDs it states for itself (facts.ts unreadOwnIds). */
export function filedOf(doc: DocumentSummary | undefined): Filed {
  if (!doc || (!doc.relevant && unreadOwnIds(doc).length === 0)) return EMPTY;
  return filedBy.get(doc);
}
