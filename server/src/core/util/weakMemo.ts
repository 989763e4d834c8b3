/**
 * A memo keyed by objects that come and go with documents (a chunk's key, a table, a risk
 * entry), as a WeakMap is, but whose table does not stay at its largest. V8 clears a WeakMap's
 * dead entries at garbage collection and never shrinks its table for them: after a workspace of
 * 5,000 documents was read and checked once, each module-level memo kept a table sized for all
 * their chunks, nearly all of it holes (about 1.7 KB per document of the bench's workspace, in
 * a dozen memos).
 *
 * Two generations: values are set in the young map; once a generation has had `least` sets and
 * is a second old (`every`), the young map becomes the old one and the old one is dropped
 * whole. A value found in the old map is set again in the young one, so what is still used
 * (the chunks of the documents being edited) lives on. The clock keeps a working set larger
 * than `least` (a register of thousands of items, all looked up on every edit) from being
 * turned over before it is reached again: within a second nothing is dropped, and a key used
 * once per generation is never lost. Reading thousands of closed documents in a row lets go of
 * all but the last few seconds' entries.
 */
export class WeakMemo<K extends object, V> {
  private young = new WeakMap<K, V>();
  private old = new WeakMap<K, V>();
  private sets = 0;
  private since: number;

  constructor(
    private readonly least = 4096,
    private readonly every = 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.since = now();
  }

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined || this.young.has(key)) return v;
    if (!this.old.has(key)) return undefined;
    const kept = this.old.get(key) as V;
    this.set(key, kept);
    return kept;
  }

  has(key: K): boolean {
    if (this.young.has(key)) return true;
    if (!this.old.has(key)) return false;
    this.set(key, this.old.get(key) as V);
    return true;
  }

  set(key: K, value: V): this {
    if (this.sets >= this.least && this.now() - this.since >= this.every) {
      this.old = this.young;
      this.young = new WeakMap();
      this.sets = 0;
      this.since = this.now();
    }
    this.young.set(key, value);
    this.sets++;
    return this;
  }
}
