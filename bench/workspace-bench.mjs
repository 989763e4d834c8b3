// The 5,000-document workspace, each figure in a fresh process: cold and warm index
// (the persistent cache, empty then filled), retained memory per closed document, the
// server's ready time and time to first diagnostics (cold cache), the CLI's wall time
// (cold and warm cache), and the floor: reading every file and scanning it for IDs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_FLAGS, scanIds, round } from './lib.mjs';
import { StdioServer } from './lsp.mjs';

const CHILD = path.resolve('bench/workspace-child.mjs');

/** Run a child and parse the JSON line it prints last. */
function child(args, env = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

function wall(args, env) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const p = spawn(process.execPath, args, { stdio: 'ignore', env: { ...process.env, ...env } });
    p.on('exit', (code) => (code === 0 || code === 1 ? resolve(performance.now() - start) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

export function floor(root) {
  const start = performance.now();
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : [path.join(d, n)]));
  let ids = 0;
  for (const f of walk(root)) ids += scanIds(readFileSync(f, 'latin1'));
  return { ms: round(performance.now() - start), ids };
}

/** The server on the workspace with an empty cache: ready (initialize answered), first diagnostics of an opened document, index done. */
async function server(root, openPath) {
  const storagePath = mkdtempSync(path.join(tmpdir(), 'aims-bench-storage-'));
  const s = new StdioServer(process.execPath, [...SERVER_FLAGS, path.resolve('dist/server.cjs'), '--stdio']);
  const rootUri = pathToFileURL(root).href;
  await s.initialize(rootUri, { textDocument: { diagnostic: {} } }, { storagePath });
  const uri = pathToFileURL(path.join(root, openPath)).href;
  await s.open(uri, 'markdown', readFileSync(path.join(root, openPath), 'utf8'));
  const first = await s.pull(uri);
  const firstMs = performance.now() - s.spawnedAt;
  await s.indexed();
  const indexedMs = performance.now() - s.spawnedAt;
  await s.stop();
  return { readyMs: round(s.readyMs), firstDiagnosticsMs: round(firstMs), firstDiagnostics: first.items.length, indexDoneMs: round(indexedMs) };
}

export async function workspace(root, openPath, editPath) {
  const cache = mkdtempSync(path.join(tmpdir(), 'aims-bench-cache-'));
  // The engine's figures in a process started as the server is (its Node.js flags); the CLI's as users run it.
  const cold = await child([...SERVER_FLAGS, CHILD, 'index', root, cache]);
  const warm = await child([...SERVER_FLAGS, CHILD, 'index', root, cache]);
  const memory = await child([...SERVER_FLAGS, '--expose-gc', CHILD, 'memory', root]);
  const srv = await server(root, openPath);
  const edit = await child([...SERVER_FLAGS, CHILD, 'edit', root, editPath, '100']);
  const xdg = mkdtempSync(path.join(tmpdir(), 'aims-bench-xdg-'));
  const cli = path.resolve('dist/aims.cjs');
  const cliCold = await wall([cli, 'check', root, '--format', 'json'], { XDG_CACHE_HOME: xdg });
  const cliWarm = await wall([cli, 'check', root, '--format', 'json'], { XDG_CACHE_HOME: xdg });
  return {
    documents: cold.documents,
    coldIndexMs: cold.ms,
    warmIndexMs: warm.ms,
    retainedKBPerClosedDocument: memory.kbPerDocument,
    retainedKBPerDiagnosedDocument: memory.kbPerDocumentDiagnosed,
    ...srv,
    editInPlaceP95Ms: edit.inPlace.p95,
    editShiftingP95Ms: edit.shifting.p95,
    cliCheckColdMs: round(cliCold),
    cliCheckWarmMs: round(cliWarm),
    floor: floor(root),
  };
}
