// `node bench/code-tags.mjs [--files=20000]`: control tags in a source repository
// (issue 16's target: a 20,000-file repository scanned in <= 2 s cold). Compares, in one run:
//   engine cold:  the language service indexing the repository with no cache (every file read)
//   engine warm:  the same with the index cache a first run filled (unchanged files not read)
//   baseline:     a bare walk that reads every file and searches it for "aims:" (what any
//                 scanner must at least do cold), the named baseline the ratios are against.
// Each figure is the median of three runs, each in this process after one unmeasured warm-up.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../out/server/src/core/index.js';
import { FileSystemHost } from '../out/server/src/node/fsHost.js';
import { FileCacheStore } from '../out/server/src/node/cacheStore.js';
import { arg } from './lib.mjs';
import { writeCodeRepo } from './code-repo.mjs';

const FILES = Number(arg('files', '20000'));
const root = writeCodeRepo(path.join(tmpdir(), `aims-bench-code-${FILES}`), FILES);
const cacheRoot = mkdtempSync(path.join(tmpdir(), 'aims-bench-code-cache-'));

function baseline() {
  let tagged = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (readFileSync(full, 'latin1').includes('aims:')) tagged++;
    }
  };
  walk(root);
  return tagged;
}

async function engine(cache) {
  const host = new FileSystemHost(root, '2026-12-04', undefined, () => {}, cache);
  const service = createLanguageService(host);
  await service.indexWorkspace();
  await cache?.flush?.();
  return service.getAllFindings().length;
}

async function time(f) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1];
}

baseline();
const base = await time(async () => baseline());
await engine(undefined);
const cold = await time(() => engine(undefined));
const store = () => new FileCacheStore({ root: cacheRoot, log: () => {} });
await engine(store());
const warm = await time(() => engine(store()));
const row = (name, ms) => `| ${name} | ${ms.toFixed(0)} ms | ${(ms / base).toFixed(2)}x |`;
console.log(`Control tags, ${FILES.toLocaleString('en')} source files (${tmpdir()}):\n`);
console.log('| run | time | vs baseline |\n|---|---|---|');
console.log(row('baseline: walk, read, search "aims:"', base));
console.log(row('engine, cold (no cache)', cold));
console.log(row('engine, warm (index cache)', warm));
console.log(`\ntarget: cold <= 2,000 ms: ${cold <= 2000 ? 'met' : 'missed'}`);
rmSync(cacheRoot, { recursive: true, force: true });
