/**
 * The .vsix: packaged with @vscode/vsce from the built tree, it holds the bundles
 * (with the licence notices of what they bundle, *.LEGAL.txt) and the assets VS Code reads (manifest, README, licence, grammar,
 * schemas, icons, walkthrough) and nothing else: no sources, tests, examples,
 * node_modules or source maps. Its size is bounded so a stray file shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { packageVsix, vsixFiles } from './support/vsix.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const ROOT = path.resolve(SOURCE_TEST_DIR, '..');
const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^dist\/(?:extension|server)\.cjs$/, /^dist\/(?:extension|server)\.cjs\.LEGAL\.txt$/, /^client\/media\/[\w/-]+\.(?:svg|md|png)$/, /^syntaxes\/[\w.-]+\.json$/, /^schemas\/[\w.-]+\.schema\.json$/];

test('vsix: only the bundles and the assets the manifest names', () => {
  const files = vsixFiles();
  const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  assert.deepEqual(stray, [], `unexpected files in the package:\n${stray.join('\n')}`);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/extension.cjs', 'dist/server.cjs', 'schemas/aims-config.schema.json', 'client/media/aims.svg']) assert.ok(files.includes(needed), `${needed} is packaged`);
  // Every file the manifest points at is in the package.
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; contributes: Record<string, unknown> };
  const referenced = new Set<string>([manifest.main.replace(/^\.\//, '')]);
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string' && /^(?:path|url|icon|markdown|image)$/.test(key) && !v.startsWith('$(')) referenced.add(v.replace(/^\.\//, ''));
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(manifest.contributes);
  const missing = [...referenced].filter((f) => !files.includes(f));
  assert.deepEqual(missing, [], 'files the manifest references but the package lacks');
});

test('vsix: packages from the built tree, under 2 MB', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'aims-vsix-')), 'aims.vsix');
  const { size, log } = packageVsix(out);
  assert.ok(size > 100_000, `a package with the bundles (${size} bytes)`);
  assert.ok(size < 2_000_000, `under 2 MB (${size} bytes)`);
  assert.doesNotMatch(log, /WARNING/i, log);
});
