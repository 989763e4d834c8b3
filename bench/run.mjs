// `npm run bench`: the benchmark suite (not part of `npm test`). Generated inputs (generate.mjs,
// workspace.mjs), every engine on the same seeded edits in one run, ratios, JSON in
// bench/results/, and with --readme the README's Performance table.
//   --parts=edit,workspace    which parts to run (default both)
//   --sizes=10000,100000,1000000  --kinds=markdown,yaml,markdown-heavy,yaml-heavy  --edits=100  --warmup=10  --docs=5000
//   (the -heavy inputs are the ones with many findings: see generate.mjs)
//   --readme                  write the tables into README.md (between the bench markers)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { markdownDocument, yamlRegister } from './generate.mjs';
import { writeWorkspace } from './workspace.mjs';
import { arg, editsOf, machine, stats } from './lib.mjs';
import * as ours from './edit-latency.mjs';
import * as peers from './peers.mjs';
import { workspace } from './workspace-bench.mjs';
import { editTable, editTargets, machineLine, workspaceTable } from './table.mjs';

const parts = arg('parts', 'edit,workspace').split(',');
const sizes = arg('sizes', '10000,100000,1000000').split(',').map(Number);
const kinds = arg('kinds', 'markdown,yaml,markdown-heavy,yaml-heavy').split(',');
const EDITS = Number(arg('edits', '100'));
/** Edits every engine makes first, unmeasured: the same JIT warm-up for all. */
const WARMUP = Number(arg('warmup', '10'));
const DOCS = Number(arg('docs', '5000'));
const log = (m) => process.stderr.write(m + '\n');

const results = { date: new Date().toISOString(), machine: machine(), edits: EDITS, warmup: WARMUP };

if (parts.includes('edit')) {
  results.editLatency = [];
  for (const name of kinds)
    for (const size of sizes) {
      const heavy = name.endsWith('-heavy');
      const kind = name.replace(/-heavy$/, '');
      const text = kind === 'yaml' ? yamlRegister(size, 42, { heavy }) : markdownDocument(size, 42, { heavy });
      const edits = editsOf(text, WARMUP + EDITS);
      const row = { kind: name, size };
      const measure = async (name, f) => {
        log(`${row.kind} ${size}: ${name}`);
        row[name] = stats((await f()).slice(WARMUP));
      };
      await measure('ours', () => ours.inProcess(text, kind, edits));
      await measure('oursStdio', () => ours.stdio(text, kind, edits));
      await measure('floor', () => ours.floor(text, kind, edits));
      if (kind === 'markdown') {
        await measure('naive', () => ours.naive(text, kind, edits));
        await measure('markdownLs', () => peers.markdownLs(text, edits));
      } else {
        await measure('yamlLs', () => peers.yamlLsInProcess(text, edits));
        await measure('yamlLsStdio', () => peers.yamlLsStdio(text, edits));
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
