/**
 * SoA decisions from YAML and JSON: a `controls:` list (or a data model's `soa_entries:`) of items
 * naming a control by ID or by a reference to a control record, with the decision and its reasons.
 */
import type { SoaEntry } from '../model/types.js';
import type { Span } from '../text/types.js';
import { parseApplicable, soaColumn } from './columns.js';
import { yamlAttributes } from './entities.js';
import { getPair, scalarText, type YMap, type YNode, type YPair } from './yaml.js';
import { pushAll } from '../util/arrays.js';

/**
 * SoA entries from a YAML (or JSON) `controls:` list of { id, applicable, justification, status,
 * evidence }: the file itself when it is such a list, the top-level one, else those nested in mappings a few levels down, as a mapping
 * groups them (`annexA: { A.6: { controls: [...] } }`).
 */
export function soaFromYaml(root: YNode | null): SoaEntry[] {
  // A data file that is the list itself ("- control: A.2.2", a static site's _data/soa.yml).
  if (root?.type === 'seq') return soaFromItems(root.items);
  const list = soaListPair(root)?.value;
  if (list?.type === 'seq') return soaFromItems(list.items);
  if (list?.type === 'map') return soaFromKeyed(list.pairs);
  if (list || root?.type !== 'map') return [];
  const out: SoaEntry[] = [];
  let level: YNode[] = [root];
  for (let depth = 0; depth < NESTED_CONTROLS_DEPTH && level.length > 0; depth++) {
    const next: YNode[] = [];
    for (const node of level)
      if (node.type === 'map')
        for (const p of node.pairs) {
          if (!p.value || p.key === 'aims') continue;
          if (depth > 0 && p.key.toLowerCase() === 'controls' && p.value.type === 'seq') pushAll(out, soaFromItems(p.value.items));
          // "statement_of_applicability: { controls: { A.2.2: { applicable: ... } } }": keyed by the controls.
          else if (depth > 0 && p.key.toLowerCase() === 'controls' && p.value.type === 'map' && p.value.pairs.some((q) => controlIdOf(q.key))) pushAll(out, soaFromKeyed(p.value.pairs));
          else if (p.value.type === 'map' && next.length < NESTED_CONTROLS_WIDTH) next.push(p.value);
        }
    level = next;
  }
  return out.sort((x, y) => x.idSpan.start - y.idSpan.start);
}

/** The top-level list of SoA decisions: `controls:`, or as data models name it (`soa_entries:`, `entries:`, `applicability:`). */
export function soaListPair(root: YNode | null): YPair | undefined {
  const controls = getPair(root, 'controls');
  if (controls || root?.type !== 'map') return controls;
  return root.pairs.find((p) => p.value?.type === 'seq' && SOA_LIST_KEY.test(p.key));
}

// Singular too: TOML names an array of tables by one of its items ("[[control]]").
const SOA_LIST_KEY = /^(?:soa|statement[_ -]?of[_ -]?applicability|(?:soa[_ -]?)?(?:entries|entry|controls?|decisions?)|applicability|control[_ -]?applicability|annex[_ -]?a(?:[_ -]?controls)?)$/i;

/** Keys that hold an entry's control: `id`, `control`, `control_id`, `control_reference` ... */
const CONTROL_KEYS = ['id', 'control', 'control_id', 'controlId', 'control_ref', 'control_reference', 'controlReference', 'annex_a_control'];

/**
 * A control ID as data models write it: "A.6.2.4", "Annex A.6.2.4", or a reference to a control
 * record ("iso42001:control-a-2-2", "control_a_6_2_4") whose tail spells the ID.
 */
export function controlIdOf(value: string): string | undefined {
  const v = value.trim().replace(/^Annex\s+/i, '');
  if (/^A\.\d/.test(v)) return v;
  const m = /(?:^|[:/#])(?:control[-_])?a[-_](\d{1,2}(?:[-_]\d{1,2}){1,2})$/i.exec(v);
  return m ? 'A.' + m[1]!.split(/[-_]/).map(Number).join('.') : undefined;
}

/** How deep and how wide nested `controls:` lists are looked for (a mapping's groups, not a data dump). */
const NESTED_CONTROLS_DEPTH = 4;
const NESTED_CONTROLS_WIDTH = 200;

/** SoA entries from items of a `controls:` list (also used for one chunk of it at a time). */
export function soaFromItems(items: readonly YNode[]): SoaEntry[] {
  const out: SoaEntry[] = [];
  for (const item of items) {
    if (item.type !== 'map') continue;
    let idPair: YPair | undefined;
    let id: string | undefined;
    for (const key of CONTROL_KEYS) {
      const pair = getPair(item, key);
      const found = pair && controlIdOf(scalarText(pair.value) ?? '');
      if (found) {
        idPair = pair;
        id = found;
        break;
      }
    }
    if (!idPair || !id) continue;
    out.push(entryOf(id, unquotedSpan(idPair.value!), item));
  }
  return out;
}

/** `controls: { A.2.2: { applicable: yes, justification: ... } }`: a mapping keyed by the controls. */
function soaFromKeyed(pairs: readonly YPair[]): SoaEntry[] {
  const out: SoaEntry[] = [];
  for (const p of pairs) {
    const id = controlIdOf(p.key);
    if (id && p.value?.type === 'map') out.push(entryOf(id, p.keySpan, p.value));
  }
  return out;
}

/** An item's decision and attributes: the decision under `applicable`, `is_applicable`, or any key naming it (`included`). */
function entryOf(controlId: string, idSpan: Span, item: YMap): SoaEntry {
  const attributes = yamlAttributes(item, (k) => (CONTROL_KEYS.includes(k) ? 'id' : soaColumn(k) ?? (k === 'applicable' ? 'applicable' : undefined)));
  const appNode = (getPair(item, 'applicable') ?? getPair(item, 'is_applicable') ?? item.pairs.find((q) => soaColumn(q.key) === 'applicable'))?.value;
  let applicable: boolean | undefined;
  if (appNode?.type === 'scalar') applicable = typeof appNode.value === 'boolean' ? appNode.value : parseApplicable(String(appNode.value ?? ''));
  return { controlId, idSpan, extent: item.span, ...(applicable !== undefined ? { applicable } : {}), attributes };
}

/** A scalar's span without its quotes ("A.6.2.4" in JSON), so it is the span a reference to the same ID has. */
function unquotedSpan(node: YNode): Span {
  const { start, end } = node.span;
  return node.type === 'scalar' && typeof node.value === 'string' && end - start === node.value.length + 2 ? { start: start + 1, end: end - 1 } : node.span;
}
