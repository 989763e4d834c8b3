/**
 * The line reader of simple YAML (parse/yamlSimple.ts) against the yaml package: wherever it
 * answers, its tree, problems and node count are the package's (parseYamlFully), on generated
 * texts built from lines that are simple, nearly simple and not simple at all; and it does
 * answer for what it is for (front matter and register items as people write them).
 * The case count is configurable: AIMS_FUZZ_RUNS (default 2000 here); AIMS_FUZZ_SEED replays a failure.
 * Unit: parse/yamlSimple.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { simpleYaml } from '../server/src/core/parse/yamlSimple.js';
import { MAX_NODES, parseYamlFully } from '../server/src/core/parse/yaml.js';
import { fuzzParams } from './support/generators.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const params = fuzzParams(2000);

const goodKeys = fc.constantFrom('a', 'kind', 'id', 'title', 'approved_on', 'next-review', 'A.6', 'a b', 'owner', 'x_y');
const keys = fc.oneof(goodKeys, fc.constantFrom('null', 'True', '1', 'a  b', 'b:', '"q"', 'k#'));
const separators = fc.constantFrom(':', ': ', ':  ', ' :', ':\t');
const values = fc.constantFrom(
  '',
  ' ',
  'policy',
  'DOC-0001',
  'AI risk register 12',
  '"1.0"',
  "'x'",
  '"a # b"',
  '"it\'s"',
  "'say \"hi\"'",
  '1.0',
  '1.',
  '7',
  '007',
  '12345678901234567890',
  '1e5',
  '0x1F',
  '0o17',
  '-5',
  '+5',
  '.5',
  '.inf',
  '2026-06-30',
  'true',
  'False',
  'TRUE',
  'null',
  'Null',
  '~',
  'yes',
  '[A.2, "7.5", 3]',
  '[]',
  '[ ]',
  '[ a , b ]',
  '[a,]',
  '[a, [b]]',
  '[a #c]',
  '[a, b] # c',
  '[a, b]x',
  '["a,b", c]',
  '[a: b]',
  'a: b',
  'x #c',
  'x  # c',
  'x#y',
  'x:',
  'http://x',
  '- item',
  '|',
  '>',
  '&a x',
  '*a',
  '!!str x',
  '{a: 1}',
  'a, b',
  '(note)',
  '/path',
  'trailing  ',
  'é accent',
  '"unterminated',
  "'it''s'",
  '"esc\\"q"',
  '# only a comment',
);
const entry = fc.tuple(fc.constantFrom(0, 0, 2, 2, 4, 1, 3), keys, separators, values).map(([n, k, s, v]) => ' '.repeat(n) + k + s + v);
const other = fc.constantFrom('', '', '  ', '# comment', '  # indented comment', '---', '...', '- item', '  - item', '  continued text', 'key:value', '\tkey: tab', 'a: b\r', '? complex', '%YAML 1.2');
/** Lines as they come: mostly not a well-formed mapping. */
const looseText = fc
  .tuple(fc.array(fc.oneof({ weight: 6, arbitrary: entry }, { weight: 1, arbitrary: other }), { minLength: 1, maxLength: 14 }), fc.boolean())
  .map(([lines, newline]) => lines.join('\n') + (newline ? '\n' : ''));
/** A well-formed mapping (keys nested under empty values by two or more spaces), some of its lines replaced by odd ones. */
const goodValue = fc.constantFrom('', 'trailing  ', 'policy', 'DOC-0001', '"1.0"', "'x'", '1.0', '7', '2026-06-30', 'true', 'null', '[A.2, "7.5", 3]', '[]', 'x  # c', 'See A.2, A.3', '(note)');
/** Lines of a child node indented by n spaces (blank and comment lines stay at the margin). */
const indented = (n: number, lines: readonly string[]) => lines.map((l) => (l === '' || l.startsWith('#') ? l : ' '.repeat(n) + l));
/** A sequence item: `- ` before its first line, the rest under it. */
const itemLines = (lines: readonly string[]) => lines.map((l, i) => (i === 0 ? '- ' + l : l === '' || l.startsWith('#') ? l : '  ' + l));
const tree = fc.letrec<{ map: string[]; seq: string[] }>((tie) => ({
  map: fc
    .array(
      fc.tuple(
        goodKeys,
        fc.oneof(
          { weight: 5, arbitrary: goodValue.map((v) => ({ v })) },
          { weight: 1, arbitrary: fc.tuple(goodValue, fc.constantFrom('# note', '', '#')).map(([v, after]) => ({ v, after })) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom(2, 3, 4), tie('map')).map(([n, m]) => ({ n, m })) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom(0, 2), tie('seq')).map(([n, m]) => ({ n, m })) },
        ),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((pairs) => pairs.flatMap(([k, v]) => ('v' in v ? [v.v === '' ? `${k}:` : `${k}: ${v.v}`, ...('after' in v ? [v.after] : [])] : [`${k}:`, ...indented(v.n, v.m)]))),
  seq: fc
    .array(fc.oneof({ weight: 3, arbitrary: goodValue.map((v) => ['- ' + v]) }, { weight: 2, arbitrary: tie('map').map(itemLines) }), { minLength: 1, maxLength: 4 })
    .map((items) => items.flat()),
}));
const mapping = fc.oneof({ weight: 3, arbitrary: tree.map }, { weight: 1, arbitrary: tree.seq });
const wellFormedText = fc
  .tuple(mapping, fc.array(fc.tuple(fc.nat(20), fc.oneof(entry, other)), { maxLength: 2 }), fc.constantFrom('', '\n', '\n  ', '\n ', '\n\n  '))
  .map(([lines, odd, end]) => {
    const out = lines.slice();
    for (const [i, l] of odd) if (out.length > 0) out[i % out.length] = l;
    return out.join('\n') + end;
  });
