/**
 * Differential tests of YAML read in chunks (parse/yamlChunks.ts): for
 * well-formed YAML the tree equals a whole parse; for any YAML, after any
 * edits, re-reading with the previous version's chunks equals reading afresh,
 * the findings of an edited buffer included (through the service); and an edit
 * inside one item of a large register parses that item only, strays left in
 * other items or not. The nested keys the model keeps per item (parse/yamlModel.ts, each item's
 * key set added once per distinct set) equal the whole tree's, and so do the risks, SoA rows and
 * definitions of moved items, whose attributes are moved when read (text/spans.ts MovedAttributes).
 * An unedited item keeps its text-chunk key (parse/yamlTextChunks.ts ChunkIdentity).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseYaml } from '../server/src/core/parse/yaml.js';
import { chunkStartingAt, parseYamlChunked, type ChunkParse, type YamlState } from '../server/src/core/parse/yamlChunks.js';
import { nestedYamlKeys } from '../server/src/core/parse/yamlModel.js';
import { ChunkIdentity } from '../server/src/core/parse/yamlTextChunks.js';
import { createLanguageService } from '../server/src/core/index.js';
import { fuzzParams, yamlDoc } from './support/generators.js';
import { MemoryHost, uriOf } from './support/memoryHost.js';

const register = (n: number, indent: string) =>
  'aims:\n  kind: risk-register\n  id: RR-1\nrisks:\n' +
  Array.from(
    { length: n },
    // An anchor in the first item and an alias to it in the others: cross-item facts a chunk alone cannot see.
    (_, i) => `${indent}- id: R-${100 + i}\n${indent}  title: Risk ${i} of A.6.2.4\n${indent}  owner: ${i === 0 ? '&o CPO' : i % 3 === 0 ? '*o' : 'CTO'}\n${indent}  likelihood: ${1 + (i % 5)}\n${indent}  controls: [A.5.2, A.6.2.${2 + (i % 6)}]\n`,
  ).join('') +
  'controls:\n  - id: A.5.2\n    applicable: true\n# end\n';

const insertion = fc.constantFrom('x', ' ', '\n', '-', '- ', ':', ': ', '"', "'", '#', '&a ', '*a', '|', '>', '[', ']', '{', '\t', '\r\n', '  - id: R-999\n', 'é', '😀');
/** [where, near a line break (where chunks meet)?, characters removed, text inserted] */
type Edit = [number, boolean, number, string];
const edit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(), fc.boolean(), fc.integer({ min: 0, max: 3 }), insertion);

function apply(text: string, [where, nearBreak, remove, insert]: Edit): string {
  // Near a line break (where chunks meet), near an anchor or alias (facts other chunks depend on), or anywhere.
  const marks = [...text.matchAll(where % 4 === 0 ? /[&*]/g : /\n/g)].map((m) => m.index);
  const i = nearBreak && marks.length > 0 ? marks[where % marks.length]! + (where % 3) - 1 : where % (text.length + 1);
  const j = Math.max(0, Math.min(text.length, i));
  return text.slice(0, j) + insert + text.slice(Math.min(text.length, j + remove));
}

const view = (s: { root: unknown; problems: unknown; nodes: number }) => ({ root: s.root, problems: s.problems, nodes: s.nodes });

/** Fresh and reused readings agree; and when the YAML is well-formed, both are the whole parse. */
function same(state: YamlState, text: string): void {
  assert.deepStrictEqual(view(state), view(parseYamlChunked(text)), `reused != fresh: ${JSON.stringify(text)}`);
  const w = parseYaml(text);
  if (w.problems.length === 0) assert.deepStrictEqual(view(state), view(w), `chunked != whole: ${JSON.stringify(text)}`);
}

// Comments after the last item count into the document's mapping by rules of the parser's own: try several.
const tails = ['', '  # trailing\n', '    # deeper\n\n', '# end\n  # more\n', ' # one space'];
const registers = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(...tails))
  .chain(([n, tail]) => fc.constantFrom(register(n, '  ') + tail, register(n, '') + tail, register(n, '    ') + tail, '---\n' + register(n, '  ') + tail));

