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
import type { ParseProblem } from './problems.js';
import type { Span } from '../text/types.js';
import { MAX_NODES, parseYaml, type YNode, type YPair } from './yaml.js';

export interface ChunkParse {
  readonly text: string;
  readonly start: number;
  /** The chunk's items and problems, with offsets in the document. */
  readonly items: readonly YNode[];
  readonly problems: readonly ParseProblem[];
  readonly nodes: number;
  /** Where the chunk's own sequence ends (the key's sequence ends where its last chunk's does). */
  readonly end: number;
  /** The top-level key line the chunk's items belong to (its line start). */
  readonly key: number;
}

export interface YamlState {
  readonly root: YNode | null;
  readonly problems: readonly ParseProblem[];
  readonly nodes: number;
  readonly chunks: readonly ChunkParse[];
  /** The frame's text (chunks cut out) and its parse in frame offsets, reused while the frame is unchanged. */
  readonly frame?: { readonly text: string; readonly root: YNode | null; readonly problems: readonly ParseProblem[]; readonly nodes: number };
  /** How many chunks were parsed (the rest were reused): for tests and benchmarks. */
  readonly parsedChunks: number;
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
/** A key with nothing after its colon but a comment: its value may be a block sequence on the next lines. */
const KEY_LINE = new RegExp(`^${KEY}:[ \t]*(?:#.*)?$`);
/** A key whose value (if any) is on the next lines, perhaps after an anchor or tag: a sequence may follow it. */
const OPEN_KEY_LINE = new RegExp(`^${KEY}:[ \t]*(?:[&!][^\s#]*[ \t]*)*(?:#.*)?$`);

/**
 * The item chunks of the top-level block sequences, found by lines. A line at column 0
 * ends a sequence, unless it is not a bare key and the next line as far left as the items
 * is another item: that is no YAML (a whole parse gives up on the rest of the file there),
 * and it is read as part of the item it interrupts.
 */
function split(text: string): Split {
  const chunks: { start: number; end: number; key: number; tail: number }[] = [];
  // Empty and explicit keys take their position from what precedes them, which cutting changes.
  if (/^[?:](?:[ \t]|$)/m.test(text)) return { chunks };
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
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) {
      pos = next;
      continue;
    }
    const item = ITEM.exec(line);
    if (pendingKey >= 0 && item) {
      // The first line after a bare key: a block sequence starts here.
      indent = item[1]!.length;
      key = pendingKey;
    }
    pendingKey = -1;
    if (indent >= 0 && item && item[1]!.length === indent) {
      close(pos, indent);
      open = { start: pos, key };
    } else if (line[0] !== ' ' && line[0] !== '\t') {
      if (open && !OPEN_KEY_LINE.test(line) && itemFollows(text, next, indent)) {
        pos = next;
        continue;
      }
      close(pos);
      indent = -1;
      // A document marker or directive (but the "---" that opens the document): the rest is not read by chunks.
      if (/^(?:---|\.\.\.)(?:\s|$)|^%/.test(line) && (content || !line.startsWith('---'))) return { chunks };
      content = true;
      if (KEY_LINE.test(line)) pendingKey = pos;
    }
    pos = next;
  }
  close(text.length);
  return { chunks };
}

