/**
 * A read-only map in one flat array, for the small maps every closed document keeps
 * (the `aims:` fields, each risk's and SoA row's attributes): a Map's hash table is
 * about 400 bytes even for three entries, which was a tenth of a closed document.
 * Look-ups are linear, which for a dozen keys is as fast as hashing.
 */
export class SmallMap<K, V> implements ReadonlyMap<K, V> {
  private readonly flat: (K | V)[];

  constructor(entries: Iterable<readonly [K, V]>) {
    const flat: (K | V)[] = [];
    for (const [k, v] of entries) flat.push(k, v);
    this.flat = flat;
  }

  get size(): number {
    return this.flat.length / 2;
  }

  get(key: K): V | undefined {
    for (let i = 0; i < this.flat.length; i += 2) if (this.flat[i] === key) return this.flat[i + 1] as V;
    return undefined;
  }

  has(key: K): boolean {
    for (let i = 0; i < this.flat.length; i += 2) if (this.flat[i] === key) return true;
    return false;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (let i = 0; i < this.flat.length; i += 2) yield [this.flat[i] as K, this.flat[i + 1] as V];
  }

  *keys(): MapIterator<K> {
    for (let i = 0; i < this.flat.length; i += 2) yield this.flat[i] as K;
  }

  *values(): MapIterator<V> {
    for (let i = 1; i < this.flat.length; i += 2) yield this.flat[i] as V;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