function run(text: string, edits: readonly ((t: string) => string)[], count: { reused: number; total: number }): void {
  let state = parseYamlChunked(text);
  same(state, text);
  for (const e of edits) {
    text = e(text);
    state = parseYamlChunked(text, state);
    count.total++;
    if (state.parsedChunks <= 1 && state.chunks.length > 1) count.reused++;
    same(state, text);
  }
}

test('YAML read in chunks: equal to a whole parse when well-formed, and to a fresh reading after any edits', () => {
  const count = { reused: 0, total: 0 };
  fc.assert(
    fc.property(fc.oneof(yamlDoc, registers), fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => run(text, edits.map((e) => (t: string) => apply(t, e)), count)),
    fuzzParams(400),
  );
});

test('chunked equals whole on the cases the long fuzz runs found', () => {
  // A lone "\r" is a line break to YAML: "#\r: comment" is a comment line, then a stray ":".
  // An item that is a bare "-" at the end of its line: the sequence starts at its dash.
  for (const text of ['controls:\n  - id: A.2.2\n#\r: comment A.6.2.9\n', 'risks:\n  - id: R-001\r  - id: R-002\n', 'xsks:\ncontrols:\n  -\nid: A.5\n# comment A.6.2.9\n...\n', 'controls:\n  -\n    id: A.5.2\n  - id: A.5.3\n'])
    run(text, [(t) => t + 'x', (t) => t.replace('A.2.2', 'A.2.3')], { reused: 0, total: 0 });
});

test('every well-formed generated document reads as a whole parse', () => {
  let wellFormed = 0;
  fc.assert(
    fc.property(fc.oneof(yamlDoc, registers), (text) => {
      if (parseYaml(text).problems.length === 0) wellFormed++;
      same(parseYamlChunked(text), text);
    }),
    fuzzParams(400),
  );
  assert.ok(wellFormed > 50, `only ${wellFormed} well-formed documents`);
});

test('typing in a register re-parses one item, whatever the edits did before', () => {
  let text = register(300, '  ');
  let state = parseYamlChunked(text);
  // A stray character at the start of an item's line: an error in that item only.
  const broken = text.indexOf('    likelihood', text.indexOf('R-200'));
  text = text.slice(0, broken) + 'x' + text.slice(broken);
  state = parseYamlChunked(text, state);
  assert.ok(state.problems.length > 0 && state.problems.every((p) => p.span.start > broken - 100 && p.span.end < broken + 200), 'the error stays in its item');
  assert.equal((state.root as unknown as { pairs: { key: string; value: { items: unknown[] } }[] }).pairs.find((p) => p.key === 'risks')!.value.items.length, 300);
  const at = text.indexOf('Risk 150');
  for (const ch of 'edited') {
    text = text.slice(0, at + 8) + ch + text.slice(at + 8);
    state = parseYamlChunked(text, state);
    assert.equal(state.parsedChunks, 1);
  }
  same(state, text);
});

test('findings of a register typed into, strays and all, equal those of a fresh reading', async () => {
  const file = { uri: uriOf('register.yaml'), relativePath: 'register.yaml' };
  await fc.assert(
    fc.asyncProperty(fc.oneof(yamlDoc, registers), fc.array(edit, { minLength: 1, maxLength: 8 }), async (text, edits) => {
      const service = createLanguageService(new MemoryHost({ 'register.yaml': text }));
      await service.indexWorkspace();
      service.setDocument(file, text, 1);
      service.getFindings(file.uri);
      for (const [i, e] of edits.entries()) {
        text = apply(text, e);
        service.setDocument(file, text, i + 2);
        const fresh = createLanguageService(new MemoryHost({ 'register.yaml': text }));
        await fresh.indexWorkspace();
        // The same text as a buffer: an edit may split a surrogate pair, which the host's bytes cannot hold.
        fresh.setDocument(file, text, 1);
        assert.deepEqual(service.getFindings(file.uri), fresh.getFindings(file.uri), `after ${i + 1} edits: ${JSON.stringify(text)}`);
      }
    }),
    fuzzParams(60),
  );
});

