/**
 * Cross-file facts derived from the summaries of all documents of the
 * workspace: where each risk, system and document ID is defined, the SoA
 * decision for each control, and who cites what. Updated one document at a
 * time (set/remove replace that document's contributions), so an edit costs
 * the size of the edited document, not of the workspace: rebuilding it from
 * 5,000 summaries on every keystroke took 200 ms.
 */
import type { Definition, DocumentSummary, EntityType, Reference, SoaEntry } from '../model/types.js';
import { fieldText } from '../parse/meta.js';
import { looksLikeTemplate } from '../parse/template.js';
import { hash32 } from '../util/hash.js';
import { changedKeys, decidesControls, retiredFact } from './facts.js';
import { mainDocumentOf } from './mainDocument.js';

export interface Located<T> {
  readonly uri: string;
  readonly item: T;
}

/**
 * What workspace rules read of the index. Each read is a dependency of the findings it leads
 * to: the service hands rules a recording reader (readers.ts) and keeps the findings while the
 * versions of the keys read are unchanged.
 */
export interface IndexReader {
  definitionsOf(type: EntityType, id: string): readonly Located<Definition>[];
  soaEntriesFor(controlId: string): readonly Located<SoaEntry>[];
  citationsOf(type: Reference['type'], id: string): readonly Located<Reference>[];
  /** A document's summary, for its relevance, kind and status (nothing else of it may be read through here). */
  document(uri: string): DocumentSummary | undefined;
  isRetired(uri: string): boolean;
  /** Risk assessment processes in force that state a risk method, in URI order. */
  statedRiskMethods(): readonly DocumentSummary[];
  /** Every document with the version of what the gaps read of them (relevance, kind, clauses, templates, status). */
  everyDocument(): EveryDocument;
  /** The workspace's main document (mainDocument.ts), where findings about the whole workspace go. */
  mainDocument(): string | undefined;
}

export interface EveryDocument {
  /** The index the documents are of (a key for memos that outlive one rule run). */
  readonly owner: object;
  readonly version: number;
  readonly documents: readonly DocumentSummary[];
}

export class WorkspaceIndex implements IndexReader {
  private readonly docs = new Map<string, DocumentSummary>();
  /** Each relevant document's digest (its items are found again from its summary when it goes). */
  private readonly digests = new Map<string, number>();
  private readonly defs = new Map<string, Located<Definition>[]>();
  private readonly soaByControl = new Map<string, Located<SoaEntry>[]>();
  /**
   * Citations in two parallel lists per key rather than one Located object each: every
   * reference of every document is here, and the wrappers were a tenth of a closed
   * document's memory. citationsOf() builds the Located list when asked.
   */
  private readonly citations = new Map<string, { uris: string[]; items: Reference[] }>();
  private readonly retired = new Set<string>();
  private sorted: readonly DocumentSummary[] | undefined;
  /** Sum of the documents' digests in two lanes: order-independent, updated in O(1) per document. */
  private digestSum = 0;
  private digestXor = 0;
  private defKeys = 0;
  /** Sum of every document's URI hash, relevant or not: which documents there are. */
  private uriSum = 0;
  /** Per fact key (facts.ts), a counter bumped whenever a document changes what it holds. */
  private readonly versions = new Map<string, number>();
  private methods: { version: number; list: readonly DocumentSummary[] } | undefined;
  private main: { g: number; uri: string | undefined } | undefined;

  constructor(documents: Iterable<DocumentSummary> = []) {
    for (const d of documents) this.set(d);
  }

  /** The version of a fact key (facts.ts): unchanged while no document changes what it holds. */
  versionOf(key: string): number {
    // Which document is the main one is derived from every document's standing: worked out
    // when asked, and its version bumped only when the answer changes.
    if (key === 'main') this.mainDocument();
    return this.versions.get(key) ?? 0;
  }

  mainDocument(): string | undefined {
    const g = this.versions.get('g') ?? 0;
    if (this.main?.g !== g) {
      const uri = mainDocumentOf(this.documents);
      if (this.main && this.main.uri !== uri) this.versions.set('main', (this.versions.get('main') ?? 0) + 1);
      this.main = { g, uri };
    }
    return this.main.uri;
  }

