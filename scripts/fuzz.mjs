// Long fuzzing runs (issue 7): builds the server bundle and the tests, then runs the
// property-based tests with large case counts:
//   out/test/fuzz/core.test.js          engine on generated, mutated workspaces (AIMS_FUZZ_RUNS)
//   out/test/fuzz/lsp-sequence.test.js  the built server over stdio (AIMS_FUZZ_LSP_RUNS)
//   out/test/incremental.test.js        incremental parsing vs. fresh parsing (AIMS_FUZZ_RUNS)
// Usage: node scripts/fuzz.mjs [--runs=N] [--lsp-runs=N] [--seed=S] [--no-build] [node --test options...]
// The environment variables of the same names work too; a failure prints its seed and
// counterexample, and --seed=S replays it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ours = (a) => /^--(?:runs|lsp-runs|seed)=|^--no-build$/.test(a);
const positive = (v, what) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`fuzz: ${what} must be a positive integer, got ${v}`);
    process.exit(2);
  }
  return n;
};

const runs = positive(option('runs') ?? process.env.AIMS_FUZZ_RUNS ?? 100_000, '--runs');
const lspRuns = positive(option('lsp-runs') ?? process.env.AIMS_FUZZ_LSP_RUNS ?? Math.max(50, Math.round(runs / 500)), '--lsp-runs');
const seed = option('seed') ?? process.env.AIMS_FUZZ_SEED;

const node = (script, scriptArgs = []) => spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: 'inherit' });
if (!args.includes('--no-build')) {
  if (node(path.join(root, 'esbuild.mjs')).status !== 0) process.exit(1);
  // Type errors elsewhere in the tree are npm test's business: tsc still emits, so go on with a warning.
  if (node(path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ['-p', 'tsconfig.json']).status !== 0) console.error('fuzz: tsc reported errors (output emitted anyway)');
}

const files = ['out/test/fuzz/core.test.js', 'out/test/fuzz/lsp-sequence.test.js', 'out/test/incremental.test.js'];
const missing = files.filter((f) => !existsSync(path.join(root, f)));
if (missing.length > 0) {
  console.error(`fuzz: not built: ${missing.join(', ')}`);
  process.exit(1);
}
const env = { ...process.env, AIMS_FUZZ_RUNS: String(runs), AIMS_FUZZ_LSP_RUNS: String(lspRuns), ...(seed !== undefined ? { AIMS_FUZZ_SEED: String(seed) } : {}) };
console.log(`fuzz: ${runs} core and incremental cases, ${lspRuns} LSP sequences${seed !== undefined ? `, seed ${seed}` : ''}`);
const started = Date.now();
const result = spawnSync(process.execPath, ['--test', ...args.filter((a) => !ours(a)), ...files], { cwd: root, stdio: 'inherit', env });
console.log(`fuzz: finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status ?? 1);