test('a stray line stays in its item when the next item is broken too, or another stray comes first', () => {
  // The bench's edits that made every later keystroke read the whole file (or a growing frame):
  // a stray left of the items whose next item's line a keystroke had broken ("  -x id"), and a
  // stray at column 0 followed by another before the next item.
  /** `t` with the first `find` after `anchor` replaced by `by`. */
  const after = (t: string, anchor: string, find: string, by: string) => {
    const at = t.indexOf(find, t.indexOf(anchor));
    return t.slice(0, at) + by + t.slice(at + find.length);
  };
  const strays: [string, (t: string) => string][] = [
    ['indented stray, next item broken', (t) => after(after(t, 'R-200', '    likelihood', ' x   likelihood'), 'R-200', '  - id: R-201', '  -x id: R-201')],
    ['two strays at column 0', (t) => after(after(t, 'R-200', '  - id: R-201', 'x  - id: R-201'), 'R-201', '    controls', 'x    controls')],
  ];
  for (const [name, stray] of strays) {
    let text = register(300, '  ');
    let state = parseYamlChunked(text);
    const broken = stray(text);
    assert.notEqual(broken, text, name);
    text = broken;
    state = parseYamlChunked(text, state);
    assert.ok(state.chunks.length > 290, `${name}: read by items (${state.chunks.length} chunks)`);
    const at = text.indexOf('Risk 250');
    for (const ch of 'edited') {
      text = text.slice(0, at + 8) + ch + text.slice(at + 8);
      state = parseYamlChunked(text, state);
      assert.equal(state.parsedChunks, 1, name);
      assert.ok(state.frame && state.frame.text.length < 200, `${name}: the frame stays the file's head (${state.frame?.text.length})`);
    }
    same(state, text);
  }
});

test('the nested keys of a register read by items are the whole tree\'s, items with other keys of the same count included', async () => {
  const file = { uri: uriOf('register.yaml'), relativePath: 'register.yaml' };
  const keys = ['owner', 'status', 'note', 'due', 'impact', 'Review Date'];
  const item = fc.tuple(fc.subarray(keys, { minLength: 2, maxLength: 2 }), fc.boolean());
  const doc = fc.array(item, { minLength: 2, maxLength: 10 }).map(
    (items) => 'aims:\n  kind: risk-register\nrisks:\n' + items.map(([ks, nested], i) => `  - id: R-${100 + i}\n` + ks.map((k) => (nested ? `    ${k}:\n      ${k.toLowerCase()}_by: x\n` : `    ${k}: v\n`)).join('')).join(''),
  );
  await fc.assert(
    fc.asyncProperty(doc, fc.array(edit, { minLength: 1, maxLength: 6 }), async (text, edits) => {
      const service = createLanguageService(new MemoryHost({ 'register.yaml': text }));
      await service.indexWorkspace();
      for (let i = 0; i <= edits.length; i++) {
        if (i > 0) text = apply(text, edits[i - 1]!);
        service.setDocument(file, text, i + 1);
        const whole = parseYaml(text);
        if (whole.problems.length > 0) continue;
        assert.deepEqual([...service.getDocument(file.uri)!.nestedKeys].sort(), nestedYamlKeys(whole.root).sort(), `after ${i} edits: ${JSON.stringify(text)}`);
      }
    }),
    fuzzParams(100),
  );
});