  private bump(before: DocumentSummary | undefined, after: DocumentSummary | undefined, uri: string): void {
    for (const k of changedKeys(uri, before, after)) this.versions.set(k, (this.versions.get(k) ?? 0) + 1);
  }

  /** Add a document, or replace what an earlier version of it contributed. */
  set(doc: DocumentSummary): void {
    this.bump(this.docs.get(doc.uri), doc, doc.uri);
    this.unfile(doc.uri);
    this.docs.set(doc.uri, doc);
    this.uriSum = (this.uriSum + hash32(doc.uri)) >>> 0;
    this.sorted = undefined;
    if (!doc.relevant) return;
    const uri = doc.uri;
    // The digest covers every cross-file fact a workspace rule reads, so that findings cached
    // under an unchanged signature cannot be stale: definitions, SoA decisions, whether the
    // document is retired, which risks a treatment plan cites, and stated risk methods.
    // Facts, not places: a line inserted above a register moves its definitions but changes
    // no fact, so no other document is checked again. (A finding that points into another
    // document, as related information, is kept only while that document is unchanged: the
    // service's findings cache checks it.)
    let digest = hash32(uri);
    const mix = (s: string) => (digest = (Math.imul(digest, 31) + hash32(s)) | 0);
    for (const d of doc.definitions) {
      const k = key(d.type, d.id);
      if (insert(this.defs, k, { uri, item: d })) this.defKeys++;
      mix(`d${k}${d.weak ? 'w' : ''}`);
    }
    if (decidesControls(doc))
      for (const e of doc.soa) {
        insert(this.soaByControl, e.controlId, { uri, item: e });
        mix(`s${e.controlId}:${e.applicable}`);
      }
    for (const r of doc.references) insertCitation(this.citations, `${r.type}:${r.id}`, uri, r);
    const retired = retiredFact(doc);
    if (retired) this.retired.add(uri);
    mix(`r${retired}`);
    // What the documented-information findings read: the kind, the clauses it declares, whether it is a template.
    mix(`k${doc.meta.kind ?? ''}/${doc.meta.kindSource}/${fieldText(doc.meta, 'clauses') ?? JSON.stringify(doc.meta.fields.get('clauses')?.value ?? null)}`);
    if (doc.meta.kind && doc.meta.kindSource !== 'declared') mix(`t${looksLikeTemplate(doc.text, doc.title)}`);
    if (doc.meta.kind === 'risk-treatment-plan') for (const r of doc.references) if (r.type === 'risk') mix(`t${r.id}`);
    // The risk rules read the method a risk assessment process states.
    if (doc.riskMethod) mix(`m${JSON.stringify(doc.riskMethod)}`);
    digest >>>= 0;
    this.digests.set(uri, digest);
    this.digestSum = (this.digestSum + digest) % 0x100000000;
    this.digestXor = (this.digestXor ^ Math.imul(digest, 0x9e3779b1)) >>> 0;
  }

  remove(uri: string): void {
    this.bump(this.docs.get(uri), undefined, uri);
    this.unfile(uri);
  }

