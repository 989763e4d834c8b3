// Edit-to-diagnostics latency on 100 KB and 1 MB documents, in one run, with ratios:
//   incremental: the engine as the server runs it (unchanged chunks reused, findings cached)
//   naive:       whole-document remark parse + all rules on every edit
//   server:      the built language server over stdio (didChange -> pull diagnostics)
// Single-character edits at random places (seeded). Not a test: prints a table and JSON.
// Usage: npm run bench [-- --sizes=100000,1000000 --edits=30]
import { performance } from 'node:perf_hooks';
import { writeFileSync, mkdirSync } from 'node:fs';
import { createLanguageService } from '../out/server/src/core/index.js';
import { parseDocument } from '../out/server/src/core/index.js';
import { markdownDocument, rng } from './generate.mjs';
import { LspClient } from '../out/test/support/lspClient.js';

const arg = (name, def) => (process.argv.find((a) => a.startsWith(`--${name}=`)) ?? `=${def}`).split('=')[1];
const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
const EDITS = Number(arg('edits', '30'));

const host = (files) => ({ listFiles: async () => Object.keys(files).map((p) => ({ uri: 'file:///bench/' + p, relativePath: p })), readFile: async (u) => new TextEncoder().encode(files[u.slice('file:///bench/'.length)]), today: () => '2026-11-28' });
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function edits(text, n, seed) {
  const r = rng(seed);
  const out = [];
  let t = text;
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * t.length);
    t = t.slice(0, at) + 'x' + t.slice(at);
    out.push(t);
  }
  return out;
}

async function inProcess(text, whole) {
  const service = createLanguageService(host({ 'doc.md': text }));
  await service.indexWorkspace();
  const file = { uri: 'file:///bench/doc.md', relativePath: 'doc.md' };
  const times = [];
  let version = 1;
  for (const t of edits(text, EDITS, 7)) {
    const start = performance.now();
    if (whole) {
      const doc = parseDocument({ uri: file.uri, relativePath: file.relativePath, text: t, version: ++version, config: service.config, whole: true });
      void doc;
      service.setDocument(file, t, version); // rules on top, as the naive server would
    } else service.setDocument(file, t, ++version);
    service.getFindings(file.uri);
    times.push(performance.now() - start);
  }
  return times;
}

async function overStdio(text) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-bench-'));
  writeFileSync(path.join(dir, 'doc.md'), text);
  const c = LspClient.start();
  const rootUri = pathToFileURL(dir).href;
  await c.initialize(rootUri, { textDocument: { diagnostic: {} } });
  const uri = rootUri + '/doc.md';
  await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const r = rng(11);
  const lines = text.split('\n');
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    const line = Math.floor(r() * lines.length);
    const character = Math.floor(r() * (lines[line].length + 1));
    const start = performance.now();
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] });
    await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - start);
  }
  await c.stop();
  return times;
}

const rows = [];
for (const size of sizes) {
  const text = markdownDocument(size);
  const inc = await inProcess(text, false);
  const naive = await inProcess(text, true);
  const server = await overStdio(text);
  const row = { size, incremental: { p50: pct(inc, 50), p95: pct(inc, 95) }, naive: { p50: pct(naive, 50), p95: pct(naive, 95) }, server: { p50: pct(server, 50), p95: pct(server, 95) } };
  row.naiveOverIncrementalP95 = row.naive.p95 / row.incremental.p95;
  rows.push(row);
}

const f = (x) => x.toFixed(1).padStart(8);
console.log(`edit -> diagnostics, ms (p50 / p95 over ${EDITS} single-character edits; node ${process.version})`);
console.log('size        incremental         naive whole parse   server over stdio   naive/incremental p95');
for (const r of rows)
  console.log(`${String(r.size).padEnd(10)} ${f(r.incremental.p50)} ${f(r.incremental.p95)}   ${f(r.naive.p50)} ${f(r.naive.p95)}   ${f(r.server.p50)} ${f(r.server.p95)}   ${r.naiveOverIncrementalP95.toFixed(1)}x`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/edit-latency.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, edits: EDITS, rows }, null, 2) + '\n');
