/**
 * The persistent index cache: a workspace read from the cache gives exactly the
 * findings (and coverage) of one read afresh; damaged entries are ignored with
 * a log line; two processes writing the same cache leave it whole; and a
 * changed file, configuration or engine is never served a stale entry.
 * Units: workspace/analysis.ts and workspace/codec.ts (the cached analysis, encoded and decoded).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeCoverageModel, createLanguageService, DEFAULT_CONFIG, type AimsLanguageService, type ServiceOptions } from '../server/src/core/index.js';
import { analyzeDocument, summaryOf } from '../server/src/core/workspace/analysis.js';
import { decodeAnalysis, decodeReports, encodeAnalysis } from '../server/src/core/workspace/codec.js';
import { FileSystemHost } from '../server/src/node/fsHost.js';
import { FileCacheStore } from '../server/src/node/cacheStore.js';
import { EXAMPLES, generated, REPO, temp, TODAY } from './support/diskWorkspace.js';

interface Run {
  readonly service: AimsLanguageService;
  readonly logs: string[];
  readonly gets: number;
  readonly puts: number;
}

/** Index `root` with (or without) a cache store, counting what the core asked of it (`writes`: every put's promise). */
async function run(root: string, store?: FileCacheStore, options: ServiceOptions = {}, writes: Promise<void>[] = []): Promise<Run> {
  const logs: string[] = [];
  const host = new FileSystemHost(root, TODAY, undefined, (m) => logs.push(m), store);
  const counts = { gets: 0, puts: 0 };
  if (host.cacheGet && host.cachePut) {
    const [get, put] = [host.cacheGet, host.cachePut];
    Object.assign(host, {
      cacheGet: (k: string) => (counts.gets++, get(k)),
      cachePut: (k: string, v: string) => {
        counts.puts++;
        const p = put(k, v);
        writes.push(p);
        return p;
      },
    });
  }
  const service = createLanguageService(host, options);
  await service.indexWorkspace();
  return { service, logs, gets: counts.gets, puts: counts.puts };
}

const hits = (r: Run) => r.gets - r.puts;

function sameResults(a: AimsLanguageService, b: AimsLanguageService): void {
  assert.deepStrictEqual(b.getAllFindings(), a.getAllFindings());
  assert.deepStrictEqual(computeCoverageModel(b), computeCoverageModel(a));
}

test('the codec round-trips every example document exactly', () => {
  for (const name of readdirSync(EXAMPLES, { recursive: true }) as string[]) {
    if (!/\.(?:md|ya?ml)$/.test(name)) continue;
    const text = readFileSync(path.join(EXAMPLES, name), 'utf8');
    const uri = pathToFileURL(path.join(EXAMPLES, name)).href;
    const a = analyzeDocument({ uri, relativePath: name, text, version: 1, config: DEFAULT_CONFIG });
    const back = decodeAnalysis(encodeAnalysis(a), { uri, version: 1, text })!;
    const { lines: _a, ...expected } = summaryOf(a.summary);
    const { lines: _b, ...actual } = back.summary;
    assert.deepStrictEqual(actual, expected, name);
    assert.deepStrictEqual(decodeReports(back.local!, uri, text.length), a.local, name);
    // Stored before the rules ran (an editor's index): the same summary, and no reports.
    const early = decodeAnalysis(encodeAnalysis(analyzeDocument({ uri, relativePath: name, text, version: 1, config: DEFAULT_CONFIG }, false)), { uri, version: 1, text })!;
    assert.deepStrictEqual({ ...early.summary, lines: undefined }, { ...back.summary, lines: undefined }, name);
    assert.equal(early.local, undefined, name);
  }
});

test('the codec keeps a stated risk method whole: accepted bands, scales and their words, a rule that raises levels (a warm start judged by another threshold)', () => {
  const methods: Record<string, string> = {
    'handbook.md': '# AI Governance Handbook\n\nOur ISO/IEC 42001 AI management system.\n\n## How we assess risk\n\nWe score likelihood and impact from 1 (low) to 3 (high) and multiply: 1–2 = low (accept),\n3–4 = medium, 6–9 = high.\n\n| ID | Risk | L | I | Level | Treatment |\n|---|---|---|---|---|---|\n| R-001 | Made-up refund terms | 3 | 3 | high | |\n',
    'risk/method.md': '---\naims:\n  kind: risk-assessment-process\n---\n# AI risk assessment process\n\n| Level | Score | Decision |\n|---|---|---|\n| Low | 1-4 | Accept |\n| Medium | 5-9 | Treat |\n| High | 10-25 | Treat |\n\n| Likelihood | Value |\n|---|---|\n| Rare | 1 |\n| Likely | 4 |\n| Almost certain | 5 |\n\nA risk that could hurt a person is at least High, whatever its score.\n',
  };
  for (const [name, text] of Object.entries(methods)) {
    const uri = 'file:///ws/' + name;
    const a = analyzeDocument({ uri, relativePath: name, text, version: 1, config: DEFAULT_CONFIG });
    assert.ok(a.summary.riskMethod?.bands?.some((b) => b.accepted), `${name}: the fixture states an accepted band`);
    if (name === 'risk/method.md') assert.equal(a.summary.riskMethod?.raises, true, `${name}: the fixture raises some levels`);
    const back = decodeAnalysis(encodeAnalysis(a), { uri, version: 1, text })!;
    assert.deepStrictEqual(back.summary.riskMethod, a.summary.riskMethod, name);
  }
});

