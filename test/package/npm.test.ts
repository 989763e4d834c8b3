/**
 * The npm package @aims-tools/cli (packages/cli, scripts/pack-cli.mjs): packed from the built
 * bundles, installed offline into an empty project, its two commands run the way a user runs
 * them: `aims check` on a copy of examples/ and `aims-language-server --stdio` answering an
 * LSP client. The tarball holds the bundles, their notices and the licence, nothing else.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient.js';
import { ROOT, copyExamples, installCli, npmFlags, packCli, scratch, tarballFiles } from '../support/cliPackage.js';

const rootPkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
let tarball = '';
let installed: ReturnType<typeof installCli>;
let work = '';

before(() => {
  tarball = packCli();
  installed = installCli(tarball);
  work = copyExamples();
});
after(() => {
  for (const dir of [path.dirname(tarball), installed?.dir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('npm package: named, versioned as the extension, two commands, no dependencies', () => {
  assert.equal(path.basename(tarball), `aims-tools-cli-${rootPkg.version}.tgz`);
  const manifest = JSON.parse(readFileSync(path.join(installed.dir, 'node_modules', '@aims-tools', 'cli', 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(manifest['name'], '@aims-tools/cli');
  assert.equal(manifest['version'], rootPkg.version);
  assert.deepEqual(manifest['bin'], { aims: 'dist/aims.cjs', 'aims-language-server': 'dist/server.cjs' });
  assert.equal(manifest['license'], 'MIT');
  for (const key of ['dependencies', 'scripts', 'private']) assert.equal(manifest[key], undefined, `no "${key}"`);
});

test('npm package: the bundles, their notices, licence and README; no source maps, sources or tests; under 1.5 MB', () => {
  const files = tarballFiles(tarball);
  // THIRD-PARTY-NOTICES.md is packed when the tree has it (scripts/notices.mjs writes it).
  const optional = ['THIRD-PARTY-NOTICES.md'];
  // A bundle's LEGAL.txt exists only when esbuild found legal comments in what it bundled: the
  // entry server.cjs (the LSP library and the handshake) has none, so each is expected as built.
  const bundles = ['aims.cjs', 'engine.cjs', 'server.cjs'].flatMap((bin) => {
    const legal = `${bin}.LEGAL.txt`;
    return existsSync(path.join(ROOT, 'dist', legal)) ? [`dist/${bin}`, `dist/${legal}`] : [`dist/${bin}`];
  });
  const expected = ['LICENSE', 'README.md', ...bundles, 'package.json'];
  assert.ok(expected.includes('dist/aims.cjs.LEGAL.txt') && expected.includes('dist/engine.cjs.LEGAL.txt'), 'the bundles holding the engine carry its libraries\' notices');
  assert.deepEqual(
    files.filter((f) => !optional.includes(f)),
    expected,
  );
  const size = statSync(tarball).size;
  assert.ok(size > 200_000 && size < 1_500_000, `a tarball with both bundles, under 1.5 MB (${size} bytes)`);
  for (const bin of ['aims.cjs', 'server.cjs']) {
    const head = readFileSync(path.join(installed.dir, 'node_modules', '@aims-tools', 'cli', 'dist', bin), 'utf8').slice(0, 100);
    assert.ok(head.startsWith('#!/usr/bin/env node\n'), `${bin} runs through its shebang`);
  }
});

test('npm package: `aims check examples` prints the reviewed findings and exits 1', () => {
  // The same output as the in-tree CLI's snapshot: the copy sits at <work>/examples, as examples/ in the checkout.
  const r = spawnSync(installed.aims, ['check', 'examples', '--today', '2026-11-28', '--no-cache'], { cwd: work, encoding: 'utf8' });
  assert.equal(r.stdout, readFileSync(path.join(ROOT, 'test', 'snapshots', 'cli-examples.txt'), 'utf8'));
  assert.equal(r.status, 1, r.stderr);
  const version = spawnSync(installed.aims, ['--version'], { encoding: 'utf8' });
  assert.equal(version.stdout.trim(), rootPkg.version);
});

test('npm package: `npx --package @aims-tools/cli aims` (the README\'s form without installing) runs the command', () => {
  // A package with two commands has no default one for `npx <package>`: the README names it.
  const dir = scratch('npx');
  const r = spawnSync('npm', ['exec', ...npmFlags(path.join(dir, 'cache')), '--yes', '--package', tarball, '--', 'aims', '--version'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), rootPkg.version);
});

test('npm package: `aims-language-server --stdio` answers initialize and diagnoses examples/', async () => {
  const client = LspClient.startCommand(installed.server);
  try {
    const root = path.join(work, 'examples');
    const init = await client.initialize(pathToFileURL(root).href, {}, { aims: { today: '2026-11-28' } });
    assert.ok(init.capabilities['hoverProvider'], 'the server says what it can do');
    const audit = pathToFileURL(path.join(root, 'evaluation', 'internal-audit-2026.md')).href;
    await client.waitFor(() => !!client.diagnostics.get(audit)?.diagnostics.length, 'the internal audit report diagnosed', 60_000);
    const finding = client.diagnostics.get(audit)!.diagnostics.find((d) => d.code === 'unknown-control');
    assert.ok(finding, 'the invented control A.6.2.9 is reported');
    // The package's README is a short page without the rules: rule codes link to the published README.
    assert.equal(finding.codeDescription?.href, 'https://github.com/aims-tools/aims-language-tools/blob/main/README.md#unknown-control');
  } finally {
    assert.equal(await client.stop(), 0, 'exits cleanly on shutdown and exit');
  }
});
