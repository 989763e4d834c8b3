/**
 * YAML -> our own small tree with spans. The only module (with markdown.ts)
 * that imports a parser. Never throws: syntax errors become problems, aliases
 * are kept as references (never expanded, so alias bombs cost nothing), and
 * nesting deeper than MAX_DEPTH is cut off with a problem.
 */
import { Parser, Composer, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../text/types.js';
import type { ParseProblem } from '../model/problems.js';
import { simpleYaml } from './yamlSimple.js';

export type { YAlias, YMap, YNode, YPair, YScalar, YSeq } from '../model/yamlTree.js';
import type { YNode, YPair } from '../model/yamlTree.js';

export interface YamlParseResult {
  /** The first document's root, null when empty or unreadable. */
  readonly root: YNode | null;
  readonly problems: readonly ParseProblem[];
  /** How many nodes the tree holds (bounded by MAX_NODES). */
  readonly nodes: number;
}

const MAX_DEPTH = 64;
export const MAX_NODES = 200_000;

/**
 * Parse `text` (a whole file, or front matter content) whose first character
 * sits at `offset` in the enclosing document.
 */
export function parseYaml(text: string, offset = 0, depth = 0): YamlParseResult {
  return simpleYaml(text, offset, depth, MAX_DEPTH, MAX_NODES) ?? parseYamlFully(text, offset, depth);
}

/** parseYaml with the yaml package, whatever the text (yamlSimple.ts answers only for the simple kind). */
export function parseYamlFully(text: string, offset = 0, depth = 0): YamlParseResult {
  const problems: ParseProblem[] = [];
  let doc: Document.Parsed | undefined;
  // YAML ends lines at "\r" too, the yaml package only at "\n" (and "\r\n"): it reads a copy whose
  // lone "\r" are "\n", of the same length, so its offsets index `text` as they are.
  const source = withoutLoneCr(text);
  try {
    const docs = composeQuietly(source);
    doc = docs[0];
    for (const d of docs) {
      for (const e of d.errors) problems.push({ code: 'yaml-syntax', span: errorSpan(e.pos, offset, text), message: yamlMessage(e.code, e.message) });
    }
    if (docs.length > 1) {
      const second = docs[1]!.range;
      problems.push({
        code: 'yaml-syntax',
        // Its first three characters ("---"), but never past the end of their line (a "--" line, a CRLF).
        span: errorSpan([second[0], Math.min(second[0] + 3, lineEnd(source, second[0]))], offset, text),
        message: 'This file holds more than one YAML document; only the first is read.',
        notice: true,
      });
    }
  } catch (e) {
    // The yaml package is robust, but a stack overflow on pathological input must not escape.
    problems.push({
      code: 'yaml-syntax',
      span: { start: offset, end: offset + Math.min(text.length, 1) },
      message: `The YAML could not be read (${e instanceof RangeError ? 'nested too deeply' : 'parser failure'}).`,
    });
    return { root: null, problems, nodes: 0 };
  }
  if (!doc || doc.contents === null) return { root: null, problems, nodes: 0 };
  const state = { nodes: 0, cut: false };
  const root = convert(doc.contents as Node, text, offset, depth, state, problems);
  return { root, problems, nodes: state.nodes };
}

/**
 * The yaml package reports each problem as an Error object, and capturing its stack costs far
 * more than the rest of the error: on a register in the middle of an edit (tens to hundreds of
 * errors) it was a third of the parse. We read only code, position and message, so the stacks
 * are switched off for the duration of this synchronous call (and restored, whatever happens).
 */
function composeQuietly(source: string): Document.Parsed[] {
  // A V8 property (the core is typed without Node's types); elsewhere nothing is touched.
  const errors = Error as ErrorConstructor & { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  if (typeof limit === 'number') errors.stackTraceLimit = 0;
  try {
    // uniqueKeys: false, because the package compares every key with every earlier one (100,000
    // keys took 115 s); convert() finds duplicates with a set per mapping instead.
    return [...new Composer({ uniqueKeys: false, prettyErrors: false }).compose(new Parser().parse(source), true)];
  } finally {
    if (typeof limit === 'number') errors.stackTraceLimit = limit;
  }
}

/** The offset of the line break (or the end) of the line holding `at`. */
function lineEnd(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  const end = lf < 0 ? text.length : lf;
  return end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** `text` with every "\r" not followed by "\n" replaced by "\n" (the same text when there is none). */
function withoutLoneCr(text: string): string {
  return /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same mapping; only one value can count. Remove or rename one of them.';
    case 'BAD_INDENT':
      return 'The indentation here does not match the surrounding YAML.';
    case 'MISSING_CHAR':
      return `A closing character is missing: ${message.replace(/\s+at line.*$/s, '')}`;
    default:
      return `YAML error: ${message.split('\n')[0]}`;
  }
}

/**
 * An error's place in the enclosing document; an empty one is widened to the
 * character there. Neither end is left between the "\r" and "\n" of a line
 * break (no position exists there): the yaml package ends some ranges so.
 */
function errorSpan(pos: [number, number], offset: number, text: string): Span {
  const max = text.length;
  const inCrlf = (o: number) => o > 0 && o < max && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10;
  let start = Math.min(Math.max(0, pos[0]), max);
  if (inCrlf(start)) start--;
  let end = Math.min(Math.max(start, pos[1]), max);
  if (end === start) end = Math.min(start + 1, max);
  if (inCrlf(end)) end++;
  return { start: offset + start, end: offset + end };
}

function rangeSpan(node: { range?: [number, number, number] | null }, offset: number): Span {
  const r = node.range ?? [0, 0, 0];
  return { start: offset + r[0], end: offset + r[1] };
}

function convert(
  node: Node | null,
  text: string,
  offset: number,
  depth: number,
  state: { nodes: number; cut: boolean },
  problems: ParseProblem[],
): YNode | null {
  if (node === null || node === undefined) return null;
  if (++state.nodes > MAX_NODES || depth > MAX_DEPTH) {
    if (!state.cut) {
      state.cut = true;
      problems.push({
        code: 'file-skipped',
        span: rangeSpan(node, offset),
        message: `YAML nested deeper than ${MAX_DEPTH} levels or larger than ${MAX_NODES} nodes is not read further.`,
      });
    }
    return null;
  }
  if (isScalar(node)) {
    const span = rangeSpan(node, offset);
    const v = node.value;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null ? null : String(v);
    const raw = text.slice(span.start - offset, span.end - offset);
    return { type: 'scalar', value, raw: node.type === 'PLAIN' ? raw : String(value ?? ''), span };
  }
  if (isAlias(node)) return { type: 'alias', name: node.source, span: rangeSpan(node, offset) };
  if (isMap(node)) {
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    for (const p of node.items) {
      if (!isPair(p)) continue;
      const k = p.key as Node | null;
      const keyText = isScalar(k) ? String(k.value ?? '') : k ? text.slice(k.range?.[0] ?? 0, k.range?.[1] ?? 0) : '';
      const keySpan = k && k.range ? rangeSpan(k, offset) : { start: offset, end: offset };
      // A scalar key written twice in one mapping (as the package's own check would say; merge keys `<<` may repeat).
      if (isScalar(k) && keyText !== '<<') {
        const id = `${typeof k.value}:${keyText}`;
        if (seen.has(id)) problems.push({ code: 'yaml-syntax', span: keySpan, message: yamlMessage('DUPLICATE_KEY', '') });
        seen.add(id);
      }
      const value = convert(p.value as Node | null, text, offset, depth + 1, state, problems);
      const end = value ? value.span.end : keySpan.end;
      pairs.push({ key: keyText, keySpan, value, span: { start: keySpan.start, end } });
    }
    return { type: 'map', pairs, span: rangeSpan(node, offset) };
  }
  if (isSeq(node)) {
    const items: YNode[] = [];
    for (const it of node.items) {
      const c = convert(it as Node | null, text, offset, depth + 1, state, problems);
      if (c) items.push(c);
    }
    return { type: 'seq', items, span: rangeSpan(node, offset) };
  }
  return null;
}

/** Look up a key in a mapping node. */
export function getPair(node: YNode | null | undefined, key: string): YPair | undefined {
  if (!node || node.type !== 'map') return undefined;
  return node.pairs.find((p) => p.key === key);
}

/** A scalar's text, or undefined. Numbers keep their written form ("6.10"). */
export function scalarText(node: YNode | null | undefined): string | undefined {
  if (!node || node.type !== 'scalar' || node.value === null) return undefined;
  return typeof node.value === 'string' ? node.value : node.raw || String(node.value);
}

/**
 * Convert to plain JavaScript with a node budget, for small files such as the
 * workspace configuration. Aliases become null: configuration never needs them.
 */
export function toPlain(node: YNode | null | undefined, budget = { left: 10_000 }): unknown {
  if (!node || budget.left-- <= 0) return null;
  switch (node.type) {
    case 'scalar':
      return node.value;
    case 'alias':
      return null;
    case 'seq':
      return node.items.map((i) => toPlain(i, budget));
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const p of node.pairs) o[p.key] = toPlain(p.value, budget);
      return o;
    }
  }
}
