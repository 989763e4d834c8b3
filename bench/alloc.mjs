// Bytes allocated per edit, and by whom: V8's sampling heap profiler with the samples that the
// garbage collector took kept (so it counts allocation, not what survives), over the same seeded
// single-character edits as the edit-latency bench, in process. Not part of `npm run bench`:
// a tool for finding what to cut (issue 13). After `npm run build && npm run compile`:
//   node bench/alloc.mjs --size=100000 --kind=markdown-heavy [--edits=100] [--top=30] [--inclusive=parseDocument,finish] [--files]
import { Session } from 'node:inspector/promises';
import { inputOf } from './generate.mjs';
import { arg, editsOf } from './lib.mjs';
import { createLanguageService } from '../out/server/src/core/index.js';

const size = Number(arg('size', '10000'));
const name = arg('kind', 'markdown');
const EDITS = Number(arg('edits', '100'));
const WARMUP = Number(arg('warmup', '10'));
const TOP = Number(arg('top', '30'));
const { kind, text } = inputOf(name, size);
const edits = editsOf(text, WARMUP + EDITS);
const file = kind === 'yaml' ? 'register.yaml' : 'policy.md';
const uri = 'file:///bench/' + file;
const service = createLanguageService({
  listFiles: async () => [{ uri, relativePath: file }],
  readFile: async () => new TextEncoder().encode(text),
  today: () => '2026-11-28',
});
await service.indexWorkspace();
service.setDocument({ uri, relativePath: file }, text, 1);
service.getFindings(uri);
const edit = (i) => {
  service.setDocument({ uri, relativePath: file }, edits[i].text, i + 2);
  service.getFindings(uri);
};
for (let i = 0; i < WARMUP; i++) edit(i);

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let i = WARMUP; i < WARMUP + EDITS; i++) edit(i);
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

// Self bytes per function (name and place), and inclusive bytes for the names asked for.
const self = new Map();
const inclusiveOf = arg('inclusive', '').split(',').filter(Boolean);
const inclusive = new Map(inclusiveOf.map((n) => [n, 0]));
let total = 0;
// Inclusive bytes per source file of the core (a frame of it anywhere on the stack), with --files.
const byFile = new Map();
const walk = (node, stack, caller = '', files = []) => {
  const f = node.callFrame;
  // A built-in (no script) is named with the code that called it: "next" alone says nothing.
  const here = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/out\/server\/src\/core\//, '').replace(/^.*node_modules\//, 'nm:')}:${f.lineNumber + 1}`;
  const where = f.url ? here : `${f.functionName || '(anonymous)'} <- ${caller}`;
  self.set(where, (self.get(where) ?? 0) + node.selfSize);
  total += node.selfSize;
  const names = new Set(stack);
  names.add(f.functionName);
  for (const n of inclusive.keys()) if (names.has(n)) inclusive.set(n, inclusive.get(n) + node.selfSize);
  const file = /\/out\/server\/src\/core\/(.*)$/.exec(f.url)?.[1];
  const inFiles = file && !files.includes(file) ? [...files, file] : files;
  for (const x of inFiles) byFile.set(x, (byFile.get(x) ?? 0) + node.selfSize);
  for (const c of node.children) walk(c, [...stack, f.functionName], f.url ? here : caller, inFiles);
};
walk(profile.head, []);
const kb = (b) => (b / 1024 / EDITS).toFixed(1);
console.log(`${name} ${size}: ${kb(total)} KB allocated per edit (${EDITS} edits)`);
for (const [where, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${kb(bytes).padStart(8)} KB  ${where}`);
for (const [n, bytes] of inclusive) console.log(`inclusive ${n}: ${kb(bytes)} KB`);
if (process.argv.includes('--files')) for (const [x, bytes] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${kb(bytes).padStart(8)} KB  (inclusive) ${x}`);
