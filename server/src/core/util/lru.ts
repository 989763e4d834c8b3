/**
 * A small least-recently-used memo keyed by object identity: for values derived from immutable
 * summaries that are asked for again soon (the document being edited, the registers a run of
 * documents looks up) but must not be kept for every closed document, whose memory is budgeted.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  /** The most recent entry, answered without reordering (the same key is asked thousands of times in a row). */
  private lastKey: K | undefined;
  private lastValue: V | undefined;

  constructor(private readonly capacity: number) {}

  get(key: K, make: (key: K) => V): V {
    if (key === this.lastKey && this.lastValue !== undefined) return this.lastValue;
    const value = this.lookup(key, make);
    this.lastKey = key;
    this.lastValue = value;
    return value;
  }

  private lookup(key: K, make: (key: K) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      // Most recent last: delete and set again.
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const value = make(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
    return value;
  }

  /** The value of `key` if it is kept, without making it or making it more recent. */
  peek(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Replace the value of `key` (as most recent). */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
    this.lastKey = key;
    this.lastValue = value;
  }
}

/**
 * An Lru of values derived from summaries that holds one summary per document: a new version
 * of a document replaces the old one's entry. Keyed by the summary alone, every edit of an open
 * document added an entry, so the memo held the last `capacity` versions of the document being
 * edited, each with its whole text and model (about 85 MB after 256 edits of a 100 KB policy).
 */
export class LatestPerDocument<S extends { readonly uri: string }, V> {
  private readonly lru: Lru<string, { readonly of: S; readonly value: V }>;

  constructor(capacity: number, private readonly make: (summary: S) => V) {
    this.lru = new Lru(capacity);
  }

  /** The value for this very summary if it is kept; nothing is made. */
  peek(summary: S): V | undefined {
    const kept = this.lru.peek(summary.uri);
    return kept?.of === summary ? kept.value : undefined;
  }

  get(summary: S): V {
    const hit = this.lru.get(summary.uri, () => ({ of: summary, value: this.make(summary) }));
    if (hit.of === summary) return hit.value;
    const value = this.make(summary);
    this.lru.set(summary.uri, { of: summary, value });
    return value;
  }
}
