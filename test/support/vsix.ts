/**
 * Packages the extension with @vscode/vsce from the built bundles (dist/, made by
 * `npm run build`), the way `npm run package` does, minus the production build.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { SOURCE_TEST_DIR } from './snapshot.js';

const ROOT = path.resolve(SOURCE_TEST_DIR, '..');
export const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
/** The flags of `npm run package`: the bundles carry every dependency; the README's links stay relative (no public repository is assumed). */
export const VSCE_FLAGS = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];

export function packageVsix(out: string): { file: string; size: number; log: string } {
  const r = spawnSync(process.execPath, [VSCE, 'package', ...VSCE_FLAGS, '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`vsce package failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { file: out, size: statSync(out).size, log: r.stdout + r.stderr };
}

/** The files vsce would put in the package, as it lists them. */
export function vsixFiles(): string[] {
  const r = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`vsce ls failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}
