/** The README documents every rule code with an example, and every kind. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, KINDS } from '../server/src/core/index.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const readme = readFileSync(path.resolve(SOURCE_TEST_DIR, '..', 'README.md'), 'utf8');

test('README has a section with an example for every rule code', () => {
  for (const r of RULES) {
    const at = readme.indexOf('### `' + r.code + '`');
    assert.ok(at >= 0, `README lacks a section for ${r.code}`);
    const section = readme.slice(at, readme.indexOf('\n### ', at + 5) >>> 0);
    assert.ok(section.includes('```'), `README section for ${r.code} has no example`);
    assert.ok(section.includes(r.doc.summary), `README section for ${r.code} is out of date with the rule's summary: npm run compile && node scripts/readme-rules.mjs`);
  }
});

test('README lists every document kind', () => {
  for (const k of KINDS) assert.ok(readme.includes('| `' + k.id + '` |'), `README lacks kind ${k.id}`);
});
