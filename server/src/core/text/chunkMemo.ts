/**
 * What rules read of a document's text, computed chunk by chunk and kept with each chunk's key
 * (model/types.ts TextChunk): an edit changes one chunk, so the next version computes one
 * chunk's share and takes the others' from here. The values live as long as the chunk's key
 * (a weak memo, util/weakMemo.ts), that is while some version of the document still has that chunk.
 *
 * Exactness is the caller's to show: splitting the text at the chunks' starts must not change
 * the combined result. Chunks start at line starts, so a computation that never looks across a
 * line end (a line-anchored regular expression, words of letters, toLowerCase) splits exactly;
 * each caller says why its does.
 */
import type { Span, TextChunk } from './types.js';
import { WeakMemo } from '../util/weakMemo.js';

/**
 * One weak map per name: a lookup is one hash of the name (a constant, its hash cached) and one
 * of the key. A map of names per key cost three lookups, and this runs for every chunk of a
 * document on every edit (6% of an edit on a 1 MB policy).
 */
const memos = new Map<string, WeakMemo<object, unknown>>();

/** The weak map of the values named `name`, for a caller that looks up many chunks in a row. */
export function chunkMemo(name: string): WeakMemo<object, unknown> {
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new WeakMemo()));
  return memo;
}

/** The value `name` of a chunk, computed once per key. */
export function chunkValue<T>(key: object, name: string, compute: () => T): T {
  const memo = chunkMemo(name);
  const kept = memo.get(key);
  if (kept !== undefined || memo.has(key)) return kept as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

export interface ChunkedText {
  readonly text: string;
  readonly textChunks?: readonly TextChunk[];
}

/** One stretch of [from, to): a whole chunk (with its key) or a part cut by `from` or `to` (none: not kept). */
export interface Stretch {
  readonly start: number;
  readonly end: number;
  readonly key?: object;
}

/**
 * The stretches of [from, to) in order: the document's chunks, the first and last cut at
 * `from` and `to`; a document without chunks is one stretch.
 */
export function stretches(doc: ChunkedText, from: number, to: number): Stretch[] {
  const chunks = doc.textChunks;
  if (!chunks || chunks.length === 0) return from < to ? [{ start: from, end: to }] : [];
  const out: Stretch[] = [];
  for (const c of chunks) {
    if (c.end <= from || c.start >= to) continue;
    out.push(c.start >= from && c.end <= to ? c : { start: Math.max(c.start, from), end: Math.min(c.end, to) });
  }
  return out;
}

/**
 * `compute` over each stretch of [from, to) (see stretches), given its text and where it
 * starts, whole chunks' results kept under `name`: the results in order. What `compute` reads
 * besides the text must follow from the text alone (a chunk's tables do: invariant 7).
 */
export function perChunk<T>(doc: ChunkedText, name: string, from: number, to: number, compute: (text: string, start: number) => T): T[] {
  const memo = chunkMemo(name);
  // No closure per stretch: this runs for every chunk, several times per edit.
  return stretches(doc, from, to).map((s) => {
    if (!s.key) return compute(doc.text.slice(s.start, s.end), s.start);
    const kept = memo.get(s.key) as T | undefined;
    if (kept !== undefined || memo.has(s.key)) return kept as T;
    const value = compute(doc.text.slice(s.start, s.end), s.start);
    memo.set(s.key, value);
    return value;
  });
}

/** A carriage return not followed by a line feed ends a line too, and some patterns read across it (`[^\n]`). */
export function hasLoneCarriageReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/.test(text);
}

/**
 * A copy of `s` that does not hold on to the text it was cut from. V8 keeps a substring of 13
 * characters or more as a view into its parent: a value kept across versions (a chunk's labels,
 * a memo's key) that is such a view would keep a whole old version of the document alive.
 * Through JSON, which makes one flat string: `(' ' + s).slice(1)` made a view of a fresh copy,
 * two strings for one (about 35,000 views, 0.2 KB per document of the bench's workspace).
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * The answers of a pure function of short strings (a cell's ID, a heading's normalised title),
 * asked again on every edit for the same strings. Keys up to `longest` characters are kept,
 * `capacity` at most (all dropped when full); keys and string answers are copies (detached),
 * so no old version of a text stays alive. `undefined` is not an answer that can be kept.
 */
export class StringMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly longest: number,
    private readonly capacity = 5_000,
  ) {}

  get(key: string): V {
    const kept = this.map.get(key);
    if (kept !== undefined) return kept;
    const value = this.compute(key);
    if (key.length <= this.longest) {
      if (this.map.size >= this.capacity) this.map.clear();
      this.map.set(detached(key), (typeof value === 'string' ? detached(value) : value) as V);
    }
    return value;
  }
}

/**
 * `compute` over the items (tables) starting in each chunk, their answers in order, kept with
 * the chunk's key in `memo`: such an item lies in its chunk and is read from the chunk's text
 * alone (a Markdown table, invariant 7). No closure is made per chunk: this runs on every edit.
 * Items after the last chunk (none in Markdown) are computed every time.
 */
export function perChunkItems<I extends { readonly span: Span }, T>(chunks: readonly TextChunk[], items: readonly I[], memo: WeakMemo<object, readonly T[]>, compute: (items: readonly I[]) => readonly T[]): T[] {
  const out: T[] = [];
  const rest = chunkItemRuns(chunks, items, (c, first, end) => {
    let kept = memo.get(c.key);
    if (!kept) memo.set(c.key, (kept = compute(items.slice(first, end))));
    for (const v of kept) out.push(v);
  });
  if (rest < items.length) for (const v of compute(items.slice(rest))) out.push(v);
  return out;
}

/**
 * Each chunk with the items (tables, in order) that start in it: `visit(chunk, first, end)` for
 * every chunk that holds items [first, end). Returns where the items after the last chunk begin
 * (none in Markdown). One closure per walk, none per chunk: the walks run on every edit.
 */
export function chunkItemRuns<I extends { readonly span: Span }>(chunks: readonly TextChunk[], items: readonly I[], visit: (chunk: TextChunk, first: number, end: number) => void): number {
  let t = 0;
  for (let i = 0; i < chunks.length && t < items.length; i++) {
    const c = chunks[i]!;
    const first = t;
    while (t < items.length && items[t]!.span.start < c.end) t++;
    if (t > first) visit(c, first, t);
  }
  return t;
}
