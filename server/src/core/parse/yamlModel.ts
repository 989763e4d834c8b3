/**
 * What a YAML file's model needs from its tree: the regions to scan for
 * references, the risks and SoA rows, the nested keys. For a file read in
 * chunks (yamlChunks.ts) each chunk's share is computed once and kept with
 * the chunk (moved with it when an edit before it shifts it), so an edit in
 * one item of a 1 MB register re-scans that item only. The results are those
 * of the whole-tree functions: regions do not overlap and references are
 * sorted afterwards, so the order of the work does not matter; files beyond
 * the traversal budget take the whole-tree path, where the budget cuts the same.
 */
import type { Reference, ReferenceChunk, RiskChunk, RiskEntry, SoaEntry, StatedRiskMethod } from '../model/types.js';
import { yamlRiskMethod } from './riskMethodYaml.js';
import { shiftEntry, shiftSpanned } from '../text/spans.js';
import { normalizeTitle } from '../util/text.js';
import { scanReferences, type Region, type ScanOptions } from '../refs/scan.js';
import { getPair, type YMap, type YNode, type YPair } from './yaml.js';
import { risksFromItems, risksFromYaml } from './entities.js';
import { soaFromItems, soaFromYaml, soaListPair } from './soaYaml.js';
import { lineStart, type ChunkParse, type YamlState } from './yamlChunks.js';
import { absoluteItems } from './yamlMove.js';
import { pushAll } from '../util/arrays.js';
import { detached } from '../text/chunkMemo.js';

const BUDGET = 100_000;
/** The keys of a system's item that hold its ID. */
const SYSTEM_ID_KEY = /^(?:id|ids|ref|reference|system|system[ _-]?(?:id|ref))$/;

/** A key that is an Annex A control's ID ("A.6.2.4", "Annex A.6.2.4"). */
const CONTROL_KEY = /^(?:Annex\s+)?A\.\d/;

const FIELD_KEYS: Record<string, Region['field']> = { controls: 'controls', risks: 'risks', systems: 'systems', clauses: 'clauses', clause: 'clauses', documents: 'documents' };

export interface YamlParts {
  /** Regions still to scan (the frame's, or all of them on the whole-tree path). */
  readonly regions: Region[];
  /** References already found (the chunks'). */
  readonly references: Reference[];
  readonly risks: RiskEntry[];
  /** `risks` by the item they were read in, when they all were (AimsDocument.riskChunks). */
  readonly riskChunks?: RiskChunk[];
  readonly soa: SoaEntry[];
  readonly nestedKeys: string[];
  /** Each chunk's share, for the next version (parse/reuse.ts keeps it with the document). */
  readonly shares: ReadonlyMap<ChunkParse, ChunkShare>;
  /** The risk method a register with risks states in its `method:` block (parse/riskMethodYaml.ts). */
  readonly riskMethod?: StatedRiskMethod;
}

/** What one chunk of a top-level list contributes to the model, computed once per chunk and context. */
export interface ChunkShare {
  readonly context: string;
  readonly references: readonly Reference[];
  /** The same with offsets from the chunk's start: one array while the chunk is the same, moved or not (AimsDocument.referenceChunks). */
  readonly relative: readonly Reference[];
  readonly risks: readonly RiskEntry[];
  /** The same with offsets from the chunk's start, like `relative` (AimsDocument.riskChunks). */
  readonly relativeRisks: readonly RiskEntry[];
  readonly soa: readonly SoaEntry[];
  readonly keys: readonly string[];
  /** `keys` as one string: items of a register mostly have the same keys, so the union adds each set once. */
  readonly keySig: string;
  /**
   * The model's views of this share, made on first use: a share belongs to one chunk at one
   * place (a moved chunk gets a new share), so while an item is unchanged and unmoved its
   * RiskChunk and ReferenceChunk are the very objects of the version before.
   */
  riskChunk?: RiskChunk;
  referenceChunk?: ReferenceChunk;
}

/**
 * The model's parts from a YAML file's tree. `previous` holds the previous version's chunk
 * shares (chunks are immutable: an unchanged chunk is the same object, a moved one is named by
 * `y.moved`), so only new chunks are scanned.
 */
