/**
 * Workspaces on disk for the tests that read through the file-system host (the index cache,
 * closed documents' texts): the repository's examples, temporary folders, and a generated
 * workspace of any size (bench/workspace.mjs, the benchmark's generator).
 */
import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOURCE_TEST_DIR } from './snapshot.js';

export const REPO = path.resolve(SOURCE_TEST_DIR, '..');
export const EXAMPLES = path.join(REPO, 'examples');
export const TODAY = '2026-11-28';

export function temp(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `aims-${name}-`));
}

/** A generated workspace of `count` documents, written an hour ago as far as their times say (as a checkout is). */
export async function generated(count: number): Promise<string> {
  const gen = (await import(pathToFileURL(path.join(REPO, 'bench', 'workspace.mjs')).href)) as { writeWorkspace(dir: string, count: number): string };
  return aged(gen.writeWorkspace(path.join(temp('ws'), 'ws'), count));
}

/**
 * Every file under `root` given a time an hour back: a file manifest (core/workspace/fileManifest.ts)
 * trusts no stamp as young as itself, so a warm run over files written a moment ago reads them all.
 */
export function aged(root: string, hoursAgo = 1): string {
  const t = new Date(Date.now() - hoursAgo * 3_600_000);
  for (const name of readdirSync(root, { recursive: true }) as string[]) utimesSync(path.join(root, name), t, t);
  return root;
}
