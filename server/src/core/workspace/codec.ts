/**
 * Analysis <-> text, for the persistent index cache. Compact: spans are number
 * pairs and entities are tuples (an entry is about the size of its document;
 * plain JSON of the objects was twice that, and parsing it was most of a warm
 * start). The document's text is not stored (the reader has it: the key is its
 * hash), nor its URI or version. Decoding validates the shape and every span
 * against the text and gives undefined for anything unexpected: a bad entry
 * is a cache miss, never a wrong finding. test/cache.test.ts holds
 * decode(encode(x)) deep-equal to x on real and generated documents.
 */
import { ENTITY_TYPES, NO_ATTRIBUTES, type Attribute, type Definition, type DocumentMeta, type DocumentSummary, type FieldItem, type FieldValue, type Reference, type RiskEntry, type SoaEntry, type StatedRiskMethod, type StatedScale } from '../model/types.js';
import type { Span } from '../text/types.js';
import { shareRiskDefinitions } from './sharedEntries.js';
import { closedDefinition, closedRisk, closedSoaEntry } from './closedEntities.js';
import { EMPTY_LIST, mapKept, sharedList } from '../util/arrays.js';
import { LineIndex } from '../text/lineIndex.js';
import { AttributeMap } from './attributeMap.js';
import { FieldMap, SHARED_VALUE } from './fieldMap.js';
import type { LocalReport } from './analysis.js';
import { FRAMEWORKS, REF_TYPES, type PackedParts, type ReferencePacker } from './packedParts.js';

/** Bump when the stored shape or anything the analysis computes changes meaning. */
export const ANALYSIS_FORMAT = 9;


type Tuple = unknown[];

/** `local` undefined (the rules not run yet) is stored as absent: a reader runs them when it needs them. */
export function encodeAnalysis(a: { summary: DocumentSummary; local: readonly LocalReport[] | string | undefined }): string {
  const s = a.summary;
  const m = s.meta;
  const attrs = (map: ReadonlyMap<string, Attribute>): Tuple => [...map].flatMap(([k, v]) => [k, v.text, v.span.start, v.span.end]);
  return JSON.stringify({
    v: ANALYSIS_FORMAT,
    l: s.languageId,
    n: s.text.length,
    m: [m.source, sp(m.blockSpan), sp(m.frontMatterSpan), [...m.fields.values()].map(field), m.kind ?? null, m.kindSource, m.kindReason ?? null, m.informal ? [...m.informal.values()].map(field) : null, m.documents ?? null, m.models ?? null, m.baseModels ? m.baseModels.map((b) => [b.name, b.span.start, b.span.end]) : null, m.chapters ? m.chapters.map((c) => [c.kind, c.span.start, c.span.end]) : null],
    ...(s.title !== undefined ? { t: s.title } : {}),
    r: s.references.map((r) => [REF_TYPES.indexOf(r.type), r.id, r.span.start, r.span.end, FRAMEWORKS.indexOf(r.framework), r.fromRange ? 1 : 0, ...(r.title ? [r.title.text, r.title.span.start, r.title.span.end, ...(r.title.inProse ? [1] : [])] : [])]),
    d: s.definitions.map((d) => [ENTITY_TYPES.indexOf(d.type), d.id, d.span.start, d.span.end, d.extent.start, d.extent.end, d.title ?? null, d.weak ? 1 : 0, attrs(d.attributes)]),
    k: s.risks.map((r) => [r.id, r.idSpan.start, r.idSpan.end, r.extent.start, r.extent.end, attrs(r.attributes)]),
    s: s.soa.map((e) => [e.controlId, e.idSpan.start, e.idSpan.end, e.extent.start, e.extent.end, e.applicable === undefined ? null : e.applicable ? 1 : 0, attrs(e.attributes)]),
    ...(s.riskMethod ? { rm: s.riskMethod } : {}),
    f: s.frameworks,
    rel: s.relevant ? 1 : 0,
    ...(s.shallow ? { sh: 1 } : {}),
    ...(s.archived ? { ar: 1 } : {}),
    ...(s.template !== undefined ? { tp: s.template ? 1 : 0 } : {}),
    ...(a.local !== undefined ? { local: typeof a.local === 'string' ? a.local : encodeReports(a.local) } : {}),
  });
}

