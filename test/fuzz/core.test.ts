/**
 * Issue 7, "never crash, never hang, never lose a word", for the core: on
 * generated and mutated AIMS workspaces (test/support/generators.ts), parsing,
 * every rule and every editor feature at random positions (past the end too)
 * finish without an exception and within LIMIT_MS per case (measured; a
 * watchdog interrupts a hang), no rule fails silently (the service logs rule
 * exceptions), every range lies inside its document, and code-action and
 * rename edits apply cleanly, change only their ranges, keep the line breaks
 * and give text that parses and checks again.
 * Cases: AIMS_FUZZ_RUNS (default 200); replay with AIMS_FUZZ_SEED.
 * Unit also: document.ts (languageOf, which file names are read as which language).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService, DEFAULT_CONFIG, parseDocument, type AimsLanguageService } from '../../server/src/core/index.js';
import { MemoryHost, uriOf } from '../support/memoryHost.js';
import { fuzzParams, positionSeeds, workspaceFiles } from '../support/generators.js';
import { languageOf } from '../../server/src/core/parse/document.js';
import { KNOWN_ISSUES, bounded } from './invariants.js';
import { exercise } from './exercise.js';

const LIMIT_MS = Number(process.env['AIMS_FUZZ_CASE_MS'] ?? 2000);

test('fuzz: generated and mutated workspaces — parse, rules and features finish, in bounds, with valid ranges and edits', async (t) => {
  let cases = 0;
  let slowest = 0;
  let total = 0;
  await fc.assert(
    fc.asyncProperty(workspaceFiles, positionSeeds, fc.boolean(), fc.string({ maxLength: 4 }), async (files, seeds, editorBuffers, query) => {
      const started = performance.now();
      const texts = new Map(files.map((f) => [uriOf(f.path), f.text]));
      let host: MemoryHost;
      let service: AimsLanguageService;
      if (editorBuffers) {
        // As an editor sends them: raw strings (lone surrogates, a BOM kept), set synchronously below.
        host = new MemoryHost(Object.fromEntries(files.filter((f) => f.path === '.aims.yaml').map((f) => [f.path, f.text])));
        service = createLanguageService(host);
        await service.indexWorkspace();
      } else {
        // As read from disk (BOM stripped, invalid UTF-8 skipped). Parse first under the watchdog:
        // indexing is asynchronous and cannot be interrupted, so a parser hang must show here.
        bounded('parsing', LIMIT_MS, () => {
          for (const f of files) parseDocument({ uri: uriOf(f.path), relativePath: f.path, text: f.text, version: 1, config: DEFAULT_CONFIG });
        });
        host = new MemoryHost(Object.fromEntries(files.map((f) => [f.path, f.text])));
        service = createLanguageService(host);
        await service.indexWorkspace();
      }
      const left = Math.max(1, LIMIT_MS - (performance.now() - started));
      bounded('rules and features', left, () => {
        if (editorBuffers)
          for (const f of files) {
            const bomBug = KNOWN_ISSUES.markdownBomShiftsSpans && languageOf(f.path) === 'markdown';
            if (service.isIncluded(f.path)) service.setDocument({ uri: uriOf(f.path), relativePath: f.path }, bomBug ? f.text.replace(/^\uFEFF/, '') : f.text, 1);
          }
        exercise(service, texts, seeds, query);
      });
      assert.deepEqual(host.logs.filter((l) => /failed/.test(l)), [], 'a rule threw');
      const ms = performance.now() - started;
      assert.ok(ms < LIMIT_MS, `case took ${ms.toFixed(0)} ms (limit ${LIMIT_MS})`);
      cases++;
      total += ms;
      slowest = Math.max(slowest, ms);
    }),
    fuzzParams(200),
  );
  t.diagnostic(`core fuzz: ${cases} cases in ${(total / 1000).toFixed(1)} s, slowest ${slowest.toFixed(0)} ms`);
});
