/**
 * The cross-file facts one document contributes, by key, so that an update can tell which
 * facts it changed (facts, not places: spans are left out). A workspace rule's findings depend
 * on the keys it read (readers.ts); the index bumps a key's version when a document changes
 * what is filed under it, and only findings that read a bumped key are computed again.
 *
 * Keys: `d:TYPE:ID` definitions (with their weak flags), `s:CONTROL` SoA decisions,
 * `c:TYPE:ID` citations, `k:URI` a document's relevance, kind and retirement, `m` the risk
 * methods risk assessment processes state, `g` what the documented-information gaps read of
 * every document (relevance, kind, how it was decided, declared clauses, templates, status),
 * `main` which document is the main one (derived from `g`: see WorkspaceIndex.mainDocument),
 * `dup` which definition keys have more than one definition, `sx` any SoA decision (what the
 * set of excluded controls is made from): the last two let a register's thousands of IDs and
 * treatments be passed over with one read where nothing is defined twice or excluded.
 */
import type { Definition, DocumentSummary, EntityType, Reference } from '../model/types.js';
import { detached } from '../text/chunkMemo.js';
import { fieldText, isRetired, titleInAnotherLanguage } from '../parse/meta.js';
import { isTemplateDoc } from '../parse/template.js';
import { hash32 } from '../util/hash.js';
import { LatestPerDocument } from '../util/lru.js';
import type { FactKind } from './factVersions.js';

export interface FactSheet {
  /** One hash of all of it (and the URI), for the index's order-independent signature. */
  readonly digest: number;
  /** Per definition key, one letter per definition filed under it (n, or w for a weak one): its length is how many. */
  readonly defs: ReadonlyMap<string, string>;
  readonly soa: ReadonlyMap<string, string>;
  readonly cites: ReadonlySet<string>;
  /** Relevance, kind and retirement: what `k:URI` stands for. */
  readonly standing: string;
  /** The stated risk method of a risk assessment process in force ('' otherwise). */
  readonly method: string;
  /** What the gaps read of the document. */
  readonly provides: string;
}

/**
 * The last few documents' sheets: an update compares a document's new sheet with the one of its
 * previous version, which the update before made (asked for first, then replaced by the new
 * one's). Not one per document: 5,000 closed documents' sheets were 2 KB each of retained
 * memory, for nothing once they are filed.
 */
const sheets = new LatestPerDocument<DocumentSummary, FactSheet>(16, (d) => makeSheet(d));

/**
 * What a document not read as the AIMS's files: the document IDs it states for itself ("Codice
 * documento: OBJ-IA-2026" in an objectives document we have no title words for), weak: each
 * answers a citation, and is no second definition of an ID a document we read declares.
 * Nothing else of it counts (filed.ts files the same).
 */
export function unreadOwnIds(doc: DocumentSummary): readonly Definition[] {
  const out: Definition[] = [];
  // Field by field, not spread: a closed summary's definitions give their places through getters (service/closedTexts.ts).
  for (const d of doc.definitions)
    if (d.type === 'document') out.push(d.weak ? d : { type: d.type, id: d.id, span: d.span, extent: d.extent, attributes: d.attributes, ...(d.title !== undefined ? { title: d.title } : {}), weak: true });
  return out;
}

export function definitionKey(type: string, id: string): string {
  return `${type}:${id.toUpperCase()}`;
}

/**
 * Per type, an ID's definition key and the fact key noted for it: asked for every ID a document
 * cites on every edit (dangling-reference), so the same few hundred strings come back, kept with
 * their hashes instead of made twice per citation; and for a document's every definition when
 * its facts are made, on every edit of a register. Bounded; copies, so no text stays alive.
 */
const definitionKeys = new Map<EntityType, Map<string, readonly [key: string, noted: string]>>();
const MAX_KEYS = 20_000;

export function definitionKeysOf(type: EntityType, id: string): readonly [key: string, noted: string] {
  let byId = definitionKeys.get(type);
  if (!byId) definitionKeys.set(type, (byId = new Map()));
  let kept = byId.get(id);
  if (!kept) {
    const key = detached(definitionKey(type, id));
    kept = [key, detached('d:' + key)];
    if (byId.size >= MAX_KEYS) byId.clear();
    byId.set(detached(id), kept);
  }
  return kept;
}

/** Per type, the citation keys of large documents' cited IDs (bounded; copies, as definitionKeys). */
const citationKeys = new Map<string, Map<string, string>>();

