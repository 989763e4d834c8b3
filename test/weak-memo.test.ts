/**
 * The generational weak memo: what is looked up again stays (a working set larger than a
 * generation included), what is not is let go after two generations.
 * Unit: util/weakMemo.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WeakMemo } from '../server/src/core/util/weakMemo.js';

test('WeakMemo: a working set of 10,000 keys looked up round after round stays, whatever the clock', () => {
  let clock = 0;
  const memo = new WeakMemo<object, number>(1000, 1000, () => clock);
  const keys = Array.from({ length: 10_000 }, () => ({}));
  const round = () => {
    let misses = 0;
    keys.forEach((k, i) => {
      const v = memo.get(k);
      if (v === undefined) {
        misses++;
        memo.set(k, i);
      } else assert.equal(v, i);
    });
    // A round every half second: at most one generation turns over between two lookups of a key.
    clock += 500;
    return misses;
  };
  const misses = [round(), round(), round(), round(), round(), round()];
  assert.deepEqual(misses, [10_000, 0, 0, 0, 0, 0]);
});

test('WeakMemo: keys not looked up again are let go after two generations; has() keeps a key as get() does', () => {
  let clock = 0;
  const memo = new WeakMemo<object, string>(100, 1000, () => clock);
  const early = { id: 'early' };
  const kept = { id: 'kept' };
  memo.set(early, 'e');
  memo.set(kept, 'k');
  for (let i = 0; i < 150; i++) memo.set({}, 'x');
  assert.equal(memo.get(early), 'e', 'not a second old yet: nothing turned over');
  clock += 1000;
  for (let i = 0; i < 150; i++) memo.set({}, 'x'); // turns over once: early and kept are old
  assert.ok(memo.has(kept), 'found in the old generation, and set in the young one again');
  clock += 1000;
  for (let i = 0; i < 150; i++) memo.set({}, 'x'); // turns over again: the old one is dropped
  assert.equal(memo.get(early), undefined, 'two generations without a lookup');
  assert.equal(memo.get(kept), 'k');
  // A stored undefined is a value.
  const u = {};
  const m2 = new WeakMemo<object, string | undefined>(10);
  m2.set(u, undefined);
  assert.ok(m2.has(u));
});