  private unfile(uri: string): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    this.docs.delete(uri);
    this.uriSum = (this.uriSum - hash32(uri)) >>> 0;
    this.sorted = undefined;
    const digest = this.digests.get(uri);
    if (digest === undefined) return;
    this.digests.delete(uri);
    // The summary is immutable, so the keys it was filed under are found again from it.
    for (const k of new Set(doc.definitions.map((d) => key(d.type, d.id)))) if (take(this.defs, k, uri)) this.defKeys--;
    if (decidesControls(doc)) for (const k of new Set(doc.soa.map((e) => e.controlId))) take(this.soaByControl, k, uri);
    for (const k of new Set(doc.references.map((r) => `${r.type}:${r.id}`))) takeCitations(this.citations, k, uri);
    this.retired.delete(uri);
    this.digestSum = (this.digestSum - digest + 0x100000000) % 0x100000000;
    this.digestXor = (this.digestXor ^ Math.imul(digest, 0x9e3779b1)) >>> 0;
  }

  /** Every document (relevant or not), in URI order. */
  get documents(): readonly DocumentSummary[] {
    return (this.sorted ??= [...this.docs.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)));
  }

  document(uri: string): DocumentSummary | undefined {
    return this.docs.get(uri);
  }

  /**
   * A digest of the cross-file facts rules depend on (see set()). Findings of a
   * document stay valid while its version and this signature are unchanged:
   * typing in one paragraph does not re-check the whole workspace.
   */
  get signature(): string {
    return `${this.defKeys}/${this.soaByControl.size}/${this.digestSum.toString(36)}.${this.digestXor.toString(36)}`;
  }

  /**
   * The signature plus which documents exist (relevant or not): a result computed from every
   * document's facts stays valid while this is unchanged, whatever the edits in between.
   */
  get workspaceSignature(): string {
    return `${this.signature}/${this.docs.size}.${this.uriSum.toString(36)}`;
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
    const c = this.citations.get(`${type}:${id}`);
    return c ? c.items.map((item, i) => ({ uri: c.uris[i]!, item })) : [];
  }

  /** Documents that hold a statement of applicability. */
  soaDocuments(): readonly DocumentSummary[] {
    return this.documents.filter((d) => d.relevant && d.meta.kind === 'soa');
  }

  /** Whether a (relevant) document is retired: kept for the record, no longer in force. */
  isRetired(uri: string): boolean {
    return this.retired.has(uri);
  }

  statedRiskMethods(): readonly DocumentSummary[] {
    const version = this.versionOf('m');
    if (this.methods?.version !== version)
      this.methods = { version, list: this.documents.filter((d) => d.relevant && d.riskMethod && d.meta.kind === 'risk-assessment-process' && !retiredFact(d)) };
    return this.methods.list;
  }

  everyDocument(): EveryDocument {
    return { owner: this, version: this.versionOf('g'), documents: this.documents };
  }

  hasDefinitionsOf(type: EntityType): boolean {
    for (const k of this.defs.keys()) if (k.startsWith(type + ':')) return true;
    return false;
  }
}

function key(type: EntityType, id: string): string {
  return `${type}:${id.toUpperCase()}`;
}

/**
 * Insert keeping each list in URI order (within a document, in document order), as a
 * build from the sorted documents would: the first definition is the one features show.
 * Returns whether the key is new.
 */
function insert<T>(m: Map<string, Located<T>[]>, k: string, v: Located<T>): boolean {
  const list = m.get(k);
  if (!list) {
    m.set(k, [v]);
    return true;
  }
  let at = list.length;
  while (at > 0 && list[at - 1]!.uri > v.uri) at--;
  list.splice(at, 0, v);
  return false;
}

function insertCitation(m: Map<string, { uris: string[]; items: Reference[] }>, k: string, uri: string, r: Reference): void {
  const c = m.get(k);
  if (!c) {
    m.set(k, { uris: [uri], items: [r] });
    return;
  }
  let at = c.uris.length;
  while (at > 0 && c.uris[at - 1]! > uri) at--;
  if (at === c.uris.length) {
    c.uris.push(uri);
    c.items.push(r);
  } else {
    c.uris.splice(at, 0, uri);
    c.items.splice(at, 0, r);
  }
}

function takeCitations(m: Map<string, { uris: string[]; items: Reference[] }>, k: string, uri: string): void {
  const c = m.get(k);
  if (!c) return;
  const keep = c.uris.map((u) => u !== uri);
  const uris = c.uris.filter((_, i) => keep[i]);
  if (uris.length === 0) m.delete(k);
  else m.set(k, { uris, items: c.items.filter((_, i) => keep[i]) });
}

/** Remove a document's items under a key; returns whether the key is gone. */
function take<T>(m: Map<string, Located<T>[]>, k: string, uri: string): boolean {
  const list = m.get(k);
  if (!list) return false;
  const rest = list.filter((l) => l.uri !== uri);
  if (rest.length > 0) m.set(k, rest);
  else m.delete(k);
  return rest.length === 0;
}