/** Whether the next line as far left as `indent` (within a few hundred lines) is an item at `indent`. */
function itemFollows(text: string, pos: number, indent: number): boolean {
  for (let n = 0; n < 200 && pos < text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('#') && lead <= indent) {
      const item = ITEM.exec(line);
      return !!item && item[1]!.length === indent;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return false;
}

export function parseYamlChunked(text: string, previous?: YamlState): YamlState {
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

  // The chunks: reused when their text is unchanged (moved if they moved), else parsed.
  const known = new Map<string, ChunkParse[]>();
  for (const c of previous?.chunks ?? []) known.set(c.text, [...(known.get(c.text) ?? []), c]);
  let parsedChunks = 0;
  const parsed: ChunkParse[] = [];
  const moved: ({ chunk: ChunkParse; by: number } | undefined)[] = [];
  for (const c of chunks) {
    const body = text.slice(c.start, c.end + c.tail);
    const reuse = known.get(body)?.shift();
    if (reuse) {
      const by = c.start - reuse.start;
      const same = by === 0 && reuse.key === c.key;
      moved.push(same ? undefined : { chunk: reuse, by });
      parsed.push(same ? reuse : { text: body, start: c.start, items: reuse.items.map((n) => move(n, by)), problems: reuse.problems.map((q) => ({ ...q, span: shift(q.span, by) })), nodes: reuse.nodes, end: reuse.end + by, key: c.key });
      continue;
    }
    parsedChunks++;
    moved.push(undefined);
    const y = parseYaml(body, c.start, 1);
    // Deeper than the parser reads: its cut-off point is the whole parse's to decide.
    if (y.problems.some((q) => q.code === 'file-skipped')) return whole(text);
    const items = y.root?.type === 'seq' ? y.root.items : y.root ? [y.root] : [];
    parsed.push({ text: body, start: c.start, items, problems: y.problems, nodes: y.root?.type === 'seq' ? y.nodes - 1 : y.nodes, end: y.root?.span.end ?? c.start, key: c.key });
  }
  // Each key's sequence replaces the empty value the frame read for it (one node for one).
  const nodes = f.nodes + parsed.reduce((n, c) => n + c.nodes, 0);
  if (nodes >= MAX_NODES || f.problems.some((q) => q.code === 'file-skipped')) return whole(text);

  const root = f.root && place(move(f.root, 0, toDoc), chunks, parsed, text);
  const problems = [...f.problems.map((q) => ({ ...q, span: { start: toDoc(q.span.start, false), end: toDoc(q.span.end, true) } })), ...parsed.flatMap((c) => c.problems)];
  problems.sort((a, b) => a.span.start - b.span.start);
  return { root, problems, nodes, chunks: parsed, frame: f, parsedChunks, moved };
}

function whole(text: string): YamlState {
  const y = parseYaml(text, 0);
  return { root: y.root, problems: y.problems, nodes: y.nodes, chunks: [], parsedChunks: 1 };
}

/** Put each key's items back: the frame read the key's value as empty. */
function place(root: YNode, chunks: Split['chunks'], parsed: readonly ChunkParse[], text: string): YNode {
  if (root.type !== 'map') return root;
  const byKey = new Map<number, { items: YNode[]; first: number; end: number }>();
  chunks.forEach((c, i) => {
    const entry = byKey.get(c.key) ?? { items: [], first: c.start + (ITEM.exec(text.slice(c.start, c.end))?.[1]?.length ?? 0), end: 0 };
    entry.items.push(...parsed[i]!.items);
    entry.end = parsed[i]!.end;
    byKey.set(c.key, entry);
  });
  let last = root.span.end;
  const pairs = root.pairs.map((p): YPair => {
    const seq = byKey.get(lineStart(text, p.keySpan.start));
    const empty = p.value === null || (p.value.type === 'scalar' && p.value.value === null && p.value.raw === '');
    if (!seq || !empty) return p;
    const value: YNode = { type: 'seq', items: seq.items, span: { start: seq.first, end: seq.end } };
    last = Math.max(last, seq.end);
    return { key: p.key, keySpan: p.keySpan, value, span: { start: p.keySpan.start, end: seq.end } };
  });
  return { type: 'map', pairs, span: { start: root.span.start, end: pairs.length > 0 ? Math.max(root.span.end, pairs[pairs.length - 1]!.span.end) : last } };
}

function move(n: YNode, by: number, map?: (x: number, end: boolean) => number): YNode {
  const s = (sp: Span): Span => (map ? { start: map(sp.start, false), end: map(sp.end, true) } : shift(sp, by));
  switch (n.type) {
    case 'scalar':
      return { type: 'scalar', value: n.value, raw: n.raw, span: s(n.span) };
    case 'alias':
      return { type: 'alias', name: n.name, span: s(n.span) };
    case 'seq':
      return { type: 'seq', items: n.items.map((i) => move(i, by, map)), span: s(n.span) };
    case 'map':
      return { type: 'map', pairs: n.pairs.map((p) => ({ key: p.key, keySpan: s(p.keySpan), value: p.value && move(p.value, by, map), span: s(p.span) })), span: s(n.span) };
  }
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
