/**
 * The CLI end to end: the exact output over examples/ (the README's main
 * command), every format, and the exit codes. Runs in-process through main()
 * and once through the built bundle, as `npm run -s aims` does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../server/src/core/index.js';
import { matchSnapshot, SOURCE_TEST_DIR } from './support/snapshot.js';
import { runCli } from './support/runCli.js';
import { sarifErrors } from './support/sarifSchema.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');

/** The CLI in process, from the repository unless told otherwise. */
const run = (args: string[], cwd = REPO) => runCli(args, cwd);

test('aims check examples: the seven deliberate findings, exactly', async () => {
  const r = await run(['check', 'examples', '--today', '2026-11-28']);
  assert.equal(r.code, 1, r.err);
  matchSnapshot('cli-examples', r.out);
  const codes = r.out
    .split('\n')
    .map((l) => / (?:error|warning|information) ([a-z-]+):/.exec(l)?.[1])
    .filter(Boolean)
    .sort();
  assert.deepEqual(codes, ['control-title-mismatch', 'dangling-reference', 'missing-section', 'review-overdue', 'risk-level-mismatch', 'unknown-clause', 'unknown-control']);
  assert.match(r.out, /21 AIMS documents; coverage 96% \(documented information 16\/18, Annex A decided 38\/38\); 2 errors, 5 warnings, 0 notices\n$/);
});

test('json output carries 0-based ranges, workspace-relative paths and the coverage', async () => {
  const r = await run(['check', 'examples', '--today', '2026-11-28', '--format', 'json']);
  const j = JSON.parse(r.out);
  assert.equal(j.findings.length, 7);
  const f = j.findings.find((x: { code: string }) => x.code === 'unknown-control');
  assert.equal(f.path, 'evaluation/internal-audit-2026.md');
  assert.deepEqual(f.range, { start: { line: 37, character: 198 }, end: { line: 37, character: 205 } });
  assert.equal(j.coverage.controlsDecided, 38);
});

test('sarif output is valid against the SARIF 2.1.0 schema, ruleId = rule code, 1-based regions, URIs under the repository root', async () => {
  const r = await run(['check', 'examples', '--today', '2026-11-28', '--format', 'sarif']);
  const log = JSON.parse(r.out);
  assert.equal(sarifErrors(log), undefined);
  const run0 = log.runs[0];
  assert.deepEqual(
    run0.tool.driver.rules.map((x: { id: string }) => x.id),
    RULES.map((x) => x.code),
  );
  const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-control');
  assert.equal(res.level, 'error');
  const { uri, uriBaseId } = res.locations[0].physicalLocation.artifactLocation;
  // %SRCROOT% is the repository holding examples/ (or examples/ itself in a copy without .git): either way it names the file.
  assert.equal(uriBaseId, '%SRCROOT%');
  assert.match(uri, /(?:^|\/)evaluation\/internal-audit-2026\.md$/);
  assert.equal(fileURLToPath(new URL(uri, run0.originalUriBaseIds['%SRCROOT%'].uri)), path.join(REPO, 'examples', 'evaluation', 'internal-audit-2026.md'));
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 38, startColumn: 199, endLine: 38, endColumn: 206 });
  assert.equal(run0.results.length, 7);
});

test('github output: one workflow command per finding', async () => {
  const r = await run(['check', 'examples', '--today', '2026-11-28', '--format', 'github']);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 7);
  assert.ok(lines.some((l) => l.startsWith('::error file=examples/evaluation/internal-audit-2026.md,line=38,col=199,')));
  assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(l)));
});

test('exit codes: 0 clean, 1 errors or too many warnings, 2 usage', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-cli-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, '.aims.yaml'), 'version: 1\n');
  writeFileSync(path.join(dir, 'docs', 'notes.md'), '# ISO/IEC 42001 notes\n\nWe apply A.6.2.4 (AI system verification and validation).\n');
  assert.equal((await run(['check', 'docs'], dir)).code, 0);
  writeFileSync(path.join(dir, 'docs', 'bad.md'), '# ISO/IEC 42001 notes\n\nSee A.6.2.9 and Clause 6.1.5.\n');
  const bad = await run(['check', '.'], dir);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /docs\/bad\.md:3:5: error unknown-control/);
  writeFileSync(path.join(dir, 'docs', 'bad.md'), '# ISO/IEC 42001 notes\n\nA.7.4 (Human oversight)\n');
  assert.equal((await run(['check', '.'], dir)).code, 0, 'warnings alone pass');
  assert.equal((await run(['check', '.', '--max-warnings', '0'], dir)).code, 1);
  assert.equal((await run(['check', '.', '--max-warnings=5'], dir)).code, 0);
  assert.equal((await run(['check', '--format', 'xml'], dir)).code, 2);
  assert.equal((await run(['check', 'no-such-dir'], dir)).code, 2);
  assert.equal((await run(['check', '--today', '2026-13-45'], dir)).code, 2);
  assert.equal((await run(['lint'], dir)).code, 2);
  assert.equal((await run(['--help'], dir)).code, 0);
});

test('a folder with no AIMS document: exit 0, the summary, and on stderr how documents are recognised and started', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'aims-cli-empty-'));
  const none = await run(['check', '.'], empty);
  assert.equal(none.code, 0);
  assert.match(none.out, /^0 AIMS documents; coverage 0% /);
  assert.match(none.err, /no AIMS documents found in .*\(no Markdown, YAML, JSON or CSV file was read\)/);
  assert.match(none.err, /aims: block in its front matter/);
  assert.match(none.err, /New AIMS Document/);
  writeFileSync(path.join(empty, 'shopping.md'), '# Shopping list\n\nMilk, bread.\n');
  const other = await run(['check', '.', '--format', 'json'], empty);
  assert.equal(other.code, 0);
  assert.doesNotThrow(() => JSON.parse(other.out), 'stdout stays JSON');
  assert.match(other.err, /1 file was read; none is an AIMS document/);
  // A workspace with documents says nothing of the kind.
  assert.equal((await run(['check', 'examples', '--today', '2026-11-28'])).err, '');
});

test('--config points at another configuration file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-cli-'));
  writeFileSync(path.join(dir, 'notes.md'), '# ISO/IEC 42001 notes\n\nSee A.6.2.9.\n');
  writeFileSync(path.join(dir, 'strict.yaml'), 'rules:\n  unknown-control: off\n');
  assert.equal((await run(['check', '.'], dir)).code, 1);
  assert.equal((await run(['check', '.', '--config', 'strict.yaml'], dir)).code, 0);
});

test('the built bundle runs as the README says (npm run -s aims -- check examples --format sarif)', () => {
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'aims.cjs'), 'check', 'examples', '--today', '2026-11-28', '--format', 'sarif'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).runs[0].results.length, 7);
  // The bundle's home comes from package.json through esbuild's define.
  assert.equal(JSON.parse(r.stdout).runs[0].tool.driver.informationUri, 'https://github.com/aims-tools/aims-language-tools');
  assert.equal(execFileSync(process.execPath, [path.join(REPO, 'dist', 'aims.cjs'), '--version'], { encoding: 'utf8' }).trim(), '0.1.0');
});

test('a reader that stops early (aims ... | head) ends the CLI quietly, without an EPIPE trace', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [path.resolve(SOURCE_TEST_DIR, '..', 'dist', 'aims.cjs'), 'coverage', '--format', 'json', path.resolve(SOURCE_TEST_DIR, '..', 'examples')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.doesNotMatch(stderr, /EPIPE|Error/, stderr);
  assert.ok(code === 0 || code === 1, `exit ${code}`);
});