/** Characters that matter to YAML, at random: nothing may throw, and any answer must be the package's. */
const soup = fc.array(fc.constantFrom('a', 'b', '1', '.', ' ', ' ', '  ', '\n', '\n', '- ', ':', ': ', '#', ' #', '[', ']', ',', '"', "'", '{', '\\'), { maxLength: 40 }).map((cs) => cs.join(''));
const yamlText = fc.oneof({ weight: 2, arbitrary: looseText }, { weight: 3, arbitrary: wellFormedText }, { weight: 1, arbitrary: soup });

test('wherever the line reader answers, it answers as the yaml package does', () => {
  let answered = 0;
  let cases = 0;
  fc.assert(
    fc.property(yamlText, fc.nat(50), (text, offset) => {
      cases++;
      const simple = simpleYaml(text, offset, 0, 64, MAX_NODES);
      if (!simple) return;
      answered++;
      assert.deepStrictEqual(simple, parseYamlFully(text, offset, 0), JSON.stringify(text));
    }),
    params,
  );
  // Not vacuous: a good share of the generated texts are of the simple kind.
  assert.ok(answered > cases / 10, `${answered} of ${cases} answered`);
});

test('depth and size limits are left to the package', () => {
  const deep = Array.from({ length: 70 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n';
  assert.equal(simpleYaml(deep, 0, 0, 64, MAX_NODES), undefined);
  assert.equal(simpleYaml('a: 1\nb: 2\n', 0, 0, 64, 2), undefined);
  assert.ok(simpleYaml('a: 1\nb: 2\n', 0, 0, 64, 3));
});

test('it answers for the front matter of the examples and the benchmark workspace, and for register items', async () => {
  const front = (t: string) => /^---\n([\s\S]*?\n)---\n/.exec(t)?.[1];
  const examples = path.resolve(SOURCE_TEST_DIR, '..', 'examples');
  const gen = (await import(path.resolve(SOURCE_TEST_DIR, '..', 'bench', 'workspace.mjs'))) as { workspaceFiles(count: number): { path: string; text: string }[] };
  const texts = [
    ...(readdirSync(examples, { recursive: true }) as string[]).filter((n) => n.endsWith('.md')).map((n) => readFileSync(path.join(examples, n), 'utf8')),
    ...gen.workspaceFiles(40).map((f) => f.text),
  ];
  let matters = 0;
  let answered = 0;
  for (const [i, t] of texts.entries()) {
    const fm = front(t);
    if (fm === undefined) continue;
    matters++;
    const simple = simpleYaml(fm, 4, 0, 64, MAX_NODES);
    // The examples include model cards, whose front matter has block sequences; the benchmark's are all simple.
    assert.ok(simple || i < texts.length - 40, fm);
    if (!simple) continue;
    answered++;
    assert.deepStrictEqual(simple, parseYamlFully(fm, 4, 0));
  }
  assert.ok(matters > 20 && answered > matters * 0.8, `${answered} of ${matters}`);
  const item = 'id: R-001\ntitle: Biased outcomes for applicants\nowner: Owner 3\nsystems: [SYS-0010]\nlikelihood: 3\nimpact: 4\ntreatment: modify\ncontrols: [A.7.4]\nstatus: open\n';
  assert.deepStrictEqual(simpleYaml(item, 10, 1, 64, MAX_NODES), parseYamlFully(item, 10, 1));
});
