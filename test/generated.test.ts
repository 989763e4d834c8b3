/** Every copy of the registries outside the engine is what `npm run generate` makes of them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KINDS } from '../server/src/core/index.js';
import { GENERATED } from './support/generated.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');

for (const copy of GENERATED)
  test(`${copy.path} agrees with the registries`, () => {
    const file = path.join(REPO, copy.path);
    assert.ok(existsSync(file), `${copy.path} is missing: npm run generate`);
    const current = readFileSync(file, 'utf8');
    assert.ok(copy.render(current) === current, `${copy.path} is out of date: npm run generate`);
  });

test('the KindId union (catalogue/types.ts) names exactly the kinds of KINDS', () => {
  const types = readFileSync(path.join(REPO, 'server', 'src', 'core', 'catalogue', 'types.ts'), 'utf8');
  const union = /export type KindId =([^;]+);/.exec(types)?.[1] ?? '';
  const ids = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  assert.deepEqual(ids.sort(), KINDS.map((k) => k.id).sort());
});
