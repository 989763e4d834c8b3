/**
 * A document's items by the keys the index files them under (definitions by type and ID, SoA
 * entries by control, references by type and ID), each part built when first asked and kept
 * for the most recently asked summaries only (closed documents' memory is budgeted).
 * The index keeps only which documents hold a key; the items, with their current places,
 * come from the documents' summaries through here.
 */
import type { Definition, DocumentSummary, Reference, SoaEntry } from '../model/types.js';
import { citationKey, decidesControls, definitionKey } from './facts.js';
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
      if (this.doc.relevant) for (const d of this.doc.definitions) push(this.d, definitionKey(d.type, d.id), d);
      else for (const d of this.doc.definitions) if (d.type === 'document') push(this.d, definitionKey(d.type, d.id), d.weak ? d : { ...d, weak: true });
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

/**
 * A document not read as the AIMS's files only the ID it states for itself ("Codice documento:
 * OBJ-IA-2026" in an objectives document we have no title words for), weak: it answers a
 * citation, and is no second definition of an ID a document we read declares (facts.ts files the same).
 */
export function filedOf(doc: DocumentSummary | undefined): Filed {
  if (!doc || (!doc.relevant && !doc.definitions.some((d) => d.type === 'document'))) return EMPTY;
  return filedBy.get(doc);
}
