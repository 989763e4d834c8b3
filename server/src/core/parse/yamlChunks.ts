/**
 * YAML files read in chunks: a register is one long block sequence (`risks:`
 * with thousands of items), and an edit changes one item. The text is split
 * by lines, without a parser: each item of a top-level block sequence (from
 * its "- " line to the next item or top-level line) is a chunk, parsed on its
 * own and reused while its text is unchanged; the rest (the frame: `aims:`,
 * the keys, anything else) is parsed as one document with the chunks cut out,
 * and the items are put back under their keys.
 *
 * For well-formed YAML this is exactly the tree of a whole parse (YAML ends
 * every item at the next line indented like its "- "; test/yaml-chunks.test.ts
 * holds the two equal). For broken YAML the reading is by definition chunk by
 * chunk: an error stays in its item, where a whole parse could lose every item
 * after a stray character. Documents over the node budget, or nested past the
 * depth limit, are read whole (their cut-off point is the parser's).
 */
import type { ParseProblem } from '../model/problems.js';
import type { TextChunk } from '../text/types.js';
import { ChunkIdentity, textChunksOf } from './yamlTextChunks.js';
import { shiftSpan } from '../text/spans.js';
import { MAX_NODES, parseYaml, type YNode, type YPair } from './yaml.js';
import { previousStart, textDelta } from '../text/textDelta.js';
import { lazySeq, move } from './yamlMove.js';
import { mappingEnd, readsAsStray, remembering } from './yamlMemo.js';

export interface ChunkParse {
  /** The length of the text it was parsed from (with the next item's indentation). */
  readonly length: number;
  readonly start: number;
  /**
   * The chunk's items and problems, with offsets from `start`: the same objects while the chunk's
   * text is the same, moved or not (an edit before a chunk changes only its `start`).
   * `absoluteItems` places them in the document.
   */
  readonly items: readonly YNode[];
  readonly problems: readonly ParseProblem[];
  readonly nodes: number;
  /** Where the chunk's own sequence ends (the key's sequence ends where its last chunk's does). */
  readonly end: number;
  /** The top-level key line the chunk's items belong to (its line start). */
  readonly key: number;
  /** The same object while the chunk's text is the same, moved or not: what is derived from that text is kept with it. */
  readonly identity: ChunkIdentity;
}

export interface YamlState {
  /** The text read: the next version compares itself with it to find what is unchanged. */
  readonly text: string;
  readonly root: YNode | null;
  readonly problems: readonly ParseProblem[];
  readonly nodes: number;
  readonly chunks: readonly ChunkParse[];
  /** The frame's text (chunks cut out) and its parse in frame offsets, reused while the frame is unchanged. */
  readonly frame?: { readonly text: string; readonly root: YNode | null; readonly problems: readonly ParseProblem[]; readonly nodes: number };
  /** How many chunks were parsed (the rest were reused): for tests and benchmarks. */
  readonly parsedChunks: number;
  /** The text cut at the chunks' starts and ends (AimsDocument.textChunks); absent when read whole. */
  readonly textChunks?: readonly TextChunk[];
  /**
   * For each chunk that is a moved copy of one of the previous version's, that chunk and
   * the distance: what was derived from it can be moved too (see yamlModel.ts).
   */
  readonly moved?: readonly ({ readonly chunk: ChunkParse; readonly by: number } | undefined)[];
}

interface Split {
  /**
   * Item chunks: where each starts and ends, the top-level key line it belongs to (its
   * line start), and how many spaces of the next item's line it is read with: a whole
   * parse ends an item whose last value is empty after those spaces, so the chunk must see them.
   */
  readonly chunks: readonly { start: number; end: number; key: number; tail: number }[];
}

