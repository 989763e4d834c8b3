/**
 * What an edit keeps equals a fresh read, findings included (issue 13): a findings-heavy
 * Markdown or YAML document open in the editor and edited by typing, cutting, and inserting,
 * deleting or duplicating whole lines (test/support/heavy.ts), beside documents it cites and
 * that cite it, and the risk assessment process its risks are read by, edited in turn. After every edit, every document's findings from the service that reused what
 * it could (chunks, mentions, kept judgements, fact versions, cached findings) equal those of a
 * service that reads the same files for the first time.
 * Cases: AIMS_FUZZ_RUNS (default 60, each a sequence of up to 8 edits); AIMS_FUZZ_SEED replays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService } from '../server/src/core/index.js';
import { MemoryHost, uriOf } from './support/memoryHost.js';
import { fuzzParams } from './support/generators.js';
import { CITING, PROCESSES, applyEdit, edit, heavyMarkdown, heavyYaml } from './support/heavy.js';

const params = fuzzParams(60);

async function holds(path: string, start: string, edits: readonly Parameters<typeof applyEdit>[1][]): Promise<void> {
  const files: Record<string, string> = { [path]: start, 'plan.md': CITING, 'inventory.yaml': 'aims:\n  kind: ai-system\n  id: SYS-001\n  title: Scorer\nsystems:\n  - id: SYS-001\n    name: Scorer\n', 'process.md': PROCESSES[0]! };
  const service = createLanguageService(new MemoryHost(files));
  await service.indexWorkspace();
  const file = { uri: uriOf(path), relativePath: path };
  service.setDocument(file, start, 1);
  for (const p of Object.keys(files)) service.getFindings(uriOf(p));
  let text = start;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.op === 'process') {
      // The method every risk is read by changes in another document, opened and edited there.
      files['process.md'] = PROCESSES[e.version]!;
      service.setDocument({ uri: uriOf('process.md'), relativePath: 'process.md' }, files['process.md'], i + 2);
    }
    text = applyEdit(text, e);
    service.setDocument(file, text, i + 2);
    const fresh = createLanguageService(new MemoryHost({ ...files, [path]: text }));
    await fresh.indexWorkspace();
    for (const p of Object.keys(files))
      assert.deepEqual(service.getFindings(uriOf(p)), fresh.getFindings(uriOf(p)), `${p} after edit ${i + 1} (${JSON.stringify(edits[i])}) of ${JSON.stringify(text)}`);
  }
}

test('findings after edits to a findings-heavy Markdown document equal a fresh read (differential)', async () => {
  await fc.assert(
    fc.asyncProperty(heavyMarkdown, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => holds('policy.md', start, edits)),
    params,
  );
});

test('findings after edits to a findings-heavy YAML register equal a fresh read (differential)', async () => {
  await fc.assert(
    fc.asyncProperty(heavyYaml, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => holds('register.yaml', start, edits)),
    params,
  );
});
