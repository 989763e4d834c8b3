/**
 * A closed document's references packed into numbers (held as one string of code units) and
 * the strings that are its own, unpacked into the usual objects when something reads them
 * (service/closedTexts.ts). As objects they were the largest part of what a closed document
 * keeps: a reference is an object and a span (96 bytes on a 64-bit heap) where packed it is
 * four numbers (8 or 16 bytes). The format also packs definitions, risks and SoA entries with
 * their attributes; the service packs only references (closedTexts.ts says why).
 * unpackParts(packParts(x)) deep-equals x:
 * test/closed-texts.test.ts holds it on real and generated documents, and compares every
 * feature and finding of services that keep either.
 */
import { ENTITY_TYPES, NO_ATTRIBUTES, type Attribute, type Definition, type Framework, type Reference, type ReferenceType, type RiskEntry, type SoaEntry } from '../model/types.js';
import { SmallMap } from '../util/smallMap.js';
import type { Span } from '../text/types.js';

export interface SummaryParts {
  readonly references: readonly Reference[];
  readonly definitions: readonly Definition[];
  readonly risks: readonly RiskEntry[];
  readonly soa: readonly SoaEntry[];
}

/** The line starts packed after the parts (text/lineIndex.ts plainStarts) and the text's length, read back by packedLines. */
export interface LineStarts {
  readonly lineStarts?: ArrayLike<number> | undefined;
  readonly textLength?: number;
}

/**
 * The strings many documents hold (IDs, attribute keys, short attribute values such as "low"
 * or "Owner"), each once for the service, numbered: a packed summary keeps their numbers.
 * Never shrinks, as the service's ID pool does not: its strings are the workspace's vocabulary.
 */
export class StringTable {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  numberOf(s: string): number {
    let n = this.numbers.get(s);
    if (n === undefined) {
      this.numbers.set(s, (n = this.strings.length));
      this.strings.push(s);
    }
    return n;
  }

  at(n: number): string {
    return this.strings[n]!;
  }
}

const NO_STRINGS: readonly string[] = [];

/** Attribute values up to this length go to the table (bands, owners, dates); longer ones are a document's own. */
const SHARED_TEXT = 24;

export interface PackedParts {
  /**
   * The numbers as the UTF-16 code units of a string: one a number when every number fits in 16
   * bits (a document under 64 KB), else two (`wide`: high, then low). A string rather than a
   * typed array: a typed array was two objects on the heap (about 185 bytes) and a buffer
   * outside it for each closed document; a string is one object, its units inside it.
   * Read through numbersOf.
   */
  readonly nums: string;
  readonly wide: boolean;
  /** The longer strings the parts hold (titles, attribute values), in the order they are used; the rest are in the table. */
  readonly strs: readonly string[];
}

/** The reference types and frameworks by number, as packed (and as the cache's entries store them: codec.ts). */
export const REF_TYPES: readonly ReferenceType[] = ['control', 'control-group', 'control-objective', 'annex-b', 'clause', 'risk', 'system', 'document', 'rmf-subcategory', 'ai-act-article', 'ai-act-annex', 'rmf-category'];
export const FRAMEWORKS: readonly Framework[] = ['42001', '27001', 'other'];

/** Where the packers write before the numbers are made into a string (one per process: packing is synchronous). */
let scratch = new Uint32Array(4096);

/** Numbers written to the scratch array from `start`, then made into a string: one code unit a number when every one fits, else two. */
class NumberWriter {
  n: number;
  private max = 0;

  constructor(start = 0) {
    this.n = start;
  }