function sp(s: Span | undefined): [number, number] | null {
  return s ? [s.start, s.end] : null;
}

function field(f: FieldValue): Tuple {
  const value = Array.isArray(f.value) ? (f.value as readonly FieldItem[]).map((i) => [i.value, i.span.start, i.span.end]) : f.value;
  return [f.key, f.keySpan.start, f.keySpan.end, f.valueSpan.start, f.valueSpan.end, value];
}

export interface DecodeContext {
  readonly uri: string;
  readonly version: number;
  /**
   * The document's text; undefined for a warm start's read of a file unchanged since the
   * entry was stored (workspace/fileManifest.ts): the summary is then `textless` (see there).
   */
  readonly text: string | undefined;
  /**
   * Decode straight into the form a closed document is kept in (workspace/analysis.ts
   * compactSummary): IDs and attribute keys through `intern`, the `aims:` fields as FieldMaps (fieldMap.ts), attributes as AttributeMaps (attributeMap.ts).
   */
  readonly intern?: (id: string) => string;
  /**
   * With `intern`: the references packed as they are read (packedParts.ts), no object made for
   * them; the summary's `references` is then empty and the packed form is returned beside it,
   * with the line starts of a text that has no carriage return (what a closed summary keeps).
   */
  readonly packer?: () => ReferencePacker;
}

/**
 * The `text` and `lines` of a summary decoded without its text: a summary the service keeps
 * closed (service/closedTexts.ts) reads both from the file when asked, and never from these.
 * Reading them here is a bug, said loudly rather than answered with an empty text.
 */
const TEXTLESS: PropertyDescriptorMap = {
  text: {
    get: () => {
      throw new Error('a textless summary has no text of its own (service/closedTexts.ts reads it)');
    },
  },
  lines: {
    get: () => {
      throw new Error('a textless summary has no line index of its own (service/closedTexts.ts makes it)');
    },
  },
};
const NO_LINES = new LineIndex('');

