/**
 * A closed document's table-row attributes (a risk's, an SoA row's, a definition's) in one flat
 * array: key, text, start, end for each. As objects, each attribute was a `{ text, span }` and a
 * `{ start, end }` besides its strings, about 20 per document of the bench's workspace and about
 * a tenth of what a closed document kept; flat, the numbers are small integers in the array.
 *
 * `get` and the iterators build the attribute when asked (a fresh object each time, equal to the
 * one it was built from): nothing relies on an attribute's identity (invariant 16), and the rules
 * that read other documents' attributes read a few per row.
 */
import type { Attribute } from '../model/types.js';

export class AttributeMap implements ReadonlyMap<string, Attribute> {
  private readonly flat: (string | number)[];

  constructor(entries: Iterable<readonly [string, Attribute]>) {
    const flat: (string | number)[] = [];
    for (const [k, a] of entries) flat.push(k, a.text, a.span.start, a.span.end);
    // A copy of exactly its length: `push` leaves room to grow, up to half as much again, and the map never grows.
    this.flat = flat.slice();
  }

  get size(): number {
    return this.flat.length / 4;
  }

  private at(i: number): Attribute {
    return { text: this.flat[i + 1] as string, span: { start: this.flat[i + 2] as number, end: this.flat[i + 3] as number } };
  }

  get(key: string): Attribute | undefined {
    for (let i = 0; i < this.flat.length; i += 4) if (this.flat[i] === key) return this.at(i);
    return undefined;
  }

  has(key: string): boolean {
    for (let i = 0; i < this.flat.length; i += 4) if (this.flat[i] === key) return true;
    return false;
  }

  forEach(callback: (value: Attribute, key: string, map: ReadonlyMap<string, Attribute>) => void, thisArg?: unknown): void {
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  *entries(): MapIterator<[string, Attribute]> {
    for (let i = 0; i < this.flat.length; i += 4) yield [this.flat[i] as string, this.at(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.flat.length; i += 4) yield this.flat[i] as string;
  }

  *values(): MapIterator<Attribute> {
    for (let i = 0; i < this.flat.length; i += 4) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, Attribute]> {
    return this.entries();
  }
}
