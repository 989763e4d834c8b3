/**
 * Packages the extension with @vscode/vsce from the built bundles (dist/, made by
 * `npm run build`), the way `npm run package` (`vsce package`) does, minus its
 * `vscode:prepublish` step: the production build would rewrite dist/ under the tests that
 * run the bundles meanwhile. So this calls vsce's own `pack` (what `vsce package` runs after
 * the prepublish step) with package.json's `vsce` options, as `vsce package` reads them.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { SOURCE_TEST_DIR } from './snapshot.js';

const ROOT = path.resolve(SOURCE_TEST_DIR, '..');
export const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const PACK = `const { pack } = require(${JSON.stringify(path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'out', 'package.js'))});
const options = require('./package.json').vsce ?? {};
pack({ ...options, cwd: process.cwd(), packagePath: process.argv[1] }).then(({ files }) => console.log(files.length + ' files'), (e) => { console.error(String(e?.message ?? e)); process.exit(1); });`;

export function packageVsix(out: string): { file: string; size: number; log: string } {
  const r = spawnSync(process.execPath, ['-e', PACK, out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`vsce package failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { file: out, size: statSync(out).size, log: r.stdout + r.stderr };
}

/** The files vsce would put in the package, as it lists them. */
export function vsixFiles(): string[] {
  // `vsce ls` (unlike `vsce package`) does not read package.json's "vsce" options: say "no dependencies" here too.
  const r = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`vsce ls failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
}

/** One file of a packaged .vsix (a zip), as text; through yauzl, which vsce itself depends on. */
export async function vsixEntry(vsix: string, name: string): Promise<string> {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const yauzl = require('yauzl') as {
    open(file: string, o: { lazyEntries: boolean }, cb: (e: Error | null, zip: YauzlZip) => void): void;
  };
  return new Promise((resolve, reject) =>
    yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (entry: { fileName: string }) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => (zip.close(), resolve(Buffer.concat(chunks).toString('utf8'))));
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in ${vsix}`)));
      zip.readEntry();
    }),
  );
}

interface YauzlZip {
  on(event: 'entry', cb: (entry: { fileName: string }) => void): void;
  on(event: 'end', cb: () => void): void;
  readEntry(): void;
  close(): void;
  openReadStream(entry: { fileName: string }, cb: (e: Error | null, stream: NodeJS.ReadableStream) => void): void;
}
