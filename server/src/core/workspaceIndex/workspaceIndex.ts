/**
 * Cross-file facts derived from the summaries of all documents of the workspace: where each
 * risk, system and document ID is defined, the SoA decision for each control, and who cites
 * what. Updated one document at a time, and by what changed: the index files, per key, only
 * which documents hold it (facts, not places), so an edit that keeps a document's keys touches
 * no list, and the items with their current spans come from the summaries (filed.ts).
 * Rebuilding it from 5,000 summaries on every keystroke took 200 ms; re-filing a 1 MB
 * register's every item on every keystroke took 10 ms.
 */
import type { Definition, DocumentSummary, EntityType, Reference, SoaEntry } from '../model/types.js';
import { hash32 } from '../util/hash.js';
import { isRetired } from '../parse/meta.js';
import { changedKeys, citationKey, definitionKey, factsOf, keptFactsOf, sameFacts } from './facts.js';
import { filedOf, type Filed } from './filed.js';
import { FactVersions, type FactKind } from './factVersions.js';
import { mainDocumentOf } from './mainDocument.js';
import { detached } from '../text/chunkMemo.js';
import { UriLists } from './uriLists.js';

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
  /** How many definitions definitionsOf would give (the same read), without making them: nearly every ID is defined once. */
  definitionCount(type: EntityType, id: string): number;
  soaEntriesFor(controlId: string): readonly Located<SoaEntry>[];
  citationsOf(type: Reference['type'], id: string): readonly Located<Reference>[];
  /** The documents that cite an ID (the same read as citationsOf), in URI order, without their references. */
  citingDocuments(type: Reference['type'], id: string): readonly string[];
  /** A document's summary, for its relevance, kind and status (nothing else of it may be read through here). */
  document(uri: string): DocumentSummary | undefined;
  isRetired(uri: string): boolean;
  /** Risk assessment processes in force that state a risk method, in URI order. */
  statedRiskMethods(): readonly DocumentSummary[];
  /** Every document with the version of what the gaps read of them (relevance, kind, clauses, templates, status). */
  everyDocument(): EveryDocument;
  /** The workspace's main document (mainDocument.ts), where findings about the whole workspace go. */
  mainDocument(): string | undefined;
  /**
   * The definition keys (facts.ts definitionKey) filed with more than one definition, weak ones
   * included (what definitionCount counts): one read for a document's every ID, where most are
   * defined once and a register has thousands.
   */
  repeatedDefinitions(): ReadonlySet<string>;
  /** The controls an SoA row of a document in force excludes: one read, where most workspaces exclude few or none. */
  excludedControls(): ReadonlySet<string>;
}

export interface EveryDocument {
  /** The index the documents are of (a key for memos that outlive one rule run). */
  readonly owner: object;
  readonly version: number;
  readonly documents: readonly DocumentSummary[];
}

export class WorkspaceIndex implements IndexReader {
  private readonly docs = new Map<string, DocumentSummary>();
  /** Per key, the documents that hold it, in URI order (each once). */
  private readonly defs = new UriLists();
  private readonly soaByControl = new UriLists();
  private readonly citations = new UriLists();
  private readonly retired = new Set<string>();
  private sorted: readonly DocumentSummary[] | undefined;
  /** Sum of the documents' digests in two lanes: order-independent, updated in O(1) per document. */
  private digestSum = 0;
  private digestXor = 0;
  /** Sum of every document's URI hash, relevant or not: which documents there are. */
  private uriSum = 0;
  /** Per fact key (facts.ts), a counter bumped whenever a document changes what it holds. */
  private readonly versions = new FactVersions();
  private methods: { version: number; list: readonly DocumentSummary[] } | undefined;
  private lastSignature = '';
  private main: { g: number; uri: string | undefined } | undefined;
  /** Definition keys with more than one definition; `dup` is bumped when one joins or leaves. */
  private readonly repeated = new Set<string>();
  /** Definition keys whose definitions the update under way changed (their counts are read again after it). */
  private touched: string[] = [];
  private excluded: { version: number; controls: ReadonlySet<string> } | undefined;

  private readonly bump = (kind: FactKind, key: string): void => {
    this.versions.bump(kind, key);
    if (kind === 'd') this.touched.push(key);
    // Any change to a decision (or to the standing of a document that decides): what excludedControls reads.
    else if (kind === 's') this.versions.bumpWhole('sx');
  };
  private readonly bumpWhole = (key: string): void => this.versions.bumpWhole(key);

