/**
 * `aims coverage` and `aims soa` end to end, in-process through main(): the
 * exact text and Markdown over examples/ (snapshots), every format, --update
 * and --write, and the exit codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { matchSnapshot, SOURCE_TEST_DIR } from '../support/snapshot.js';
import { head } from '../fixtures/coverage/workspaces.js';
import { runCli } from '../support/runCli.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');
const TODAY = ['--today', '2026-11-28'];

/** The CLI in process, from the repository unless told otherwise. */
const run = (args: string[], cwd = REPO) => runCli(args, cwd);

test('aims coverage examples: the text summary, exactly (exit 1: the examples hold two errors)', async () => {
  const r = await run(['coverage', 'examples', ...TODAY]);
  assert.equal(r.code, 1, r.err);
  matchSnapshot('coverage-examples-text', r.out);
  assert.match(r.out, /^AIMS coverage on 2026-11-28: 96% \(documented information 16\/18, Annex A decided 38\/38\); 21 AIMS documents\n/);
  assert.match(r.out, /\nFindings: 2 errors, 5 warnings, 0 notices /);
});

test('aims coverage examples --format markdown: the audit pack, exactly', async () => {
  const r = await run(['coverage', 'examples', ...TODAY, '--format', 'markdown']);
  assert.equal(r.code, 1, r.err);
  matchSnapshot('coverage-examples-markdown', r.out);
  assert.match(r.out, /^\| \[evaluation\/internal-audit-2026\.md:38\]\(\.\/evaluation\/internal-audit-2026\.md#L38\) \| error \| `unknown-control` \| `A\.6\.2\.9 is not/m);
});

test('the Markdown report saved in the workspace reports nothing itself: the IDs it quotes from findings are in code spans', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-pack-'));
  cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'aims-coverage.md'), (await run(['coverage', '.', ...TODAY, '--format', 'markdown'], dir)).out);
  const r = await run(['check', 'aims-coverage.md', ...TODAY], dir);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /^22 AIMS documents; coverage 96% .* 0 errors, 0 warnings, 0 notices\n$/);
});

test('aims coverage --format json: the model, whose summary is the one `aims check` prints', async () => {
  const r = await run(['coverage', 'examples', ...TODAY, '--format', 'json']);
  const check = JSON.parse((await run(['check', 'examples', ...TODAY, '--format', 'json'])).out);
  const j = JSON.parse(r.out);
  assert.equal(r.code, 1);
  assert.deepEqual(j.summary, check.coverage);
  assert.deepEqual(Object.keys(j), ['today', 'summary', 'formula', 'clauses', 'annexA', 'annexC', 'risks', 'frameworks', 'findings']);
  assert.equal(j.annexA.controls.length, 38);
  assert.equal(j.risks.risks.length, 10);
  assert.equal(j.findings.length, 7);
  assert.deepEqual(j.risks.before.byLevel, [
    { level: 'low', count: 1 },
    { level: 'medium', count: 4 },
    { level: 'high', count: 3 },
    { level: 'critical', count: 2 },
  ]);
});

