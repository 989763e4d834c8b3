/**
 * THIRD-PARTY-NOTICES.md (scripts/notices.mjs) names exactly the npm packages the shipped
 * bundles hold, as esbuild's metafile of the production build lists their inputs, each with
 * its licence text; the committed file is current.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const ROOT = path.resolve(SOURCE_TEST_DIR, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'notices.mjs');

interface Bundled {
  name: string;
  version: string;
  license: string;
  text: string;
  bundles: string[];
}
const notices = (await import(pathToFileURL(SCRIPT).href)) as {
  packageRoot(input: string, cwd: string): string | undefined;
  bundledPackages(metafile: unknown, cwd?: string): Bundled[];
  productionMetafile(): { outputs: Record<string, { inputs: Record<string, unknown> }> };
};
const metafile = notices.productionMetafile();

test('notices: the package of a bundled input path', () => {
  const cases: [string, string | undefined][] = [
    ['node_modules/yaml/dist/index.js', '/p/node_modules/yaml'],
    ['../main/node_modules/vscode-jsonrpc/lib/common/is.js', '/main/node_modules/vscode-jsonrpc'],
    ['node_modules/@scope/pkg/lib/a.js', '/p/node_modules/@scope/pkg'],
    ['node_modules/a/node_modules/b/index.js', '/p/node_modules/a/node_modules/b'],
    ['server/src/core/index.ts', undefined],
    ['node_modules/loose.js', undefined],
  ];
  for (const [input, root] of cases) assert.equal(notices.packageRoot(input, '/p'), root, input);
});

test('notices: THIRD-PARTY-NOTICES.md is current (node scripts/notices.mjs rewrites it)', () => {
  const r = spawnSync(process.execPath, [SCRIPT, '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('notices: every bundled package is listed once, with a licence text, and nothing else is', () => {
  const fromMeta = new Set<string>();
  for (const [out, { inputs }] of Object.entries(metafile.outputs))
    if (out.endsWith('.cjs')) for (const input of Object.keys(inputs)) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
      if (m) fromMeta.add(m[1]!);
    }
  // Read back from the committed file's table, so the file itself is what is checked.
  const text = readFileSync(path.join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  const listed = [...text.matchAll(/^\| ([^ |]+) \| [^ |]+ \| [^|]+ \| [^|]+ \|$/gm)].map((m) => m[1]!).filter((n) => n !== 'package');
  assert.deepEqual([...new Set(listed)].sort(), [...fromMeta].sort());
  // The editor's bundle carries the language client; the CLI's carries the parsers.
  const packages = notices.bundledPackages(metafile);
  const holds = (name: string) => packages.filter((p) => p.name === name).flatMap((p) => p.bundles);
  assert.ok(holds('vscode-languageclient').length > 0 && holds('vscode-languageclient').every((b) => b !== 'aims.cjs'), 'vscode-languageclient only in the extension');
  assert.ok(holds('micromark').includes('aims.cjs'), 'micromark in the CLI');
  assert.deepEqual(packages.filter((p) => !p.text.includes('Permission') && !/licen[cs]e/i.test(p.text)).map((p) => p.name), [], 'packages without a licence text');
});
