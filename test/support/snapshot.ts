/**
 * Readable snapshots kept next to the tests (test/snapshots/NAME.txt).
 * Run with UPDATE_SNAPSHOTS=1 to (re)write them; review the diff before committing.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled tests run from out/test/support; snapshots live in the source tree.
const here = path.dirname(fileURLToPath(import.meta.url));
export const SOURCE_TEST_DIR = path.resolve(here, '..', '..', '..', 'test');

export function matchSnapshot(name: string, actual: string): void {
  const file = path.join(SOURCE_TEST_DIR, 'snapshots', name + '.txt');
  if (process.env['UPDATE_SNAPSHOTS'] === '1' || !existsSync(file)) {
    if (process.env['CI'] && !existsSync(file)) assert.fail(`snapshot ${name} is missing; run UPDATE_SNAPSHOTS=1 npm test locally and commit it`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 rewrites it)`);
}
