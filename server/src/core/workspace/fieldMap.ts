/**
 * A closed document's `aims:` fields (and informal metadata) in one flat array: map key, the
 * key as written (informal metadata is filed under our field names), key start, key end, value
 * start, value end, value for each. As objects, each field was a `{ key, keySpan,
 * valueSpan, value }` and two `{ start, end }` (about eight per document of the bench's
 * workspace, a tenth of what a closed document kept); flat, the numbers are small integers in
 * the array and a list value keeps its items as they are.
 *
 * `get` and the iterators build the field when asked (a fresh object each time, equal to the one
 * it was built from): nothing relies on a field's identity (invariant 16). The rules that read
 * every document's metadata ask a few fields each, and a young object costs less than a kept one.
 */
import type { FieldValue } from '../model/types.js';

/**
 * Attribute and field values this short are shared through the pool (workspace/analysis.ts compactSummary, codec.ts), as IDs are: a workspace's
 * rows and fields repeat them ("Yes", "implemented", "open", dates, owners), and a copy of each
 * per row was a tenth of a closed document. Longer values (descriptions) are mostly unique, and
 * a pooled unique value costs its pool entry besides.
 */
export const SHARED_VALUE = 32;

const STRIDE = 7;

export class FieldMap implements ReadonlyMap<string, FieldValue> {
  private readonly flat: (FieldValue['value'] | number)[];

  constructor(entries: Iterable<readonly [string, FieldValue]>) {
    const flat: (FieldValue['value'] | number)[] = [];
    for (const [k, f] of entries) flat.push(k, f.key, f.keySpan.start, f.keySpan.end, f.valueSpan.start, f.valueSpan.end, f.value);
    // A copy of exactly its length: `push` leaves room to grow, up to half as much again, and the map never grows.
    this.flat = flat.slice();
  }

  get size(): number {
    return this.flat.length / STRIDE;
  }

  private at(i: number): FieldValue {
    const f = this.flat;
    return { key: f[i + 1] as string, keySpan: { start: f[i + 2] as number, end: f[i + 3] as number }, valueSpan: { start: f[i + 4] as number, end: f[i + 5] as number }, value: f[i + 6] as FieldValue['value'] };
  }

  get(key: string): FieldValue | undefined {
    for (let i = 0; i < this.flat.length; i += STRIDE) if (this.flat[i] === key) return this.at(i);
    return undefined;
  }

  has(key: string): boolean {
    for (let i = 0; i < this.flat.length; i += STRIDE) if (this.flat[i] === key) return true;
    return false;
  }

  forEach(callback: (value: FieldValue, key: string, map: ReadonlyMap<string, FieldValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  *entries(): MapIterator<[string, FieldValue]> {
    for (let i = 0; i < this.flat.length; i += STRIDE) yield [this.flat[i] as string, this.at(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.flat.length; i += STRIDE) yield this.flat[i] as string;
  }

  *values(): MapIterator<FieldValue> {
    for (let i = 0; i < this.flat.length; i += STRIDE) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, FieldValue]> {
    return this.entries();
  }
}
