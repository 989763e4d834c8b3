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