  put(x: number): void {
    if (this.n === scratch.length) {
      const grown = new Uint32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    if (x > this.max) this.max = x;
    scratch[this.n++] = x;
  }

  /** A number written at a place before the end (a header reserved at the start). */
  set(at: number, x: number): void {
    if (x > this.max) this.max = x;
    scratch[at] = x;
  }

  copy(): { nums: string; wide: boolean } {
    const wide = this.max >= 0x10000;
    let units: Uint16Array | Uint32Array = scratch.subarray(0, this.n);
    if (wide) {
      const pairs = new Uint16Array(this.n * 2);
      for (let k = 0; k < this.n; k++) {
        pairs[2 * k] = scratch[k]! >>> 16;
        pairs[2 * k + 1] = scratch[k]! & 0xffff;
      }
      units = pairs;
    }
    return { nums: stringOfUnits(units), wide };
  }
}

/** Code units (each below 65,536) as one flat string; in slices, as apply passes each as an argument. */
function stringOfUnits(units: Uint16Array | Uint32Array): string {
  const SLICE = 8192;
  if (units.length <= SLICE) return String.fromCharCode.apply(null, units as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < units.length; k += SLICE) parts.push(String.fromCharCode.apply(null, units.subarray(k, k + SLICE) as unknown as number[]));
  // join makes one flat string, where + would make a tree of them.
  return parts.join('');
}

/** One literal shape for every packed summary (a spread made a hidden class per object). */
function packed(numbers: { nums: string; wide: boolean }, strs: readonly string[]): PackedParts {
  return { nums: numbers.nums, wide: numbers.wide, strs: strs.length > 0 ? strs : NO_STRINGS };
}

/** Number k of the packed numbers. */
export type Numbers = (k: number) => number;

export function numbersOf(p: PackedParts): Numbers {
  const s = p.nums;
  return p.wide ? (k) => s.charCodeAt(2 * k) * 0x10000 + s.charCodeAt(2 * k + 1) : (k) => s.charCodeAt(k);
}

/** How many numbers are packed. */
function countOf(p: PackedParts): number {
  return p.wide ? p.nums.length / 2 : p.nums.length;
}

/** One reference, as both packers write it: flags, ID number, span, and a title's string number and span. */
function writeReference(w: NumberWriter, table: StringTable, strs: string[], type: number, id: string, start: number, end: number, framework: number, fromRange: boolean, title: { text: string; start: number; end: number; inProse?: boolean } | undefined): void {
  w.put(type | (framework << 4) | (fromRange ? 64 : 0) | (title ? 128 : 0) | (title?.inProse ? 256 : 0));
  w.put(table.numberOf(id));
  w.put(start);
  w.put(end);
  if (title) {
    w.put(strs.length);
    strs.push(title.text);
    w.put(title.start);
    w.put(title.end);
  }
}

/** The parts packed: IDs, attribute keys and short values by their number in `table`, the other strings in `strs`. */
export function packParts(p: SummaryParts & LineStarts, table: StringTable): PackedParts {
  const strs: string[] = [];
  const w = new NumberWriter();
  const put = (x: number) => w.put(x);
  const shared = (x: string) => put(table.numberOf(x));
  const str = (x: string) => {
    put(strs.length);
    strs.push(x);
  };
  const lines = p.lineStarts?.length ?? 0;
  for (const c of [p.references.length, p.definitions.length, p.risks.length, p.soa.length, 0, lines, lines > 0 ? p.textLength ?? 0 : 0]) put(c);
  // Attribute maps first, each once (a risk's definition shares its risk's map: they still do when unpacked).
  const maps = new Map<ReadonlyMap<string, Attribute>, number>();
  const mapOf = (m: ReadonlyMap<string, Attribute>): void => {
    // An empty Map unpacks as NO_ATTRIBUTES (0); any other map as a SmallMap, which is what a kept summary holds.
    if ((m.size === 0 && !(m instanceof SmallMap)) || maps.has(m)) return;
    maps.set(m, maps.size + 1);
    put(m.size);
    for (const [k, a] of m) {
      shared(k);
      // Odd numbers: the table's; even: the document's own (a value is either).
      if (a.text.length <= SHARED_TEXT) put(table.numberOf(a.text) * 2 + 1);
      else {
        put(strs.length * 2);
        strs.push(a.text);
      }
      put(a.span.start);
      put(a.span.end);
    }
  };
  for (const x of p.definitions) mapOf(x.attributes);
  for (const x of p.risks) mapOf(x.attributes);
  for (const x of p.soa) mapOf(x.attributes);
  w.set(4, maps.size);
  const mapIndex = (m: ReadonlyMap<string, Attribute>) => put(maps.get(m) ?? 0);
  const spanOf = (x: Span) => {
    put(x.start);
    put(x.end);
  };
  for (const r of p.references) {
    const t = REF_TYPES.indexOf(r.type);
    const f = FRAMEWORKS.indexOf(r.framework);
    if (t < 0 || f < 0) throw new Error(`unknown reference type ${r.type} or framework ${r.framework}`);
    writeReference(w, table, strs, t, r.id, r.span.start, r.span.end, f, r.fromRange === true, r.title && { text: r.title.text, start: r.title.span.start, end: r.title.span.end, inProse: r.title.inProse === true });
  }
  for (const d of p.definitions) {
    put(ENTITY_TYPES.indexOf(d.type) | (d.weak ? 4 : 0) | (d.title !== undefined ? 8 : 0));
    shared(d.id);
    spanOf(d.span);
    spanOf(d.extent);
    mapIndex(d.attributes);
    if (d.title !== undefined) str(d.title);
  }
  for (const r of p.risks) {
    shared(r.id);
    spanOf(r.idSpan);
    spanOf(r.extent);
    mapIndex(r.attributes);
  }
  for (const e of p.soa) {
    put(e.applicable === undefined ? 0 : e.applicable ? 2 : 1);
    shared(e.controlId);
    spanOf(e.idSpan);
    spanOf(e.extent);
    mapIndex(e.attributes);
  }
  // Last, so that they are the tail: packedLines copies them out for the closed document's line index.
  for (let k = 0; k < lines; k++) put(p.lineStarts![k]!);
  return packed(w.copy(), strs);
}

/**
 * References packed one by one as they are read (codec.ts, decoding a cache entry), without
 * making their objects: what packParts makes of the references alone (no definitions, risks
 * or SoA entries), the same numbers. Synchronous from the first add to finish (one scratch array).
 */
export class ReferencePacker {
  /** After the seven numbers of the header, written last. */
  private readonly w = new NumberWriter(7);
  private count = 0;
  private readonly strs: string[] = [];

