/**
 * The GitHub Action (action.yml), run here by scripts/run-action.mjs as a runner would run it,
 * against the packed npm package (input `package`) and a copy of examples/: the annotations
 * are the reviewed findings (test/snapshots/cli-examples.txt), the SARIF file holds them, and
 * the step fails or passes as `fail-on` says. The upload step (`uses:`) is not run; what it
 * would be given is checked.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ROOT, copyExamples, packCli, scratch } from '../support/cliPackage.js';

interface Step { name: string; status: string; uses?: string; wouldRun?: boolean; with?: Record<string, string> }
interface Annotation { level: string; properties: Record<string, string>; message: string }
interface Run { exitCode: number; steps: Step[]; outputs: Record<string, string>; annotations: Annotation[]; summary: string }

let tarball = '';
const cleanup: string[] = [];

before(() => {
  tarball = packCli();
  cleanup.push(path.dirname(tarball));
});
after(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

/** The action on a fresh copy of examples/, with npm offline and a throw-away cache. */
function runAction(inputs: Record<string, string>, prepare?: (workspace: string) => void): Run & { workspace: string } {
  const workspace = copyExamples();
  const cache = scratch('npm-cache');
  cleanup.push(workspace, cache);
  prepare?.(workspace);
  const args = ['--workspace', workspace, '--json', ...Object.entries({ path: 'examples', today: '2026-11-28', package: tarball, ...inputs }).flatMap(([k, v]) => ['--input', `${k}=${v}`])];
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'run-action.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true', npm_config_cache: cache }, timeout: 300_000 });
  assert.ok(r.stdout.startsWith('{'), `run-action.mjs printed its result:\n${r.stdout}\n${r.stderr}`);
  const result = JSON.parse(r.stdout) as Run;
  assert.equal(r.status, result.exitCode, 'run-action.mjs exits as the action would');
  return { ...result, workspace };
}

/** The findings the CLI's snapshot lists, as the annotations the runner would show. */
const expected = readFileSync(path.join(ROOT, 'test', 'snapshots', 'cli-examples.txt'), 'utf8')
  .split('\n')
  .map((l) => /^(.+?):(\d+):(\d+): (error|warning|information|hint) ([\w-]+): /.exec(l))
  .filter((m): m is RegExpExecArray => !!m)
  .map((m) => ({ level: m[4] === 'error' || m[4] === 'warning' ? m[4] : 'notice', file: m[1]!, line: m[2]!, col: m[3]!, title: m[5]! }));

const findingsOf = (run: Run) => run.annotations.filter((a) => a.properties['title'] !== 'aims').map((a) => ({ level: a.level, file: a.properties['file'], line: a.properties['line'], col: a.properties['col'], title: a.properties['title'] }));
const statuses = (run: Run) => Object.fromEntries(run.steps.map((s) => [s.name, s.status]));

// Demotes the two errors of examples/ to warnings: its own .aims.yaml plus a rules block.
const warningsOnly = (ws: string) => writeFileSync(path.join(ws, 'warnings-only.yaml'), readFileSync(path.join(ws, 'examples', '.aims.yaml'), 'utf8') + '\nrules:\n  unknown-control: warning\n  unknown-clause: warning\n');

const CASES: { name: string; inputs: Record<string, string>; prepare?: (ws: string) => void; exit: number; errors: number; warnings: number }[] = [
  { name: 'fail-on error, errors found', inputs: { 'fail-on': 'error' }, exit: 1, errors: 2, warnings: 5 },
  { name: 'fail-on warning, errors found', inputs: { 'fail-on': 'warning' }, exit: 1, errors: 2, warnings: 5 },
  { name: 'fail-on never, errors found', inputs: { 'fail-on': 'never' }, exit: 0, errors: 2, warnings: 5 },
  { name: 'fail-on error, only warnings (config)', inputs: { 'fail-on': 'error', config: 'warnings-only.yaml' }, prepare: warningsOnly, exit: 0, errors: 0, warnings: 7 },
  { name: 'fail-on warning, only warnings (config)', inputs: { 'fail-on': 'warning', config: 'warnings-only.yaml' }, prepare: warningsOnly, exit: 1, errors: 0, warnings: 7 },
];

for (const c of CASES)
  test(`action: ${c.name} → exit ${c.exit}`, () => {
    const run = runAction(c.inputs, c.prepare);
    assert.equal(run.exitCode, c.exit);
    assert.deepEqual(statuses(run), { 'Install @aims-tools/cli': 'success', Check: 'success', 'Upload SARIF to code scanning': 'skipped', Verdict: c.exit ? 'failure' : 'success' });
    assert.deepEqual(run.outputs, { errors: String(c.errors), warnings: String(c.warnings), 'sarif-file': 'aims.sarif' });
    // Every finding annotated where the CLI reports it; only the level changes with the config.
    assert.deepEqual(findingsOf(run), c.errors ? expected : expected.map((e) => ({ ...e, level: 'warning' })));
    assert.equal(run.annotations.some((a) => a.properties['title'] === 'aims' && a.level === 'error'), c.exit === 1, 'the verdict says why it failed');
    assert.match(run.summary, new RegExp(`${c.errors} errors, ${c.warnings} warnings, 0 notices in \`examples\``));
    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'aims.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string; level: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0]!.results.map((r) => r.ruleId), expected.map((e) => e.title));
    const upload = run.steps.find((s) => s.uses)!;
    assert.match(upload.uses!, /^github\/codeql-action\/upload-sarif@/);
    assert.deepEqual(upload.with, { sarif_file: 'aims.sarif', category: 'aims' });
    assert.equal(upload.wouldRun, true, 'the SARIF upload runs by default');
  });

test('action: upload-sarif false leaves the upload out; sarif-file names the file written, its folder made', () => {
  const run = runAction({ 'fail-on': 'never', 'upload-sarif': 'false', 'sarif-file': 'reports/aims-results.sarif' });
  assert.equal(run.exitCode, 0);
  assert.equal(run.steps.find((s) => s.uses)!.wouldRun, false);
  assert.equal(run.outputs['sarif-file'], 'reports/aims-results.sarif');
  const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'reports', 'aims-results.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
  assert.equal(sarif.runs[0]!.results.length, expected.length);
});

test('action: a fail-on it does not know, or a path that does not exist, fails the check step', () => {
  for (const inputs of [{ 'fail-on': 'sometimes' }, { path: 'no-such-folder' }]) {
    const run = runAction(inputs);
    assert.equal(run.exitCode, 1, JSON.stringify(inputs));
    assert.deepEqual(statuses(run), { 'Install @aims-tools/cli': 'success', Check: 'failure', 'Upload SARIF to code scanning': 'skipped', Verdict: 'skipped' });
  }
});

test('action: installs the @aims-tools/cli released with it (its version is the package\'s)', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(String(action.inputs['version']?.default), pkg.version);
});

test('action: the README\'s workflow uses the action with inputs it has', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map((m) => parse(m[1]!) as { jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> });
  const uses = workflows.flatMap((w) => Object.values(w.jobs ?? {}).flatMap((j) => j.steps ?? [])).filter((s) => s.uses?.startsWith('aims-tools/aims-language-tools@'));
  assert.ok(uses.length > 0, 'the README shows the action in a workflow');
  for (const step of uses) assert.deepEqual(Object.keys(step.with ?? {}).filter((k) => !(k in action.inputs)), [], `${step.uses}: inputs the action does not have`);
});
