/**
 * Issue 14, item 3 (first bullet): configured ID patterns cannot hang a run. They run on RE2
 * (util/linearRegExp.ts), linear in the input whatever their nesting; what RE2 cannot run
 * (look-around, back-references) is refused with a finding on the config line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/index.js';
import { LinearRegExp, linearRegExp } from '../../server/src/core/util/linearRegExp.js';
import { MemoryHost } from '../support/memoryHost.js';

const within = async (ms: number, f: () => Promise<void>) => {
  const t = performance.now();
  await f();
  const took = performance.now() - t;
  assert.ok(took < ms, `took ${took.toFixed(0)} ms (bound ${ms} ms)`);
};

for (const pattern of ['((R+))+$', '((\\w+))+!', '(a|aa)+$']) {
  test(`config regex ${pattern} does not hang on 100,000 characters built to defeat it`, async () => {
    const attack = pattern.startsWith('(a') ? 'a'.repeat(100_000) + 'b' : 'R'.repeat(100_000) + '?';
    await within(5000, async () => {
      const host = new MemoryHost({ '.aims.yaml': `ids:\n  risk: ${JSON.stringify(pattern)}\n`, 'register.md': `# AI risk register (ISO/IEC 42001)\n\n${attack}\n` });
      const service = createLanguageService(host);
      await service.indexWorkspace();
      service.getAllFindings();
    });
  });
}

test('a configured pattern finds IDs as before: lastIndex, index and groups as a RegExp gives them, UTF-16 offsets', () => {
  const re = new LinearRegExp('RK-(\\d{3})', 'g');
  const text = 'é😀 RK-001, RK-002 and rk-003';
  assert.deepEqual([...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]), [...text.matchAll(/RK-(\d{3})/g)].map((m) => [m.index, m[0], m[1]]));
  assert.equal(new LinearRegExp('rk-\\d+', 'gi').test('x RK-7'), true);
  assert.equal(re.source, 'RK-(\\d{3})');
  assert.equal('a RK-001 b'.replace(new LinearRegExp('RK-\\d+', 'g'), 'X'), 'a X b');
});

test('a configured ID pattern works end to end: IDs it matches are defined and cited', async () => {
  const host = new MemoryHost({
    '.aims.yaml': 'ids:\n  risk: "RK-\\\\d{3}"\n',
    'register.md': '# AI risk register (ISO/IEC 42001)\n\n| ID | Risk | Likelihood | Impact |\n|---|---|---|---|\n| RK-001 | Drift | 2 | 3 |\n',
    'plan.md': '# AI risk treatment plan (ISO/IEC 42001)\n\nRK-001 and RK-009 are treated.\n',
  });
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const dangling = service.getAllFindings().filter((f) => f.code === 'dangling-reference').map((f) => f.message);
  assert.equal(dangling.length, 1);
  assert.match(dangling[0]!, /RK-009/);
});

test('look-around and back-references are refused with a message that says why', () => {
  assert.match(String(linearRegExp('(?<![\\w-])R-\\d+', 'g')), /linear-time engine/);
  assert.match(String(linearRegExp('(R)\\1', 'g')), /linear-time engine|back-references/);
  assert.match(String(linearRegExp('R-(', 'g')), /Not a valid regular expression/);
});

test('glob *a*a*a*a*a*a*a*a*a*a*a*a*b and twelve **/ do not hang on long paths (RE2)', async () => {
  const { matchGlob } = await import('../../server/src/core/util/glob.js');
  await within(1000, async () => {
    assert.equal(matchGlob('*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(20_000)), false);
    assert.equal(matchGlob('**/'.repeat(12) + 'x', 'a/'.repeat(10_000) + 'y'), false);
    assert.equal(matchGlob('**/'.repeat(12) + 'x', 'a/'.repeat(10_000) + 'x'), true);
  });
});

test('globs as VS Code reads them: [!a] and [^a] negate, classes stay in one name, braces alternate, case is ignored', async () => {
  const { matchGlob } = await import('../../server/src/core/util/glob.js');
  const cases: [string, string, boolean][] = [
    ['[!a]*.md', 'b1.md', true],
    ['[!a]*.md', 'a1.md', false],
    ['[^a]x', '/x', false],
    ['[a-c]/*.md', 'b/x.md', true],
    ['{risk,soa}/*.yaml', 'soa/x.yaml', true],
    ['{risk,soa}/*.yaml', 'policy/x.yaml', false],
    ['**/*.md', 'c.md', true],
    ['**/*.md', 'a/b/c.md', true],
    ['docs/**', 'docs/a/b.md', true],
    ['*.md', 'a/b.md', false],
    ['policy?.md', 'policy1.md', true],
    ['*.MD', 'x.md', true],
    ['[z-a]', 'z', false],
    ['a[b', 'a[b', true],
    ['a}b', 'a}b', true],
  ];
  for (const [glob, p, expected] of cases) assert.equal(matchGlob(glob, p), expected, `${glob} on ${p}`);
});