const ITEM = /^( *)-(?:[ \t]|$)/;
/** A key at column 0: plain (":" only before a non-space, "#" only after one) or quoted. */
const KEY = String.raw`(?:(?:[^\s#'"[\]{}&*!|>%@${'`'},?:-]|[?:-](?=\S))(?:[^:#\n]|:(?=\S)|(?<=\S)#)*|"[^"\\\n]*"|'[^'\n]*')`;
/** Anchors and tags before a key. */
const PROPS = String.raw`(?:[&!][^\s]*[ \t]+)*`;
/** A key with nothing after its colon but a comment: its value may be a block sequence on the next lines. */
const KEY_LINE = new RegExp(`^${PROPS}${KEY}:[ \t]*(?:#.*)?$`);
/** A key whose value (if any) is on the next lines, perhaps after an anchor or tag: a sequence may follow it. */
const OPEN_KEY_LINE = new RegExp(`^${PROPS}${KEY}:[ \t]*(?:[&!][^\s#]*[ \t]*)*(?:#.*)?$`);
/** A document marker or a directive. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:\s|$)|^%/;

/**
 * The item chunks of the top-level block sequences, found by lines. A line at column 0
 * ends a sequence, unless it is not a bare key and the next line as far left as the items
 * is another item: that is no YAML (a whole parse gives up on the rest of the file there),
 * and it is read as part of the item it interrupts.
 */
function split(text: string): Split {
  const chunks: { start: number; end: number; key: number; tail: number }[] = [];
  // A lone "\r" ends a line for YAML, not for the line reader below ("#\r: x" is a comment
  // line here and a stray ":" to the parser): such a file is read whole (found by the
  // 100,000-case run of the chunked-equals-whole property).
  if (hasLoneCarriageReturn(text)) return { chunks };
  let pos = 0;
  /** Indentation of the current sequence's "-", or -1 outside one; and where its key line starts. */
  let indent = -1;
  let key = -1;
  let pendingKey = -1;
  let open: { start: number; key: number } | undefined;
  let content = false;
  const close = (end: number, tail = 0) => {
    if (open) chunks.push({ start: open.start, end, key: open.key, tail });
    open = undefined;
  };
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    const eol = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl < 0 ? text.length : nl;
    // Most lines are items' deeper lines: read their indentation without copying them.
    let lead = pos;
    while (lead < eol && (text.charCodeAt(lead) === 32 || text.charCodeAt(lead) === 9)) lead++;
    if (lead === eol || text.charCodeAt(lead) === 35 /* # */) {
      pos = next;
      continue;
    }
    // Empty and explicit keys ("? key", ": value") take their position from what precedes
    // them, which cutting changes: such a file is read whole.
    const first = text.charCodeAt(lead);
    if ((first === 63 /* ? */ || first === 58) /* : */ && (lead + 1 >= eol || text.charCodeAt(lead + 1) === 32 || text.charCodeAt(lead + 1) === 9)) return { chunks: [] };
    let spaces = pos;
    while (spaces < eol && text.charCodeAt(spaces) === 32) spaces++;
    const after = text.charCodeAt(spaces + 1);
    const isItem = text.charCodeAt(spaces) === 45 /* - */ && (spaces + 1 === eol || after === 32 || after === 9);
    const itemIndent = isItem ? spaces - pos : -1;
    if (pendingKey >= 0 && isItem) {
      // The first line after a bare key: a block sequence starts here.
      indent = itemIndent;
      key = pendingKey;
    }
    pendingKey = -1;
    if (lead > pos && !(open && lead - pos < indent)) {
      // Indented, and not left of the items: an item's first line, or one of its deeper lines.
      if (indent >= 0 && itemIndent === indent) {
        close(pos, indent);
        open = { start: pos, key };
      }
      pos = next;
      continue;
    }
    const line = text.slice(pos, eol);
    const trimmed = line.trimStart();
    if (indent >= 0 && itemIndent === indent) {
      close(pos, indent);
      open = { start: pos, key };
    } else if (line[0] !== ' ' && line[0] !== '\t') {
      if (open && !OPEN_KEY_LINE.test(line) && itemFollows(text, next, indent) && interrupts(text, pos, next, indent)) {
        pos = next;
        continue;
      }
      close(pos);
      indent = -1;
      // A document marker or directive (but the "---" that opens the document): the rest is not read by chunks.
      if (DOCUMENT_MARKER.test(line) && (content || !line.startsWith('---'))) return { chunks };
      content = true;
      if (KEY_LINE.test(line)) pendingKey = pos;
    } else if (open && line.length - trimmed.length < indent) {
      // Left of the items but not at column 0: a stray in the item, or the parser's call.
      if (!(itemFollows(text, next, indent) && interrupts(text, pos, next, indent))) return { chunks: [] };
    }
    pos = next;
  }
  close(text.length);
  return { chunks };
}

/** The line starting at `start` (within `end`), without its line break: ITEM's `$` is the end of a line. */
function firstLine(text: string, start: number, end: number): string {
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl < 0 || nl > end ? end : nl).replace(/\r$/, '');
}