function keptCitationKey(type: string, id: string): string {
  let byId = citationKeys.get(type);
  if (!byId) citationKeys.set(type, (byId = new Map()));
  let kept = byId.get(id);
  if (kept === undefined) {
    kept = detached(citationKey(type, id));
    if (byId.size >= MAX_KEYS) byId.clear();
    byId.set(detached(id), kept);
  }
  return kept;
}

/** Citations are filed as written (IDs are matched case-sensitively there). */
export function citationKey(type: string, id: string): string {
  return `${type}:${id}`;
}

/** Whether a document's SoA rows decide controls for the workspace (an SoA, or a table with decisions). */
export function decidesControls(doc: DocumentSummary): boolean {
  return doc.meta.kind === 'soa' || doc.soa.some((e) => e.applicable !== undefined);
}

/** The document's facts, computed once per summary (summaries are immutable). */
export function factsOf(doc: DocumentSummary): FactSheet {
  return sheets.get(doc);
}

/** The document's facts if they are at hand (its latest update made them), else undefined: nothing is made. */
export function keptFactsOf(doc: DocumentSummary): FactSheet | undefined {
  return sheets.peek(doc);
}

/** How many definitions a document has for its sheet to take their keys from definitionKeysOf. */
const KEPT_KEYS_FROM = 200;

function makeSheet(doc: DocumentSummary): FactSheet {
  const retired = isRetired(doc);
  const standing = `${doc.relevant}|${doc.meta.kind ?? ''}|${retired}`;
  const defs = new Map<string, string>();
  const soa = new Map<string, string>();
  const cites = new Set<string>();
  let method = '';
  let provides = `${doc.relevant}`;
  if (doc.relevant) {
    // Indexed loops and forEach: for-of allocates an iterator result per element in code V8 has
    // not optimised, and a sheet is made for every version of the document being edited.
    const defsList = doc.definitions;
    // A register's thousands of keys come from the kept ones (made once while it is edited); a
    // closed document's few are made here, not kept: the cold index would fill the cache with
    // every ID of the workspace for nothing.
    const kept = defsList.length >= KEPT_KEYS_FROM;
    for (let i = 0; i < defsList.length; i++) {
      const d = defsList[i]!;
      const k = kept ? definitionKeysOf(d.type, d.id)[0] : definitionKey(d.type, d.id);
      defs.set(k, (defs.get(k) ?? '') + (d.weak ? 'w' : 'n'));
    }
    if (decidesControls(doc)) for (const e of doc.soa) soa.set(e.controlId, (soa.get(e.controlId) ?? '') + (e.applicable === undefined ? '?' : e.applicable ? 'y' : 'n'));
    // Distinct IDs by type first, then one key string per distinct citation: a register cites
    // each of a few controls thousands of times, and a key made per reference was most of the sheet.
    // Keys come out in the order of their first citation within their type, as before.
    // A closed summary keeps its references packed and reads them from there (service/closedTexts.ts).
    const idsByType = (doc as Partial<CitingSummary>).citations?.() ?? citedIds(doc.references);
    // A register citing thousands of IDs takes their keys from the kept ones, as with definitions.
    idsByType.forEach((ids, type) => (ids.size >= KEPT_KEYS_FROM ? ids.forEach((id) => cites.add(keptCitationKey(type, id))) : ids.forEach((id) => cites.add(citationKey(type, id)))));
    if (doc.riskMethod && doc.meta.kind === 'risk-assessment-process' && !retired) method = JSON.stringify(doc.riskMethod);
    const clauses = fieldText(doc.meta, 'clauses') ?? JSON.stringify(doc.meta.fields.get('clauses')?.value ?? null);
    const template = doc.meta.kind ? isTemplateDoc(doc) : false;
    // A card's documented controls and the models a record names are read by other documents' findings
    // (implemented-without-evidence, unknown-base-model); a handbook's chapters by the gaps.
    // A document of no kind titled in another language may provide anything (missing-documented-information).
    const unread = !doc.meta.kind && titleInAnotherLanguage(doc.title);
    provides = `${standing}|${doc.meta.kindSource}|${clauses}|${template}|${doc.meta.documents?.join(',') ?? ''}|${doc.meta.models?.join(',') ?? ''}|${doc.meta.chapters?.map((c) => c.kind).join(',') ?? ''}|${unread}`;
  } else for (const d of unreadOwnIds(doc)) defs.set(definitionKey(d.type, d.id), 'w');
  return new Sheet(doc.relevant || defs.size > 0 ? doc.uri : undefined, doc.meta.kind === 'risk-treatment-plan', defs, soa, cites, standing, method, provides);
}

