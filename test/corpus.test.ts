/**
 * The engine over every real AIMS document in ../shared/corpus (written by
 * others, full of real mistakes): no exception anywhere (rules that throw are
 * caught and logged by the service, so the log is checked), and the findings
 * the corpus is known for are found; a warm start from the index cache finds the same. Skipped
 * when the corpus is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../server/src/core/index.js';
import { FileSystemHost } from '../server/src/node/fsHost.js';
import { FileCacheStore } from '../server/src/node/cacheStore.js';
import { temp } from './support/diskWorkspace.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const CORPUS = path.resolve(SOURCE_TEST_DIR, '..', '..', 'shared', 'corpus');

test('the whole shared corpus: no exception, and its known mistakes are found', { skip: !existsSync(CORPUS) && 'no ../shared/corpus here' }, async () => {
  const logs: string[] = [];
  const host = new FileSystemHost(CORPUS, '2026-11-28', undefined, (m) => logs.push(m));
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const findings = service.getAllFindings();
  assert.deepEqual(
    logs.filter((l) => /failed/.test(l)),
    [],
  );
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const has = (code: string, file: RegExp, text: RegExp) => findings.some((f) => f.code === code && file.test(f.uri) && text.test(f.message));
  // Documented in shared/corpus/SOURCES.md:
  assert.ok(has('unknown-control', /devtrail.*AI-GOVERNANCE-POLICY/, /A\.6\.2\.9/), 'devtrail cites A.6.2.9');
  assert.ok(has('unknown-control', /devtrail/, /A\.3\.4/), 'devtrail cites A.3.4');
  assert.ok(has('control-title-mismatch', /devtrail/, /A\.10\.2/), 'devtrail gives A.10.2 a wrong title');
  assert.ok(has('clause-kind-mismatch', /NavinManaswi.*statement-of-applicability/, /6\.1\.4/), 'the NavinManaswi SoA is labelled 6.1.4');
  assert.ok(has('objective-as-control', /NavinManaswi.*statement-of-applicability/, /A\.2\.1/), 'the NavinManaswi SoA lists objectives as controls');
  assert.ok(has('soa-contradiction', /NavinManaswi.*statement-of-applicability/, /38 applicable/), 'its summary claims 38 applicable');
  assert.ok(has('unknown-clause', /_history/, /8\.5/), 'the toolkit history cites clause 8.5');
  // ISO/IEC 27001 controls in 27001 context are not reported as unknown 42001 controls.
  assert.ok(!findings.some((f) => f.code === 'unknown-control' && /A\.(?:5\.34|8\.16)\b/.test(f.message)), 'A.5.34 / A.8.16 are 27001 controls');
  // The corrected toolkit has fewer unknown controls than its history.
  const unknown = (re: RegExp) => findings.filter((f) => f.code === 'unknown-control' && re.test(f.uri)).length;
  assert.ok(unknown(/_history/) > unknown(/Ankit-Uniyal__iso-42001-ai-governance-toolkit\/(?!_history)/), 'the v1.2.0 fixes removed invented controls');
  console.log(`corpus: ${service.documents().length} files, ${findings.length} findings: ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
});

test('the whole shared corpus: a warm start from the index cache gives the findings of a cold one', { skip: !existsSync(CORPUS) && 'no ../shared/corpus here' }, async () => {
  // Every part of a summary the codec drops shows up here as a finding that differs (a band's
  // `accepted` once did: a risk-untreated error that a second run lost).
  const cache = new FileCacheStore({ root: temp('corpus-cache'), engine: 'test' });
  const run = async () => {
    const service = createLanguageService(new FileSystemHost(CORPUS, '2026-11-28', undefined, () => {}, cache));
    await service.indexWorkspace();
    return service.getAllFindings();
  };
  const cold = await run();
  assert.deepStrictEqual(await run(), cold);
});
