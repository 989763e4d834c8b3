/**
 * The editor settings as the engine reads them (server/src/lsp/settings.ts): what VS Code
 * sends for untouched settings, derived from package.json by VS Code's own rule (a key's
 * default, else its type's empty value: 0 for a number), normalises with no problem, so a
 * clean start logs nothing; the client's own keys never reach the engine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { normalizeConfig } from '../../server/src/core/index.js';
import { editorSettings } from '../../server/src/lsp/settings.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { untouchedVsCodeSettings } from '../support/vscodeSettings.js';

const manifest = JSON.parse(readFileSync(path.resolve(SOURCE_TEST_DIR, '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { type?: string | string[]; default?: unknown }> } } };

test('untouched settings as VS Code sends them normalise with no problem (no "max_file_size must be a positive number")', () => {
  const sent = untouchedVsCodeSettings(manifest.contributes.configuration.properties);
  assert.ok('max_file_size' in sent, 'every contributed key is sent');
  const { problems } = normalizeConfig(editorSettings(sent));
  assert.deepEqual(problems, []);
  assert.deepEqual(editorSettings(sent), {}, 'nothing of an untouched configuration reaches the engine');
});

test('a number setting without a null default would arrive as 0 and be reported: the manifest gives max_file_size a null default', () => {
  const prop = manifest.contributes.configuration.properties['aims.max_file_size']!;
  assert.equal(prop.default, null);
  assert.deepEqual(prop.type, ['number', 'null']);
  const before = untouchedVsCodeSettings({ ...manifest.contributes.configuration.properties, 'aims.max_file_size': { type: 'number' } });
  assert.equal(before['max_file_size'], 0);
  assert.match(normalizeConfig(editorSettings(before)).problems.map((p) => p.message).join('\n'), /max_file_size/);
  for (const [key, p] of Object.entries(manifest.contributes.configuration.properties)) {
    const first = Array.isArray(p.type) ? p.type[0] : p.type;
    if ((first === 'number' || first === 'integer') && !('default' in p)) assert.fail(`${key} has no default: VS Code would send 0`);
  }
});

test('editorSettings: empty values go at any depth, set values stay, the client\'s keys go', () => {
  assert.deepEqual(
    editorSettings({ max_file_size: 1000, ids: { risk: 'RK-\\d+', system: '' }, documents: { include: [], kinds: [] }, statusBar: { enabled: false }, trace: { server: 'verbose' }, codeLens: { soaRows: true }, today: '' }),
    { max_file_size: 1000, ids: { risk: 'RK-\\d+' } },
  );
  assert.equal(normalizeConfig(editorSettings({ max_file_size: 0 })).problems.length, 1, 'a 0 the user typed is still reported');
  assert.equal(editorSettings(undefined), undefined);
});
