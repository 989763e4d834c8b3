/**
 * Array helpers that never spread: `a.push(...b)` and `Math.max(...b)` pass every element as
 * an argument, and V8 overflows the stack at about 100,000 of them (a file citing R-001 200,000
 * times, a 20,000-row table). These loop instead.
 */

/** Append every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}

/** The widest row of a table (header or body), counted in cells. */
export function tableWidth(t: { readonly header: readonly unknown[]; readonly rows: readonly (readonly unknown[])[] }): number {
  let width = t.header.length;
  for (const r of t.rows) if (r.length > width) width = r.length;
  return width;
}

/** The largest of `values`, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let m = empty;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let m = empty;
  for (const v of values) if (v < m) m = v;
  return m;
}

/** One empty array for every kept list that is empty (frozen: nothing may add to it). */
export const EMPTY_LIST: readonly never[] = Object.freeze([]);

/**
 * `items.map(f)`, or the shared empty array when there are none: a closed summary's lists are
 * mostly empty (a policy has no risks, no SoA rows), and an empty array is still an object.
 */
export function mapKept<T, U>(items: readonly T[], f: (item: T) => U): readonly U[] {
  return items.length === 0 ? EMPTY_LIST : items.map(f);
}

/** Shared lists by their strings joined; bounded (past it, a list is kept as given). */
const SHARED_LISTS = new Map<string, readonly string[]>();
const MAX_SHARED_LISTS = 256;

/**
 * One frozen list for every closed summary whose list of short strings is the same: each
 * document's frameworks are nearly always the configured ones, and a list per document was two
 * objects (56 bytes) of what a closed summary keeps. The strings are copied flat when first kept.
 */
export function sharedList(items: readonly string[]): readonly string[] {
  if (items.length === 0) return EMPTY_LIST;
  const joined = items.join('\u0000');
  let kept = SHARED_LISTS.get(joined);
  if (kept === undefined) {
    kept = Object.freeze(items.map((s) => JSON.parse(JSON.stringify(s)) as string));
    if (SHARED_LISTS.size < MAX_SHARED_LISTS) SHARED_LISTS.set(JSON.parse(JSON.stringify(joined)) as string, kept);
  }
  return kept;
}
