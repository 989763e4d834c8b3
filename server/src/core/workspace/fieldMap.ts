/**
 * A closed document's `aims:` fields (and informal metadata) in one flat array: key span, value
 * span (one small number each when every span of the map fits: smallSpans.ts; else start and
 * end), value for each; the map keys and keys as written (informal metadata is filed under our
 * field names) in a list shared by maps with the same keys, as attributeMap.ts does. As objects, each field was a `{ key, keySpan,
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
import { sharedKeys } from './attributeMap.js';

/**
 * Attribute and field values this short are shared through the pool (workspace/analysis.ts compactSummary, codec.ts), as IDs are: a workspace's
 * rows and fields repeat them ("Yes", "implemented", "open", dates, owners), and a copy of each
 * per row was a tenth of a closed document. Longer values (descriptions) are mostly unique, and
 * a pooled unique value costs its pool entry besides.
 */
export const SHARED_VALUE = 32;

export class FieldMap implements ReadonlyMap<string, FieldValue> {
  /**
   * Per field, map key and key as written, in one list shared by every map with the same keys
   * written the same way in the same order (documents made from one template): as the flat
   * array's two slots per field they were a fifth of what a closed document kept of its fields.
   */
  private readonly keyList: readonly string[];
  /** Per field: key span and value span (one small number each: smallSpans.ts), value; both spans as start and end when `wide`. */
  private readonly flat: (FieldValue['value'] | number)[];
  private readonly stride: 3 | 5;

  constructor(entries: Iterable<readonly [string, FieldValue]>) {
    const all = [...entries];
    this.stride = all.every(([, f]) => fitsSmall(f.keySpan.start, f.keySpan.end) && fitsSmall(f.valueSpan.start, f.valueSpan.end)) ? 3 : 5;
    const flat: (FieldValue['value'] | number)[] = new Array(all.length * this.stride);
    const keys: string[] = new Array(all.length * 2);
    let i = 0;
    let k = 0;
    for (const [key, f] of all) {
      keys[k++] = key;
      keys[k++] = f.key;
      if (this.stride === 3) {
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
    this.keyList = sharedKeys(keys);
  }

  get size(): number {
    return this.keyList.length / 2;
  }

  /** The field at index `n` (in order). */
  private at(n: number): FieldValue {
    const f = this.flat;
    const key = this.keyList[n * 2 + 1]!;
    if (this.stride === 3) {
      const i = n * 3;
      const [ks, vs] = [f[i] as number, f[i + 1] as number];
      return { key, keySpan: { start: spanStart(ks), end: spanEnd(ks) }, valueSpan: { start: spanStart(vs), end: spanEnd(vs) }, value: f[i + 2] as FieldValue['value'] };
    }
    const i = n * 5;
    return { key, keySpan: { start: f[i] as number, end: f[i + 1] as number }, valueSpan: { start: f[i + 2] as number, end: f[i + 3] as number }, value: f[i + 4] as FieldValue['value'] };
  }

  /** The index of the field filed under `key`, or -1. */
  private indexOf(key: string): number {
    const keys = this.keyList;
    for (let k = 0; k < keys.length; k += 2) if (keys[k] === key) return k / 2;
    return -1;
  }

  get(key: string): FieldValue | undefined {
    const n = this.indexOf(key);
    return n < 0 ? undefined : this.at(n);
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  forEach(callback: (value: FieldValue, key: string, map: ReadonlyMap<string, FieldValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  *entries(): MapIterator<[string, FieldValue]> {
    for (let n = 0; n < this.size; n++) yield [this.keyList[n * 2]!, this.at(n)];
  }

  *keys(): MapIterator<string> {
    for (let n = 0; n < this.size; n++) yield this.keyList[n * 2]!;
  }

  *values(): MapIterator<FieldValue> {
    for (let n = 0; n < this.size; n++) yield this.at(n);
  }

  [Symbol.iterator](): MapIterator<[string, FieldValue]> {
    return this.entries();
  }
}