export function yamlParts(y: YamlState, text: string, scan: Omit<ScanOptions, 'regions'>, context: string, previous?: ReadonlyMap<ChunkParse, ChunkShare>): YamlParts {
  const root = y.root;
  const shares = new Map<ChunkParse, ChunkShare>();
  if (!root || root.type !== 'map' || y.chunks.length === 0 || y.nodes > BUDGET) {
    const risks = risksFromYaml(root);
    return { regions: root ? yamlRegions(root, '') : [], references: [], risks, soa: soaFromYaml(root), nestedKeys: nestedYamlKeys(root), shares, ...withMethod(risks, root, text) };
  }
  const pairOf = new Map<number, YPair>();
  for (const p of root.pairs) if (!pairOf.has(lineStart(text, p.keySpan.start))) pairOf.set(lineStart(text, p.keySpan.start), p);
  const risksPair = getPair(root, 'risks');
  const soaPair = soaListPair(root);
  const chunked = new Set<YPair>();
  const references: Reference[] = [];
  const risks: RiskEntry[] = [];
  const riskChunks: RiskChunk[] = [];
  const soa: SoaEntry[] = [];
  const keys = new Set<string>();
  // The key sets already added (by their string: one string per chunk, kept with its share).
  const keySets = new Set<string>();
  // What a chunk's share depends on besides its own text, built once per key (not per chunk:
  // the context string is long, and a register has thousands of chunks).
  const contexts = new Map<YPair, string>();
  const contextOf = (pair: YPair): string => {
    let k = contexts.get(pair);
    if (k === undefined) contexts.set(pair, (k = sameContext(`${context}|${pair.key}|${pair === risksPair}|${pair === soaPair}`)));
    return k;
  };
  y.chunks.forEach((c, i) => {
    const pair = pairOf.get(c.key);
    if (!pair || pair.value?.type !== 'seq') return;
    chunked.add(pair);
    const d = share(c, y.moved?.[i], previous, pair, pair === risksPair, pair === soaPair, text, scan, contextOf(pair));
    shares.set(c, d);
    pushAll(references, d.references);
    pushAll(risks, d.risks);
    if (d.relativeRisks.length > 0) riskChunks.push(d.riskChunk?.start === c.start ? d.riskChunk : (d.riskChunk = { start: c.start, relative: d.relativeRisks, references: d.relative }));
    pushAll(soa, d.soa);
    if (!keySets.has(d.keySig)) {
      keySets.add(d.keySig);
      for (const k of d.keys) keys.add(k);
    }
  });
  // The frame: every other pair, whole.
  const frame: YNode = { type: 'map', pairs: root.pairs.map((p) => (chunked.has(p) ? { ...p, value: { type: 'seq', items: [], span: p.value!.span } } : p)), span: root.span };
  for (const k of rawNestedKeys(frame)) keys.add(k);
  const allRisks = risksPair && chunked.has(risksPair) ? risks : risksFromYaml(root);
  return {
    regions: yamlRegions(frame, ''),
    references,
    ...(risksPair && chunked.has(risksPair) ? { risks, riskChunks } : { risks: allRisks }),
    ...withMethod(allRisks, root, text),
    soa: soaPair && chunked.has(soaPair) ? soa : soaFromYaml(root),
    nestedKeys: [...new Set([...keys].map(keyWords))].filter((k) => k !== ''),
    shares,
  };
}

/** `{ riskMethod }` when a file with risks states one. */
function withMethod(risks: readonly RiskEntry[], root: YNode | null, text: string): { riskMethod?: StatedRiskMethod } {
  const method = risks.length > 0 ? yamlRiskMethod(root, text) : undefined;
  return method ? { riskMethod: method } : {};
}

/**
 * The context string a previous version made with the same content, if any: each version makes
 * its own, and a share's is compared with it for every chunk of a register on every edit; the
 * same object compares at once, an equal copy character by character.
 */