test('findings count for the paths given: a clean sub-folder exits 0 while the coverage is still the whole workspace', async () => {
  const r = await run(['coverage', 'examples/systems', ...TODAY, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.findings.length, 0);
  assert.equal(j.summary.documents, 21);
});

test('aims soa examples: a statement of applicability generated from the workspace (Markdown, exactly; YAML; CSV)', async () => {
  const md = await run(['soa', 'examples', ...TODAY]);
  assert.equal(md.code, 1, md.err);
  matchSnapshot('coverage-soa-examples', md.out);
  assert.equal(md.out.split('\n').filter((l) => /^\| A\.\d/.test(l)).length, 38);
  const yaml = await run(['soa', 'examples', ...TODAY, '--format', 'yaml']);
  assert.equal(yaml.out.split('\n').filter((l) => l.startsWith('  - id: A.')).length, 38);
  assert.match(yaml.out, /\n {2}- id: A\.8\.3\n {4}title: External reporting\n {4}applicable: false\n/);
  const csv = await run(['soa', 'examples', ...TODAY, '--format=csv']);
  assert.equal(csv.out.split('\r\n').length, 40);
  assert.match(csv.out, /\r\nA\.7\.3,Acquisition of data,no,"Veldra does not buy, license or collect data/);
});

test('aims soa --update: the examples SoA is already complete, so it comes back unchanged', async () => {
  const file = 'examples/risk/statement-of-applicability.md';
  const r = await run(['soa', '--update', file, ...TODAY]);
  assert.equal(r.code, 1, r.err);
  assert.equal(r.out, readFileSync(path.join(REPO, file), 'utf8'));
});

test('aims soa --update FILE prints the updated file; --write replaces it; hand-written rows survive', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-soa-'));
  mkdirSync(path.join(dir, 'risk'));
  writeFileSync(path.join(dir, '.aims.yaml'), 'version: 1\n');
  const original = readFileSync(path.join(REPO, 'examples/risk/statement-of-applicability.md'), 'utf8');
  // By hand: the row of A.4.4 removed, and a justification of A.7.3 rewritten.
  const edited = original
    .split('\n')
    .filter((l) => !l.startsWith('| A.4.4 |'))
    .join('\n')
    .replace('| A.7.3 | Acquisition of data | No | Veldra does not buy', '| A.7.3 | Acquisition of data | No | HAND-WRITTEN. Veldra does not buy');
  const file = path.join(dir, 'risk', 'soa.md');
  writeFileSync(file, edited);
  const printed = await run(['soa', '--update', 'risk/soa.md', ...TODAY], dir);
  assert.equal(printed.code, 1, 'the SoA summary line now disagrees with the rows: an error of the workspace');
  assert.equal(readFileSync(file, 'utf8'), edited, 'nothing is written without --write');
  assert.equal(printed.out, edited.replace('\n| A.4.5 |', '\n| A.4.4 | Tooling resources | Undecided | | | |\n| A.4.5 |'));
  const written = await run(['soa', '--update', 'risk/soa.md', '--write', ...TODAY], dir);
  assert.equal(written.out, '');
  assert.match(written.err, /updated: risk\/soa\.md/);
  assert.equal(readFileSync(file, 'utf8'), printed.out);
  assert.match(readFileSync(file, 'utf8'), /HAND-WRITTEN\. Veldra does not buy/);
});

test('exit codes and usage errors of coverage and soa', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-cov-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, '.aims.yaml'), 'version: 1\n');
  writeFileSync(path.join(dir, 'docs', 'notes.md'), '# ISO/IEC 42001 notes\n\nWe apply A.6.2.4 (AI system verification and validation).\n');
  writeFileSync(path.join(dir, 'docs', 'soa.md'), `${head('soa', 'SOA-001', 'draft')}\n# Statement of applicability\n\nTo be written.\n`);
  writeFileSync(path.join(dir, 'docs', 'list.txt'), 'not an SoA\n');
  copyFileSync(path.join(REPO, 'examples/governance/ai-policy.md'), path.join(dir, 'docs', 'policy.md'));
  for (const args of [
    ['coverage', 'docs/notes.md'],
    ['coverage', '.', '--format', 'html'],
    ['soa', 'docs/notes.md', '--format', 'yaml'],
  ])
    assert.equal((await run(args, dir)).code, 0, args.join(' '));
  writeFileSync(path.join(dir, 'docs', 'bad.md'), '# ISO/IEC 42001 notes\n\nSee A.6.2.9.\n');
  assert.equal((await run(['coverage', '.'], dir)).code, 1, 'an unknown control: an error in the workspace');
  assert.equal((await run(['soa', '--update', 'docs/soa.md'], dir)).code, 1, 'without paths, the whole workspace counts');
  assert.equal((await run(['coverage', 'docs/notes.md'], dir)).code, 0, 'the error is not in the path given');
  for (const args of [
    ['coverage', '--format', 'sarif'],
    ['soa', '--format', 'html'],
    ['coverage', '--max-warnings', '1'],
    ['check', '--update', 'docs/soa.md'],
    ['soa', '--write'],
    ['soa', '--update'],
    ['soa', '--update', 'docs/soa.md', '--format', 'yaml'],
    ['soa', '--update', 'docs/soa.md', '--format', 'csv'],
    ['soa', '--update', 'docs/missing.md'],
    ['soa', '--update', 'docs/list.txt'],
    ['soa', '--update', 'docs/notes.md'],
    ['coverage', 'no-such-dir'],
    ['soa', '--today', '2026-02-30x'],
    ['coverage', '--config', 'none.yaml'],
  ]) {
    const r = await run(args, dir);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^aims: /);
  }
  assert.match((await run(['--help'], dir)).out, /aims soa --update FILE \[paths\.\.\.\] \[--write\]/);
});

test('--config applies to coverage and soa as it does to check', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-cov-'));
  writeFileSync(path.join(dir, 'notes.md'), '# ISO/IEC 42001 notes\n\nSee A.6.2.9.\n');
  writeFileSync(path.join(dir, 'lenient.yaml'), 'rules:\n  unknown-control: off\n');
  assert.equal((await run(['coverage', '.'], dir)).code, 1);
  assert.equal((await run(['coverage', '.', '--config', 'lenient.yaml'], dir)).code, 0);
  assert.equal((await run(['soa', '.', '--config=lenient.yaml'], dir)).code, 0);
});
