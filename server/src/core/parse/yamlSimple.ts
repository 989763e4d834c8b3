/**
 * The YAML nearly every AIMS file holds, read line by line without the yaml package: block
 * mappings of `key: value` lines and block sequences of `- ` items (nested by indentation),
 * whose values are single-line plain, quoted or flow-sequence scalars, with blank lines and
 * comments at the margin among them. That is a document's front matter and most registers'
 * items, and the package's parse of it was a quarter of a typical document's parse (its
 * lexer, CST and composer for ten lines).
 *
 * It answers only where the answer is provably the package's: anything else (multi-line
 * scalars, escapes, anchors, tags, flow mappings, tabs, carriage returns, numbers beyond
 * plain decimals, keys that are not plain words, indented comments) gives undefined, and
 * parseYaml reads the text with the package. test/yaml-simple.test.ts holds the two equal on
 * generated texts wherever this answers.
 */
import type { ParseProblem } from '../model/problems.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from '../model/yamlTree.js';

export interface SimpleYamlResult {
  readonly root: YNode;
  readonly problems: readonly ParseProblem[];
  readonly nodes: number;
}

/** Characters this reader leaves to the package anywhere in the text (\n aside). */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** `key:` then the rest of the line: a key of plain words (a scalar the core schema reads as that string). */
const ENTRY = /^( *)([A-Za-z_][A-Za-z0-9_]*(?:[ ./-][A-Za-z0-9_]+)*):(?:$| +(.*)$)/;
/** Keys the core schema reads as null or a boolean, not as their text. */
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const QUOTED = /^(?:"([^"\\]*)"|'([^']*)')( +#.*)?$/;
/** A plain scalar's first character, of those that cannot start an indicator or a number the reader does not resolve. */
const PLAIN_START = /^[A-Za-z0-9_(/]/;
const FLOW_PLAIN = /^[A-Za-z0-9_(/][A-Za-z0-9_()/. -]*$/;

interface State {
  /** The next line to read. */
  at: number;
  nodes: number;
  readonly problems: ParseProblem[];
}

const DUPLICATE_KEY = 'This key appears twice in the same mapping; only one value can count. Remove or rename one of them.';

interface Line {
  readonly start: number;
  /** Offset of the line break (or the text's end). */
  readonly end: number;
  /** The key's column; for a sequence item without a key, its value's. */
  readonly indent: number;
  /** A sequence item's line (`- ...`): the dash's column. */
  readonly dash?: number;
  /** Undefined for a sequence item that is a value, not a mapping's first entry. */
  readonly key?: string;
  /** What follows `key:` and its spaces ('' when nothing), or the item's value. */
  readonly rest: string;
  readonly restAt: number;
}

/** The leftmost column of a line's content. */
const columnOf = (line: Line) => line.dash ?? line.indent;

/** A mapping or sequence read as the package reads it, or undefined when the text is not of the simple kind. */
export function simpleYaml(text: string, offset: number, depth: number, maxDepth: number, maxNodes: number): SimpleYamlResult | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Blank lines and comments at the left margin only: a trailing comment indented under a
    // mapping, or a line of spaces, can fall inside the package's range of it. Spaces after
    // the last line break are the exception (a register item's text ends with the next one's
    // indentation: yamlChunks.ts).
    const spacesAtEnd = end === text.length && /^ *$/.test(text.slice(start, end));
    if (end > start && text.charCodeAt(start) !== 35 /* # */ && !spacesAtEnd) {
      const line = readLine(text.slice(start, end), start, end);
      if (!line) return undefined;
      lines.push(line);
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (lines.length === 0) return undefined;
  const state: State = { at: 0, nodes: 0, problems: [] };
  const first = lines[0]!;
  const root = first.dash !== undefined ? readSeq(text, lines, state, first.dash, offset, depth, maxDepth) : readMap(text, lines, state, first.indent, offset, depth, maxDepth);
  // Lines left over sit left of the first one's column: the package would call that an error.
  if (!root || state.at !== lines.length || state.nodes > maxNodes) return undefined;
  return { root, problems: state.problems, nodes: state.nodes };
}

/** A line of content: `key: ...`, `- key: ...` or `- value`; undefined for any other. */
function readLine(line: string, start: number, end: number): Line | undefined {
  const item = /^( *)- +/.exec(line);
  const from = item ? item[0].length : 0;
  const m = ENTRY.exec(from > 0 ? line.slice(from) : line);
  if (m && (from === 0 || m[1] === '')) {
    // Spaces after the colon and nothing else put the package's empty value after them: left to it.
    if (SPECIAL_KEY.test(m[2]!) || m[3] === '') return undefined;
    const rest = m[3] ?? '';
    return { start, end, indent: from + m[1]!.length, ...(item ? { dash: item[1]!.length } : {}), key: m[2]!, rest, restAt: end - rest.length };
  }
  if (!item || from === line.length) return undefined;
  return { start, end, indent: from, dash: item[1]!.length, rest: line.slice(from), restAt: start + from };
}

/** The block sequence whose dashes stand at `dash`, from lines[state.at] on. */
function readSeq(text: string, lines: readonly Line[], state: State, dash: number, offset: number, depth: number, maxDepth: number): YSeq | undefined {
  if (depth > maxDepth) return undefined;
  state.nodes++;
  const items: YNode[] = [];
  const first = lines[state.at]!;
  let end = 0;
  while (state.at < lines.length) {
    const line = lines[state.at]!;
    if (columnOf(line) < dash) break;
    if (line.dash !== dash) return undefined;
    let item: YNode | undefined;
    if (line.key !== undefined) item = readMap(text, lines, state, line.indent, offset, depth + 1, maxDepth);
    else {
      state.at++;
      // A deeper line after an item's value would continue a plain scalar.
      const next = lines[state.at];
      if ((next && columnOf(next) > dash) || depth + 1 > maxDepth) return undefined;
      item = readValue(line.rest, offset + line.restAt, state);
    }
    if (!item) return undefined;
    end = line.key === undefined ? afterLine(line, text, offset) : item.span.end;
    items.push(item);
  }
  return { type: 'seq', items, span: { start: offset + first.start + dash, end } };
}

/** The mapping whose keys stand at `indent`, from lines[state.at] on (the first may be a sequence item's line). */
function readMap(text: string, lines: readonly Line[], state: State, indent: number, offset: number, depth: number, maxDepth: number): YMap | undefined {
  if (depth > maxDepth) return undefined;
  state.nodes++;
  const pairs: YPair[] = [];
  const seen = new Set<string>();
  const first = lines[state.at]!;
  let end = 0;
  while (state.at < lines.length) {
    const line = lines[state.at]!;
    // A sequence item's first entry starts the item's mapping: its key's column counts, not its dash's.
    if ((line === first ? line.indent : columnOf(line)) < indent) break;
    if (line.indent !== indent || line.key === undefined || (line.dash !== undefined && line !== first)) return undefined;
    state.at++;
    const keyStart = offset + line.start + line.indent;
    const keySpan = { start: keyStart, end: keyStart + line.key.length };
    // As parse/yaml.ts's convert() says of a key written twice in one mapping.
    if (seen.has(line.key)) state.problems.push({ code: 'yaml-syntax', span: keySpan, message: DUPLICATE_KEY });
    seen.add(line.key);
    const next = lines[state.at];
    let value: YNode | undefined;
    if (line.rest !== '') {
      // A deeper line after a value on the key's line would continue a plain scalar.
      if (next && columnOf(next) > indent) return undefined;
      value = depth + 1 > maxDepth ? undefined : readValue(line.rest, offset + line.restAt, state);
    } else if (next && next.dash !== undefined && next.dash >= indent) value = readSeq(text, lines, state, next.dash, offset, depth + 1, maxDepth);
    else if (next && columnOf(next) > indent) value = readMap(text, lines, state, next.indent, offset, depth + 1, maxDepth);
    else {
      // Nothing after the colon: a null scalar, empty, just after it.
      state.nodes++;
      value = { type: 'scalar', value: null, raw: '', span: { start: keySpan.end + 1, end: keySpan.end + 1 } };
    }
    if (!value) return undefined;
    end = line.rest !== '' ? afterLine(line, text, offset) : value.type === 'scalar' ? emptyEnd(value, line, lines[state.at], text, offset) : value.span.end;
    pairs.push({ key: line.key, keySpan, value, span: { start: keySpan.start, end: value.span.end } });
  }

  if (pairs.length === 0) return undefined;
  return { type: 'map', pairs, span: { start: offset + first.start + first.indent, end } };
}

/*
 * Where the package ends a collection: where its last node ends. A node written on its line (a
 * scalar or a flow sequence) ends after that line's break (the text's end when there is none);
 * a block collection where its own last node does; an empty value just after its colon, or,
 * when comment lines follow it, at the next content's first character (the text's end when
 * nothing follows).
 */
function afterLine(line: Line, text: string, offset: number): number {
  return offset + (line.end < text.length ? line.end + 1 : line.end);
}

function emptyEnd(value: YNode, line: Line, next: Line | undefined, text: string, offset: number): number {
  const stop = next ? next.start : text.length;
  for (let at = line.end + 1; at < stop; ) {
    let lf = text.indexOf('\n', at);
    if (lf < 0 || lf > stop) lf = stop;
    // A comment: the empty node runs on to the next content (its first character), or to the text's end.
    if (text.charCodeAt(at) === 35 /* # */) return offset + (next ? next.start + columnOf(next) : text.length);
    at = lf + 1;
  }
  return value.span.end;
}

/** A value written on its key's line: quoted, a flow sequence, or plain; a comment may follow. */
function readValue(rest: string, at: number, state: State): YNode | undefined {
  if (rest[0] === '#') return undefined;
  if (rest[0] === '"' || rest[0] === "'") {
    const m = QUOTED.exec(rest);
    if (!m) return undefined;
    const value = m[1] ?? m[2]!;
    state.nodes++;
    return { type: 'scalar', value, raw: value, span: { start: at, end: at + value.length + 2 } };
  }
  if (rest[0] === '[') return readFlow(rest, at, state);
  const hash = rest.indexOf(' #');
  const body = trimSpaces(hash < 0 ? rest : rest.slice(0, hash));
  if (!PLAIN_START.test(body) || body.includes(': ') || body.endsWith(':')) return undefined;
  const value = plainValue(body);
  if (value === undefined) return undefined;
  state.nodes++;
  return { type: 'scalar', value, raw: body, span: { start: at, end: at + body.length } };
}

/** `[a, "b", c]` on one line, items plain or quoted, without commas or brackets inside them. */
function readFlow(rest: string, at: number, state: State): YSeq | undefined {
  const close = rest.indexOf(']');
  if (close < 0 || !/^(?: +#.*)?$/.test(rest.slice(close + 1))) return undefined;
  const inner = rest.slice(1, close);
  if (/[[{}"']/.test(inner.replace(/"[^"\\,[\]{}]*"|'[^',[\]{}]*'/g, (q) => 'x'.repeat(q.length)))) return undefined;
  const items: YScalar[] = [];
  if (!/^ *$/.test(inner)) {
    let from = 0;
    for (const part of inner.split(',')) {
      let lead = 0;
      while (part.charCodeAt(lead) === 32) lead++;
      const item = trimSpaces(part.slice(lead));
      const start = at + 1 + from + lead;
      from += part.length + 1;
      if (item === '') return undefined;
      if (item[0] === '"' || item[0] === "'") {
        if (item.length < 2 || item[item.length - 1] !== item[0] || item.slice(1, -1).includes(item[0])) return undefined;
        items.push({ type: 'scalar', value: item.slice(1, -1), raw: item.slice(1, -1), span: { start, end: start + item.length } });
      } else {
        if (!FLOW_PLAIN.test(item) || / #|: |:$/.test(item)) return undefined;
        const value = plainValue(item);
        if (value === undefined) return undefined;
        items.push({ type: 'scalar', value, raw: item, span: { start, end: start + item.length } });
      }
    }
  }
  state.nodes += 1 + items.length;
  return { type: 'seq', items, span: { start: at, end: at + close + 1 } };
}

/**
 * A plain scalar's value in the core schema (the package's default): null, booleans, decimal
 * integers and plain decimals; undefined for the other numeric forms (exponents, hex, octal,
 * signs, very long numbers), which are left to the package.
 */
function plainValue(s: string): string | number | boolean | null | undefined {
  if (/^(?:~|[Nn]ull|NULL)$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^[0-9]{1,15}$/.test(s)) return parseInt(s, 10);
  if (/^[0-9]{1,15}\.[0-9]{0,15}$/.test(s)) return parseFloat(s);
  // Any other numeric form of the core schema (1e5, 0x1F, 0o17, and longer digits) is the package's to read.
  if (/^[0-9]/.test(s) && /^(?:[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return undefined;
  return s;
}

/** `s` without the spaces at its end (a loop: `/ +$/` is quadratic on a long run of spaces inside a line). */
function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return s.slice(0, end);
}