/**
 * A sheet whose digest is worked out when first read: an update that changed no fact (nearly
 * every keystroke) takes the previous version's (WorkspaceIndex.update), where writing out a
 * register's thousands of keys to hash them was a sizeable part of an edit.
 */
class Sheet implements FactSheet {
  private hashed: number | undefined;

  constructor(
    /** The document's URI when it files anything (an irrelevant one with no ID of its own files nothing: digest 0). */
    private readonly uri: string | undefined,
    private readonly treatmentPlan: boolean,
    readonly defs: ReadonlyMap<string, string>,
    readonly soa: ReadonlyMap<string, string>,
    readonly cites: ReadonlySet<string>,
    readonly standing: string,
    readonly method: string,
    readonly provides: string,
  ) {}

  get digest(): number {
    return (this.hashed ??= this.hash());
  }

  /** Take the digest of a sheet with the same facts (the previous version's, when the update found no change). */
  sameDigestAs(other: FactSheet): void {
    this.hashed = other.digest;
  }

  private hash(): number {
    if (this.uri === undefined) return 0;
    // The facts written out once and hashed once (a register's thousands of keys, not a hash each).
    const parts: string[] = [this.uri, this.standing, this.method, this.provides];
    this.defs.forEach((v, k) => parts.push(`d${k}${v}`));
    this.soa.forEach((v, k) => parts.push(`s${k}${v}`));
    if (this.treatmentPlan) for (const k of this.cites) if (k.startsWith('risk:')) parts.push(`t${k}`);
    return hash32(parts.join('\u0000'));
  }
}

/** Give `after` the digest of `before` when an update comparing them found no fact changed. */
export function sameFacts(before: FactSheet, after: FactSheet): void {
  if (after instanceof Sheet) after.sameDigestAs(before);
}

/** A summary that says what its references cite without their objects (a closed one: service/closedTexts.ts). */
export interface CitingSummary {
  /** The distinct IDs cited, by type: types in the order of their first reference, IDs in the order of first citation. */
  citations(): ReadonlyMap<string, ReadonlySet<string>>;
}

function citedIds(refs: readonly Reference[]): Map<string, Set<string>> {
  const idsByType = new Map<string, Set<string>>();
  let lastType: string | undefined;
  let lastIds: Set<string> | undefined;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!;
    if (r.type !== lastType) {
      lastType = r.type;
      lastIds = idsByType.get(r.type);
      if (!lastIds) idsByType.set(r.type, (lastIds = new Set()));
    }
    lastIds!.add(r.id);
  }
  return idsByType;
}

const EMPTY: FactSheet = { digest: 0, defs: new Map(), soa: new Map(), cites: new Set(), standing: '', method: '', provides: '' };

/**
 * Bump the keys whose facts differ between two versions of one document (either may be absent:
 * added or removed), by kind and unprefixed (factVersions.ts). A change of standing (relevance, kind, retirement) touches every key the
 * document files under, since rules filter what they find by it. Whether anything differed.
 */
export function changedKeys(uri: string, before: FactSheet | undefined, after: FactSheet | undefined, bump: (kind: FactKind, key: string) => void, bumpWhole: (key: string) => void): boolean {
  const a = before ?? EMPTY;
  const b = after ?? EMPTY;
  let any = false;
  const changed = (kind: FactKind, key: string) => {
    any = true;
    bump(kind, key);
  };
  const standingChanged = a.standing !== b.standing;
  const diff = <V>(kind: FactKind, x: ReadonlyMap<string, V>, y: ReadonlyMap<string, V>) => {
    x.forEach((v, k) => {
      if (standingChanged || y.get(k) !== v) changed(kind, k);
    });
    y.forEach((_, k) => {
      if (!x.has(k)) changed(kind, k);
    });
  };
  diff('d', a.defs, b.defs);
  diff('s', a.soa, b.soa);
  a.cites.forEach((k) => {
    if (standingChanged || !b.cites.has(k)) changed('c', k);
  });
  b.cites.forEach((k) => {
    if (!a.cites.has(k)) changed('c', k);
  });
  if (standingChanged) changed('k', uri);
  if (a.method !== b.method) {
    any = true;
    bumpWhole('m');
  }
  if (a.provides !== b.provides || !before || !after) {
    any = true;
    bumpWhole('g');
  }
  return any;
}
