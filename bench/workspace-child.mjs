// One workspace measurement in a process of its own (run by workspace-bench.mjs):
//   index ROOT CACHE   index with the persistent cache in CACHE; prints the time
//   memory ROOT [CACHE] heap and array buffers retained per closed document after indexing, and after
//                      every document's findings (needs --expose-gc); with CACHE, a warm start's
//                      (index once first to fill it)
//   edit ROOT PATH N   an open register edited N times three ways, each edit followed by every
//                      document's findings (what pushed diagnostics ask for): a character at
//                      the end (no offset moves), a line inserted at the top (every offset moves),
//                      and a new risk row (a definition added: a fact)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../out/server/src/core/index.js';
import { FileSystemHost } from '../out/server/src/node/fsHost.js';
import { FileCacheStore } from '../out/server/src/node/cacheStore.js';
import { writeWorkspace } from './workspace.mjs';
import { stats } from './lib.mjs';

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
  // The V8 heap and the array buffers outside it (typed arrays' data): what the documents hold either way.
  const held = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = held();
  const service = createLanguageService(new FileSystemHost(root, TODAY, undefined, undefined, cache ? new FileCacheStore({ root: cache }) : undefined));
  await service.indexWorkspace();
  global.gc();
  global.gc();
  const n = service.documents().length;
  const kb = (held() - before) / n / 1024;
  // What a server holds once it has diagnosed every document in the background: the findings
  // and what they were computed from, kept until something they depend on changes.
  service.getAllFindings();
  global.gc();
  global.gc();
  const diagnosed = (held() - before) / n / 1024;
  console.log(JSON.stringify({ kbPerDocument: Math.round(kb * 10) / 10, kbPerDocumentDiagnosed: Math.round(diagnosed * 10) / 10, documents: n, keep: typeof service }));
}
else if (mode === 'edit') {
  const [rel, count] = process.argv.slice(4);
  const service = createLanguageService(new FileSystemHost(root, TODAY));
  await service.indexWorkspace();
  service.getAllFindings();
  const doc = service.documents().find((d) => service.relativePathOf(d.uri) === rel);
  if (!doc) throw new Error(`${rel} is not a document of ${root}`);
  const file = { uri: doc.uri, relativePath: rel };
  let text = doc.text;
  let version = 1;
  const n = Number(count ?? 60);
  const measure = (edit) => {
    const times = [];
    for (let i = 0; i < n + 10; i++) {
      text = edit(text);
      const start = performance.now();
      service.setDocument(file, text, ++version);
      for (const d of service.documents()) service.getFindings(d.uri);
      times.push(performance.now() - start);
    }
    return stats(times.slice(10));
  };
  const inPlace = measure((t) => t + 'x');
  const body = (t) => t.indexOf('\n---\n', 4) + 5;
  const shifting = measure((t) => t.slice(0, body(t)) + '\n' + t.slice(body(t)));
  // A new risk row: a definition added, a fact every citing document may depend on.
  let added = 0;
  const defining = measure((t) => t.replace(/\n(\| R-)/, `\n| R-9${String(++added).padStart(3, '0')} | New risk | Owner | 2 | 2 | low | accept | A.5.4 |\n$1`));
  console.log(JSON.stringify({ inPlace, shifting, defining, ratio: Math.round((shifting.p95 / inPlace.p95) * 100) / 100 }));
}
