/** The JSON schemas in schemas/ compile, accept the examples, and agree with the engine's data. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { RULES, KINDS, KNOWN_FIELDS } from '../server/src/core/index.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';
import { resolvedManifest } from './support/manifest.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');
const load = (name: string) => JSON.parse(readFileSync(path.join(REPO, 'schemas', name), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });

test('aims-config.schema.json accepts examples/.aims.yaml and knows every rule code', () => {
  const schema = load('aims-config.schema.json');
  const validate = ajv.compile(schema);
  const config = parse(readFileSync(path.join(REPO, 'examples', '.aims.yaml'), 'utf8'));
  assert.ok(validate(config), JSON.stringify(validate.errors));
  assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), RULES.map((r) => r.code).sort());
  assert.deepEqual([...schema.properties.documents.properties.kinds.items.properties.kind.enum].sort(), KINDS.map((k) => k.id).sort());
  assert.equal(validate({ rules: { 'no-such-rule': 'off' } }), false);
});

test('aims-document.schema.json accepts every YAML example and every front-matter block in examples/', () => {
  const schema = load('aims-document.schema.json');
  assert.deepEqual(Object.keys(schema.properties.aims.properties).sort(), [...KNOWN_FIELDS].sort());
  const validate = ajv.compile(schema);
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
  let checked = 0;
  for (const file of walk(path.join(REPO, 'examples'))) {
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    if (file.endsWith('.yaml') && !file.endsWith('.aims.yaml')) data = parse(text);
    else if (file.endsWith('.md') && text.startsWith('---\n')) data = parse(text.slice(4, text.indexOf('\n---', 4)));
    else continue;
    // A Hugging Face model or dataset card's front matter follows their convention, not our schema.
    if (data && typeof data === 'object' && !('aims' in data) && ('base_model' in data || 'model-index' in data || 'task_categories' in data)) continue;
    assert.ok(validate(data), `${path.relative(REPO, file)}: ${JSON.stringify(validate.errors)}`);
    checked++;
  }
  assert.ok(checked >= 19, `checked ${checked}`);
});

test('VS Code settings: the same keys as .aims.yaml (plus the client\'s own), each with a description and a scope', () => {
  const root = path.resolve(SOURCE_TEST_DIR, '..');
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'aims-config.schema.json'), 'utf8')) as { properties: Record<string, { properties?: Record<string, unknown> }> };
  const manifest = resolvedManifest<{ contributes: { configuration: { properties: Record<string, { scope?: string; description?: string; markdownDescription?: string }> } } }>();
  const settings = manifest.contributes.configuration.properties;
  const clientOnly = Object.keys(settings).filter((k) => /^aims\.(?:statusBar|trace|codeLens)\./.test(k));
  // A mapping of free-form keys (risk, rules) is one setting; other mappings are split into their keys.
  const expected = Object.entries(schema.properties)
    .filter(([k]) => k !== 'version')
    .flatMap(([k, v]) => (v.properties && !['risk'].includes(k) ? Object.keys(v.properties).map((s) => `aims.${k}.${s}`) : [`aims.${k}`]))
    .sort();
  assert.deepEqual(Object.keys(settings).filter((k) => !clientOnly.includes(k)).sort(), expected);
  for (const [k, v] of Object.entries(settings)) {
    assert.ok((v.description ?? v.markdownDescription ?? '').length > 20, `${k} has a description`);
    assert.equal(v.scope, clientOnly.includes(k) ? 'window' : 'resource', `${k} scope`);
  }
});

test("the editor's settings name the engine's rules and kinds: package.json's enums are RULES and KINDS", () => {
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { propertyNames?: { enum: string[] }; items?: { properties: { kind: { enum: string[] } } } }> } };
  };
  const settings = manifest.contributes.configuration.properties;
  assert.deepEqual([...settings['aims.rules']!.propertyNames!.enum].sort(), RULES.map((r) => r.code).sort());
  assert.deepEqual([...settings['aims.documents.kinds']!.items!.properties.kind.enum].sort(), KINDS.map((k) => k.id).sort());
});
