/**
 * Every editor feature through the built server over stdio, on a copy of
 * examples/: the LSP shapes the adapter produces from the core's answers.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

let c: LspClient;
let root: string;
let rootUri: string;

before(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'aims-lspf-'));
  cpSync(path.resolve(SOURCE_TEST_DIR, '..', 'examples'), root, { recursive: true });
  writeFileSync(path.join(root, '.aims.yaml'), readFileSync(path.join(root, '.aims.yaml'), 'utf8') + '\ntoday: 2026-11-28\nsectors: [finance]\n');
  rootUri = pathToFileURL(root).href;
  c = LspClient.start();
  await c.initialize(rootUri, { textDocument: { diagnostic: {} } });
});

after(async () => {
  assert.equal(await c.stop(), 0);
});

const uriOf = (rel: string) => `${rootUri}/${rel}`;
function at(rel: string, needle: string, nth = 0, delta = 0): { textDocument: { uri: string }; position: { line: number; character: number } } {
  const text = readFileSync(path.join(root, rel), 'utf8');
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in ${rel}`);
  const lines = text.slice(0, i + delta).split('\n');
  return { textDocument: { uri: uriOf(rel) }, position: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
}
const req = <T>(method: string, params: unknown) => c.connection.sendRequest(method, params) as Promise<T>;

test('hover: a control shows its title and the SoA decision; a risk shows its definition', async () => {
  const h = await req<{ contents: { kind: string; value: string } }>('textDocument/hover', at('risk/risk-register.yaml', 'A.9.4', 0, 2));
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /A\.9\.4 — Intended use of the AI system/);
  assert.match(h.contents.value, /applicable/i);
  const r = await req<{ contents: { value: string } }>('textDocument/hover', at('evaluation/management-review-2026.md', 'R-00', 0, 2));
  assert.match(r.contents.value, /R-00\d/);
  assert.equal(await req('textDocument/hover', at('risk/risk-register.yaml', 'aims:', 0, 1)), null);
});

test('hover: a sector in .aims.yaml, which is no document, gets its Annex D hover over stdio', async () => {
  const h = await req<{ contents: { value: string } }>('textDocument/hover', at('.aims.yaml', 'finance', 0, 2));
  assert.match(h.contents.value, /\*\*Finance\*\* \(ISO\/IEC 42001 Annex D\)/);
  assert.equal(await req('textDocument/hover', at('.aims.yaml', 'today', 0, 1)), null);
});

test('completion: control IDs with titles after "A."', async () => {
  const doc = uriOf('notes.md');
  await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc, languageId: 'markdown', version: 1, text: '# ISO/IEC 42001 notes\n\nSee A.6.2' } });
  const items = await req<{ label: string; detail?: string; textEdit?: { range: unknown } }[] | { items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: doc }, position: { line: 2, character: 9 } });
  const list = Array.isArray(items) ? items : items.items;
  const rows = list as { label: string; detail?: string; labelDetails?: { description?: string }; preselect?: boolean }[];
  const a624 = rows.find((i) => i.label === 'A.6.2.4');
  assert.ok(a624, JSON.stringify(list.slice(0, 5)));
  assert.equal(a624.detail, 'AI system verification and validation');
  // The title on every row (labelDetails), and one preselected entry, a control (A.6.2 is a group).
  assert.equal(a624.labelDetails?.description, 'AI system verification and validation');
  assert.deepEqual(rows.filter((i) => i.preselect).map((i) => i.label.split('.').length), [4]);
});

test('definition and references of a risk ID across Markdown and YAML', async () => {
  const def = await req<{ uri: string; range: { start: { line: number } } }[]>('textDocument/definition', at('risk/risk-treatment-plan.md', 'R-001', 0, 1));
  assert.equal(def.length, 1);
  assert.equal(def[0]!.uri, uriOf('risk/risk-register.yaml'));
  const refs = await req<{ uri: string }[]>('textDocument/references', { ...at('risk/risk-register.yaml', 'R-001', 0, 1), context: { includeDeclaration: true } });
  const files = new Set(refs.map((r) => r.uri));
  assert.ok(files.has(uriOf('risk/risk-register.yaml')) && files.has(uriOf('risk/risk-treatment-plan.md')), [...files].join('\n'));
});

test('rename: prepare, refuse an existing ID, and edit every file', async () => {
  const p = at('risk/risk-register.yaml', 'R-003', 0, 1);
  const prep = await req<{ range: unknown; placeholder: string }>('textDocument/prepareRename', p);
  assert.equal(prep.placeholder, 'R-003');
  await assert.rejects(req('textDocument/rename', { ...p, newName: 'R-001' }), /already defined/);
  const edit = await req<{ changes: Record<string, { newText: string }[]> }>('textDocument/rename', { ...p, newName: 'R-077' });
  assert.ok(Object.keys(edit.changes).length >= 2);
  assert.ok(Object.values(edit.changes).flat().every((e) => e.newText === 'R-077'));
  assert.equal(await req('textDocument/prepareRename', at('risk/risk-register.yaml', 'A.9.4', 0, 1)), null);
});

test('document symbols, workspace symbols, links, folding and code lenses', async () => {
  const symbols = await req<{ name: string; children?: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('risk/statement-of-applicability.md') } });
  assert.ok(symbols.length > 0 && JSON.stringify(symbols).includes('A.10.4'));
  const ws = await req<{ name: string }[]>('workspace/symbol', { query: 'R-004' });
  assert.ok(ws.some((s) => s.name.startsWith('R-004')), JSON.stringify(ws.slice(0, 3)));
  const links = await req<{ target: string }[]>('textDocument/documentLink', { textDocument: { uri: uriOf('risk/risk-treatment-plan.md') } });
  assert.ok(links.some((l) => l.target.startsWith(uriOf('risk/risk-register.yaml'))));
  const folds = await req<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: uriOf('governance/ai-policy.md') } });
  assert.ok(folds.length > 3 && folds.every((f) => f.endLine >= f.startLine));
  const lenses = await req<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: uriOf('risk/risk-register.yaml') } });
  assert.ok(lenses.some((l) => /cited by \d+ document/.test(l.command.title)), JSON.stringify(lenses.slice(0, 2)));
});

test('code actions: the did-you-mean quick fix for the unknown control', async () => {
  const p = at('evaluation/internal-audit-2026.md', 'A.6.2.9', 0, 1);
  const range = { start: p.position, end: p.position };
  const diagnostics = ((await req<{ items: { code: string; range: unknown }[] }>('textDocument/diagnostic', { textDocument: p.textDocument })).items).filter((d) => d.code === 'unknown-control');
  const actions = await req<{ title: string; kind: string; isPreferred?: boolean; diagnostics?: unknown[]; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', { textDocument: p.textDocument, range, context: { diagnostics } });
  const preferred = actions.find((a) => a.isPreferred);
  assert.ok(preferred, JSON.stringify(actions.map((a) => a.title)));
  assert.match(preferred.title, /A\.6\.2\.8/);
  assert.equal(preferred.kind, 'quickfix');
  assert.equal(preferred.diagnostics?.length, 1);
  assert.equal(Object.values(preferred.edit.changes)[0]![0]!.newText, 'A.6.2.8');
});

test('custom requests: the rule catalogue and the coverage summary', async () => {
  const rules = await req<{ code: string }[]>('aims/rules', undefined);
  // Every rule the README documents, and no other.
  const readme = readFileSync(path.resolve(SOURCE_TEST_DIR, '..', 'README.md'), 'utf8');
  const documented = [...readme.matchAll(/^### `([a-z-]+)`$/gm)].map((m) => m[1]);
  assert.deepEqual(rules.map((r) => r.code).sort(), documented.sort());
  const cov = await req<{ percent: number; controlsDecided: number; errors: number }[]>('aims/coverage', {});
  assert.equal(cov[0]!.controlsDecided, 38);
  assert.equal(cov[0]!.errors, 2);
});

test('aims/coverageModel: the tree-view data (clauses, Annex A with SoA decisions, risks)', async () => {
  const [first] = await req<{ folder: string; model: { summary: { controlsDecided: number }; annexA: unknown; clauses: unknown } }[]>('aims/coverageModel', {});
  assert.ok(first);
  assert.equal(first.model.summary.controlsDecided, 38);
  assert.ok(JSON.stringify(first.model.annexA).includes('A.10.4'));
  assert.ok(JSON.stringify(first.model.clauses).includes('6.1.3'));
});

test('positions past the end and unknown documents get empty answers', async () => {
  assert.equal(await req('textDocument/hover', { textDocument: { uri: uriOf('risk/risk-register.yaml') }, position: { line: 99999, character: 99999 } }), null);
  assert.deepEqual(await req('textDocument/definition', { textDocument: { uri: 'file:///nowhere/x.md' }, position: { line: 0, character: 0 } }), []);
  assert.deepEqual(await req('textDocument/documentSymbol', { textDocument: { uri: 'untitled:Untitled-1' } }), []);
});

test('code tags in a source file: diagnostics at the tag, hover on its control, definition of its system, control completion after "aims: A."', async () => {
  const file = 'src/scheduler.py';
  const text = 'def plan(shifts):\n    # aims: A.6.2.8 SYS-002 "forecast log"\n    # aims: A.6.2.9\n    # aims: A.6.2\n    return shifts\n';
  const uri = uriOf(file);
  await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
  const report = await req<{ items: { code: string; range: { start: { line: number; character: number } } }[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(
    report.items.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`),
    ['2:12 unknown-control'],
  );
  const position = (needle: string, delta: number) => {
    const i = text.indexOf(needle) + delta;
    const lines = text.slice(0, i).split('\n');
    return { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1]!.length } };
  };
  const h = await req<{ contents: { value: string } }>('textDocument/hover', position('A.6.2.8', 2));
  assert.match(h.contents.value, /A\.6\.2\.8 — AI system recording of event logs/);
  const def = await req<{ uri: string }[]>('textDocument/definition', position('SYS-002', 2));
  assert.equal(def[0]?.uri, uriOf('systems/shiftcast.yaml'));
  const items = await req<{ label: string }[] | { items: { label: string }[] }>('textDocument/completion', position('A.6.2\n', 5));
  const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
  assert.ok(labels.includes('A.6.2.4'), labels.slice(0, 10).join(', '));
  await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});