test('a cached workspace gives the findings and coverage of an uncached one: examples and a generated workspace', async () => {
  for (const root of [EXAMPLES, await generated(300)]) {
    const store = new FileCacheStore({ root: temp('cache'), engine: 'test' });
    const fresh = await run(root);
    const cold = await run(root, store);
    const warm = await run(root, store);
    assert.ok(cold.puts > 0 && hits(cold) === 0, `cold: ${cold.gets} gets, ${cold.puts} puts`);
    assert.ok(warm.puts === 0 && hits(warm) === cold.puts, `warm: ${warm.gets} gets, ${warm.puts} puts`);
    sameResults(fresh.service, cold.service);
    sameResults(fresh.service, warm.service);
  }
});

test('rules run while indexing or when findings are first asked for give the same findings, and the cache entry is completed for the next start', async () => {
  for (const root of [EXAMPLES, await generated(200)]) {
    const store = new FileCacheStore({ root: temp('cache'), engine: 'test' });
    const eager = await run(root, undefined, { reportsWhileIndexing: true });
    const writes: Promise<void>[] = [];
    const lazy = await run(root, store, {}, writes);
    assert.ok(lazy.puts > 0);
    sameResults(eager.service, lazy.service);
    await Promise.all(writes);
    // Every entry now holds its reports: a start that asks for findings parses nothing.
    const warmWrites: Promise<void>[] = [];
    const warm = await run(root, store, {}, warmWrites);
    assert.equal(hits(warm), lazy.puts);
    sameResults(eager.service, warm.service);
    // Reports computed on demand would have been stored: none were.
    assert.equal(warmWrites.length, 0);
  }
});

/** The workspace's pack file (one per workspace: node/cachePack.ts). */
function packOf(store: FileCacheStore, root: string): string {
  return store.packFor(root).file;
}

/** The pack's entry lines (after its header), as text. */
function packLines(file: string): string[] {
  return readFileSync(file, 'latin1').split('\n').slice(1).filter((l) => l !== '');
}

/** The rules run while indexing: no entry is completed later, so a test reads the pack as the index left it. */
const EAGER: ServiceOptions = { reportsWhileIndexing: true };

test('damaged entries in a pack are ignored with a log line, analysed again, and the pack rewritten without them', async () => {
  const logs: string[] = [];
  const store = new FileCacheStore({ root: temp('cache'), engine: 'test', log: (m) => logs.push(m) });
  const fresh = await run(EXAMPLES);
  const cold = await run(EXAMPLES, store, EAGER);
  const file = packOf(store, EXAMPLES);
  const lines = packLines(file);
  assert.equal(lines.length, cold.puts, 'one line per entry');
  // A payload byte flipped (its checksum fails), a line cut short, a line of garbage, and the file cut mid-line.
  const garbled = lines[0]!.slice(0, -5) + String.fromCharCode(lines[0]!.charCodeAt(lines[0]!.length - 5) ^ 0x01) + lines[0]!.slice(-4);
  const short = lines[1]!.slice(0, 60);
  const damaged = ['aims-index-pack 1', garbled, short, '{"not":"ours"}', ...lines.slice(2)].join('\n') + '\n';
  writeFileSync(file, damaged.slice(0, damaged.length - 20));
  const warm = await run(EXAMPLES, new FileCacheStore({ root: path.dirname(store.dir), engine: 'test', log: (m) => logs.push(m) }), EAGER);
  sameResults(fresh.service, warm.service);
  assert.ok(logs.some((l) => /index cache: ignored 2 damaged line\(s\)/.test(l)), logs.join('\n'));
  assert.ok(logs.some((l) => /index cache: ignored a damaged entry/.test(l)), logs.join('\n'));
  assert.equal(warm.puts, 3, 'the garbled, the short and the cut entries are analysed again and stored');
  const count = logs.length;
  const again = await run(EXAMPLES, new FileCacheStore({ root: path.dirname(store.dir), engine: 'test', log: (m) => logs.push(m) }), EAGER);
  assert.equal(again.puts, 0);
  assert.equal(hits(again), cold.puts);
  assert.equal(logs.length, count, 'the rewritten pack has nothing more to complain about');
  assert.equal(packLines(file).length, cold.puts, 'rewritten: one line per entry, none damaged');
});

