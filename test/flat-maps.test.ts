/**
 * The flat maps a closed summary keeps its attributes and `aims:` fields in read as the Maps
 * they were made of: every entry, in order, with its spans, whether the spans fit one small
 * number each or not (past the first million characters, or longer than 1,023), and rows of
 * one table (or front matter of one template) sharing their key list.
 * Units: workspace/attributeMap.ts, workspace/fieldMap.ts, workspace/smallSpans.ts (and model/types.ts for the shapes they hold).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Attribute, FieldValue } from '../server/src/core/model/types.js';
import { AttributeMap } from '../server/src/core/workspace/attributeMap.js';
import { FieldMap } from '../server/src/core/workspace/fieldMap.js';
import { fitsSmall, smallSpan, spanEnd, spanStart } from '../server/src/core/workspace/smallSpans.js';
import { fuzzParams } from './support/generators.js';

const span = fc.oneof(
  fc.tuple(fc.nat(3000), fc.nat(1100)),
  fc.tuple(fc.constantFrom(0, (1 << 20) - 1, 1 << 20, 5_000_000), fc.constantFrom(0, 1, 1023, 1024, 40_000)),
).map(([start, length]) => ({ start, end: start + length }));

function sameAsMap<V>(flat: ReadonlyMap<string, V>, m: ReadonlyMap<string, V>): void {
  assert.equal(flat.size, m.size);
  assert.deepStrictEqual([...flat], [...m]);
  assert.deepStrictEqual([...flat.keys()], [...m.keys()]);
  assert.deepStrictEqual([...flat.values()], [...m.values()]);
  for (const k of m.keys()) {
    assert.ok(flat.has(k));
    assert.deepStrictEqual(flat.get(k), m.get(k));
  }
  assert.equal(flat.get('not a key'), undefined);
  assert.equal(flat.has('not a key'), false);
}

test('a span packs into one small number and back exactly when it fits', () => {
  fc.assert(
    fc.property(span, (s) => {
      if (!fitsSmall(s.start, s.end)) return;
      const n = smallSpan(s.start, s.end);
      assert.ok(Number.isInteger(n) && n < 2 ** 30, String(n));
      assert.deepEqual([spanStart(n), spanEnd(n)], [s.start, s.end]);
    }),
    fuzzParams(2000),
  );
  assert.equal(fitsSmall(0, 1023), true);
  assert.equal(fitsSmall(0, 1024), false);
  assert.equal(fitsSmall((1 << 20) - 1, (1 << 20) + 1022), true);
  assert.equal(fitsSmall(1 << 20, (1 << 20) + 1), false);
});

test('attribute and field maps read as the Maps they were made of, small spans or wide', () => {
  const key = fc.constantFrom('id', 'title', 'owner', 'likelihood', 'impact', 'status', 'justification', 'x');
  const text = fc.oneof(fc.constantFrom('Yes', 'open', 'R-001', ''), fc.string({ maxLength: 40 }));
  const attrs = fc.uniqueArray(fc.tuple(key, text, span), { selector: (e) => e[0], maxLength: 8 });
  fc.assert(
    fc.property(attrs, (list) => {
      const m = new Map<string, Attribute>(list.map(([k, t, s]) => [k, { text: t, span: s }]));
      sameAsMap(new AttributeMap(m), m);
      const f = new Map<string, FieldValue>(list.map(([k, t, s]) => [k, { key: k.toUpperCase(), keySpan: s, valueSpan: { start: s.end, end: s.end + t.length }, value: t === '' ? null : t }]));
      sameAsMap(new FieldMap(f), f);
    }),
    fuzzParams(500),
  );
  // Rows of one table: the same keys, each map its own values.
  const row = (n: number) => new Map<string, Attribute>([['id', { text: `R-${n}`, span: { start: n * 10, end: n * 10 + 5 } }], ['owner', { text: 'Ops', span: { start: n * 10 + 6, end: n * 10 + 9 } }]]);
  const rows = [1, 2, 3].map((n) => [new AttributeMap(row(n)), row(n)] as const);
  for (const [flat, m] of rows) sameAsMap(flat, m);
  // Front matter of two documents made from one template: one key list, each map its own values.
  const fields = (n: number) => new Map<string, FieldValue>(['owner', 'status'].map((k, i): [string, FieldValue] => [k, { key: k, keySpan: { start: i * 20, end: i * 20 + k.length }, valueSpan: { start: i * 20 + 8, end: i * 20 + 12 }, value: `${k}-${n}` }]));
  const [a, b] = [new FieldMap(fields(1)), new FieldMap(fields(2))];
  sameAsMap(a, fields(1));
  sameAsMap(b, fields(2));
  const keyList = (m: object) => (m as unknown as { keyList: readonly string[] }).keyList;
  assert.equal(keyList(a), keyList(b));
  assert.notEqual(keyList(a), keyList(new FieldMap(new Map([...fields(1)].map(([k, f]) => [k, { ...f, key: k.toUpperCase() }])))));
});