function hasLoneCarriageReturn(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/**
 * Whether a line left of the items is a stray interruption of the item before it (and read
 * as part of it) rather than the start of a new entry: the line, the deeper lines after it
 * and the next item's first line do not read as YAML on their own. That is what a whole
 * parse reads there too (the item's line would continue the entry), so a well-formed file is
 * never read otherwise. (A quote or flow collection left open might close further on.)
 */
function interrupts(text: string, pos: number, next: number, indent: number): boolean {
  let end = next;
  while (end < text.length) {
    const nl = text.indexOf('\n', end);
    const line = text.slice(end, nl < 0 ? text.length : nl).replace(/\r$/, '');
    end = nl < 0 ? text.length : nl + 1;
    const item = ITEM.exec(line);
    if (item && item[1]!.length === indent) break;
  }
  return readsAsStray(text.slice(pos, end));
}

/**
 * Whether an item at `indent` follows (within a few hundred lines) before anything that ends
 * the sequence for sure: a bare key at column 0 (its value may be a sequence of its own) or a
 * document marker. Other lines as far left as the items are passed over: they are strays too
 * (a second stray character, an item's line a keystroke broke as in "  -x id: R-2"), and
 * `interrupts` reads them with the first, so a well-formed file is still never read otherwise.
 * Stopping at the first of them made one stray end the sequence, or read the whole file again
 * on every keystroke until it was fixed (issue 13).
 */
function itemFollows(text: string, pos: number, indent: number): boolean {
  for (let n = 0; n < 200 && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#') && lead <= indent) {
      const item = ITEM.exec(line);
      if (item && item[1]!.length === indent) return true;
      if (lead === 0 && (OPEN_KEY_LINE.test(line) || DOCUMENT_MARKER.test(line))) return false;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return false;
}

/** `delta`: previous.text's to `text`, when the caller has it already (it is a pass over both texts). */
export function parseYamlChunked(text: string, previous?: YamlState, delta = previous ? textDelta(previous.text, text) : undefined): YamlState {
  return remembering(previous !== undefined, () => parseChunked(text, previous, delta));
}

function parseChunked(text: string, previous: YamlState | undefined, delta: ReturnType<typeof textDelta> | undefined): YamlState {
  const { chunks } = split(text);
  if (chunks.length === 0) return whole(text);
  // The frame: the text with every chunk cut out, and where each of its pieces came from.
  const pieces: { from: number; to: number; at: number }[] = [];
  let frame = '';
  let cursor = 0;
  for (const c of chunks) {
    pieces.push({ from: frame.length, to: frame.length + (c.start - cursor), at: cursor });
    frame += text.slice(cursor, c.start);
    cursor = c.end;
  }
  pieces.push({ from: frame.length, to: frame.length + (text.length - cursor), at: cursor });
  frame += text.slice(cursor);
  const f = previous?.frame?.text === frame ? previous.frame : { text: frame, ...parseYaml(frame, 0) };
  const toDoc = (x: number, end: boolean) => {
    const p = pieces.find((q) => (end ? x <= q.to : x < q.to)) ?? pieces[pieces.length - 1]!;
    return p.at + (x - p.from);
  };

  // The chunks: those wholly before the edit are reused, those wholly after it reused and
  // moved, the others parsed. (Texts are compared once, not kept: kept slices would hold
  // every earlier version of the document.)
  const before = previous?.chunks ?? [];
  let parsedChunks = 0;
  const parsed: ChunkParse[] = [];
  const moved: ({ chunk: ChunkParse; by: number } | undefined)[] = [];
  for (const c of chunks) {
    const length = c.end + c.tail - c.start;
    const at = delta ? previousStart(delta, c.start, c.start + length) : undefined;
    const reuse = at === undefined ? undefined : chunkStartingAt(before, at);
    if (reuse && reuse.length === length) {
      const by = c.start - reuse.start;
      const kept = by === 0 && reuse.key === c.key;
      moved.push(kept ? undefined : { chunk: reuse, by });
      parsed.push(kept ? reuse : { length, start: c.start, items: reuse.items, problems: reuse.problems, nodes: reuse.nodes, end: reuse.end + by, key: c.key, identity: reuse.identity });
      continue;
    }
    parsedChunks++;
    moved.push(undefined);
    const body = text.slice(c.start, c.end + c.tail);
    const y = parseYaml(body, 0, 1);
    // Deeper than the parser reads: its cut-off point is the whole parse's to decide.
    if (y.problems.some((q) => q.code === 'file-skipped')) return whole(text);
    const items = y.root?.type === 'seq' ? y.root.items : y.root ? [y.root] : [];
    parsed.push({ length, start: c.start, items, problems: y.problems, nodes: y.root?.type === 'seq' ? y.nodes - 1 : y.nodes, end: c.start + (y.root?.span.end ?? 0), key: c.key, identity: new ChunkIdentity() });
  }
  // Each key's sequence replaces the empty value the frame read for it (one node for one).
  const nodes = f.nodes + parsed.reduce((n, c) => n + c.nodes, 0);
  if (nodes >= MAX_NODES || f.problems.some((q) => q.code === 'file-skipped')) return whole(text);

  // The frame must have read each chunked key as a key of the top-level mapping with an empty
  // value; otherwise the lines were not what they looked like (a block scalar, say).
  const frameRoot = f.root && move(f.root, 0, toDoc);
  const keys = new Set(chunks.map((c) => c.key));
  const emptyKeys = new Set(frameRoot?.type === 'map' ? frameRoot.pairs.filter((p) => isEmpty(p.value)).map((p) => lineStart(text, p.keySpan.start)) : []);
  for (const k of keys) if (!emptyKeys.has(k)) return whole(text);
  const root = frameRoot && place(frameRoot, chunks, parsed, text);
  const problems = f.problems.map((q) => ({ ...q, span: { start: toDoc(q.span.start, false), end: toDoc(q.span.end, true) } }));
  for (const c of parsed) for (const q of c.problems) problems.push({ ...q, span: shiftSpan(q.span, c.start) });
  problems.sort((a, b) => a.span.start - b.span.start);
  return { text, root, problems, nodes, chunks: parsed, frame: f, parsedChunks, moved, textChunks: textChunksOf(text, chunks, parsed) };
}

/**
 * The last of `chunks` (in order of start) that starts at `start`: found by halving, not through
 * a map of every chunk's start made again on every edit of a register of thousands of items.
 */
export function chunkStartingAt(chunks: readonly ChunkParse[], start: number): ChunkParse | undefined {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunks[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const c = chunks[lo - 1];
  return c?.start === start ? c : undefined;
}

function whole(text: string): YamlState {
  const y = parseYaml(text, 0);
  return { text, root: y.root, problems: y.problems, nodes: y.nodes, chunks: [], parsedChunks: 1 };
}

/**
 * Put each key's items back: the frame read the key's value as empty. The sequence's items are
 * placed in the document when first read (most versions of a register being edited are never
 * walked item by item: the model keeps each item's share, yamlModel.ts), so an edit that moves
 * every later item builds no tree for them.
 */
function place(root: YNode, chunks: Split['chunks'], parsed: readonly ChunkParse[], text: string): YNode {
  if (root.type !== 'map') return root;
  const byKey = new Map<number, { chunks: ChunkParse[]; first: number; end: number }>();
  chunks.forEach((c, i) => {
    const entry = byKey.get(c.key) ?? { chunks: [], first: c.start + (ITEM.exec(firstLine(text, c.start, c.end))?.[1]?.length ?? 0), end: 0 };
    entry.chunks.push(parsed[i]!);
    entry.end = parsed[i]!.end;
    byKey.set(c.key, entry);
  });
  let last = root.span.end;
  const pairs = root.pairs.map((p): YPair => {
    const seq = byKey.get(lineStart(text, p.keySpan.start));
    if (!seq || !isEmpty(p.value)) return p;
    const value = lazySeq({ start: seq.first, end: seq.end }, seq.chunks);
    last = Math.max(last, seq.end);
    return { key: p.key, keySpan: p.keySpan, value, span: { start: p.keySpan.start, end: seq.end } };
  });
  let end = pairs.length > 0 ? Math.max(root.span.end, pairs[pairs.length - 1]!.span.end) : last;
  const lastPair = pairs[pairs.length - 1];
  const lastChunk = chunks[chunks.length - 1]!;
  if (lastPair && byKey.has(lineStart(text, lastPair.keySpan.start)) && lastChunk.key === lineStart(text, lastPair.keySpan.start)) end = tailEnd(text, lastChunk, end);
  return { type: 'map', pairs, span: { start: root.span.start, end } };
}

/**
 * Where the document's mapping ends when its last key holds chunks: a whole parse counts
 * comments after the last item into it, by rules of its own. The last item is parsed once
 * more under its key line alone, and that tiny document's mapping says where.
 */
function tailEnd(text: string, last: { start: number; end: number; key: number }, fallback: number): number {
  const keyLine = text.slice(last.key, text.indexOf('\n', last.key) + 1);
  const end = mappingEnd(keyLine + text.slice(last.start, last.end));
  return end > keyLine.length ? Math.max(fallback, last.start + (end - keyLine.length)) : fallback;
}

function isEmpty(v: YNode | null): boolean {
  return v === null || (v.type === 'scalar' && v.value === null && v.raw === '');
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
