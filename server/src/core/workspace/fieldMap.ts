/**
 * A closed document's `aims:` fields (and informal metadata) in one flat array: map key, the
 * key as written (informal metadata is filed under our field names), key span, value span
 * (one small number each when every span of the map fits: smallSpans.ts; else start and end),
 * value for each. As objects, each field was a `{ key, keySpan,
 * valueSpan, value }` and two `{ start, end }` (about eight per document of the bench's
 * workspace, a tenth of what a closed document kept); flat, the numbers are small integers in
 * the array and a list value keeps its items as they are.
 *
 * `get` and the iterators build the field when asked (a fresh object each time, equal to the one
 * it was built from): nothing relies on a field's identity (invariant 16). The rules that read
 * every document's metadata ask a few fields each, and a young object costs less than a kept one.
 */
import type { FieldValue } from '../model/types.js';
import { fitsSmall, smallSpan, spanEnd, spanStart } from './smallSpans.js';

/**
 * Attribute and field values this short are shared through the pool (workspace/analysis.ts compactSummary, codec.ts), as IDs are: a workspace's
 * rows and fields repeat them ("Yes", "implemented", "open", dates, owners), and a copy of each
 * per row was a tenth of a closed document. Longer values (descriptions) are mostly unique, and
 * a pooled unique value costs its pool entry besides.
 */
export const SHARED_VALUE = 32;

export class FieldMap implements ReadonlyMap<string, FieldValue> {
  /** Per field: map key, key as written, key span and value span (one small number each: smallSpans.ts), value; both spans as start and end when `wide`. */
  private readonly flat: (FieldValue['value'] | number)[];
  private readonly stride: 5 | 7;

  constructor(entries: Iterable<readonly [string, FieldValue]>) {
    const all = [...entries];
    this.stride = all.every(([, f]) => fitsSmall(f.keySpan.start, f.keySpan.end) && fitsSmall(f.valueSpan.start, f.valueSpan.end)) ? 5 : 7;
    const flat: (FieldValue['value'] | number)[] = new Array(all.length * this.stride);
    let i = 0;
    for (const [k, f] of all) {
      flat[i++] = k;
      flat[i++] = f.key;
      if (this.stride === 5) {
        flat[i++] = smallSpan(f.keySpan.start, f.keySpan.end);
        flat[i++] = smallSpan(f.valueSpan.start, f.valueSpan.end);
      } else {
        flat[i++] = f.keySpan.start;
        flat[i++] = f.keySpan.end;
        flat[i++] = f.valueSpan.start;
        flat[i++] = f.valueSpan.end;
      }
      flat[i++] = f.value;
    }
    this.flat = flat;
  }

  get size(): number {
    return this.flat.length / this.stride;
  }

  private at(i: number): FieldValue {
    const f = this.flat;
    if (this.stride === 5) {
      const [ks, vs] = [f[i + 2] as number, f[i + 3] as number];
      return { key: f[i + 1] as string, keySpan: { start: spanStart(ks), end: spanEnd(ks) }, valueSpan: { start: spanStart(vs), end: spanEnd(vs) }, value: f[i + 4] as FieldValue['value'] };
    }
    return { key: f[i + 1] as string, keySpan: { start: f[i + 2] as number, end: f[i + 3] as number }, valueSpan: { start: f[i + 4] as number, end: f[i + 5] as number }, value: f[i + 6] as FieldValue['value'] };
  }

  get(key: string): FieldValue | undefined {
    for (let i = 0; i < this.flat.length; i += this.stride) if (this.flat[i] === key) return this.at(i);
    return undefined;
  }

  has(key: string): boolean {
    for (let i = 0; i < this.flat.length; i += this.stride) if (this.flat[i] === key) return true;
    return false;
  }

  forEach(callback: (value: FieldValue, key: string, map: ReadonlyMap<string, FieldValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  *entries(): MapIterator<[string, FieldValue]> {
    for (let i = 0; i < this.flat.length; i += this.stride) yield [this.flat[i] as string, this.at(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.flat.length; i += this.stride) yield this.flat[i] as string;
  }

  *values(): MapIterator<FieldValue> {
    for (let i = 0; i < this.flat.length; i += this.stride) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, FieldValue]> {
    return this.entries();
  }
}
