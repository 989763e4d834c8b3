/**
 * The risk method a YAML register states for itself in a `method:` block (also `risk_method:`,
 * `methodology:`, `scoring:`): likelihood and impact scales as mappings of values to words
 * (`1: rare`) or of words to values (`rare: 1`), score bands as mappings of levels to ranges
 * (`medium: 6-11`), and the acceptance as a band list's `accepted: true` or a sentence
 * ("risks scoring 6 or more need a treatment"). What parse/riskMethod.ts reads from a Markdown
 * register's tables and lines, for registers kept as data.
 */
import type { StatedRiskMethod, StatedScale } from '../model/types.js';
import type { YMap, YNode } from '../model/yamlTree.js';
import { getPair, scalarText } from './yaml.js';
import { maxOf, minOf } from '../util/arrays.js';

const METHOD_KEY = /^(?:(?:risk[ _-]?)?method(?:ology)?|scoring|risk[ _-]?criteria)$/i;

/**
 * The method of the last few blocks by their text: an edit elsewhere in the register gives the
 * very object of the version before, so what the risk rules keep per item under it stays valid.
 */
const seen = new Map<string, StatedRiskMethod | undefined>();

export function yamlRiskMethod(root: YNode | null, text: string): StatedRiskMethod | undefined {
  if (root?.type !== 'map') return undefined;
  const pair = root.pairs.find((p) => METHOD_KEY.test(p.key) && p.value?.type === 'map');
  if (!pair) return undefined;
  const source = text.slice(pair.span.start, pair.span.end);
  if (seen.has(source)) return seen.get(source);
  if (seen.size >= 16) seen.clear();
  const method = read(pair.value as YMap);
  seen.set((' ' + source).slice(1), method);
  return method;
}

function read(method: YMap): StatedRiskMethod | undefined {
  const likelihood = scaleOf(valueOf(method, /^(?:likelihood|probability)(?:[ _-]?scale)?$/i));
  const impact = scaleOf(valueOf(method, /^(?:impact|severity|consequence)(?:[ _-]?scale)?$/i));
  let bands = bandsOf(valueOf(method, /^(?:bands|levels|risk[ _-]?levels|matrix)$/i));
  const acceptance = scalarText(valueOf(method, /^(?:acceptance|risk[ _-]?acceptance|appetite|threshold)$/i) ?? null);
  const from = acceptance !== undefined ? /(\d{1,3})\s*(?:or more|or above|and above|or higher|\+|and over)/i.exec(acceptance) : null;
  if (bands && from && !bands.some((b) => b.accepted)) bands = bands.map((b) => (b.max < Number(from[1]) ? { ...b, accepted: true as const } : b));
  const out: { -readonly [K in keyof StatedRiskMethod]: StatedRiskMethod[K] } = {};
  if (likelihood) out.likelihood = likelihood;
  if (impact) out.impact = impact;
  if (bands) out.bands = bands;
  return Object.keys(out).length > 0 ? out : undefined;
}

function valueOf(map: YMap, key: RegExp): YNode | null | undefined {
  return map.pairs.find((p) => key.test(p.key))?.value;
}

/** `{1: rare, 2: unlikely}`, `{rare: 1, unlikely: 2}` or a list of `{value, label}`: a scale of at least two steps. */
function scaleOf(node: YNode | null | undefined): StatedScale | undefined {
  if (!node) return undefined;
  const labels: Record<string, number> = {};
  const add = (value: number, word: string | undefined) => {
    if (Number.isInteger(value) && value >= 0 && value <= 100 && word && /[a-z]/i.test(word)) labels[word.trim().toLowerCase()] = value;
  };
  if (node.type === 'map')
    for (const p of node.pairs) {
      const v = scalarText(p.value);
      if (/^\d{1,3}$/.test(p.key)) add(Number(p.key), v);
      else if (v !== undefined && /^\d{1,3}$/.test(v)) add(Number(v), p.key);
    }
  else if (node.type === 'seq')
    for (const item of node.items) {
      const value = scalarText(getPair(item, 'value')?.value ?? getPair(item, 'score')?.value ?? null);
      add(Number(value), scalarText(getPair(item, 'label')?.value ?? getPair(item, 'name')?.value ?? null));
    }
  const values = Object.values(labels);
  if (values.length < 2) return undefined;
  return { min: minOf(values), max: maxOf(values), labels };
}

/** `{low: 1-5, medium: 6-11}` or a list of `{level, min, max, accepted}`: bands that do not overlap. */
function bandsOf(node: YNode | null | undefined): StatedRiskMethod['bands'] {
  if (!node) return undefined;
  const out: { level: string; min: number; max: number; accepted?: true }[] = [];
  const range = (s: string | undefined) => (s === undefined ? null : /^\s*(\d{1,3})\s*(?:-|–|to|\.\.)\s*(\d{1,3})\s*$/.exec(s));
  if (node.type === 'map')
    for (const p of node.pairs) {
      const r = range(scalarText(p.value));
      if (r) out.push({ level: p.key.trim().toLowerCase(), min: Number(r[1]), max: Number(r[2]) });
    }
  else if (node.type === 'seq')
    for (const item of node.items) {
      const level = scalarText(getPair(item, 'level')?.value ?? getPair(item, 'name')?.value ?? null);
      const r = range(scalarText(getPair(item, 'range')?.value ?? getPair(item, 'score')?.value ?? null));
      const min = r ? Number(r[1]) : Number(scalarText(getPair(item, 'min')?.value ?? null));
      const max = r ? Number(r[2]) : Number(scalarText(getPair(item, 'max')?.value ?? null));
      const accepted = /^(?:true|yes)$/i.test(scalarText(getPair(item, 'accepted')?.value ?? null) ?? '');
      if (level && Number.isInteger(min) && Number.isInteger(max)) out.push({ level: level.toLowerCase(), min, max, ...(accepted ? { accepted: true as const } : {}) });
    }
  const sorted = [...out].sort((a, b) => a.min - b.min);
  if (sorted.length < 2 || sorted.some((b, i) => b.min > b.max || (i > 0 && b.min <= sorted[i - 1]!.max))) return undefined;
  return sorted;
}
