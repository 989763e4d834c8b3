/**
 * The pre-commit hook (.pre-commit-hooks.yaml). pre-commit itself is not run by the tests
 * (it would come from apt, and CI installs only what the end-to-end tests need): the hook is
 * run as pre-commit runs a `language: system` hook, its entry split and its args appended, at
 * the repository root, with no file names; the packed tarball stands in for the registry's
 * package. (By hand, pre-commit 3.0.4's `try-repo` ran it the same way: see the commit.)
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ROOT, copyExamples, packCli, scratch } from '../support/cliPackage.js';

interface Hook { id: string; language: string; entry: string; args?: string[]; files: string; pass_filenames?: boolean }
const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'aims-check')!;
/** The package the entry names: npx fetches it. */
const SPEC = /--package=(\S+)/.exec(hook.entry)?.[1] ?? '';
const cleanup: string[] = [];
after(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

test('pre-commit: the hook runs on the files the engine reads, and on nothing else', () => {
  assert.ok(hook, 'the aims-check hook is declared');
  const files = new RegExp(hook.files);
  const CASES: [string, boolean][] = [
    ['docs/aims/policy.md', true],
    ['README.markdown', true],
    ['docs/scope.mdx', true],
    ['risk/register.yaml', true],
    ['.aims.yml', true],
    ['soa.json', true],
    ['registers/risks.csv', true],
    ['src/index.ts', false],
    ['docs/diagram.png', false],
    ['notes.md.bak', false],
  ];
  assert.deepEqual(
    CASES.map(([f]) => [f, files.test(f)]),
    CASES,
  );
});

test('pre-commit: the hook fetches the @aims-tools/cli released with it (its version is the package\'s)', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(SPEC, `@aims-tools/cli@${pkg.version}`);
});

test('pre-commit: the hook\'s entry and args, run as pre-commit runs them, print the findings and fail', () => {
  assert.equal(hook.language, 'system');
  assert.equal(hook.pass_filenames, false, 'the whole workspace is checked: findings are cross-file');
  const tarball = packCli();
  const repo = copyExamples();
  const cache = scratch('npm-cache');
  cleanup.push(path.dirname(tarball), repo, cache);
  // pre-commit runs shlex.split(entry) + args, at the repository root, without file names. The
  // package is not on the registry here: the packed tarball stands in for its name, and npm is
  // offline with a throw-away cache. --today for a reproducible result.
  const [command, ...rest] = hook.entry.replace(SPEC, tarball).split(' ');
  const r = spawnSync(command!, [...rest, ...(hook.args ?? []), '--today', '2026-11-28', '--no-cache'], { cwd: repo, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true', npm_config_cache: cache }, timeout: 120_000 });
  // The reviewed findings of examples/, by place and code (the messages may name the risk
  // method's source: the repository root here has no .aims.yaml, examples/ has).
  const where = (out: string) => out.split('\n').filter((l) => /^examples\//.test(l)).map((l) => /^(\S+: \w+ [\w-]+):/.exec(l)?.[1]);
  assert.deepEqual(where(r.stdout), where(readFileSync(path.join(ROOT, 'test', 'snapshots', 'cli-examples.txt'), 'utf8')), r.stderr);
  assert.equal(r.status, 1, 'errors fail the commit');
});