/** The summary, the reports still encoded (see encodeReports; undefined when the entry was stored without them), and the text's length. */
export function decodeAnalysis(encoded: string, ctx: DecodeContext): { summary: DocumentSummary; local: string | undefined; textLength: number; packed?: PackedParts } | undefined {
  try {
    const o = JSON.parse(encoded) as Record<string, unknown>;
    if (!o || o['v'] !== ANALYSIS_FORMAT || (o['local'] !== undefined && typeof o['local'] !== 'string')) return undefined;
    const languageId = o['l'];
    if (languageId !== 'markdown' && languageId !== 'yaml' && languageId !== 'json' && languageId !== 'toml' && languageId !== 'csv' && languageId !== 'code') return undefined;
    const length = o['n'];
    if (typeof length !== 'number' || (ctx.text !== undefined && length !== ctx.text.length)) return undefined;
    const template = o['tp'] === undefined ? undefined : o['tp'] === 1;
    // A textless summary of a relevant document must know whether it is a form to fill in (the index asks).
    if (ctx.text === undefined && o['rel'] === 1 && template === undefined) return undefined;
    const r = new Reader(length, ctx.intern);
    const [source, blockSpan, frontMatterSpan, fields, kind, kindSource, kindReason, informal, documents, models, baseModels, chapters] = r.tuple(o['m'], 12);
    const meta = {
      source: r.oneOf(source, ['front-matter', 'yaml-key', 'none'] as const),
      ...(blockSpan !== null ? { blockSpan: r.pair(blockSpan) } : {}),
      ...(frontMatterSpan !== null ? { frontMatterSpan: r.pair(frontMatterSpan) } : {}),
      fields: r.fields(r.list(fields).map((x) => r.field(x))),
      ...(kind !== null ? { kind: r.id(kind) } : {}),
      kindSource: r.oneOf(kindSource, ['declared', 'path', 'card', 'title', 'none'] as const),
      ...(kindReason !== null ? { kindReason: r.str(kindReason) } : {}),
      ...(informal !== null ? { informal: r.fields(r.list(informal).map((x) => r.field(x))) } : {}),
      ...(documents !== null ? { documents: r.list(documents).map((x) => r.str(x)) } : {}),
      ...(models !== null ? { models: r.list(models).map((x) => r.str(x)) } : {}),
      ...(baseModels !== null ? { baseModels: r.list(baseModels).map((x) => { const [n, a, b] = r.tuple(x, 3); return { name: r.str(n), span: r.pair([a, b]) }; }) } : {}),
      ...(chapters !== null ? { chapters: r.list(chapters).map((x) => { const [k, a, b] = r.tuple(x, 3); return { kind: r.id(k), span: r.pair([a, b]) }; }) } : {}),
    } as DocumentMeta;
    const lines = ctx.text !== undefined ? new LineIndex(ctx.text) : NO_LINES;
    let packed: PackedParts | undefined;
    if (ctx.packer) {
      const packer = ctx.packer();
      for (const x of r.list(o['r'])) r.packReference(x, packer);
      packed = packer.finish(ctx.text !== undefined ? lines.plainStarts : undefined, length);
    }
    // Kept closed (interned): entries with their spans as small numbers (closedEntities.ts).
    const closed = ctx.intern !== undefined;
    const risks = mapKept(r.list(o['k']), (x) => {
      const k = r.risk(x);
      return closed ? closedRisk(k, k.id, k.attributes) : k;
    });
    const definitions = mapKept(r.list(o['d']), (x) => {
      const d = r.definition(x);
      return closed ? closedDefinition(d, d.id, d.attributes, d.title) : d;
    });
    const summary: DocumentSummary = {
      uri: ctx.uri,
      version: ctx.version,
      languageId,
      text: ctx.text ?? '',
      lines,
      meta,
      ...(o['t'] !== undefined ? { title: r.str(o['t']) } : {}),
      references: packed ? EMPTY_LIST : mapKept(r.list(o['r']), (x) => r.reference(x)),
      // Kept closed (interned): a risk's definition shares the risk's objects (sharedEntries.ts).
      definitions: closed ? shareRiskDefinitions(definitions, risks) : definitions,
      risks,
      soa: mapKept(r.list(o['s']), (x) => {
        const e = r.soa(x);
        return closed ? closedSoaEntry(e, e.controlId, e.attributes) : e;
      }),
      ...(o['rm'] !== undefined ? { riskMethod: r.riskMethod(o['rm']) } : {}),
      frameworks: closed ? sharedList(r.list(o['f']).map((x) => r.str(x))) : mapKept(r.list(o['f']), (x) => r.str(x)),
      relevant: o['rel'] === 1,
      ...(o['sh'] === 1 ? { shallow: true as const } : {}),
      ...(o['ar'] === 1 ? { archived: true as const } : {}),
      ...(template !== undefined ? { template } : {}),
    };
    if (ctx.text === undefined) Object.defineProperties(summary, TEXTLESS);
    return { summary, local: o['local'] as string | undefined, textLength: length, ...(packed ? { packed } : {}) };
  } catch {
    return undefined;
  }
}

/** Typed reading of the tuples; every check that fails throws, and the caller turns that into a miss. */
class Reader {
  constructor(
    private readonly length: number,
    private readonly intern?: (id: string) => string,
  ) {}

  /** An attribute's or field's value, pooled when decoding into the kept form if it is short (fieldMap.ts SHARED_VALUE). */
  value(x: unknown): string {
    const s = this.str(x);
    return this.intern && s.length <= SHARED_VALUE ? this.intern(s) : s;
  }

