/**
 * The file manifest (core/workspace/fileManifest.ts): a warm start decodes the documents whose
 * size and time are those of the last run from the cache without reading them, and gives the
 * findings, coverage, texts and models of a start that reads everything. A file changed since
 * is read; a file changed behind a matching stamp is found out when its text is read; a stamp
 * as young as the manifest is not trusted.
 * Units: workspace/fileManifest.ts, workspace/read.ts (readUnchanged), service/closedTexts.ts (textless summaries).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCoverageModel, createLanguageService, type AimsLanguageService } from '../server/src/core/index.js';
import { FileSystemHost } from '../server/src/node/fsHost.js';
import { FileCacheStore } from '../server/src/node/cacheStore.js';
import { generated, temp, TODAY } from './support/diskWorkspace.js';

interface Run {
  readonly service: AimsLanguageService;
  /** The files read while indexing (relative paths, sorted). */
  readonly reads: string[];
  readonly logs: string[];
}

async function run(root: string, cacheRoot: string | undefined): Promise<Run> {
  const logs: string[] = [];
  const store = cacheRoot ? new FileCacheStore({ root: cacheRoot, engine: 'test', log: () => {} }) : undefined;
  const host = new FileSystemHost(root, TODAY, undefined, (m) => logs.push(m), store);
  const reads: string[] = [];
  const readFile = host.readFile.bind(host);
  host.readFile = (uri, max) => {
    reads.push(path.relative(root, fileURLToPath(uri)));
    return readFile(uri, max);
  };
  const service = createLanguageService(host);
  await service.indexWorkspace();
  return { service, reads: reads.sort(), logs };
}

function sameResults(a: AimsLanguageService, b: AimsLanguageService): void {
  assert.deepStrictEqual(b.getAllFindings(), a.getAllFindings());
  assert.deepStrictEqual(computeCoverageModel(b), computeCoverageModel(a));
}

test('a warm start reads no document unchanged since the last run, and answers as a start that reads them all', async () => {
  const root = await generated(240);
  const cache = temp('cache');
  const fresh = await run(root, undefined);
  const cold = await run(root, cache);
  assert.ok(cold.reads.length >= 240, `cold: ${cold.reads.length} reads`);
  const warm = await run(root, cache);
  assert.deepEqual(warm.reads, [], 'nothing read while indexing');
  sameResults(fresh.service, warm.service);
  // Texts, line positions and models of documents decoded without their text are those of the files.
  for (const d of warm.service.documents().slice(0, 40)) {
    const text = readFileSync(fileURLToPath(d.uri), 'utf8');
    assert.equal(d.text, text);
    assert.equal(d.lines.length, text.length);
    assert.deepStrictEqual(warm.service.getDocument(d.uri)!.references, fresh.service.getDocument(d.uri)!.references);
  }
});

test('a warm start reads a document changed since (new size or time), and one whose stamp is as young as the manifest', async () => {
  const root = await generated(220);
  const cache = temp('cache');
  await run(root, cache);
  const docs = (await run(root, cache)).service.documents().map((d) => path.relative(root, fileURLToPath(d.uri)));
  const [grown, touched] = [docs[3]!, docs[7]!];
  writeFileSync(path.join(root, grown), readFileSync(path.join(root, grown), 'utf8') + '\nLogging follows A.6.2.99.\n');
  // Both old enough to be trusted: one with a new size, one with only a new time.
  const t = new Date(Date.now() - 30 * 60_000);
  for (const f of [grown, touched]) utimesSync(path.join(root, f), t, t);
  const warm = await run(root, cache);
  assert.deepEqual(warm.reads, [grown, touched].sort());
  sameResults((await run(root, undefined)).service, warm.service);
  assert.ok(warm.service.getAllFindings().some((f) => f.uri.endsWith(grown) && f.code === 'unknown-control' && f.message.startsWith('A.6.2.99')));
  // A file written just now keeps its stamp out of the manifest: the next start reads it, and no other.
  writeFileSync(path.join(root, grown), readFileSync(path.join(root, grown), 'utf8') + '\n');
  await run(root, cache);
  assert.deepEqual((await run(root, cache)).reads, [grown], 'a young stamp is not trusted');
});

test('a document changed behind a matching stamp (same size and time) is found out when its text is read, and read again', async () => {
  const root = await generated(210);
  const cache = temp('cache');
  await run(root, cache);
  const first = await run(root, cache);
  const uri = first.service.documents().find((d) => d.uri.endsWith('.md') && d.text.includes('A.'))!.uri;
  const file = fileURLToPath(uri);
  const before = readFileSync(file, 'utf8');
  const { mtime } = statSync(file);
  // The same length, another control: what a matching stamp cannot tell.
  const changed = before.replace(/A\.\d+\.\d+(?:\.\d+)?/, (id) => 'A.9.9.9'.slice(0, id.length).padEnd(id.length, '9'));
  assert.notEqual(changed, before);
  assert.equal(Buffer.byteLength(changed), Buffer.byteLength(before));
  writeFileSync(file, changed);
  utimesSync(file, mtime, mtime);
  const warm = await run(root, cache);
  assert.deepEqual(warm.reads, [], 'the stamp matches: not read while indexing');
  const summary = warm.service.getSummary(uri)!;
  assert.equal(summary.text, changed, 'its text is the file as it is now');
  assert.ok(warm.logs.some((l) => /changed on disk since it was indexed/.test(l)), warm.logs.join('\n'));
  for (let i = 0; i < 100 && warm.service.getSummary(uri) === summary; i++) await new Promise((r) => setTimeout(r, 10));
  assert.notEqual(warm.service.getSummary(uri), summary, 'read again');
  sameResults((await run(root, undefined)).service, warm.service);
});