  constructor(documents: Iterable<DocumentSummary> = []) {
    for (const d of documents) this.set(d);
  }

  /** The version of a fact key (facts.ts): unchanged while no document changes what it holds. */
  versionOf(key: string): number {
    // Which document is the main one is derived from every document's standing: worked out
    // when asked, and its version bumped only when the answer changes.
    if (key === 'main') this.mainDocument();
    return this.versions.get(key);
  }

  mainDocument(): string | undefined {
    const g = this.versions.get('g');
    if (this.main?.g !== g) {
      const uri = mainDocumentOf(this.documents);
      if (this.main && this.main.uri !== uri) this.versions.bumpWhole('main');
      this.main = { g, uri };
    }
    return this.main.uri;
  }

  /** Add a document, or replace what an earlier version of it contributed. */
  set(doc: DocumentSummary): void {
    this.update(doc.uri, this.docs.get(doc.uri), doc);
  }

  remove(uri: string): void {
    this.update(uri, this.docs.get(uri), undefined);
  }

  private update(uri: string, before: DocumentSummary | undefined, after: DocumentSummary | undefined): void {
    if (!before && !after) return;
    const a = before ? factsOf(before) : undefined;
    const b = after ? factsOf(after) : undefined;
    const changed = changedKeys(uri, a, b, this.bump, this.bumpWhole);
    // The same facts have the same digest: not worked out again (facts.ts Sheet).
    if (a && b && !changed) sameFacts(a, b);
    // File and unfile by key: a key both versions hold stays as it is.
    refile(this.defs, uri, a?.defs, b?.defs);
    refile(this.soaByControl, uri, a?.soa, b?.soa);
    refile(this.citations, uri, a?.cites, b?.cites);
    if (after && after.relevant && isRetired(after)) this.retired.add(uri);
    else this.retired.delete(uri);
    if (after) this.docs.set(uri, after);
    else this.docs.delete(uri);
    this.recount();
    const was = a?.digest ?? 0;
    const now = b?.digest ?? 0;
    this.digestSum = (this.digestSum - was + now + 0x100000000) % 0x100000000;
    this.digestXor = (this.digestXor ^ Math.imul(was, 0x9e3779b1) ^ Math.imul(now, 0x9e3779b1)) >>> 0;
    if (!before) this.uriSum = (this.uriSum + hash32(uri)) >>> 0;
    if (!after) this.uriSum = (this.uriSum - hash32(uri)) >>> 0;
    // A new version of a known document keeps its place in the URI order.
    if (before && after && this.sorted) {
      const at = indexOfUri(this.sorted, uri);
      const next = this.sorted.slice();
      next[at] = after;
      this.sorted = next;
    } else this.sorted = undefined;
  }

  /** Whether the keys the update changed are defined more than once now (the document filed first). */
  private recount(): void {
    const keys = this.touched;
    if (keys.length === 0) return;
    this.touched = [];
    let changed = false;
    for (const k of keys) {
      const many = this.countUnder(k) > 1;
      if (many === this.repeated.has(k)) continue;
      changed = true;
      if (many) this.repeated.add(detached(k));
      else this.repeated.delete(k);
    }
    if (changed) this.versions.bumpWhole('dup');
  }

  repeatedDefinitions(): ReadonlySet<string> {
    return this.repeated;
  }

  excludedControls(): ReadonlySet<string> {
    const version = this.versions.get('sx');
    if (this.excluded?.version !== version) {
      const controls = new Set<string>();
      for (const k of this.soaByControl.keys()) if (this.soaEntriesFor(k).some((e) => e.item.applicable === false && !this.retired.has(e.uri))) controls.add(k);
      this.excluded = { version, controls };
    }
    return this.excluded.controls;
  }

