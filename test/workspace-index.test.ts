/**
 * The workspace index (workspaceIndex/workspaceIndex.ts) is updated one document at a time; these tests hold it
 * equal to one built from scratch, check that its signature covers every
 * cross-file fact a workspace rule reads (a stale cached finding was possible
 * before), and that closed documents are kept as summaries with full models
 * built on demand. Also reached past the facade: workspaceIndex/facts.ts (definitionKey) and
 * workspaceIndex/readers.ts (RecordingReader and the definition keys it keeps), with
 * model/types.ts for EntityType.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService, DEFAULT_CONFIG, parseDocument, type AimsDocument } from '../server/src/core/index.js';
import type { EntityType } from '../server/src/core/model/types.js';
import { WorkspaceIndex } from '../server/src/core/workspaceIndex/workspaceIndex.js';
import { definitionKey, definitionKeysOf } from '../server/src/core/workspaceIndex/facts.js';
import { RecordingReader } from '../server/src/core/workspaceIndex/readers.js';
import { fuzzParams, markdownDoc, yamlDoc } from './support/generators.js';
import { CROSS_FILE_DOCS } from './support/crossFile.js';
import { MemoryHost, uriOf } from './support/memoryHost.js';

function dump(index: WorkspaceIndex): unknown {
  const located = (l: readonly { uri: string; item: unknown }[]) => l.map((x) => [x.uri, x.item]);
  const defs = [...index.allDefinitions()].map(([k, l]) => [k, located(l)]).sort();
  // The count rules ask for first (definitionCount) is the length of the list they would get.
  for (const [k, l] of index.allDefinitions()) assert.equal(index.definitionCount(k.slice(0, k.indexOf(':')) as 'risk', k.slice(k.indexOf(':') + 1).toLowerCase()), l.length, k);
  // The keys read as defined more than once are those with more than one definition.
  assert.deepEqual([...index.repeatedDefinitions()].sort(), [...index.allDefinitions()].filter(([, l]) => l.length > 1).map(([k]) => k).sort());
  const ids = new Set(index.documents.flatMap((d) => d.references.map((r) => [r.type, r.id] as const)).map((x) => x.join(':')));
  const citations = [...ids].sort().map((k) => [k, located(index.citationsOf(k.split(':')[0] as 'risk', k.slice(k.indexOf(':') + 1)))]);
  const soa = [...new Set(index.documents.flatMap((d) => d.soa.map((e) => e.controlId)))].sort().map((c) => [c, located(index.soaEntriesFor(c))]);
  return { docs: index.documents.map((d) => d.uri), defs, citations, soa, signature: index.signature, retired: index.documents.filter((d) => index.isRetired(d.uri)).map((d) => d.uri), repeated: [...index.repeatedDefinitions()].sort(), excluded: [...index.excludedControls()].sort() };
}

test('an index updated document by document equals one built from the final documents', () => {
  const doc = fc.oneof(markdownDoc.map((t) => ['md', t] as const), yamlDoc.map((t) => ['yaml', t] as const));
  const op = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.option(doc, { nil: undefined }));
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
      const index = new WorkspaceIndex();
      const current = new Map<string, AimsDocument>();
      let version = 0;
      for (const [slot, d] of ops) {
        const uri = uriOf(`d${slot}.${d?.[0] ?? 'md'}`);
        for (const other of [...current.keys()].filter((u) => u.startsWith(uriOf(`d${slot}.`)) && u !== uri)) {
          index.remove(other);
          current.delete(other);
        }
        if (!d) {
          index.remove(uri);
          current.delete(uri);
          continue;
        }
        const parsed = parseDocument({ uri, relativePath: uri.slice(uriOf('').length), text: d[1], version: ++version, config: DEFAULT_CONFIG });
        index.set(parsed);
        current.set(uri, parsed);
      }
      assert.deepStrictEqual(dump(index), dump(new WorkspaceIndex(current.values())));
    }),
    fuzzParams(150),
  );
});

const REGISTER = 'aims:\n  kind: risk-register\n  id: RR-001\nrisks:\n  - id: R-001\n    title: Bias\n    likelihood: 5\n    impact: 5\n    treatment: ""\n    controls: []\n';
const plan = (body: string, status = 'approved') => `---\naims:\n  kind: risk-treatment-plan\n  id: RTP-001\n  status: ${status}\n---\n# Risk treatment plan\n\n${body}\n`;

test('cached findings follow the facts workspace rules read: treatment-plan citations and retired documents', async () => {
  const host = new MemoryHost({ 'register.yaml': REGISTER, 'plan.md': plan('Nothing yet.') });
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const untreated = () => service.getFindings(uriOf('register.yaml')).filter((f) => f.code === 'risk-untreated').length;
  const file = { uri: uriOf('plan.md'), relativePath: 'plan.md' };
  assert.equal(untreated(), 1);
  // Before the signature covered citations, the register kept its stale finding here.
  service.setDocument(file, plan('R-001 is treated.'), 2);
  assert.equal(untreated(), 0);
  // Same length, so no definition moves: only the retired status changes.
  service.setDocument(file, plan('R-001 is treated.', 'retired '), 3);
  assert.equal(untreated(), 1);
});

test('closed documents are kept as summaries; their full model is built on demand', async () => {
  const host = new MemoryHost({ 'register.yaml': REGISTER, 'policy.md': '---\naims:\n  kind: policy\n  id: POL-001\n---\n# AI policy\n\n## Purpose\n\nSee R-001.\n' });
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const uri = uriOf('policy.md');
  const summary = service.getSummary(uri)!;
  assert.equal('sections' in summary, false, 'no sections kept for a closed document');
  const model = service.getDocument(uri)!;
  assert.deepEqual(model.sections.map((s) => s.title), ['AI policy', 'Purpose']);
  assert.equal(model.references, summary.references, 'the model shares the summary\'s objects');
  assert.equal(service.getDocument(uri), model, 'remembered');
  // An open document keeps its model; closing it goes back to the disk's summary.
  const open = service.setDocument({ uri, relativePath: 'policy.md' }, model.text + '\nMore.\n', 2);
  assert.equal(service.getDocument(uri), open);
  await service.closeDocument(uri);
  assert.equal('sections' in service.getSummary(uri)!, false);
});

test('findings of a document alone leave out what depends on the rest of the workspace', async () => {
  const host = new MemoryHost({ 'policy.md': '---\naims:\n  kind: policy\n  id: POL-001\n  next_review: 2020-01-01\n---\n# AI policy\n\nSee R-404 and A.6.2.9.\n' });
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const all = service.getFindings(uriOf('policy.md')).map((f) => f.code);
  const alone = service.getDocumentFindings(uriOf('policy.md')).map((f) => f.code);
  assert.ok(all.includes('dangling-reference') && all.includes('review-overdue') && all.includes('unknown-control'));
  assert.ok(alone.includes('unknown-control'));
  assert.ok(!alone.includes('dangling-reference') && !alone.includes('review-overdue'));
  assert.deepEqual(alone.filter((c) => !all.includes(c)), []);
});

const SHIFTED_REGISTER = `aims:
  kind: risk-register
  id: RR-1
  title: AI risk register
  owner: Head of AI
  version: "1"
  status: draft
risks:
  - id: R-001
    title: Biased ranking
    owner: CPO
    likelihood: 2
    impact: 3
    treatment: modify
    status: open
`;
const DUPLICATE = '# Notes on ISO/IEC 42001\n\n| ID | Risk | Likelihood | Impact |\n|---|---|---|---|\n| R-001 | Also biased | 2 | 2 |\n';
const CITING = '# Review (ISO/IEC 42001)\n\nR-001 and R-404 were discussed.\n';

test('a line inserted above definitions changes no other document\'s findings, except where they point into it; every finding equals a fresh read', async () => {
  const files = { 'register.yaml': SHIFTED_REGISTER, 'notes.md': DUPLICATE, 'review.md': CITING };
  const host = new MemoryHost(files);
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const all = () => Object.keys(files).map((p) => service.getFindings(uriOf(p)));
  const before = all();
  const related = (p: string) => service.getFindings(uriOf(p)).flatMap((f) => (f.related ?? []).map((r) => `${r.uri.split('/').pop()}:${r.range.start.line}`));
  assert.deepEqual(related('notes.md'), ['register.yaml:8']);
  let text = SHIFTED_REGISTER;
  for (let i = 1; i <= 5; i++) {
    text = text.replace('risks:\n', `# note ${i}\nrisks:\n`);
    service.setDocument({ uri: uriOf('register.yaml'), relativePath: 'register.yaml' }, text, i + 1);
    const after = all();
    // The citing review points nowhere: its cached findings are kept as they are.
    assert.equal(after[2], before[2], 'review.md was checked again');
    // The duplicate's related information points into the register: it moves with it.
    assert.deepEqual(related('notes.md'), [`register.yaml:${8 + i}`]);
    const fresh = createLanguageService(new MemoryHost({ ...files, 'register.yaml': text }));
    await fresh.indexWorkspace();
    for (const p of Object.keys(files)) assert.deepEqual(service.getFindings(uriOf(p)), fresh.getFindings(uriOf(p)), p);
  }
});

test('findings kept by fact versions equal a fresh read after any sequence of edits across documents (differential)', async () => {
  const slot = fc.integer({ min: 0, max: 3 });
  const op = fc.tuple(slot, fc.option(CROSS_FILE_DOCS, { nil: undefined, freq: 6 }));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(slot, CROSS_FILE_DOCS), { minLength: 2, maxLength: 4 }), fc.array(op, { minLength: 1, maxLength: 6 }), async (initial, ops) => {
      const files: Record<string, string> = {};
      const pathOf = (i: number, d: readonly [string, string]) => `d${i}.${d[0]}`;
      for (const [i, d] of initial) files[pathOf(i, d)] = d[1];
      const host = new MemoryHost(files);
      const service = createLanguageService(host);
      await service.indexWorkspace();
      for (const p of Object.keys(files)) service.getFindings(uriOf(p));
      let version = 1;
      // Slot 0 is edited in an editor (an open buffer); the others change on disk (watched files).
      for (const [i, d] of ops) {
        version++;
        for (const p of Object.keys(files).filter((p) => p.startsWith(`d${i}.`) && (!d || p !== pathOf(i, d)))) {
          if (service.isOpen(uriOf(p))) await service.closeDocument(uriOf(p));
          host.delete(p);
          service.removeFile(uriOf(p));
          delete files[p];
        }
        if (d) {
          const p = pathOf(i, d);
          files[p] = d[1];
          host.write(p, d[1]);
          if (i === 0) service.setDocument({ uri: uriOf(p), relativePath: p }, d[1], version);
          else await service.refreshFile({ uri: uriOf(p), relativePath: p });
        }
        const fresh = createLanguageService(new MemoryHost(files));
        await fresh.indexWorkspace();
        for (const q of Object.keys(files)) assert.deepEqual(service.getFindings(uriOf(q)), fresh.getFindings(uriOf(q)), `${q} after ${version - 1} edits`);
      }
    }),
    fuzzParams(60),
  );
});

test('the definition keys a reader looks up and notes are those of the type and ID asked, whatever was asked before (readers.ts keeps them)', () => {
  const asked: [EntityType, string][] = [['risk', 'R-001'], ['document', 'R-001'], ['risk', 'r-001'], ['system', 'SYS-001'], ['document', 'AIMS-VERY-LONG-ID-001'], ['risk', 'R-001']];
  for (const [type, id] of asked) assert.deepEqual(definitionKeysOf(type, id), [definitionKey(type, id), 'd:' + definitionKey(type, id)]);
  const index = new WorkspaceIndex([parseDocument({ uri: uriOf('r.md'), relativePath: 'r.md', text: '---\naims:\n  kind: risk-register\n---\n# Risks\n\n| ID | Risk | Likelihood |\n|---|---|---|\n| R-001 | Drift | 2 |\n', version: 1, config: DEFAULT_CONFIG })]);
  const reader = new RecordingReader(index);
  assert.equal(reader.definitionCount('risk', 'r-001'), 1);
  assert.equal(reader.definitionCount('document', 'R-001'), 0);
  assert.deepEqual(reader.dependencies().keys, ['d:risk:R-001', 'd:document:R-001']);
});
