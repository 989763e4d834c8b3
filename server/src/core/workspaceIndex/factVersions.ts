/**
 * The versions of the fact keys (facts.ts): a counter per key, bumped whenever a document
 * changes what it holds under it. Kept per kind of key (`d:` definitions, `s:` SoA decisions,
 * `c:` citations, `k:` a document's standing), each by the key without its prefix: those are
 * the very strings the index's lists are filed under (and a document's URI), so the versions
 * hold no string of their own. With one map by prefixed key, every key a workspace holds was
 * a second string (a joined one, for most: about 0.3 KB per document of the bench's workspace).
 * Whole keys (`m`, `g`, `main`) have a map of their own. A version only ever goes up: readers.ts
 * keeps the sum of the versions a computation read, which is the same exactly when each is.
 *
 * A key is tracked from the first time it is read: a version matters only against one a
 * reader noted, and until then nobody holds one. So the cold index, which changes every key of
 * every document once, bumps none of them, and a key no rule ever reads (most citations of
 * controls and clauses) is never kept.
 */
import { detached } from '../text/chunkMemo.js';

export type FactKind = 'd' | 's' | 'c' | 'k';

export class FactVersions {
  private readonly byKind = new Map<string, Map<string, number>>([
    ['d', new Map()],
    ['s', new Map()],
    ['c', new Map()],
    ['k', new Map()],
  ]);
  private readonly whole = new Map<string, number>();

  /** Bump `key` of a kind (without its prefix). */
  bump(kind: FactKind, key: string): void {
    const m = this.byKind.get(kind)!;
    const v = m.get(key);
    if (v !== undefined) m.set(key, v + 1);
  }

  /** Bump a whole key (`m`, `g`, `main`). */
  bumpWhole(key: string): void {
    this.whole.set(key, (this.whole.get(key) ?? 0) + 1);
  }

  /** The version of a fact key as readers note it: prefixed (`d:risk:R-001`) or whole (`g`). */
  get(key: string): number {
    const m = key.charCodeAt(1) === 58 /* : */ ? this.byKind.get(key[0]!) : undefined;
    if (!m) return this.whole.get(key) ?? 0;
    const bare = key.slice(2);
    const v = m.get(bare);
    if (v !== undefined) return v;
    // Tracked from now on (a copy: the noted key may be a slice of a longer string).
    m.set(detached(bare), 0);
    return 0;
  }
}
