/**
 * The npm package @aims-tools/cli as a user gets it: packed from the built bundles by
 * scripts/pack-cli.mjs, installed with npm into an empty folder. Offline: the package has no
 * dependencies, so npm needs nothing from the registry (CI's only network is the registry,
 * and the test must not depend on it).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SOURCE_TEST_DIR } from './snapshot.js';

export const ROOT = path.resolve(SOURCE_TEST_DIR, '..');

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** A throw-away folder of the test's own, under the OS temporary folder. */
export const scratch = (name: string) => mkdtempSync(path.join(tmpdir(), `aims-${name}-`));

/** npm with a throw-away cache: nothing read from or left in the user's ~/.npm. */
export const npmFlags = (cache: string) => ['--offline', '--no-audit', '--no-fund', '--cache', cache];

/** Packs the package into a fresh folder; returns the tarball's path. */
export function packCli(): string {
  const out = scratch('cli-pack');
  return run(process.execPath, [path.join(ROOT, 'scripts', 'pack-cli.mjs'), '--out', out], ROOT).stdout.trim();
}

/** The tarball's file list, as `tar` reads it (paths without the leading package/). */
export function tarballFiles(tarball: string): string[] {
  return run('tar', ['-tzf', tarball], ROOT)
    .stdout.split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''))
    .sort();
}

/** `npm install <tarball>` into an empty project; returns the project folder and its two commands. */
export function installCli(tarball: string): { dir: string; aims: string; server: string } {
  const dir = scratch('cli-install');
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // The cache inside the project: removing the project removes it.
  run('npm', ['install', ...npmFlags(path.join(dir, '.npm-cache')), tarball], dir);
  const bin = path.join(dir, 'node_modules', '.bin');
  return { dir, aims: path.join(bin, 'aims'), server: path.join(bin, 'aims-language-server') };
}

/** A copy of examples/ at <folder>/examples, so nothing a run does reaches the source tree. */
export function copyExamples(): string {
  const dir = scratch('cli-work');
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  return dir;
}