  /** An ID (or a kind), pooled when decoding into the kept form. */
  id(x: unknown): string {
    const s = this.str(x);
    return this.intern ? this.intern(s) : s;
  }

  fields(entries: [string, FieldValue][]): ReadonlyMap<string, FieldValue> {
    const m = new Map(entries);
    return this.intern && m.size > 0 ? new FieldMap(m) : m;
  }

  list(x: unknown): Tuple[] {
    if (!Array.isArray(x)) throw new Error('not a list');
    return x as Tuple[];
  }

  tuple(x: unknown, n: number): Tuple {
    const t = this.list(x);
    if (t.length < n) throw new Error('short tuple');
    return t;
  }

  /** A stated risk method: plain data, checked field by field. */
  riskMethod(x: unknown): StatedRiskMethod {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new Error('not a method');
    const o = x as Record<string, unknown>;
    const num = (v: unknown) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error('not a number');
      return v;
    };
    const scale = (v: unknown): StatedScale => {
      const s = (v ?? {}) as Record<string, unknown>;
      const labels = s['labels'];
      if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) throw new Error('bad labels');
      return { min: num(s['min']), max: num(s['max']), labels: Object.fromEntries(Object.entries(labels).map(([k, n]) => [k, num(n)])) };
    };
    // A band's `accepted` is what sets a document's own acceptance threshold (rules/riskScore.ts):
    // dropping it here made a warm start judge risks by the configured threshold instead.
    const band = (b: Record<string, unknown>) => {
      if (b['accepted'] !== undefined && b['accepted'] !== true) throw new Error('bad band');
      return { level: this.str(b['level']), min: num(b['min']), max: num(b['max']), ...(b['accepted'] === true ? { accepted: true as const } : {}) };
    };
    return {
      ...(o['bands'] !== undefined ? { bands: this.list(o['bands']).map((x) => band(x as unknown as Record<string, unknown>)) } : {}),
      ...(o['likelihood'] !== undefined ? { likelihood: scale(o['likelihood']) } : {}),
      ...(o['impact'] !== undefined ? { impact: scale(o['impact']) } : {}),
      ...(o['raises'] === true ? { raises: true as const } : {}),
    };
  }

  str(x: unknown): string {
    if (typeof x !== 'string') throw new Error('not a string');
    return x;
  }

  oneOf<T extends string>(x: unknown, values: readonly T[]): T {
    if (!values.includes(x as T)) throw new Error('unknown value');
    return x as T;
  }

  span(start: unknown, end: unknown): Span {
    if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && end >= start && end <= this.length)) throw new Error('bad span');
    return { start, end };
  }

  pair(x: unknown): Span {
    const [s, e] = this.tuple(x, 2);
    return this.span(s, e);
  }

  attributes(x: unknown): ReadonlyMap<string, Attribute> {
    const flat = this.list(x);
    if (flat.length === 0) return NO_ATTRIBUTES;
    const out = new Map<string, Attribute>();
    if (flat.length % 4 !== 0) throw new Error('bad attributes');
    for (let i = 0; i < flat.length; i += 4) out.set(this.id(flat[i]), { text: this.value(flat[i + 1]), span: this.span(flat[i + 2], flat[i + 3]) });
    return this.intern ? new AttributeMap(out) : out;
  }

  field(x: unknown): [string, FieldValue] {
    const [key, ks, ke, vs, ve, value] = this.tuple(x, 6);
    const items = Array.isArray(value)
      ? (value as Tuple[]).map((i): FieldItem => {
          const [v, s, e] = this.tuple(i, 3);
          if (v !== null && !['string', 'number', 'boolean'].includes(typeof v)) throw new Error('bad item');
          return { value: typeof v === 'string' ? this.value(v) : (v as FieldItem['value']), span: this.span(s, e) };
        })
      : undefined;
    if (!items && value !== null && !['string', 'number', 'boolean'].includes(typeof value)) throw new Error('bad value');
    const k = this.id(key);
    return [k, { key: k, keySpan: this.span(ks, ke), valueSpan: this.span(vs, ve), value: items ?? (typeof value === 'string' ? this.value(value) : (value as FieldValue['value'])) }];
  }

  reference(x: unknown): Reference {
    const [type, id, s, e, fw, fromRange, tt, ts, te, prose] = this.tuple(x, 6);
    const t = REF_TYPES[type as number];
    const f = FRAMEWORKS[fw as number];
    if (!t || !f) throw new Error('bad reference');
    return { type: t, id: this.id(id), span: this.span(s, e), framework: f, ...(tt !== undefined ? { title: { text: this.str(tt), span: this.span(ts, te), ...(prose === 1 ? { inProse: true as const } : {}) } } : {}), ...(fromRange === 1 ? { fromRange: true } : {}) };
  }

  /** A reference checked as `reference` does, into the packer rather than an object. */
  packReference(x: unknown, packer: ReferencePacker): void {
    const [type, id, s, e, fw, fromRange, tt, ts, te, prose] = this.tuple(x, 6);
    if (!REF_TYPES[type as number] || !FRAMEWORKS[fw as number] || !Number.isInteger(type) || !Number.isInteger(fw)) throw new Error('bad reference');
    const at = this.span(s, e);
    const title = tt !== undefined ? { text: this.str(tt), ...this.span(ts, te), inProse: prose === 1 } : undefined;
    packer.add(type as number, this.str(id), at.start, at.end, fw as number, fromRange === 1, title);
  }

  definition(x: unknown): Definition {
    const [type, id, s, e, xs, xe, title, weak, attributes] = this.tuple(x, 9);
    const t = ENTITY_TYPES[type as number];
    if (!t) throw new Error('bad definition');
    return { type: t, id: this.id(id), span: this.span(s, e), extent: this.span(xs, xe), attributes: this.attributes(attributes), ...(title !== null ? { title: this.str(title) } : {}), ...(weak === 1 ? { weak: true } : {}) };
  }

  risk(x: unknown): RiskEntry {
    const [id, s, e, xs, xe, attributes] = this.tuple(x, 6);
    return { id: this.id(id), idSpan: this.span(s, e), extent: this.span(xs, xe), attributes: this.attributes(attributes) };
  }

  soa(x: unknown): SoaEntry {
    const [id, s, e, xs, xe, applicable, attributes] = this.tuple(x, 7);
    return { controlId: this.id(id), idSpan: this.span(s, e), extent: this.span(xs, xe), ...(applicable !== null ? { applicable: applicable === 1 } : {}), attributes: this.attributes(attributes) };
  }
}

