/**
 * Issue 14, item 8: workspace trust. The extension declares `untrustedWorkspaces: limited` and
 * restricts every setting that changes what is read or how; the client's list (trust.ts) is
 * the same. The behaviour itself is tested inside real VS Code with trust on
 * (test/e2e/vscode.test.ts, "Restricted Mode").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

const ROOT = path.resolve(SOURCE_TEST_DIR, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, unknown> } };
};

test('untrustedWorkspaces is "limited", and every setting that changes what is read or how is restricted', () => {
  const trust = pkg.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, 'limited');
  const settings = Object.keys(pkg.contributes.configuration.properties);
  const reads = settings.filter((k) => /^aims\.(?:documents\.|ids\.|guidance\.|max_file_size$)/.test(k));
  assert.ok(reads.length >= 8, reads.join(', '));
  assert.deepEqual([...(trust.restrictedConfigurations ?? [])].sort(), reads.sort());
});

test("the client's list of restricted settings is package.json's", () => {
  const source = readFileSync(path.join(ROOT, 'client', 'src', 'trust.ts'), 'utf8');
  const list = /RESTRICTED_SETTINGS = \[([^\]]*)\]/.exec(source)![1]!.match(/'[^']+'/g)!.map((s) => `aims.${s.slice(1, -1)}`);
  assert.deepEqual(list.sort(), [...(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [])].sort());
});
