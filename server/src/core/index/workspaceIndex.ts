/**
 * Cross-file facts derived from all documents of the workspace: where each
 * risk, system and document ID is defined, the SoA decision for each control,
 * and who cites what. Rebuilt from the per-document models (cheap: no parsing)
 * whenever the set of documents changes; immutable once built.
 */
import type { AimsDocument, Definition, EntityType, Reference, SoaEntry } from '../model.js';

export interface Located<T> {
  readonly uri: string;
  readonly item: T;
}

export class WorkspaceIndex {
  private readonly defs = new Map<string, Located<Definition>[]>();
  private readonly soaByControl = new Map<string, Located<SoaEntry>[]>();
  private readonly citations = new Map<string, Located<Reference>[]>();
  readonly documents: readonly AimsDocument[];

  /**
   * A digest of the cross-file facts rules depend on (definitions, SoA decisions).
   * Findings of a document stay valid while its version and this signature are
   * unchanged: typing in one paragraph does not re-check the whole workspace.
   */
  readonly signature: string;

  constructor(documents: Iterable<AimsDocument>) {
    this.documents = [...documents].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    for (const doc of this.documents) {
      if (!doc.relevant) continue;
      for (const d of doc.definitions) push(this.defs, key(d.type, d.id), { uri: doc.uri, item: d });
      if (doc.meta.kind === 'soa' || doc.soa.some((e) => e.applicable !== undefined))
        for (const e of doc.soa) push(this.soaByControl, e.controlId, { uri: doc.uri, item: e });
      for (const r of doc.references) push(this.citations, `${r.type}:${r.id}`, { uri: doc.uri, item: r });
    }
    let h = 0;
    const mix = (s: string) => {
      for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    };
    for (const [k, list] of this.defs) {
      mix(k);
      for (const d of list) mix(`${d.uri}@${d.item.span.start}${d.item.weak ? 'w' : ''}`);
    }
    for (const [k, list] of this.soaByControl) {
      mix(k);
      for (const e of list) mix(`${e.uri}@${e.item.idSpan.start}:${e.item.applicable}`);
    }
    this.signature = `${this.defs.size}/${this.soaByControl.size}/${h}`;
  }

  definitionsOf(type: EntityType, id: string): readonly Located<Definition>[] {
    return this.defs.get(key(type, id)) ?? [];
  }

  /** All definitions, grouped by "type:id". */
  allDefinitions(): ReadonlyMap<string, readonly Located<Definition>[]> {
    return this.defs;
  }

  soaEntriesFor(controlId: string): readonly Located<SoaEntry>[] {
    return this.soaByControl.get(controlId) ?? [];
  }

  citationsOf(type: Reference['type'], id: string): readonly Located<Reference>[] {
    return this.citations.get(`${type}:${id}`) ?? [];
  }

  /** Documents that hold a statement of applicability. */
  soaDocuments(): readonly AimsDocument[] {
    return this.documents.filter((d) => d.relevant && d.meta.kind === 'soa');
  }

  hasDefinitionsOf(type: EntityType): boolean {
    for (const k of this.defs.keys()) if (k.startsWith(type + ':')) return true;
    return false;
  }
}

function key(type: EntityType, id: string): string {
  return `${type}:${id.toUpperCase()}`;
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
