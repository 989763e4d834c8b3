/**
 * A closed document's table-row attributes (a risk's, an SoA row's, a definition's) in one flat
 * array: text and span for each, the span as one small number when every span of the map fits
 * (smallSpans.ts), else as start and end; the keys in an array shared by every map with the same
 * keys in the same order (the rows of one table, of every register alike). As objects, each
 * attribute was a `{ text, span }` and a `{ start, end }` besides its strings, about 20 per
 * document of the bench's workspace and about a tenth of what a closed document kept.
 *
 * `get` and the iterators build the attribute when asked (a fresh object each time, equal to the
 * one it was built from): nothing relies on an attribute's identity (invariant 16), and the rules
 * that read other documents' attributes read a few per row.
 */
import type { Attribute } from '../model/types.js';
import { fitsSmall, smallSpan, spanEnd, spanStart } from './smallSpans.js';

/** Key lists shared between maps (these and fieldMap.ts's), by the keys joined; bounded (past it, a map keeps its own list). */
const KEY_LISTS = new Map<string, readonly string[]>();
const MAX_KEY_LISTS = 4096;

export function sharedKeys(keys: string[]): readonly string[] {
  const joined = keys.join('\u0000');
  const known = KEY_LISTS.get(joined);
  if (known) return known;
  if (KEY_LISTS.size < MAX_KEY_LISTS) KEY_LISTS.set(joined, keys);
  return keys;
}

export class AttributeMap implements ReadonlyMap<string, Attribute> {
  private readonly keyList: readonly string[];
  /** Per attribute: text and its span (one small number), or text, start and end when `wide`. */
  private readonly flat: (string | number)[];
  private readonly wide: boolean;

  constructor(entries: Iterable<readonly [string, Attribute]>) {
    const keys: string[] = [];
    const attrs: Attribute[] = [];
    for (const [k, a] of entries) {
      keys.push(k);
      attrs.push(a);
    }
    this.wide = !attrs.every((a) => fitsSmall(a.span.start, a.span.end));
    const flat: (string | number)[] = new Array(attrs.length * (this.wide ? 3 : 2));
    let i = 0;
    for (const a of attrs) {
      flat[i++] = a.text;
      if (this.wide) {
        flat[i++] = a.span.start;
        flat[i++] = a.span.end;
      } else flat[i++] = smallSpan(a.span.start, a.span.end);
    }
    this.flat = flat;
    this.keyList = sharedKeys(keys);
  }

  get size(): number {
    return this.keyList.length;
  }

  private at(k: number): Attribute {
    const f = this.flat;
    if (this.wide) return { text: f[k * 3] as string, span: { start: f[k * 3 + 1] as number, end: f[k * 3 + 2] as number } };
    const s = f[k * 2 + 1] as number;
    return { text: f[k * 2] as string, span: { start: spanStart(s), end: spanEnd(s) } };
  }

  get(key: string): Attribute | undefined {
    const k = this.keyList.indexOf(key);
    return k < 0 ? undefined : this.at(k);
  }

  has(key: string): boolean {
    return this.keyList.includes(key);
  }

  forEach(callback: (value: Attribute, key: string, map: ReadonlyMap<string, Attribute>) => void, thisArg?: unknown): void {
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  *entries(): MapIterator<[string, Attribute]> {
    for (let k = 0; k < this.keyList.length; k++) yield [this.keyList[k]!, this.at(k)];
  }

  *keys(): MapIterator<string> {
    for (let k = 0; k < this.keyList.length; k++) yield this.keyList[k]!;
  }

  *values(): MapIterator<Attribute> {
    for (let k = 0; k < this.keyList.length; k++) yield this.at(k);
  }

  [Symbol.iterator](): MapIterator<[string, Attribute]> {
    return this.entries();
  }
}
