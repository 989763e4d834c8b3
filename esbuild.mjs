// Bundles: the `aims` CLI, the language server and the VS Code extension (client), plus the
// extension's in-host test suite (dist-tests/, never packaged).
// One file per entry, CommonJS, Node 20; the ESM-only unified/remark packages are bundled in.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// --metafile=FILE: build in memory and write only the metafile there (scripts/notices.mjs reads
// the production bundles' contents this way without touching dist/).
const metafileOnly = process.argv.find((a) => a.startsWith('--metafile='))?.slice('--metafile='.length);

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
  define: { AIMS_VERSION: JSON.stringify(pkg.version), AIMS_REPOSITORY: JSON.stringify(pkg.repository.url), 'import.meta.url': '__importMetaUrl' },
  // ESM sources use import.meta.url; in a CommonJS bundle it is derived from __filename.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  // What each bundle holds, for THIRD-PARTY-NOTICES.md (scripts/notices.mjs) and the tests.
  metafile: true,
  write: !metafileOnly,
  // The server's entry answers `initialize`, then requires its engine (lsp/handshake.ts).
  external: ['./engine.cjs'],
};

// The language server's engine (dist/engine.cjs: the LSP adapter, the core). Its LSP library is
// the one dist/server.cjs has loaded and re-exports: one copy in the process, so what the adapter
// throws (ResponseError) is the connection's class, and the library is compiled once.
const lspFromEntry = {
  name: 'lsp-from-entry',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver(?:\/node)?$|^vscode-languageserver-protocol$/ }, () => ({ path: 'server.cjs', namespace: 'lsp-from-entry' }));
    build.onLoad({ filter: /.*/, namespace: 'lsp-from-entry' }, () => ({ contents: "module.exports = require('./server.cjs');", loader: 'js' }));
  },
};
const engine = { ...options, entryPoints: [{ in: 'server/src/node/engine.ts', out: 'engine' }], external: ['./server.cjs'], plugins: [lspFromEntry] };

// The extension runs in VS Code's extension host, which provides `vscode`. Two bundles: the
// activation entry (extension.cjs: the gate, loaded in every workspace) and the rest
// (client.cjs: language client, views, commands), which the entry requires when the gate opens.
const client = {
  ...options,
  entryPoints: [
    { in: 'client/src/extension.ts', out: 'extension' },
    { in: 'client/src/main.ts', out: 'client' },
  ],
  external: ['vscode', './client.cjs'],
};
// The in-host suite (test/vscode/suite) is loaded by VS Code with require(): CommonJS too.
const suite = { ...options, entryPoints: [{ in: 'test/vscode/suite/index.ts', out: 'suite' }], outdir: 'dist-tests', external: ['vscode'], minify: false, sourcemap: true };

if (watch) {
  for (const o of [options, engine, client]) await (await esbuild.context(o)).watch();
} else {
  const withSuite = existsSync('test/vscode/suite/index.ts') && !metafileOnly;
  // esbuild writes a bundle's LEGAL.txt only when the bundle has legal comments, and never
  // removes one: a notice left from an earlier build would be packed beside a bundle it no longer
  // describes (the .vsix and the npm package take dist/*.LEGAL.txt as they find them).
  if (!metafileOnly && existsSync('dist')) for (const f of readdirSync('dist')) if (f.endsWith('.LEGAL.txt')) rmSync(`dist/${f}`);
  const [cli, lsp, ext] = await Promise.all([esbuild.build(options), esbuild.build(engine), esbuild.build(client), ...(withSuite ? [esbuild.build(suite)] : [])]);
  // One metafile for the shipped bundles (not the test suite): their outputs and the inputs of each.
  const outputs = Object.assign({}, ...[cli, lsp, ext].map((r) => r.metafile.outputs));
  writeFileSync(metafileOnly ?? 'dist/metafile.json', JSON.stringify({ outputs }));
}