test('a pack that is not ours, or empty, is ignored and rebuilt; a stale entry (an older analysis of the key) is replaced', async () => {
  const logs: string[] = [];
  const cacheRoot = temp('cache');
  const store = () => new FileCacheStore({ root: cacheRoot, engine: 'test', log: (m) => logs.push(m) });
  const fresh = await run(EXAMPLES);
  const cold = await run(EXAMPLES, store(), EAGER);
  const file = packOf(store(), EXAMPLES);
  for (const foreign of ['{"not":"ours"}\n', '', 'aims-index-pack 999\nxyz\n', '\u0000\u0001binary']) {
    writeFileSync(file, foreign);
    const warm = await run(EXAMPLES, store(), EAGER);
    sameResults(fresh.service, warm.service);
    assert.equal(warm.puts, cold.puts, JSON.stringify(foreign));
    assert.equal(hits(await run(EXAMPLES, store(), EAGER)), cold.puts, 'rebuilt');
  }
  assert.ok(logs.some((l) => /is not an index pack/.test(l)));
  // An entry stored twice (without, then with its reports): the later line wins, and a rewrite keeps one.
  const lines = packLines(file);
  writeFileSync(file, ['aims-index-pack 1', ...lines, ...lines].join('\n') + '\n');
  const twice = await run(EXAMPLES, store(), EAGER);
  assert.equal(hits(twice), cold.puts);
  sameResults(fresh.service, twice.service);
});

test('processes writing one pack at once leave every entry whole, and readers never see a partial one', async () => {
  const root = temp('cache');
  const storeUrl = pathToFileURL(path.join(REPO, 'out', 'server', 'src', 'node', 'cacheStore.js')).href;
  // Each writer stores the same 200 keys (with the same values, as content keys imply) 10 times over,
  // flushing after every 50: appends, and rewrites once the repeated lines outweigh the live ones.
  const script = `
    import { FileCacheStore } from ${JSON.stringify(storeUrl)};
    const pack = new FileCacheStore({ root: ${JSON.stringify(root)}, engine: 'test' }).packFor('/ws');
    const key = (i) => i.toString(16).padStart(16, '0') + '-' + 'ab'.repeat(8);
    for (let round = 0; round < 10; round++)
      for (let i = 0; i < 200; i++) {
        // Read first, as an index does: the writer catches up with the others' lines, and rewrites the pack when they repeat.
        if (pack.get(key(i)) === 'damaged') process.exit(1);
        const p = pack.put(key(i), JSON.stringify({ i, text: 'x'.repeat(2000 + i) }));
        if (i % 50 === 49) { pack.flush(); await p; }
      }
    await pack.flush();`;
  // A reader meanwhile: every entry it finds must be whole (a damaged one would be logged).
  const reader = `
    import { FileCacheStore } from ${JSON.stringify(storeUrl)};
    let damaged = 0, found = 0;
    const pack = new FileCacheStore({ root: ${JSON.stringify(root)}, engine: 'test', log: () => damaged++ }).packFor('/ws');
    const key = (i) => i.toString(16).padStart(16, '0') + '-' + 'ab'.repeat(8);
    const until = Date.now() + 1500;
    while (Date.now() < until) for (let i = 0; i < 200; i++) { const v = pack.get(key(i)); if (v !== undefined) { found++; if (JSON.parse(v).i !== i) damaged++; } }
    process.exit(damaged === 0 && found > 0 ? 0 : 1);`;
  const child = (code: string) =>
    new Promise<number>((resolve) => spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: 'inherit' }).on('exit', (c) => resolve(c ?? 1)));
  assert.deepEqual(await Promise.all([child(script), child(script), child(script), child(reader)]), [0, 0, 0, 0]);
  const logs: string[] = [];
  const pack = new FileCacheStore({ root, engine: 'test', log: (m) => logs.push(m) }).packFor('/ws');
  for (let i = 0; i < 200; i++) {
    const value = pack.get(i.toString(16).padStart(16, '0') + '-' + 'ab'.repeat(8));
    assert.deepEqual(value && JSON.parse(value), { i, text: 'x'.repeat(2000 + i) });
  }
  assert.deepEqual(logs, []);
  assert.deepEqual(readdirSync(path.dirname(pack.file)).filter((n) => String(n).endsWith('.tmp')), [], 'no temporary files left');
});

