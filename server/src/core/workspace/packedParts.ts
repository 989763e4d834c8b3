/**
 * A closed document's references, definitions, risks and SoA entries packed into one
 * Uint32Array and one list of its distinct strings, and unpacked into the usual objects when
 * something reads them (service/closedTexts.ts). As objects they were most of what a closed
 * document keeps: a reference is an object and a span (96 bytes on a 64-bit heap) where packed
 * it is four numbers (16 bytes); an attribute, an object and a span where packed it is four.
 * unpackParts(packParts(x)) deep-equals x: test/closed-texts.test.ts holds it on real and
 * generated documents, and compares every feature and finding of services that keep either.
 */
import { NO_ATTRIBUTES, type Attribute, type Definition, type Framework, type Reference, type ReferenceType, type RiskEntry, type SoaEntry } from '../model/types.js';
import { SmallMap } from '../util/smallMap.js';

export interface SummaryParts {
  readonly references: readonly Reference[];
  readonly definitions: readonly Definition[];
  readonly risks: readonly RiskEntry[];
  readonly soa: readonly SoaEntry[];
}

export interface PackedParts {
  readonly nums: Uint32Array;
  /** The strings the parts hold, each once (IDs and attribute keys from the service's pool). */
  readonly strs: readonly string[];
}

const REF_TYPES: readonly ReferenceType[] = ['control', 'control-group', 'control-objective', 'annex-b', 'clause', 'risk', 'system', 'document', 'rmf-subcategory', 'ai-act-article', 'ai-act-annex', 'rmf-category'];
const FRAMEWORKS: readonly Framework[] = ['42001', '27001', 'other'];
const ENTITY_TYPES = ['risk', 'system', 'document'] as const;

/** `intern`: the service's string pool, for strings many documents hold (IDs, attribute keys). */
export function packParts(p: SummaryParts, intern: (s: string) => string): PackedParts {
  const nums: number[] = [p.references.length, p.definitions.length, p.risks.length, p.soa.length, 0];
  const strs: string[] = [];
  const strIndex = new Map<string, number>();
  const str = (s: string, pooled = false): number => {
    let i = strIndex.get(s);
    if (i === undefined) {
      strIndex.set(s, (i = strs.length));
      strs.push(pooled ? intern(s) : s);
    }
    return i;
  };
  // Attribute maps first, each once (a risk's definition shares its risk's map: they still do when unpacked).
  const maps = new Map<ReadonlyMap<string, Attribute>, number>();
  const mapOf = (m: ReadonlyMap<string, Attribute>): void => {
    // An empty Map unpacks as NO_ATTRIBUTES (0); any other map as a SmallMap, which is what a kept summary holds.
    if ((m.size === 0 && !(m instanceof SmallMap)) || maps.has(m)) return;
    maps.set(m, maps.size + 1);
    nums.push(m.size);
    for (const [k, a] of m) nums.push(str(k, true), str(a.text), a.span.start, a.span.end);
  };
  for (const x of p.definitions) mapOf(x.attributes);
  for (const x of p.risks) mapOf(x.attributes);
  for (const x of p.soa) mapOf(x.attributes);
  nums[4] = maps.size;
  const mapIndex = (m: ReadonlyMap<string, Attribute>) => maps.get(m) ?? 0;
  for (const r of p.references) {
    const t = REF_TYPES.indexOf(r.type);
    const f = FRAMEWORKS.indexOf(r.framework);
    if (t < 0 || f < 0) throw new Error(`unknown reference type ${r.type} or framework ${r.framework}`);
    nums.push(t | (f << 4) | (r.fromRange ? 64 : 0) | (r.title ? 128 : 0) | (r.title?.inProse ? 256 : 0), str(r.id, true), r.span.start, r.span.end);
    if (r.title) nums.push(str(r.title.text), r.title.span.start, r.title.span.end);
  }
  for (const d of p.definitions) {
    nums.push(ENTITY_TYPES.indexOf(d.type) | (d.weak ? 4 : 0) | (d.title !== undefined ? 8 : 0), str(d.id, true), d.span.start, d.span.end, d.extent.start, d.extent.end, mapIndex(d.attributes));
    if (d.title !== undefined) nums.push(str(d.title));
  }
  for (const r of p.risks) nums.push(str(r.id, true), r.idSpan.start, r.idSpan.end, r.extent.start, r.extent.end, mapIndex(r.attributes));
  for (const e of p.soa) nums.push(e.applicable === undefined ? 0 : e.applicable ? 2 : 1, str(e.controlId, true), e.idSpan.start, e.idSpan.end, e.extent.start, e.extent.end, mapIndex(e.attributes));
  return { nums: Uint32Array.from(nums), strs };
}

export function unpackParts(packed: PackedParts): SummaryParts {
  const { nums: n, strs: s } = packed;
  const [refCount, defCount, riskCount, soaCount, mapCount] = [n[0]!, n[1]!, n[2]!, n[3]!, n[4]!];
  let i = 5;
  const span = () => ({ start: n[i++]!, end: n[i++]! });
  const maps: ReadonlyMap<string, Attribute>[] = [NO_ATTRIBUTES];
  for (let m = 0; m < mapCount; m++) {
    const entries: [string, Attribute][] = new Array(n[i++]!);
    for (let k = 0; k < entries.length; k++) {
      const key = s[n[i++]!]!;
      const text = s[n[i++]!]!;
      entries[k] = [key, { text, span: span() }];
    }
    maps.push(new SmallMap(entries));
  }
  const references: Reference[] = new Array(refCount);
  for (let k = 0; k < refCount; k++) {
    const flags = n[i++]!;
    const id = s[n[i++]!]!;
    const at = span();
    let r: Reference = { type: REF_TYPES[flags & 15]!, id, span: at, framework: FRAMEWORKS[(flags >> 4) & 3]! };
    if (flags & 128) {
      const text = s[n[i++]!]!;
      r = { ...r, title: { text, span: span(), ...(flags & 256 ? { inProse: true as const } : {}) } };
    }
    references[k] = flags & 64 ? { ...r, fromRange: true } : r;
  }
  const definitions: Definition[] = new Array(defCount);
  for (let k = 0; k < defCount; k++) {
    const flags = n[i++]!;
    const id = s[n[i++]!]!;
    const at = span();
    const extent = span();
    const attributes = maps[n[i++]!]!;
    const d: Definition = { type: ENTITY_TYPES[flags & 3]!, id, span: at, extent, attributes };
    definitions[k] = flags & 8 ? (flags & 4 ? { ...d, title: s[n[i++]!]!, weak: true } : { ...d, title: s[n[i++]!]! }) : flags & 4 ? { ...d, weak: true } : d;
  }
  const risks: RiskEntry[] = new Array(riskCount);
  for (let k = 0; k < riskCount; k++) {
    const id = s[n[i++]!]!;
    const idSpan = span();
    const extent = span();
    risks[k] = { id, idSpan, extent, attributes: maps[n[i++]!]! };
  }
  const soa: SoaEntry[] = new Array(soaCount);
  for (let k = 0; k < soaCount; k++) {
    const applicable = n[i++]!;
    const controlId = s[n[i++]!]!;
    const idSpan = span();
    const extent = span();
    const attributes = maps[n[i++]!]!;
    soa[k] = applicable === 0 ? { controlId, idSpan, extent, attributes } : { controlId, idSpan, extent, applicable: applicable === 2, attributes };
  }
  return { references, definitions, risks, soa };
}