  constructor(private readonly table: StringTable) {}

  /** One reference: `type` and `framework` by their numbers in REF_TYPES and FRAMEWORKS. */
  add(type: number, id: string, start: number, end: number, framework: number, fromRange: boolean, title?: { text: string; start: number; end: number; inProse: boolean }): void {
    this.count++;
    writeReference(this.w, this.table, this.strs, type, id, start, end, framework, fromRange, title);
  }

  finish(lineStarts: ArrayLike<number> | undefined, textLength: number): PackedParts {
    const lines = lineStarts?.length ?? 0;
    for (let k = 0; k < lines; k++) this.w.put(lineStarts![k]!);
    [this.count, 0, 0, 0, 0, lines, lines > 0 ? textLength : 0].forEach((x, k) => this.w.set(k, x));
    return packed(this.w.copy(), this.strs);
  }
}

/**
 * The distinct (type, ID) pairs a packed summary's references cite, by type in the order of
 * each type's first reference and by ID in the order of first citation (what workspaceIndex/facts.ts
 * reads of the references), without unpacking them.
 */
export function packedCitations(packed: PackedParts, table: StringTable): Map<ReferenceType, Set<string>> {
  const n = numbersOf(packed);
  const out = new Map<ReferenceType, Set<string>>();
  // Past the attribute maps (none when only references were packed; else counted through).
  let i = 7;
  for (let m = 0, maps = n(4); m < maps; m++) i += 1 + n(i) * 4;
  for (let k = 0, refs = n(0); k < refs; k++) {
    const flags = n(i);
    const type = REF_TYPES[flags & 15]!;
    let ids = out.get(type);
    if (!ids) out.set(type, (ids = new Set()));
    ids.add(table.at(n(i + 1)));
    i += flags & 128 ? 7 : 4;
  }
  return out;
}

/** Whether line starts were packed with the parts. */
export function hasPackedLines(packed: PackedParts): boolean {
  return numbersOf(packed)(5) > 0;
}

/** The text's length and line starts packed with the parts (copied out), or undefined when none were. */
export function packedLines(packed: PackedParts): { readonly length: number; readonly starts: Uint16Array | Uint32Array } | undefined {
  const n = numbersOf(packed);
  const count = n(5);
  if (count === 0) return undefined;
  const starts = packed.wide ? new Uint32Array(count) : new Uint16Array(count);
  for (let k = 0, from = countOf(packed) - count; k < count; k++) starts[k] = n(from + k);
  return { length: n(6), starts };
}

export function unpackParts(packed: PackedParts, table: StringTable): SummaryParts {
  const s = packed.strs;
  const n = numbersOf(packed);
  const t = (k: number) => table.at(k);
  const [refCount, defCount, riskCount, soaCount, mapCount] = [n(0), n(1), n(2), n(3), n(4)];
  let i = 7;
  const span = () => ({ start: n(i++), end: n(i++) });
  const maps: ReadonlyMap<string, Attribute>[] = [NO_ATTRIBUTES];
  for (let m = 0; m < mapCount; m++) {
    const entries: [string, Attribute][] = new Array(n(i++));
    for (let k = 0; k < entries.length; k++) {
      const key = t(n(i++));
      const v = n(i++);
      const text = v & 1 ? t(v >> 1) : s[v >> 1]!;
      entries[k] = [key, { text, span: span() }];
    }
    maps.push(new SmallMap(entries));
  }
  const references: Reference[] = new Array(refCount);
  for (let k = 0; k < refCount; k++) {
    const flags = n(i++);
    const id = t(n(i++));
    const at = span();
    let r: Reference = { type: REF_TYPES[flags & 15]!, id, span: at, framework: FRAMEWORKS[(flags >> 4) & 3]! };
    if (flags & 128) {
      const text = s[n(i++)]!;
      r = { ...r, title: { text, span: span(), ...(flags & 256 ? { inProse: true as const } : {}) } };
    }
    references[k] = flags & 64 ? { ...r, fromRange: true } : r;
  }
  const definitions: Definition[] = new Array(defCount);
  for (let k = 0; k < defCount; k++) {
    const flags = n(i++);
    const id = t(n(i++));
    const at = span();
    const extent = span();
    const attributes = maps[n(i++)]!;
    const d: Definition = { type: ENTITY_TYPES[flags & 3]!, id, span: at, extent, attributes };
    definitions[k] = flags & 8 ? (flags & 4 ? { ...d, title: s[n(i++)]!, weak: true } : { ...d, title: s[n(i++)]! }) : flags & 4 ? { ...d, weak: true } : d;
  }
  const risks: RiskEntry[] = new Array(riskCount);
  for (let k = 0; k < riskCount; k++) {
    const id = t(n(i++));
    const idSpan = span();
    const extent = span();
    risks[k] = { id, idSpan, extent, attributes: maps[n(i++)]! };
  }
  const soa: SoaEntry[] = new Array(soaCount);
  for (let k = 0; k < soaCount; k++) {
    const applicable = n(i++);
    const controlId = t(n(i++));
    const idSpan = span();
    const extent = span();
    const attributes = maps[n(i++)]!;
    soa[k] = applicable === 0 ? { controlId, idSpan, extent, attributes } : { controlId, idSpan, extent, applicable: applicable === 2, attributes };
  }
  return { references, definitions, risks, soa };
}