test('risks, SoA rows and definitions of an edited register, attributes read every way, equal a fresh reading\'s', async () => {
  const file = { uri: uriOf('register.yaml'), relativePath: 'register.yaml' };
  type Attrs = ReadonlyMap<string, { text: string; span: { start: number; end: number } }>;
  const at = (a: { text: string; span: { start: number; end: number } } | undefined) => a && [a.text, a.span.start, a.span.end];
  const attrs = (m: Attrs) => {
    const each: unknown[] = [];
    m.forEach((a, k) => each.push([k, at(a)]));
    return { size: m.size, entries: [...m].map(([k, a]) => [k, at(a)]), got: [...m.keys()].map((k) => [m.has(k), at(m.get(k))]), values: [...m.values()].map(at), each };
  };
  const plain = (d: { risks: readonly { attributes: Attrs }[]; soa: readonly { attributes: Attrs }[]; definitions: readonly { attributes: Attrs }[] }) => ({
    risks: d.risks.map((r) => ({ ...r, attributes: attrs(r.attributes) })),
    soa: d.soa.map((e) => ({ ...e, attributes: attrs(e.attributes) })),
    definitions: d.definitions.map((e) => ({ ...e, attributes: attrs(e.attributes) })),
  });
  const soaRegister = (n: number) => 'aims:\n  kind: soa\ncontrols:\n' + Array.from({ length: n }, (_, i) => `  - id: A.6.2.${2 + (i % 6)}\n    applicable: ${i % 2 === 0}\n    justification: reason ${i}\n`).join('');
  await fc.assert(
    fc.asyncProperty(fc.oneof(registers, fc.integer({ min: 1, max: 8 }).map(soaRegister)), fc.array(edit, { minLength: 1, maxLength: 8 }), async (text, edits) => {
      const service = createLanguageService(new MemoryHost({ 'register.yaml': text }));
      await service.indexWorkspace();
      service.setDocument(file, text, 1);
      for (const [i, e] of edits.entries()) {
        text = apply(text, e);
        service.setDocument(file, text, i + 2);
        const fresh = createLanguageService(new MemoryHost({ 'register.yaml': text }));
        await fresh.indexWorkspace();
        fresh.setDocument(file, text, 1);
        assert.deepEqual(plain(service.getDocument(file.uri)!), plain(fresh.getDocument(file.uri)!), `after ${i + 1} edits: ${JSON.stringify(text)}`);
      }
    }),
    fuzzParams(100),
  );
});

test('chunkStartingAt finds the last chunk starting at an offset, as a map by start did', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(40), { maxLength: 30 }), fc.nat(45), (raw, at) => {
      const starts = raw.sort((a, b) => a - b);
      const chunks = starts.map((start, i) => ({ start, length: 1, items: [], problems: [], nodes: i, end: start + 1, key: 0, identity: new ChunkIdentity() }) as ChunkParse);
      assert.equal(chunkStartingAt(chunks, at), new Map(chunks.map((c) => [c.start, c])).get(at));
    }),
    fuzzParams(200),
  );
});

test('an item keeps its text-chunk key while its text is the same, moved or not, and only then', () => {
  const text = register(30, '  ');
  const first = parseYamlChunked(text);
  const at = text.indexOf('Risk 10 ');
  const second = parseYamlChunked(text.slice(0, at) + 'x' + text.slice(at), first);
  const keysOf = (s: YamlState) => new Map(s.textChunks!.map((c) => [c.key, c]));
  const before = keysOf(first);
  const kept = second.textChunks!.filter((c) => before.has(c.key));
  // Every item but the edited one keeps its key (the frame's stretches are keyed afresh).
  assert.equal(kept.length, first.chunks.length - 1);
  for (const c of kept) assert.equal(second.text.slice(c.start, c.end), first.text.slice(before.get(c.key)!.start, before.get(c.key)!.end));
  const id = new ChunkIdentity();
  const a = id.keyFor(10);
  assert.equal(id.keyFor(10), a);
  const b = id.keyFor(12);
  assert.notEqual(b, a);
  assert.equal(id.keyFor(12), b);
  assert.equal(id.keyFor(10), a);
});
