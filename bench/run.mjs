// `npm run bench`: the benchmark suite (not part of `npm test`). Generated inputs (generate.mjs,
// workspace.mjs), every engine on the same seeded edits in one run, ratios, JSON in
// bench/results/, and with --readme the README's Performance table.
//   --parts=edit,workspace    which parts to run (default both)
//   --sizes=10000,100000,1000000  --kinds=markdown,yaml,markdown-heavy,yaml-heavy  --edits=100  --warmup=10  --docs=5000
//   (the -heavy inputs are the ones with many findings: see generate.mjs; markdown-register, a
//   Markdown register of thousands of small tables, is not run unless named)
//   --steady=300              at 10 KB and 100 KB, the in-process runs go on for this many edits more, and the
//                             p95 of their last 100 is reported too (after the JIT has warmed up; 0: not measured)
//   --readme                  write the tables into README.md (between the bench markers)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputOf } from './generate.mjs';
import { writeWorkspace } from './workspace.mjs';
import { arg, editsOf, machine, stats, underServerFlags } from './lib.mjs';
import * as ours from './edit-latency.mjs';
import * as peers from './peers.mjs';
import { workspace } from './workspace-bench.mjs';
import { editTable, editTargets, machineLine, steadyTable, workspaceTable } from './table.mjs';

// The in-process engines measured as our server runs (its Node.js flags), the peers beside them alike.
underServerFlags(fileURLToPath(import.meta.url));

const parts = arg('parts', 'edit,workspace').split(',');
const sizes = arg('sizes', '10000,100000,1000000').split(',').map(Number);
const kinds = arg('kinds', 'markdown,yaml,markdown-heavy,yaml-heavy').split(',');
const EDITS = Number(arg('edits', '100'));
/** Edits every engine makes first, unmeasured: the same JIT warm-up for all. */
const WARMUP = Number(arg('warmup', '10'));
const DOCS = Number(arg('docs', '5000'));
/** Edits more, after which the in-process engines' steady state is measured (sizes up to 100 KB). */
const STEADY = Number(arg('steady', '300'));
const log = (m) => process.stderr.write(m + '\n');

const results = { date: new Date().toISOString(), machine: machine(), edits: EDITS, warmup: WARMUP, steady: STEADY };

if (parts.includes('edit')) {
  results.editLatency = [];
  for (const name of kinds)
    for (const size of sizes) {
      const { kind, text } = inputOf(name, size);
      // The first WARMUP + EDITS edits are the same whatever the count (editsOf is seeded and sequential):
      // a longer in-process run measures its first window exactly as a short one would.
      const steady = size <= 100_000 ? STEADY : 0;
      const all = editsOf(text, WARMUP + EDITS + steady);
      const edits = all.slice(0, WARMUP + EDITS);
      const row = { kind: name, size };
      const measure = async (name, f, long = false) => {
        log(`${row.kind} ${size}: ${name}`);
        const times = await f(long ? all : edits);
        row[name] = stats(times.slice(WARMUP, WARMUP + EDITS));
        if (long && steady > 0) (row.steady ??= {})[name] = stats(times.slice(WARMUP + steady));
      };
      await measure('ours', (e) => ours.inProcess(text, kind, e), true);
      await measure('oursStdio', (e) => ours.stdio(text, kind, e));
      await measure('floor', (e) => ours.floor(text, kind, e));
      if (kind === 'markdown') {
        await measure('naive', (e) => ours.naive(text, kind, e), true);
        await measure('markdownLs', (e) => peers.markdownLs(text, e), true);
      } else {
        await measure('yamlLs', (e) => peers.yamlLsInProcess(text, e), true);
        await measure('yamlLsStdio', (e) => peers.yamlLsStdio(text, e));
      }
      results.editLatency.push(row);
    }
}

if (parts.includes('workspace')) {
  log(`workspace of ${DOCS} documents`);
  const root = writeWorkspace(path.join(tmpdir(), `aims-bench-ws-${DOCS}`), DOCS);
  results.workspace = await workspace(root, 'governance/0/doc-0004.md', 'risk/0/doc-0008.md');
}

const sections = [];
if (results.editLatency) sections.push('**Edit to diagnostics**, ms (p50 / p95):', '', editTable(results.editLatency), '', editTargets(results.editLatency));
if (results.editLatency?.some((r) => r.steady)) sections.push('', `**After the JIT has warmed up**: the same in-process runs, ${STEADY} edits further on (p95 of the last ${EDITS} of ${WARMUP + STEADY + EDITS}; not what the targets are judged on):`, '', steadyTable(results.editLatency));
if (results.workspace) sections.push('', '**Workspace**:', '', workspaceTable(results.workspace));
sections.push('', machineLine(results.machine, EDITS, WARMUP));
const table = sections.join('\n');
console.log(table);

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const begin = '<!-- bench:begin (written by npm run bench -- --readme) -->';
  const end = '<!-- bench:end -->';
  const at = readme.indexOf(begin);
  const stop = readme.indexOf(end);
  if (at < 0 || stop < at) throw new Error('README.md has no bench markers');
  writeFileSync('README.md', readme.slice(0, at + begin.length) + '\n' + table + '\n' + readme.slice(stop));
}
