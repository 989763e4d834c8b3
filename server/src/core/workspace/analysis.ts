/**
 * One document read for the workspace: text -> its summary and the findings of
 * the rules' `check` parts (rules/types.ts). Both depend only on (text, path,
 * configuration), so an analysis is what the persistent index cache stores
 * (codec.ts). The index may leave the reports out (analyzeDocument's `reports`):
 * they are then computed from the model when findings are asked for.
 */
import type { AimsDocument, Attribute, Definition, DocumentSummary, FieldItem, FieldValue, Reference, RiskEntry, SoaEntry } from '../model/types.js';
import { AttributeMap } from './attributeMap.js';
import { FieldMap, SHARED_VALUE } from './fieldMap.js';
import { shareRiskDefinitions } from './sharedEntries.js';
import { closedDefinition, closedRisk, closedSoaEntry } from './closedEntities.js';
import { mapKept, sharedList } from '../util/arrays.js';
import type { AimsConfig } from '../config/config.js';
import type { Report } from '../rules/types.js';
import { RULES } from '../rules/registry.js';
import { parseDocument, languageOf } from '../parse/document.js';
import { mayBeRelevant } from '../parse/relevance.js';
import { isTemplateDoc } from '../parse/template.js';
import { LineIndex } from '../text/lineIndex.js';

/** A rule's report before severity and ranges are applied (they are, when it is shown). */
export interface LocalReport extends Report {
  readonly code: string;
}

export interface Analysis {
  readonly summary: DocumentSummary;
  /** The full model, when one was parsed (the caller decides whether to keep it). */
  readonly model?: AimsDocument;
  /** Undefined when the rules were not run (an index that leaves them until findings are asked for). */
  readonly local: readonly LocalReport[] | undefined;
}

export interface AnalysisInput {
  readonly uri: string;
  readonly relativePath: string;
  readonly text: string;
  readonly version: number;
  readonly config: AimsConfig;
  readonly log?: (message: string) => void;
}

/**
 * With `reports` false the rules' `check` parts are not run: `local` is undefined, to be computed
 * when findings are asked for, and the document is parsed for its summary only (no model is given).
 */
export function analyzeDocument(input: AnalysisInput, reports = true): Analysis {
  if (!mayBeRelevant(input.text, input.relativePath, input.config)) return { summary: shallowSummary(input), local: [] };
  const model = parseDocument({ uri: input.uri, relativePath: input.relativePath, text: input.text, version: input.version, config: input.config, ...(reports ? {} : { summaryOnly: true }) });
  // Decided while the text is at hand, and stored with the summary: the index asks it of every
  // document with a kind, and a warm start may decode the summary without reading the text.
  const summary = summaryOf(model.relevant ? { ...model, template: isTemplateDoc(model) } : model);
  return reports ? { summary, model, local: runDocumentRules(model, input.config, input.log) } : { summary, local: undefined };
}

/** A document the relevance pre-check ruled out: nothing but its text is known. */
export function shallowSummary(input: Pick<AnalysisInput, 'uri' | 'relativePath' | 'text' | 'version' | 'config'>): DocumentSummary {
  return {
    uri: input.uri,
    version: input.version,
    languageId: languageOf(input.relativePath) ?? 'markdown',
    text: input.text,
    lines: new LineIndex(input.text),
    meta: { source: 'none', fields: new Map(), kindSource: 'none' },
    references: [],
    definitions: [],
    risks: [],
    soa: [],
    frameworks: [...input.config.frameworks],
    relevant: false,
    shallow: true,
  };
}

/** The summary part of a model: a new object, so that the model's sections and tables can be collected. */
export function summaryOf(doc: DocumentSummary): DocumentSummary {
  return {
    uri: doc.uri,
    version: doc.version,
    languageId: doc.languageId,
    text: doc.text,
    lines: doc.lines,
    meta: doc.meta,
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    references: doc.references,
    definitions: doc.definitions,
    risks: doc.risks,
    soa: doc.soa,
    ...(doc.riskMethod ? { riskMethod: doc.riskMethod } : {}),
    frameworks: doc.frameworks,
    relevant: doc.relevant,
    ...(doc.shallow ? { shallow: true as const } : {}),
    ...(doc.archived ? { archived: true as const } : {}),
    ...(doc.template !== undefined ? { template: doc.template } : {}),
  };
}