const contextsSeen = new Map<string, string>();
function sameContext(k: string): string {
  const seen = contextsSeen.get(k);
  if (seen !== undefined) return seen;
  if (contextsSeen.size >= 64) contextsSeen.clear();
  const kept = detached(k);
  contextsSeen.set(kept, kept);
  return kept;
}

function share(
  c: ChunkParse,
  moved: { chunk: ChunkParse; by: number } | undefined,
  previous: ReadonlyMap<ChunkParse, ChunkShare> | undefined,
  pair: YPair,
  isRisks: boolean,
  isSoa: boolean,
  text: string,
  scan: Omit<ScanOptions, 'regions'>,
  key: string,
): ChunkShare {
  const kept = previous?.get(c);
  if (kept?.context === key) return kept;
  const before = moved ? previous?.get(moved.chunk) : undefined;
  return before?.context === key ? moveShare(before, moved!.by) : compute(c, pair, isRisks, isSoa, text, scan, key);
}

function compute(c: ChunkParse, pair: YPair, isRisks: boolean, isSoa: boolean, text: string, scan: Omit<ScanOptions, 'regions'>, context: string): ChunkShare {
  const lower = pair.key.toLowerCase();
  const field = FIELD_KEYS[lower] ?? (/clause/.test(lower) && !/annex|control/.test(lower) ? 'clauses' : undefined);
  const regions: Region[] = [];
  const items = absoluteItems(c);
  for (const item of items) pushAll(regions, yamlRegions(item, pair.key, field));
  const keys = pair.key === 'aims' ? [] : items.flatMap((item) => [...rawNestedKeys(item, true)]);
  const references = scanReferences({ ...scan, text, regions });
  const risks = isRisks ? risksFromItems(items) : [];
  return {
    context,
    references,
    relative: references.map((r) => shiftSpanned(r, -c.start)),
    risks,
    relativeRisks: risks.map((r) => shiftEntry(r, -c.start)),
    soa: isSoa ? soaFromItems(items) : [],
    keys,
    keySig: JSON.stringify(keys), // unambiguous: a quoted key may hold any character
  };
}

/** A YAML file's references by the top-level list item they were read in (AimsDocument.referenceChunks). */
export function yamlReferenceChunks(shares: ReadonlyMap<ChunkParse, ChunkShare>): ReferenceChunk[] {
  const out: ReferenceChunk[] = [];
  for (const [c, share] of shares) {
    const kept = share.referenceChunk;
    out.push(kept && kept.start === c.start && kept.end === c.start + c.length ? kept : (share.referenceChunk = { start: c.start, end: c.start + c.length, relative: share.relative, absolute: share.references }));
  }
  return out;
}

function moveShare(d: ChunkShare, by: number): ChunkShare {
  // An empty list stays the same object: a register's items hold no SoA rows, many no reference.
  return {
    context: d.context,
    references: d.references.length > 0 ? d.references.map((r) => shiftSpanned(r, by)) : d.references,
    relative: d.relative,
    risks: d.risks.length > 0 ? d.risks.map((r) => shiftEntry(r, by)) : d.risks,
    relativeRisks: d.relativeRisks,
    soa: d.soa.length > 0 ? d.soa.map((e) => shiftEntry(e, by)) : d.soa,
    keys: d.keys,
    keySig: d.keySig,
  };
}

