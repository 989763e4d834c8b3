// One workspace measurement in a process of its own (run by workspace-bench.mjs):
//   index ROOT CACHE   index with the persistent cache in CACHE; prints the time
//   memory ROOT        heap retained per closed document after indexing (needs --expose-gc)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../out/server/src/core/index.js';
import { FileSystemHost } from '../out/server/src/node/fsHost.js';
import { FileCacheStore } from '../out/server/src/node/cacheStore.js';
import { writeWorkspace } from './workspace.mjs';

const [mode, root, cache] = process.argv.slice(2);
const TODAY = '2026-11-28';

if (mode === 'index') {
  const service = createLanguageService(new FileSystemHost(root, TODAY, undefined, undefined, new FileCacheStore({ root: cache })));
  const start = performance.now();
  await service.indexWorkspace();
  console.log(JSON.stringify({ ms: Math.round(performance.now() - start), documents: service.documents().length }));
} else if (mode === 'memory') {
  // Index a small workspace first, so that compiled code and the parsers' own state are not
  // counted as if they belonged to the documents.
  const warmup = createLanguageService(new FileSystemHost(writeWorkspace(path.join(mkdtempSync(path.join(tmpdir(), 'aims-warmup-')), 'ws'), 200), TODAY));
  await warmup.indexWorkspace();
  warmup.getAllFindings();
  global.gc();
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const service = createLanguageService(new FileSystemHost(root, TODAY));
  await service.indexWorkspace();
  global.gc();
  global.gc();
  const n = service.documents().length;
  const kb = (process.memoryUsage().heapUsed - before) / n / 1024;
  console.log(JSON.stringify({ kbPerDocument: Math.round(kb * 10) / 10, documents: n, keep: typeof service }));
}
