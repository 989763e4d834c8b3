/**
 * The TOML reader (parse/toml.ts) against smol-toml, a complete TOML 1.0 parser: wherever
 * smol-toml reads a generated text, our tree holds the same values, and every scalar's span
 * is its source text. On any text at all it never throws and keeps its spans inside the text.
 * The case count is configurable: AIMS_FUZZ_RUNS (default 2000 here); AIMS_FUZZ_SEED replays a failure.
 * Unit: parse/toml.ts (and its tree, model/yamlTree.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as referenceParse } from 'smol-toml';
import { parseToml } from '../server/src/core/parse/toml.js';
import type { YNode } from '../server/src/core/model/yamlTree.js';
import { fuzzParams } from './support/generators.js';

const params = fuzzParams(2000);

/** Our tree as the plain values smol-toml gives (numbers that are whole as bigint-free numbers). */
function plain(node: YNode | null): unknown {
  if (!node) return {};
  switch (node.type) {
    case 'map':
      return Object.fromEntries(node.pairs.map((p) => [p.key, plain(p.value)]));
    case 'seq':
      return node.items.map(plain);
    case 'scalar':
      return node.value;
    default:
      return null;
  }
}

function* scalars(node: YNode | null): Generator<YNode & { type: 'scalar' }> {
  if (!node) return;
  if (node.type === 'scalar') yield node;
  if (node.type === 'map') for (const p of node.pairs) yield* scalars(p.value);
  if (node.type === 'seq') for (const i of node.items) yield* scalars(i);
}

const key = fc.constantFrom('id', 'title', 'name', 'owner', 'risk-level', 'a_b', '"quoted key"', "'lit key'", '"a.b"', 'ai.system', 'x.y.z', '1', 'true');
const value = fc.constantFrom(
  '"KA-SYS-01"',
  "'C:\\path'",
  '"tab\\there"',
  '"unicode \\u00e9 and \\U0001F600"',
  '"quote \\" inside"',
  '""',
  '"""\nmulti\nline"""',
  '"""one \\\n   two"""',
  '"""ends with ""quotes"""""',
  "'''\nraw \\n text'''",
  '3',
  '-17',
  '+4',
  '1_000',
  '3.25',
  '6.02e23',
  '0x1F',
  '0o17',
  '0b101',
  'true',
  'false',
  '[1, 2, 3]',
  '[ "A.6.2.4", "A.7.4", ]',
  '[\n  "R-001",  # first\n  "R-002",\n]',
  '[[1, 2], ["a"]]',
  '{ id = "R-1", likelihood = 3 }',
  '{ a.b = 1, c = { d = "e" } }',
  '{}',
  '[]',
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, fc.constantFrom(' = ', '=', '  =  ', '\t=\t'), value, fc.constantFrom('', ' # note', '\t#x')).map(([k, s, v, c]) => `${k}${s}${v}${c}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('[', '[[', '[ ', '[[ '), fc.constantFrom('system', 'risk', 'params', 'a.b', '"x y".z', 'aims'), fc.constantFrom(']', ']]', ' ]')).map(([o, k, c]) => `${o}${k}${o.trim() === '[[' ? ']]' : c}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment', '   ', 'not toml at all', 'k = ', '= 3', '"open = 1', 'x = "unterminated', 'x = [1, 2', 'y = { a = 1') },
);

test('TOML: where smol-toml reads a text, the tree holds its values and each scalar spans its source', () => {
  let compared = 0;
  fc.assert(
    fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      const text = lines.join(eol) + eol;
      const ours = parseToml(text);
      for (const s of scalars(ours.root)) assert.equal(text.slice(s.span.start, s.span.end), s.raw);
      let expected: unknown;
      try {
        expected = referenceParse(text);
      } catch {
        return;
      }
      compared++;
      assert.deepEqual(plain(ours.root), JSON.parse(JSON.stringify(expected, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))), text);
    }),
    params,
  );
  // The generator must give texts both parsers read, or the property says nothing.
  assert.ok(compared > 100, `only ${compared} texts were compared`);
});

test('TOML: any text at all reads without throwing, with spans inside it, at an offset', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('[', ']', '"', "'", '=', '.', ',', '{', '}', '#', '\n', '\r', ' ', 'a', '1', '\\', 'u') }), (text) => {
      const { root } = parseToml(text, 10);
      const inside = (n: YNode | null): void => {
        if (!n) return;
        assert.ok(n.span.start >= 10 && n.span.end <= text.length + 10 && n.span.start <= n.span.end);
        if (n.type === 'map') for (const p of n.pairs) inside(p.value);
        if (n.type === 'seq') for (const i of n.items) inside(i);
      };
      inside(root);
    }),
    params,
  );
});

test('TOML: tables, arrays of tables and dotted keys nest, with the spans a finding points at', () => {
  const text = '# inventory\n[[system]]\nid = "KA-SYS-01"\nname = "ClaimScore"\n\n[[system]]\nid = "KA-SYS-02"\n[system.owner]\nteam = "Pricing"\n\n[params]\nai.act = "high"\ndate = 2026-09-30\n';
  const root = parseToml(text).root;
  assert.deepEqual(plain(root), {
    system: [
      { id: 'KA-SYS-01', name: 'ClaimScore' },
      { id: 'KA-SYS-02', owner: { team: 'Pricing' } },
    ],
    params: { ai: { act: 'high' }, date: '2026-09-30' },
  });
  assert.equal(root?.type, 'map');
  if (root?.type !== 'map') return;
  const systems = root.pairs[0]!.value;
  assert.equal(systems?.type, 'seq');
  if (systems?.type !== 'seq') return;
  // An item spans its header to its last value; the file's pairs span what belongs to them.
  assert.equal(text.slice(systems.items[0]!.span.start, systems.items[0]!.span.end), '[[system]]\nid = "KA-SYS-01"\nname = "ClaimScore"');
  assert.equal(text.slice(systems.items[1]!.span.start, systems.items[1]!.span.end), '[[system]]\nid = "KA-SYS-02"\n[system.owner]\nteam = "Pricing"');
  assert.equal(text.slice(root.pairs[1]!.keySpan.start, root.pairs[1]!.keySpan.end), 'params');
});
