/**
 * The index's per-key lists of documents (workspaceIndex/uriLists.ts) hold what a plain sorted
 * list would after any sequence of filing and unfiling, whatever form they keep (one URI, a
 * short exact-size list, a long one grown in place).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { UriLists } from '../server/src/core/workspaceIndex/uriLists.js';
import { fuzzParams } from './support/generators.js';

test('per-key document lists read as sorted lists after any filing and unfiling', () => {
  const op = fc.tuple(fc.boolean(), fc.constantFrom('risk:R-1', 'control:A.2.2', 'document:POL-1'), fc.integer({ min: 0, max: 40 }));
  fc.assert(
    fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
      const lists = new UriLists();
      const model = new Map<string, string[]>();
      for (const [add, key, n] of ops) {
        const uri = `file:///ws/doc-${String(n).padStart(2, '0')}.md`;
        const now = model.get(key) ?? [];
        // The index files a document under a key only when it is not there, and takes it out only when it is.
        if (add && !now.includes(uri)) {
          lists.insert(key, uri);
          model.set(key, [...now, uri].sort());
        } else if (!add) {
          lists.take(key, uri);
          const rest = now.filter((u) => u !== uri);
          if (rest.length > 0) model.set(key, rest);
          else model.delete(key);
        }
      }
      assert.deepEqual([...lists.keys()].sort(), [...model.keys()].sort());
      assert.equal(lists.size, model.size);
      for (const [key, uris] of model) assert.deepEqual(lists.get(key), uris, key);
      assert.equal(lists.get('risk:none'), undefined);
    }),
    fuzzParams(300),
  );
});