/**
 * A closed document's reports are kept as this text (a few hundred bytes) rather than as
 * objects (a few KB), and read back when its findings are asked for. The `related`
 * locations of a `check` part point into the document itself, so their URI is not kept.
 */
export function encodeReports(reports: readonly LocalReport[]): string {
  return JSON.stringify(reports.map((r) => (r.related ? { ...r, related: r.related.map(({ span, message }) => ({ span, message })) } : r)));
}

/** Reports back from their text, or undefined when it is not what encodeReports wrote. */
export function decodeReports(encoded: string, uri: string, textLength: number): LocalReport[] | undefined {
  try {
    const reports = JSON.parse(encoded) as LocalReport[];
    if (!Array.isArray(reports)) return undefined;
    const ok = (s: Span | undefined) => !!s && s.start >= 0 && s.end >= s.start && s.end <= textLength;
    const severity = (v: unknown) => v === undefined || v === 'error' || v === 'warning' || v === 'information' || v === 'hint';
    for (const r of reports)
      if (typeof r.code !== 'string' || typeof r.message !== 'string' || !ok(r.span) || !(r.related ?? []).every((x) => ok(x.span)) || !severity(r.atMost)) return undefined;
    return reports.map((r) => (r.related ? { ...r, related: r.related.map((x) => ({ uri, span: x.span, message: x.message })) } : r));
  } catch {
    return undefined;
  }
}
