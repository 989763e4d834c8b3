// The parse cost of reading framework references (issue 17): the same documents and the same
// seeded edits through several builds of the engine in one process, runs interleaved, medians
// and ratios to the first build. A build is a checkout compiled with `npm run compile`; pass
// each as label=path (default: this checkout alone). For example, the commit before the
// references were added, the commit that added them, and this one:
//   node bench/framework-refs.mjs before=/tmp/b-fc7fdf7 added=/tmp/b-0b700f4 now=.
// Measured per build: a cold parse of the whole document (nothing reused) and the in-process
// edit -> findings latency (unchanged chunks reused), on a generated policy as it is and with
// framework references written into it (one line in six names NIST or the AI Act and cites them).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownDocument } from './generate.mjs';
import { arg, editsOf, pct, timeEach } from './lib.mjs';

const SIZE = Number(arg('size', '100000'));
const EDITS = Number(arg('edits', '200'));
const ROUNDS = Number(arg('rounds', '5'));
const PARSES = Number(arg("parses", "20"));
const builds = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((a) => a.split('='));
if (builds.length === 0) builds.push(['this', '.']);

const REFS = [
  'Under the NIST AI RMF this answers GOVERN 1.1, MAP 2.3 and MEASURE 2.7; see also GOVERN 1.',
  'The EU AI Act asks the same in Art. 9(2)(a) and Article 14, with Annex III.',
];
function withFrameworkRefs(text) {
  return text.split('\n').map((l, i) => (i % 6 === 3 && l.trim() ? `${l} ${REFS[i % 12 === 3 ? 0 : 1]}` : l)).join('\n');
}

const TODAY = '2026-11-28';
const host = (text) => ({
  listFiles: async () => [{ uri: 'file:///bench/policy.md', relativePath: 'policy.md' }],
  readFile: async () => new TextEncoder().encode(text),
  today: () => TODAY,
});

async function load(dir) {
  return import(pathToFileURL(path.resolve(dir, 'out/server/src/core/index.js')).href);
}

async function coldParse(core, text, n) {
  const config = core.createLanguageService(host(text)).config;
  return timeEach(Array.from({ length: n }, (_, i) => i), (i) => core.parseDocument({ uri: 'file:///bench/policy.md', relativePath: 'policy.md', text, version: i + 1, config }));
}

async function editLatency(core, text, edits) {
  const service = core.createLanguageService(host(text));
  await service.indexWorkspace();
  const file = { uri: 'file:///bench/policy.md', relativePath: 'policy.md' };
  service.setDocument(file, text, 1);
  service.getFindings(file.uri);
  return timeEach(edits, (e, i) => {
    service.setDocument(file, e.text, i + 2);
    service.getFindings(file.uri);
  });
}

const cores = await Promise.all(builds.map(([, dir]) => load(dir)));
const plain = markdownDocument(SIZE, 42);
const docs = { plain, 'with framework refs': withFrameworkRefs(plain) };
const results = {};
for (const [docName, text] of Object.entries(docs)) {
  const edits = editsOf(text, EDITS);
  for (let round = 0; round < ROUNDS; round++)
    for (let b = 0; b < builds.length; b++) {
      const label = builds[b][0];
      const r = (results[`${docName}|${label}`] ??= { parse: [], edit: [] });
      r.parse.push(...(await coldParse(cores[b], text, PARSES)));
      r.edit.push(...(await editLatency(cores[b], text, edits)));
    }
}

const median = (xs) => pct(xs, 50);
console.log(`${SIZE} bytes, ${EDITS} edits x ${ROUNDS} rounds, builds interleaved; medians in ms, ratio to "${builds[0][0]}"`);
console.log('| document | build | cold parse | ratio | edit -> findings | ratio |');
console.log('|---|---|---|---|---|---|');
for (const docName of Object.keys(docs)) {
  const base = results[`${docName}|${builds[0][0]}`];
  for (const [label] of builds) {
    const r = results[`${docName}|${label}`];
    const p = median(r.parse);
    const e = median(r.edit);
    console.log(`| ${docName} | ${label} | ${p.toFixed(2)} | ${(p / median(base.parse)).toFixed(2)}x | ${e.toFixed(3)} | ${(e / median(base.edit)).toFixed(2)}x |`);
  }
}
