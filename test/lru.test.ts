/**
 * The memos by summary (util/lru.ts): an Lru by identity, and LatestPerDocument, which keeps
 * one entry per document so that the versions of a document being edited do not pile up in
 * it (workspaceIndex/filed.ts and facts.ts hold each version's whole model through it).
 * Unit: util/lru.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LatestPerDocument, Lru } from '../server/src/core/util/lru.js';

test('Lru: a hit is not made again; past its capacity the least recently used goes', () => {
  const made: string[] = [];
  const lru = new Lru<string, string>(2);
  const get = (k: string) => lru.get(k, (x) => (made.push(x), x.toUpperCase()));
  assert.equal(get('a'), 'A');
  get('b');
  get('a'); // a is now the most recent
  get('c'); // b goes
  get('a');
  get('b');
  assert.deepEqual(made, ['a', 'b', 'c', 'b']);
});

test('LatestPerDocument: a new version of a document replaces the old one, other documents stay', () => {
  const made: string[] = [];
  const memo = new LatestPerDocument<{ uri: string; v: number }, string>(4, (s) => (made.push(`${s.uri}@${s.v}`), `${s.uri}@${s.v}`));
  const a1 = { uri: 'a', v: 1 };
  const a2 = { uri: 'a', v: 2 };
  const b1 = { uri: 'b', v: 1 };
  assert.equal(memo.get(a1), 'a@1');
  assert.equal(memo.get(b1), 'b@1');
  assert.equal(memo.get(a1), 'a@1');
  assert.equal(memo.get(a2), 'a@2');
  assert.equal(memo.get(a2), 'a@2');
  assert.equal(memo.get(b1), 'b@1');
  // a@1 was replaced, not kept beside a@2: asking for it makes it again.
  assert.equal(memo.get(a1), 'a@1');
  assert.deepEqual(made, ['a@1', 'b@1', 'a@2', 'a@1']);
});

test('LatestPerDocument: at most `capacity` documents, the least recently used going first', () => {
  const made: string[] = [];
  const memo = new LatestPerDocument<{ uri: string }, string>(2, (s) => (made.push(s.uri), s.uri));
  const [a, b, c] = [{ uri: 'a' }, { uri: 'b' }, { uri: 'c' }];
  memo.get(a);
  memo.get(b);
  memo.get(a);
  memo.get(c); // b goes
  memo.get(a);
  memo.get(b);
  assert.deepEqual(made, ['a', 'b', 'c', 'b']);
});

test('LatestPerDocument.peek: the value for that very version if kept, nothing made, nothing reordered', () => {
  let made = 0;
  const memo = new LatestPerDocument<{ uri: string; v: number }, number>(2, (s) => (made++, s.v * 10));
  const a1 = { uri: 'a', v: 1 };
  const a2 = { uri: 'a', v: 2 };
  const b = { uri: 'b', v: 3 };
  const c = { uri: 'c', v: 4 };
  assert.equal(memo.peek(a1), undefined);
  assert.equal(made, 0);
  memo.get(a1);
  memo.get(b);
  assert.equal(memo.peek(a1), 10);
  assert.equal(memo.peek(a2), undefined, 'another version of a kept document');
  memo.get(c); // a goes: peeking did not make it more recent
  assert.equal(memo.peek(a1), undefined);
  assert.equal(made, 3);
});
