// Bundles: the `aims` CLI (and, as they land, the language server and the VS Code client).
// One file per entry, CommonJS, Node 20; the ESM-only unified/remark packages are bundled in.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { in: 'server/src/node/cli.ts', out: 'aims' },
  { in: 'server/src/node/server.ts', out: 'server' },
];

const options = {
  entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'linked',
  define: { AIMS_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  // ESM sources use import.meta.url; in a CommonJS bundle it is derived from __filename.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