/** Every scalar value in a YAML tree, labelled with its key path. Iterative (deep input). */
export function yamlRegions(root: YNode, prefix: string, field?: Region['field']): Region[] {
  const out: Region[] = [];
  const stack: { node: YNode; path: string; field?: Region['field']; rowTitle?: Region['rowTitle'] }[] = [{ node: root, path: prefix, ...(field ? { field } : {}) }];
  let budget = BUDGET;
  while (stack.length > 0 && budget-- > 0) {
    const { node, path, field, rowTitle } = stack.pop()!;
    if (node.type === 'scalar') {
      if (typeof node.value === 'string' || typeof node.value === 'number')
        out.push({ span: node.span, label: path.toLowerCase(), isCell: true, ...(field ? { field } : {}), ...(rowTitle ? { rowTitle } : {}) });
    } else if (node.type === 'seq') {
      for (const i of node.items) stack.push({ node: i, path, ...(field ? { field } : {}) });
    } else if (node.type === 'map') {
      const titled = controlTitle(node);
      for (const p of node.pairs) {
        if (!p.value) continue;
        // A mapping keyed by the controls it describes (`A.6.2.9: { applicable: true, ... }`, an
        // SoA's form): the key is a citation like an `id:` value. Not a key whose value is a
        // scalar or a list (a crosswalk's `A.5.1: A.2.2`), where the key may be another standard's.
        if (p.value.type === 'map' && CONTROL_KEY.test(p.key)) out.push({ span: p.keySpan, label: path.toLowerCase(), isCell: true, ...(field ? { field } : {}) });
        const key = p.key.toLowerCase();
        // Inside a system's item (`systems: [{ id: AIS-007, model: gpt-4o-2024-08-06 }]`) only its ID
        // names a system: its model, endpoint or owner are not system IDs, whatever their shape.
        const inherited = field === 'clauses' || (field === 'systems' && !SYSTEM_ID_KEY.test(key)) ? undefined : field;
        const f = FIELD_KEYS[key] ?? (/clause/.test(key) && !/annex|control/.test(key) ? 'clauses' : inherited);
        stack.push({ node: p.value, path: path ? `${path}.${p.key}` : p.key, ...(f ? { field: f } : {}), ...(titled?.idNode === p.value ? { rowTitle: titled.title } : {}) });
      }
    }
  }
  return out;
}

/**
 * An item naming a control and its title as two keys (`{ id: A.6.2.4, name: ... }`, as a YAML
 * list or a JSON array of controls writes it): the title, for the ID's scalar, as a table row's
 * title cell is for the ID cell.
 */
function controlTitle(node: YMap): { idNode: YNode; title: NonNullable<Region['rowTitle']> } | undefined {
  let idNode: YNode | undefined;
  let title: YNode | undefined;
  for (const p of node.pairs) {
    const key = p.key.toLowerCase().replace(/[\s_-]+/g, ' ');
    if (!idNode && (key === 'id' || key === 'control' || key === 'control id') && p.value?.type === 'scalar' && /^(?:Annex\s+)?A\.\d/.test(String(p.value.value))) idNode = p.value;
    else if (!title && (key === 'title' || key === 'name' || key === 'control title' || key === 'control name') && p.value?.type === 'scalar' && typeof p.value.value === 'string') title = p.value;
  }
  return idNode && title && title.type === 'scalar' ? { idNode, title: { text: String(title.value).trim(), span: title.span } } : undefined;
}

/** Keys below the top level, outside `aims:` (see AimsDocument.nestedKeys); each distinct key normalised once. */
export function nestedYamlKeys(root: YNode | null): string[] {
  return [...new Set([...rawNestedKeys(root)].map(keyWords))].filter((k) => k !== '');
}

/** A key's words, camelCase apart as snake_case is ("intendedUse", "intended_use": "intended use"). */
export function keyWords(key: string): string {
  return normalizeTitle(key.replace(/([a-z0-9])([A-Z])/g, '$1 $2'));
}

/** The keys of the maps below `node` (below its top level when it is the root, a list's items' keys included; from `node` itself when `inside`). */
function rawNestedKeys(node: YNode | null, inside = false): Set<string> {
  const keys = new Set<string>();
  const stack: YNode[] = [];
  if (inside && node) stack.push(node);
  else if (node?.type === 'map') {
    for (const p of node.pairs) if (p.key !== 'aims' && p.value) stack.push(p.value);
  }
  // A file that is a list (`_data/nonconformities.yml`): its items' keys are below its top level.
  else if (node?.type === 'seq') stack.push(node);
  let budget = BUDGET;
  while (stack.length > 0 && budget-- > 0) {
    const n = stack.pop()!;
    if (n.type === 'seq') for (const i of n.items) stack.push(i);
    else if (n.type === 'map')
      for (const p of n.pairs) {
        keys.add(p.key);
        if (p.value) stack.push(p.value);
      }
  }
  return keys;
}
