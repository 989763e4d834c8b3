/**
 * TOML -> the tree YAML files give (model/yamlTree.ts), with exact spans, so a static site's
 * `data/systems.toml` or a Hugo page's `+++` front matter is read by the same readers as YAML:
 * `[[system]]` is a list of maps, `[params]` a map, `a.b = 1` nested maps.
 *
 * Written here rather than taken from a package because the readers need every value's span,
 * which the TOML packages do not give. It reads TOML 1.0 (and 1.1's newlines in inline tables)
 * and never throws: a line it cannot read is skipped and the rest is read. We read TOML for its
 * data and do not validate it (that is the job of a TOML tool), so skipped lines are not reported.
 */
import type { YNode } from '../model/yamlTree.js';
import type { Span } from '../text/types.js';
import type { ParseProblem } from '../model/problems.js';
import { parseYaml, type YamlParseResult } from './yaml.js';
import type { YamlState } from './yamlChunks.js';

const MAX_DEPTH = 64;
const MAX_NODES = 200_000;

interface MSpan {
  start: number;
  end: number;
}
interface MMap {
  readonly type: 'map';
  readonly pairs: MPair[];
  readonly span: MSpan;
}
interface MSeq {
  readonly type: 'seq';
  readonly items: MNode[];
  readonly span: MSpan;
}
interface MScalar {
  readonly type: 'scalar';
  readonly value: string | number | boolean | null;
  readonly raw: string;
  readonly span: MSpan;
}
type MNode = MMap | MSeq | MScalar;
interface MPair {
  readonly key: string;
  readonly keySpan: MSpan;
  value: MNode | null;
  readonly span: MSpan;
}

/** Parse `text` (a whole file, or front matter content) whose first character sits at `offset` in the document. */
export function parseToml(text: string, offset = 0): YamlParseResult {
  const problems: ParseProblem[] = [];
  const reader = new TomlReader(text, offset);
  try {
    reader.readDocument();
  } catch {
    // A defect must not escape the parser: what was read so far stands.
  }
  const root = reader.root;
  return { root: root.pairs.length > 0 ? (root as YNode) : null, problems, nodes: reader.nodes };
}

/** A page's front matter (`source`, at `offset`) by its fence at `fenceStart`: YAML after `---`, TOML after Hugo's `+++`. */
export function parseFrontMatter(text: string, fenceStart: number, source: string, offset: number): YamlParseResult {
  return text.startsWith('+++', fenceStart) ? parseToml(source, offset) : parseYaml(source, offset);
}

/** The span of a document's TOML front matter (Hugo's `+++` fences), if that is what it has. */
export function tomlFrontMatter(doc: { readonly text: string; readonly meta: { readonly frontMatterSpan?: Span } }): Span | undefined {
  const fm = doc.meta.frontMatterSpan;
  return fm && doc.text.startsWith('+++', fm.start) ? fm : undefined;
}

