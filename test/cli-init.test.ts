/**
 * `aims init` (a starter .aims.yaml and documents that check clean, never replacing a file),
 * and the options every reading command shares: --output FILE, --quiet, the progress line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLanguageService, STARTER_KINDS } from '../server/src/core/index.js';
import { MemoryHost } from './support/memoryHost.js';
import { STARTER_CONFIG } from '../protocol/starterConfig.js';
import { progressLine } from '../server/src/node/progress.js';
import { runCli } from './support/runCli.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const TODAY = '2026-12-04';
const REPO = path.resolve(SOURCE_TEST_DIR, '..');
const fresh = () => mkdtempSync(path.join(tmpdir(), 'aims-init-'));

test('aims init: only the starter .aims.yaml, and how to go on', async () => {
  const dir = fresh();
  const r = await runCli(['init', dir, '--today', TODAY], REPO);
  assert.equal(r.code, 0, r.err);
  assert.equal(readFileSync(path.join(dir, '.aims.yaml'), 'utf8'), STARTER_CONFIG);
  assert.deepEqual(readdirSync(dir), ['.aims.yaml']);
  assert.match(r.out, /^created {2}\.aims\.yaml$/m);
  assert.match(r.out, /aims init --starter/);
});

for (const format of ['markdown', 'yaml'] as const) {
  test(`aims init --starter --format ${format}: every starter document written, and they check with no error or warning`, async () => {
    const dir = fresh();
    const r = await runCli(['init', dir, '--starter', '--format', format, '--today', TODAY], REPO);
    assert.equal(r.code, 0, r.out + r.err);
    const written = readdirSync(path.join(dir, 'aims')).sort();
    assert.equal(written.length, STARTER_KINDS.length, written.join('\n'));
    if (format === 'yaml') assert.ok(written.some((f) => f.endsWith('.yaml')), 'registers and records in YAML');
    // The gaps it lists are what the starter set does not provide (competence, audits, reviews...).
    assert.match(r.out, /Documented information still missing or incomplete \(\d+\):\n {2}7\.2 /);
    assert.doesNotMatch(r.out, / (?:error|warning) /);
    const check = await runCli(['check', dir, '--today', TODAY, '--format', 'json'], REPO);
    const findings = JSON.parse(check.out).findings as { severity: string; code: string; path: string }[];
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.path} ${f.code}`),
      [],
    );
    assert.equal(check.code, 0);
  });
}

test('aims init never replaces a file, and a second run gives new documents free IDs', async () => {
  const dir = fresh();
  writeFileSync(path.join(dir, '.aims.yaml'), 'version: 1\n# mine\n');
  const first = await runCli(['init', dir, '--kind', 'policy', '--today', TODAY], REPO);
  assert.equal(first.code, 0, first.err);
  assert.equal(readFileSync(path.join(dir, '.aims.yaml'), 'utf8'), 'version: 1\n# mine\n');
  assert.match(first.out, /^kept \(it exists\) {2}\.aims\.yaml$/m);
  assert.match(first.out, /^created {2}aims\/ai-policy\.md {2}\(POL-001\)$/m);
  const policy = readFileSync(path.join(dir, 'aims', 'ai-policy.md'), 'utf8');
  // The same kind into another folder: the workspace's POL-001 is taken.
  const second = await runCli(['init', dir, '--kind', 'policy,risk-register', '--dir', 'more', '--today', TODAY], REPO);
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, /^created {2}more\/ai-policy\.md {2}\(POL-002\)$/m);
  assert.match(second.out, /^created {2}more\/ai-risk-register\.md {2}\(RR-2026\)$/m);
  // Into the same folder: kept as it is.
  const third = await runCli(['init', dir, '--kind', 'policy', '--today', TODAY], REPO);
  assert.match(third.out, /^kept \(it exists\) {2}aims\/ai-policy\.md$/m);
  assert.equal(readFileSync(path.join(dir, 'aims', 'ai-policy.md'), 'utf8'), policy);
  const check = await runCli(['check', dir, '--today', TODAY, '--format', 'json'], REPO);
  assert.deepEqual(JSON.parse(check.out).findings.filter((f: { code: string }) => f.code === 'duplicate-id'), []);
});

test('aims init writes nothing through a link: a link at a file name is kept, a linked folder out of the workspace refused', async () => {
  const dir = fresh();
  const outside = fresh();
  symlinkSync(path.join(outside, 'config'), path.join(dir, '.aims.yaml'));
  mkdirSync(path.join(dir, 'docs'));
  symlinkSync(outside, path.join(dir, 'docs', 'aims'));
  const r = await runCli(['init', dir, '--kind', 'policy', '--dir', 'docs/aims', '--today', TODAY], REPO);
  assert.match(r.out, /^kept \(it exists\) {2}\.aims\.yaml$/m);
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot write docs\/aims\/ai-policy\.md: its folder leads outside/);
  assert.deepEqual(readdirSync(outside), [], 'nothing written outside');
});

const usage: [args: string[], message: RegExp][] = [
  [['init', '--kind', 'polcy'], /unknown document kind "polcy"; the kinds are: context, /],
  [['init', '--dir', '../outside'], /--dir must be a folder inside/],
  [['init', 'a', 'b'], /aims init takes one folder/],
  [['init', '--format', 'csv'], /--format of "aims init" must be markdown or yaml/],
  [['check', '--starter'], /--starter belongs to "aims init"/],
  [['init', '--output', 'x'], /--output belongs to "aims check" and "aims coverage" and "aims soa"/],
  [['soa', '--update', 'x.md', '--write', '--output', 'y'], /--write writes FILE itself/],
];
for (const [args, message] of usage)
  test(`usage error: aims ${args.join(' ')}`, async () => {
    const dir = fresh();
    const r = await runCli(args, dir);
    assert.equal(r.code, 2, r.out);
    assert.match(r.err, message);
    assert.equal(existsSync(path.join(dir, '.aims.yaml')), false, 'nothing written on a usage error');
  });

test('--output FILE: the report in the file, nothing on stdout, the exit status kept', async () => {
  const dir = fresh();
  const file = path.join(dir, 'findings.sarif');
  const r = await runCli(['check', 'examples', '--today', '2026-11-28', '--format', 'sarif', '--output', file], REPO);
  assert.equal(r.code, 1, 'the examples hold two errors');
  assert.equal(r.out, '');
  const direct = await runCli(['check', 'examples', '--today', '2026-11-28', '--format', 'sarif'], REPO);
  assert.equal(readFileSync(file, 'utf8'), direct.out);
  const missing = await runCli(['coverage', 'examples', '--output', path.join(dir, 'no', 'such', 'report.txt')], REPO);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot write .*report\.txt: its folder does not exist/);
});

test('--quiet: hints and notices leave stderr; the report and usage errors do not', async () => {
  const dir = fresh();
  writeFileSync(path.join(dir, 'notes.md'), '# Shopping list\n');
  const loud = await runCli(['check', dir], REPO);
  assert.match(loud.err, /no AIMS documents found/);
  const quiet = await runCli(['check', dir, '--quiet'], REPO);
  assert.equal(quiet.err, '');
  assert.equal(quiet.out, loud.out);
  const wrong = await runCli(['check', path.join(dir, 'missing'), '-q'], REPO);
  assert.equal(wrong.code, 2);
  assert.match(wrong.err, /no such file or folder/);
});

test('progress line: drawn only on a terminal, after half a second, at most ten times a second, erased at the end', () => {
  const lines: string[] = [];
  let now = 0;
  const terminal = { isTTY: true, write: (s: string) => lines.push(s) };
  const p = progressLine(terminal, () => now);
  p.update(10, 1000);
  assert.deepEqual(lines, [], 'nothing in the first half second');
  now = 600;
  p.update(20, 1000);
  now = 650;
  p.update(30, 1000);
  now = 720;
  p.update(1000, 1000);
  p.end();
  assert.deepEqual(lines, ['\r\x1b[2Kaims: reading 20/1,000 files (2%)', '\r\x1b[2Kaims: reading 1,000/1,000 files (100%)', '\r\x1b[2K']);
  const piped: string[] = [];
  const q = progressLine({ isTTY: false, write: (s: string) => piped.push(s) }, () => (now += 1000));
  q.update(1, 2);
  q.end();
  assert.deepEqual(piped, []);
});

test('indexWorkspace reports progress: files read of the files included, in order, ending at the total', async () => {
  const files: Record<string, string> = { '.aims.yaml': 'version: 1\n', 'notes.txt': 'not read' };
  for (let i = 0; i < 40; i++) files[`docs/p${i}.md`] = `# AI policy ${i}\n\nSee A.2.2.\n`;
  const service = createLanguageService(new MemoryHost(files));
  const calls: [number, number][] = [];
  await service.indexWorkspace(undefined, undefined, (done, total) => calls.push([done, total]));
  assert.ok(calls.length > 0);
  assert.ok(calls.every(([, total]) => total === 40), JSON.stringify(calls));
  assert.ok(calls.every(([done], i) => i === 0 || done > calls[i - 1]![0]), 'increasing');
  assert.deepEqual(calls[calls.length - 1], [40, 40]);
});