test('two workspaces have packs of their own; a pack is read once, and what another process appended is found on a miss', async () => {
  const cacheRoot = temp('cache');
  const a = new FileCacheStore({ root: cacheRoot, engine: 'test' });
  const b = new FileCacheStore({ root: cacheRoot, engine: 'test' });
  assert.notEqual(a.packFor('/ws/one').file, a.packFor('/ws/two').file);
  assert.equal(a.packFor('/ws/one').file, b.packFor('/ws/one').file);
  const key = (i: number) => i.toString(16).padStart(16, '0') + '-' + 'cd'.repeat(8);
  await a.packFor('/ws/one').put(key(1), '"one"');
  assert.equal(a.packFor('/ws/two').get(key(1)), undefined, 'another workspace does not see it');
  assert.equal(b.packFor('/ws/one').get(key(1)), '"one"');
  assert.equal(b.packFor('/ws/one').get(key(2)), undefined);
  await a.packFor('/ws/one').put(key(2), '"two"');
  assert.equal(b.packFor('/ws/one').get(key(2)), '"two"', 'appended since b read the pack');
  assert.equal(b.packFor('/ws/one').get('../../etc/passwd'), undefined, 'keys are checked');
});

test("a pack knows the lines it appended itself without reading them back, and still reads what others appended after them", async () => {
  const cacheRoot = temp('cache');
  const a = new FileCacheStore({ root: cacheRoot, engine: 'test' }).packFor('/ws/own');
  const b = new FileCacheStore({ root: cacheRoot, engine: 'test' }).packFor('/ws/own');
  const key = (i: number) => i.toString(16).padStart(16, '0') + '-' + 'ef'.repeat(8);
  assert.equal(a.get(key(1)), undefined, 'no pack yet');
  await a.put(key(1), '"one"');
  await a.put(key(2), '"two"');
  await b.put(key(3), '"three"');
  // The file is gone: what a found again can only come from what it wrote, indexed as it wrote it.
  const kept = readFileSync(a.file);
  rmSync(a.file);
  assert.equal(a.get(key(1)), '"one"');
  assert.equal(a.get(key(2)), '"two"');
  writeFileSync(a.file, kept);
  assert.equal(a.get(key(3)), '"three"', 'appended by another writer after a read its own lines: found on a miss');
});

test('entries put without yielding are written a megabyte at a time, not all held until the caller yields', async () => {
  const pack = new FileCacheStore({ root: temp('cache'), engine: 'test' }).packFor('/ws/burst');
  const key = (i: number) => i.toString(16).padStart(16, '0') + '-' + 'ab'.repeat(8);
  const payload = JSON.stringify('x'.repeat(100_000));
  const puts: Promise<void>[] = [];
  // Thirty 100 KB entries in one synchronous run, as every document's findings completed at once.
  for (let i = 0; i < 30; i++) puts.push(pack.put(key(i), payload));
  // Before yielding once: at least the full megabytes are in the file already.
  assert.ok(existsSync(pack.file) && statSync(pack.file).size >= 2_000_000, `${existsSync(pack.file) ? statSync(pack.file).size : 0} bytes written before yielding`);
  await Promise.all(puts);
  for (let i = 0; i < 30; i++) assert.equal(pack.get(key(i)), payload, `entry ${i}`);
});

test('a changed file, configuration or engine is never served a stale entry', async () => {
  const root = path.join(temp('ws'), 'ws');
  cpSync(EXAMPLES, root, { recursive: true });
  const cacheRoot = temp('cache');
  const store = new FileCacheStore({ root: cacheRoot, engine: 'engine-a' });
  const first = await run(root, store);
  const documents = first.puts;

  // One file changes: it alone is analysed again, and its new content shows.
  const policy = path.join(root, 'governance', 'ai-policy.md');
  writeFileSync(policy, readFileSync(policy, 'utf8') + '\nLogging follows A.6.2.99.\n');
  const edited = await run(root, store);
  assert.equal(edited.puts, 1);
  sameResults((await run(root)).service, edited.service);
  assert.ok(edited.service.getAllFindings().some((f) => f.code === 'unknown-control' && f.message.startsWith('A.6.2.99')));

  // The configuration changes: every document is analysed under it.
  writeFileSync(path.join(root, '.aims.yaml'), 'rules:\n  unknown-control: warning\n');
  const configured = await run(root, store);
  assert.equal(configured.puts, documents);
  sameResults((await run(root)).service, configured.service);
  assert.ok(configured.service.getAllFindings().some((f) => f.code === 'unknown-control' && f.severity === 'warning'));

  // Another engine build: a store of its own, nothing shared.
  const other = await run(root, new FileCacheStore({ root: cacheRoot, engine: 'engine-b' }));
  assert.equal(hits(other), 0);
  assert.equal(other.puts, documents);
  rmSync(root, { recursive: true, force: true });
});