/** Whether the document is a stand-in for a file that was not read (too large, binary, not UTF-8). */
export function isSkippedFile(doc: AimsDocument): boolean {
  return doc.problems.some((p) => p.code === 'file-skipped' && p.span.start === 0 && p.span.end === 0);
}

/** The `check` parts of the rules on one document. A rule that throws is logged and skipped. */
export function runDocumentRules(doc: AimsDocument, config: AimsConfig, log?: (message: string) => void): LocalReport[] {
  const out: LocalReport[] = [];
  const skippedOnly = isSkippedFile(doc);
  if (!doc.relevant && !skippedOnly) return out;
  // A file that was not read has nothing to check: only the notice that it was skipped.
  for (const rule of RULES) {
    if (!rule.check || (skippedOnly && rule.code !== 'file-skipped')) continue;
    if ((config.rules[rule.code] ?? rule.defaultSeverity) === 'off') continue;
    try {
      rule.check({ doc, config, report: (r) => out.push({ code: rule.code, ...r, ...(r.data ? { data: plainData(r.data) } : {}) }) });
    } catch (e) {
      // A rule bug must not take the others (or the server) down; say so where it happened.
      log?.(`rule ${rule.code} failed on ${doc.uri}: ${(e as Error).stack ?? e}`);
    }
  }
  return out;
}

