/**
 * The .vsix: packaged with @vscode/vsce from the built tree, it holds the bundles
 * (with the licence notices of what they bundle: THIRD-PARTY-NOTICES.md, *.LEGAL.txt) and the
 * assets VS Code and the Marketplace read (manifest and its strings, README, changelog,
 * licence, icon, grammar, schemas, walkthrough) and nothing else: no sources, tests,
 * examples, node_modules or source maps. Its size is bounded so a stray file shows. The
 * packaged README links nothing relative: on the Marketplace and Open VSX pages a relative
 * link has nowhere to go, so vsce points them at the repository.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { packageVsix, vsixEntry, vsixFiles } from './support/vsix.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';
import { manifestPlaceholders, manifestStrings, resolvedManifest } from './support/manifest.js';

const ROOT = path.resolve(SOURCE_TEST_DIR, '..');
const ALLOWED = [/^package(?:\.nls)?\.json$/, /^(?:README|CHANGELOG|THIRD-PARTY-NOTICES)\.md$/, /^LICENSE$/, /^dist\/(?:extension|client|server|engine)\.cjs$/, /^dist\/(?:extension|server|engine)\.cjs\.LEGAL\.txt$/, /^client\/media\/[\w/-]+\.(?:svg|md|png)$/, /^syntaxes\/[\w.-]+\.json$/, /^schemas\/[\w.-]+\.schema\.json$/];

test('vsix: only the bundles and the assets the manifest names', () => {
  const files = vsixFiles();
  const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  assert.deepEqual(stray, [], `unexpected files in the package:\n${stray.join('\n')}`);
  const needed = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'dist/extension.cjs', 'dist/server.cjs', 'dist/engine.cjs', 'schemas/aims-config.schema.json', 'client/media/aims.svg'];
  assert.deepEqual(needed.filter((f) => !files.includes(f)), [], 'files every package needs');
  // Every file the manifest points at is in the package, its Marketplace icon among them.
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; icon: string; contributes: Record<string, unknown> };
  const referenced = new Set<string>([manifest.main.replace(/^\.\//, ''), manifest.icon]);
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string' && /^(?:path|url|icon|markdown|image)$/.test(key) && !v.startsWith('$(')) referenced.add(v.replace(/^\.\//, ''));
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(manifest.contributes);
  const missing = [...referenced].filter((f) => !files.includes(f));
  assert.deepEqual(missing, [], 'files the manifest references but the package lacks');
});

test('vsix: packages from the built tree, under 2 MB, with no relative link left in its README', async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'aims-vsix-')), 'aims.vsix');
  const { size, log } = packageVsix(out);
  assert.ok(size > 100_000, `a package with the bundles (${size} bytes)`);
  assert.ok(size < 2_000_000, `under 2 MB (${size} bytes)`);
  assert.doesNotMatch(log, /WARNING/i, log);
  const readme = await vsixEntry(out, 'extension/readme.md');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]!);
  assert.ok(targets.some((t) => t.startsWith('https://github.com/aims-tools/aims-language-tools/')), 'links into the repository');
  assert.deepEqual(targets.filter((t) => !/^(?:https:\/\/|#|mailto:)/.test(t)), [], 'links the Marketplace page cannot follow');
});

test('vsix: the Marketplace icon is a PNG of at least 128x128 pixels', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { icon: string };
  const png = readFileSync(path.join(ROOT, manifest.icon));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  // The IHDR chunk follows the 8-byte signature and its 8-byte header: width, then height.
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert.ok(width >= 128 && width === height, `${width}x${height}`);
});

test('manifest strings: every %key% of package.json is in package.nls.json, every string there is used, none is empty', () => {
  const used = manifestPlaceholders();
  const strings = manifestStrings();
  assert.deepEqual(used.filter((k) => !(k in strings)), [], 'placeholders without a string');
  assert.deepEqual(Object.keys(strings).filter((k) => !used.includes(k)), [], 'strings no placeholder uses');
  assert.deepEqual(Object.entries(strings).filter(([, v]) => v.trim() === '').map(([k]) => k), [], 'empty strings');
  // What people see is a placeholder, not English text left in the manifest.
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { displayName: string; contributes: { commands: { title: string }[]; configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> } } };
  const visible = [manifest.displayName, ...manifest.contributes.commands.map((c) => c.title), ...Object.values(manifest.contributes.configuration.properties).map((p) => p.description ?? p.markdownDescription ?? '')];
  assert.deepEqual(visible.filter((v) => !/^%[\w.-]+%$/.test(v)), [], 'user-visible strings not in package.nls.json');
  assert.equal(resolvedManifest<{ contributes: { commands: { command: string; title: string }[] } }>().contributes.commands.find((c) => c.command === 'aims.newDocument')?.title, 'New AIMS Document…');
});