/** A TOML file read as a YAML file read whole (no chunks: TOML files are small, and each edit reads them again). */
export function tomlState(text: string): YamlState {
  const { root, problems, nodes } = parseToml(text);
  return { text, root, problems, nodes, chunks: [], parsedChunks: 0 };
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

class TomlReader {
  pos = 0;
  nodes = 0;
  readonly root: MMap;
  /** The spans that grow as the current table gets pairs: the root, the table's pairs and maps down to it. */
  private chain: MSpan[];
  private table: MMap;

  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {
    this.root = { type: 'map', pairs: [], span: { start: offset, end: offset } };
    this.chain = [this.root.span];
    this.table = this.root;
  }

  readDocument(): void {
    const { text } = this;
    while (this.pos < text.length && this.nodes < MAX_NODES) {
      this.skipBlank();
      const c = text[this.pos];
      if (c === undefined) break;
      if (c === '\n' || c === '\r' || c === '#') {
        this.skipLine();
        continue;
      }
      const lineStart = this.pos;
      const ok = c === '[' ? this.readHeader() : this.readKeyValue(this.table, this.chain, 0);
      if (!ok) this.pos = Math.max(this.pos, lineStart);
      this.skipLine();
    }
  }

  private abs(at: number): number {
    return this.offset + at;
  }

  private skipBlank(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  /** To the start of the next line (a comment or anything left on this one is passed over). */
  private skipLine(): void {
    const n = this.text.indexOf('\n', this.pos);
    this.pos = n < 0 ? this.text.length : n + 1;
  }

  /** Blanks, comments and newlines, inside arrays and inline tables. */
  private skipSpace(): void {
    for (;;) {
      this.skipBlank();
      const c = this.text[this.pos];
      if (c === '#') {
        const n = this.text.indexOf('\n', this.pos);
        this.pos = n < 0 ? this.text.length : n;
      } else if (c === '\n' || c === '\r') this.pos++;
      else return;
    }
  }

  /** `[a.b]` or `[[a.b]]`: the table the following pairs go into. */
  private readHeader(): boolean {
    const start = this.pos;
    const many = this.text[this.pos + 1] === '[';
    this.pos += many ? 2 : 1;
    const keys = this.readKey();
    if (!keys) return false;
    this.skipBlank();
    const close = many ? ']]' : ']';
    if (!this.text.startsWith(close, this.pos)) return false;
    this.pos += close.length;
    const end = this.pos;
    let map = this.root;
    const chain: MSpan[] = [this.root.span];
    keys.forEach((k, i) => {
      const last = i === keys.length - 1;
      let pair = map.pairs.find((p) => p.key === k.key);
      if (!pair || !pair.value || pair.value.type === 'scalar') {
        pair = { key: k.key, keySpan: { start: this.abs(k.start), end: this.abs(k.end) }, value: null, span: { start: this.abs(start), end: this.abs(end) } };
        map.pairs.push(pair);
        this.nodes++;
      }
      chain.push(pair.span);
      if (last && many) {
        const seq: MSeq = pair.value?.type === 'seq' ? pair.value : { type: 'seq', items: [], span: { start: this.abs(start), end: this.abs(end) } };
        pair.value = seq;
        const item: MMap = { type: 'map', pairs: [], span: { start: this.abs(start), end: this.abs(end) } };
        seq.items.push(item);
        this.nodes++;
        chain.push(seq.span, item.span);
        map = item;
        return;
      }
      // A name that is an array of tables continues in its last table ("[[a]]" then "[a.b]").
      let next: MNode | null = pair.value;
      if (next?.type === 'seq') {
        chain.push(next.span);
        next = next.items[next.items.length - 1] ?? null;
      }
      if (next?.type !== 'map') {
        next = { type: 'map', pairs: [], span: { start: this.abs(start), end: this.abs(end) } };
        pair.value = next;
        this.nodes++;
      }
      chain.push(next.span);
      map = next;
    });
    this.table = map;
    this.chain = chain;
    for (const s of chain) s.end = Math.max(s.end, this.abs(end));
    return true;
  }

  /** `key = value` into `map`; `chain` are the spans that grow with it. */
  private readKeyValue(map: MMap, chain: readonly MSpan[], depth: number): boolean {
    const keys = this.readKey();
    if (!keys) return false;
    this.skipBlank();
    if (this.text[this.pos] !== '=') return false;
    this.pos++;
    this.skipBlank();
    const value = this.readValue(depth);
    if (!value) return false;
    const end = value.span.end;
    let target = map;
    const spans: MSpan[] = [...chain];
    keys.forEach((k, i) => {
      const keySpan = { start: this.abs(k.start), end: this.abs(k.end) };
      if (i === keys.length - 1) {
        const pair: MPair = { key: k.key, keySpan, value, span: { start: this.abs(keys[0]!.start), end } };
        target.pairs.push(pair);
        return;
      }
      let pair = target.pairs.find((p) => p.key === k.key && p.value?.type === 'map');
      if (!pair) {
        pair = { key: k.key, keySpan, value: { type: 'map', pairs: [], span: { start: keySpan.start, end } }, span: { start: keySpan.start, end } };
        target.pairs.push(pair);
        this.nodes++;
      }
      spans.push(pair.span, pair.value!.span);
      target = pair.value as MMap;
    });
    for (const s of spans) s.end = Math.max(s.end, end);
    return true;
  }

  /** A key, dotted or not: its parts with their spans (relative to the text). */
  private readKey(): { key: string; start: number; end: number }[] | undefined {
    const parts: { key: string; start: number; end: number }[] = [];
    for (;;) {
      this.skipBlank();
      const start = this.pos;
      const c = this.text[this.pos];
      let key: string | undefined;
      if (c === '"' || c === "'") key = this.readQuoted(c, false);
      else {
        while (this.pos < this.text.length && BARE_KEY.test(this.text[this.pos]!)) this.pos++;
        if (this.pos > start) key = this.text.slice(start, this.pos);
      }
      if (key === undefined) return undefined;
      parts.push({ key, start, end: this.pos });
      this.skipBlank();
      if (this.text[this.pos] !== '.') return parts;
      this.pos++;
    }
  }

  private readValue(depth: number): MNode | undefined {
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === undefined) return undefined;
    this.nodes++;
    if (c === '"' || c === "'") {
      const multi = this.text.startsWith(c.repeat(3), this.pos);
      const value = this.readQuoted(c, multi);
      if (value === undefined) return undefined;
      return this.scalar(value, start);
    }
    if (c === '[' || c === '{') {
      if (depth >= MAX_DEPTH) return undefined;
      return c === '[' ? this.readArray(depth + 1) : this.readInlineTable(depth + 1);
    }
    // A bare value: to the next separator, a comment or the line's end (a date may hold a space).
    while (this.pos < this.text.length && !',]}#\n\r'.includes(this.text[this.pos]!)) this.pos++;
    let end = this.pos;
    while (end > start && (this.text[end - 1] === ' ' || this.text[end - 1] === '\t')) end--;
    this.pos = end;
    if (end === start) return undefined;
    const raw = this.text.slice(start, end);
    return { type: 'scalar', value: bareValue(raw), raw, span: { start: this.abs(start), end: this.abs(end) } };
  }

  private scalar(value: string, start: number): MScalar {
    return { type: 'scalar', value, raw: this.text.slice(start, this.pos), span: { start: this.abs(start), end: this.abs(this.pos) } };
  }

  private readArray(depth: number): MSeq | undefined {
    const start = this.pos;
    this.pos++;
    const items: MNode[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') break;
      const item = this.readValue(depth);
      if (!item) return undefined;
      items.push(item);
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== ']') return undefined;
    }
    this.pos++;
    return { type: 'seq', items, span: { start: this.abs(start), end: this.abs(this.pos) } };
  }

  private readInlineTable(depth: number): MMap | undefined {
    const start = this.pos;
    this.pos++;
    const map: MMap = { type: 'map', pairs: [], span: { start: this.abs(start), end: this.abs(start) } };
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') break;
      if (!this.readKeyValue(map, [], depth)) return undefined;
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== '}') return undefined;
    }
    this.pos++;
    map.span.end = this.abs(this.pos);
    return map;
  }

  /** A quoted string from its opening quote (three for a multi-line one), unescaped; undefined when it never closes. */
  private readQuoted(quote: '"' | "'", multi: boolean): string | undefined {
    const { text } = this;
    const open = multi ? 3 : 1;
    const delimiter = quote.repeat(open);
    let i = this.pos + open;
    // A newline right after the opening quotes of a multi-line string is not part of it.
    if (multi && text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (multi && text[i] === '\n') i++;
    let out = '';
    while (i < text.length) {
      const c = text[i]!;
      if (!multi && (c === '\n' || c === '\r')) return undefined;
      if (text.startsWith(delimiter, i)) {
        // Up to two quotes right before the closing ones belong to the string.
        let close = i;
        while (multi && text[close + open] === quote && close - i < 2) close++;
        out += text.slice(i, close);
        this.pos = close + open;
        return out;
      }
      if (c === '\\' && quote === '"') {
        const e = text[i + 1] ?? '';
        if (ESCAPES[e] !== undefined) {
          out += ESCAPES[e];
          i += 2;
        } else if (e === 'u' || e === 'U' || e === 'x') {
          const digits = e === 'u' ? 4 : e === 'U' ? 8 : 2;
          const code = parseInt(text.slice(i + 2, i + 2 + digits), 16);
          out += Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : text.slice(i, i + 2 + digits);
          i += 2 + digits;
        } else if (multi && /[ \t\r\n]/.test(e)) {
          // A line-ending backslash: the newline and the blanks after it are left out.
          i++;
          while (i < text.length && /[ \t\r\n]/.test(text[i]!)) i++;
        } else {
          out += c;
          i++;
        }
        continue;
      }
      out += c;
      i++;
    }
    return undefined;
  }
}

/** A bare value's meaning: a boolean, a number, or (a date, anything else) its text. */
function bareValue(raw: string): string | number | boolean {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  const plain = raw.replace(/_/g, '');
  if (/^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(plain)) return Number(plain);
  if (/^0x[0-9A-Fa-f]+$|^0o[0-7]+$|^0b[01]+$/.test(plain)) return Number(plain);
  return raw;
}