  /** Every document (relevant or not), in URI order. */
  get documents(): readonly DocumentSummary[] {
    return (this.sorted ??= [...this.docs.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)));
  }

  document(uri: string): DocumentSummary | undefined {
    return this.docs.get(uri);
  }

  /**
   * A digest of the cross-file facts rules depend on (facts.ts). Findings of a document stay
   * valid while its version and this signature are unchanged; when it changes, those whose
   * fact keys kept their versions stay valid too (readers.ts).
   */
  get signature(): string {
    return `${this.defs.size}/${this.soaByControl.size}/${this.digestSum.toString(36)}.${this.digestXor.toString(36)}`;
  }

  /**
   * The signature plus which documents exist (relevant or not): a result computed from every
   * document's facts stays valid while this is unchanged, whatever the edits in between.
   */
  get workspaceSignature(): string {
    // One string while the index is the same: the findings cache keeps it per document, and a
    // fresh one was a tree of joined strings each (about 0.25 KB per document).
    const made = `${this.signature}/${this.docs.size}.${this.uriSum.toString(36)}`;
    if (made !== this.lastSignature) this.lastSignature = detached(made);
    return this.lastSignature;
  }

  definitionsOf(type: EntityType, id: string): readonly Located<Definition>[] {
    return this.definitionsUnder(definitionKey(type, id));
  }

  definitionCount(type: EntityType, id: string): number {
    return this.countUnder(definitionKey(type, id));
  }

  /** How many definitions are filed under a key of facts.ts's definitionKey. */
  countUnder(key: string): number {
    const uris = this.defs.get(key);
    if (!uris) return 0;
    // From a fact sheet at hand (one letter per definition under a key): the edited document's,
    // which its update just made, so a register's thousands of IDs, counted on every edit, make
    // no filed lists. Other documents' from their filed lists (filed.ts keeps more of them than
    // the sheets are kept for: a master list cites hundreds of documents).
    let n = 0;
    for (const uri of uris) {
      const doc = this.docs.get(uri)!;
      const sheet = keptFactsOf(doc);
      n += (sheet ? sheet.defs.get(key)?.length : filedOf(doc).defs.get(key)?.length) ?? 0;
    }
    return n;
  }

  /** The definitions filed under a key of facts.ts's definitionKey. */
  definitionsUnder(key: string): readonly Located<Definition>[] {
    return this.located(this.defs, key, (f) => f.defs);
  }

  /** All definitions, grouped by "type:id". */
  allDefinitions(): ReadonlyMap<string, readonly Located<Definition>[]> {
    const out = new Map<string, readonly Located<Definition>[]>();
    for (const k of this.defs.keys()) out.set(k, this.located(this.defs, k, (f) => f.defs));
    return out;
  }

  soaEntriesFor(controlId: string): readonly Located<SoaEntry>[] {
    return this.located(this.soaByControl, controlId, (f) => f.soa);
  }

  citationsOf(type: Reference['type'], id: string): readonly Located<Reference>[] {
    return this.located(this.citations, citationKey(type, id), (f) => f.cites);
  }

  citingDocuments(type: Reference['type'], id: string): readonly string[] {
    return this.citations.get(citationKey(type, id)) ?? NO_URIS;
  }

  /** The items filed under a key, from the current summaries of the documents that hold it: URI order, then document order. */
  private located<T>(m: UriLists, k: string, part: (f: Filed) => ReadonlyMap<string, readonly T[]>): readonly Located<T>[] {
    const uris = m.get(k);
    if (!uris) return [];
    const out: Located<T>[] = [];
    for (const uri of uris) for (const item of part(filedOf(this.docs.get(uri))).get(k) ?? []) out.push({ uri, item });
    return out;
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
      this.methods = { version, list: this.documents.filter((d) => d.relevant && d.riskMethod && d.meta.kind === 'risk-assessment-process' && !isRetired(d)) };
    return this.methods.list;
  }

  everyDocument(): EveryDocument {
    return { owner: this, version: this.versionOf('g'), documents: this.documents };
  }
}

const NO_URIS: readonly string[] = [];

/** Move `uri` in and out of the per-key lists: out of the keys only `before` holds, into those only `after` holds. */
function refile(m: UriLists, uri: string, before: ReadonlyMap<string, unknown> | ReadonlySet<string> | undefined, after: ReadonlyMap<string, unknown> | ReadonlySet<string> | undefined): void {
  // forEach: for-of allocates an iterator result per key in code V8 has not optimised, and
  // this runs over every key of the edited document on every edit.
  before?.forEach((_: unknown, k: string) => {
    if (!after?.has(k)) m.take(k, uri);
  });
  after?.forEach((_: unknown, k: string) => {
    if (!before?.has(k)) m.insert(k, uri);
  });
}

function indexOfUri(sorted: readonly DocumentSummary[], uri: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.uri < uri) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