/** Data without undefined-valued keys: what a cached copy (JSON) holds, so both are equal. */
export function plainData(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let clean = true;
  for (const k in data) if (data[k] === undefined) clean = false;
  if (clean) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * A summary made compact for keeping while its document is closed:
 * - every ID from `pool`, one string per distinct ID for the whole workspace (IDs come out
 *   of regular expressions as slices and concatenations; three of twenty kilobytes), and with
 *   `detach` every attribute key (a packed summary keeps them as given: workspace/packedParts.ts);
 * - the `aims:` fields and attribute maps flat (fieldMap.ts, attributeMap.ts: a hash table
 *   each was another two, and each field or attribute an object and two spans);
 * - with `detach`, every other string it keeps copied (titles, attribute and field values are
 *   slices of the text, and one slice keeps the whole text alive): for a summary kept without
 *   its text (service/closedTexts.ts).
 */
export function compactSummary(s: DocumentSummary, pool: Map<string, string>, detach = false): DocumentSummary {
  const id = (x: string) => {
    let y = pool.get(x);
    // A fresh flat copy, so that the pooled string pins nothing it was sliced from; the key too
    // (a value longer than 12 characters as found is a slice of the text, which it would keep).
    if (y === undefined) {
      y = JSON.parse(JSON.stringify(x)) as string;
      pool.set(y, y);
    }
    return y;
  };
  const str = detach ? flatCopy : (x: string) => x;
  const value = (x: string) => (x.length <= SHARED_VALUE ? id(x) : str(x));
  // Risk definitions share their risk's attribute map: keep them sharing.
  const maps = new Map<ReadonlyMap<string, Attribute>, ReadonlyMap<string, Attribute>>();
  const attrs = (m: ReadonlyMap<string, Attribute>): ReadonlyMap<string, Attribute> => {
    if (m.size === 0 || (m instanceof AttributeMap && !detach)) return m;
    let c = maps.get(m);
    if (!c) maps.set(m, (c = new AttributeMap(detach ? [...m].map(([k, a]): [string, Attribute] => [id(k), { text: value(a.text), span: a.span }]) : m)));
    return c;
  };
  const fields = (m: ReadonlyMap<string, FieldValue>): ReadonlyMap<string, FieldValue> => {
    if (m.size === 0 || (m instanceof FieldMap && !detach)) return m;
    return new FieldMap(detach ? [...m].map(([k, f]): [string, FieldValue] => [id(k), detachField(f, id, value)]) : m);
  };
  // Built key by key, not spread: one per reference of every document read, on the cold index's path.
  const reference = (r: Reference): Reference => {
    const c: { -readonly [K in keyof Reference]: Reference[K] } = { type: r.type, id: id(r.id), span: r.span, framework: r.framework };
    if (r.title) c.title = detach ? { ...r.title, text: str(r.title.text) } : r.title;
    if (r.fromRange !== undefined) c.fromRange = r.fromRange;
    return c;
  };
  const meta = s.meta;
  // Built by field name, never spread: closed entries keep their spans as getters (closedEntities.ts).
  const risks = mapKept(s.risks, (r): RiskEntry => closedRisk(r, id(r.id), attrs(r.attributes)));
  return {
    ...s,
    ...(detach && s.title !== undefined ? { title: str(s.title) } : {}),
    meta: {
      ...meta,
      fields: fields(meta.fields),
      ...(detach && meta.informal ? { informal: fields(meta.informal) } : {}),
      ...(detach && meta.kind !== undefined ? { kind: id(meta.kind) as typeof meta.kind } : {}),
      ...(detach && meta.kindReason !== undefined ? { kindReason: str(meta.kindReason) } : {}),
      ...(detach && meta.documents ? { documents: meta.documents.map(str) } : {}),
      ...(detach && meta.models ? { models: meta.models.map(str) } : {}),
      ...(detach && meta.baseModels ? { baseModels: meta.baseModels.map((b) => ({ name: str(b.name), span: b.span })) } : {}),
    },
    references: mapKept(s.references, reference),
    definitions: shareRiskDefinitions(
      mapKept(s.definitions, (d): Definition => closedDefinition(d, id(d.id), attrs(d.attributes), detach && d.title !== undefined ? str(d.title) : d.title)),
      risks,
    ),
    risks,
    soa: mapKept(s.soa, (e): SoaEntry => closedSoaEntry(e, id(e.controlId), attrs(e.attributes))),
    frameworks: sharedList(s.frameworks),
  };
}

/** IDs through the pool, as given: for strings known to be fresh (JSON's), which need no copy. */
export function interner(pool: Map<string, string>): (id: string) => string {
  return (x) => {
    const y = pool.get(x);
    if (y !== undefined) return y;
    pool.set(x, x);
    return x;
  };
}

function detachField(f: FieldValue, key: (x: string) => string, str: (x: string) => string): FieldValue {
  const value = Array.isArray(f.value) ? (f.value as readonly FieldItem[]).map((i) => (typeof i.value === 'string' ? { ...i, value: str(i.value) } : i)) : typeof f.value === 'string' ? str(f.value) : f.value;
  return { ...f, key: key(f.key), value: value as FieldValue['value'] };
}

/**
 * A flat copy of a string that may be a slice of a text (V8 copies slices shorter than 13
 * characters anyway). JSON's round trip is the one copy that is neither a slice nor a
 * concatenation: `detached()`'s slice of a fresh string costs a slice object more per string,
 * which for a closed document's dozen kept strings is half a kilobyte.
 */
function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * Reports kept for a closed document, with every message and data object taken from
 * `pool`: the same "no Methods section" message stands in hundreds of reports, and one
 * copy of each is far smaller than each document keeping its own (or its reports' text).
 */
export function pooledReports(reports: readonly LocalReport[], pool: Map<string, unknown>): LocalReport[] {
  const one = <T>(key: string, make: () => T): T => {
    let v = pool.get(key) as T | undefined;
    if (v === undefined) pool.set(key, (v = make()));
    return v;
  };
  return reports.map((r) => ({
    code: r.code,
    span: r.span,
    message: one('m' + r.message, () => JSON.parse(JSON.stringify(r.message)) as string),
    ...(r.related ? { related: r.related.map((x) => ({ ...x, message: flatCopy(x.message) })) } : {}),
    // A copy (data holds strings sliced from the text, which a closed document does not keep).
    ...(r.data ? { data: one('d' + JSON.stringify(r.data), () => JSON.parse(JSON.stringify(r.data)) as Readonly<Record<string, unknown>>) } : {}),
    ...(r.atMost ? { atMost: r.atMost } : {}),
  }));
}

