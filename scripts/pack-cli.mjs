// The npm package @aims-tools/cli: the `aims` and `aims-language-server` bundles from dist/,
// staged with packages/cli/ (manifest template, npm README) and packed with `npm pack`.
// The root package.json is the VS Code extension's manifest (private, and an extension's
// name cannot be scoped), so the published package is this separate one.
// Packs whatever dist/ holds: `npm run pack:cli` builds the production bundles first; the
// tests pack the development build they already have. Prints the tarball's path.
//   node scripts/pack-cli.mjs [--out DIR]   (default dist-pkg/)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const outDir = resolve(at > 0 ? process.argv[at + 1] : join(root, 'dist-pkg'));

const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
// One version for the extension and the package: the root's.
manifest.version = rootPkg.version;

const stage = mkdtempSync(join(tmpdir(), 'aims-cli-pkg-'));
try {
  mkdirSync(join(stage, 'dist'));
  // The bundles carry every dependency, hence no "dependencies". Source maps stay out: they
  // point at sources the package does not hold and would triple its size.
  // The language server's entry requires its engine (dist/engine.cjs) from beside it.
  const bins = Object.values(manifest.bin);
  for (const bin of [...bins, 'dist/engine.cjs']) {
    const file = join(root, bin);
    if (!existsSync(file)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
    const text = readFileSync(file, 'utf8');
    // npm links bins as they are; on Unix they run through their shebang.
    if (bins.includes(bin) && !text.startsWith('#!/usr/bin/env node\n')) throw new Error(`${bin} does not start with #!/usr/bin/env node`);
    copyFileSync(file, join(stage, bin));
    if (existsSync(file + '.LEGAL.txt')) copyFileSync(file + '.LEGAL.txt', join(stage, bin + '.LEGAL.txt'));
  }
  copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  copyFileSync(join(root, 'packages/cli/README.md'), join(stage, 'README.md'));
  // The notices of the bundled packages, when the tree has them (scripts/notices.mjs).
  if (existsSync(join(root, 'THIRD-PARTY-NOTICES.md'))) copyFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), join(stage, 'THIRD-PARTY-NOTICES.md'));
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

  mkdirSync(outDir, { recursive: true });
  // --ignore-scripts: the staged package has none, and nothing of the root's may run here.
  const r = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`npm pack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  const [info] = JSON.parse(r.stdout);
  process.stdout.write(join(outDir, info.filename) + '\n');
} finally {
  rmSync(stage, { recursive: true, force: true });
}
