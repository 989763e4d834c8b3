/**
 * Workspaces on disk for the tests that read through the file-system host (the index cache,
 * closed documents' texts): the repository's examples, temporary folders, and a generated
 * workspace of any size (bench/workspace.mjs, the benchmark's generator).
 */
import { mkdtempSync } from 'node:fs';
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

/** A generated workspace of `count` documents. */
export async function generated(count: number): Promise<string> {
  const gen = (await import(pathToFileURL(path.join(REPO, 'bench', 'workspace.mjs')).href)) as { writeWorkspace(dir: string, count: number): string };
  return gen.writeWorkspace(path.join(temp('ws'), 'ws'), count);
}
