/**
 * The built language server over stdio, driven by a JSON-RPC client:
 * lifecycle, push and pull diagnostics, incremental changes, watched files,
 * configuration. (Each feature has its own test file next to this one.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

const EXAMPLES = path.resolve(SOURCE_TEST_DIR, '..', 'examples');

function copyExamples(): { dir: string; uri: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-lsp-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  // Pin the date so review-overdue is reproducible.
  writeFileSync(path.join(dir, '.aims.yaml'), readAndPin(path.join(EXAMPLES, '.aims.yaml')));
  return { dir, uri: pathToFileURL(dir).href };
}

function readAndPin(file: string): string {
  return `${readFileSync(file, 'utf8')}\ntoday: 2026-11-28\n`;
}

const allCodes = (c: LspClient) => [...c.diagnostics.values()].flatMap((p) => p.diagnostics.map((d) => String(d.code))).sort();

test('push diagnostics: the seven example findings arrive after indexing, with code links and related info', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    const init = await c.initialize(uri);
    assert.equal((init.capabilities as { diagnosticProvider?: unknown }).diagnosticProvider, undefined, 'no pull provider for a push client');
    await c.waitFor(() => allCodes(c).length === 7, '7 diagnostics');
    assert.deepEqual(allCodes(c), ['control-title-mismatch', 'dangling-reference', 'missing-section', 'review-overdue', 'risk-level-mismatch', 'unknown-clause', 'unknown-control']);
    const audit = c.diagnostics.get(uri + '/evaluation/internal-audit-2026.md')!.diagnostics[0]!;
    assert.deepEqual(audit.range, { start: { line: 37, character: 198 }, end: { line: 37, character: 205 } });
    assert.equal(audit.source, 'aims');
    assert.match(String(audit.codeDescription?.href), /README\.md#unknown-control$/);
    const mismatch = [...c.diagnostics.values()].flatMap((p) => p.diagnostics).find((d) => d.code === 'control-title-mismatch')!;
    assert.equal(mismatch.relatedInformation?.length, 1);
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test("a client's rule documentation template (VS Code's command URI) is every diagnostic's code link", async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri, {}, {}, { ruleDocumentation: 'command:aims.openRuleDocumentation?%5B%22{code}%22%5D' });
    await c.waitFor(() => allCodes(c).length === 7, '7 diagnostics');
    for (const d of [...c.diagnostics.values()].flatMap((p) => p.diagnostics)) assert.equal(d.codeDescription?.href, `command:aims.openRuleDocumentation?%5B%22${d.code}%22%5D`);
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('incremental edits: a fix removes the finding, a new mistake adds one (debounced)', async () => {
  const { dir, uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    await c.waitFor(() => allCodes(c).length === 7, 'initial diagnostics');
    const docUri = uri + '/evaluation/internal-audit-2026.md';
    const text = readFileSync(path.join(dir, 'evaluation', 'internal-audit-2026.md'), 'utf8');
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version: 1, text } });
    // Replace "A.6.2.9" (line 37, 198-205) with "A.6.2.8": one incremental change.
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: docUri, version: 2 },
      contentChanges: [{ range: { start: { line: 37, character: 204 }, end: { line: 37, character: 205 } }, text: '8' }],
    });
    await c.waitFor(() => (c.diagnostics.get(docUri)?.diagnostics.length ?? -1) === 0, 'the unknown-control finding to go');
    // Type a new mistake at the end of the first body line, character by character.
    for (const [i, ch] of [...'Clause 9.4 '].entries())
      await c.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: docUri, version: 3 + i },
        contentChanges: [{ range: { start: { line: 13, character: i }, end: { line: 13, character: i } }, text: ch }],
      });
    await c.waitFor(() => c.diagnostics.get(docUri)?.diagnostics.some((d) => d.code === 'unknown-clause') === true, 'unknown-clause after typing');
  } finally {
    await c.stop();
  }
});

test('pull diagnostics (LSP 3.17): document and workspace reports, result IDs (unchanged when the findings are), refresh after a change', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    const init = await c.initialize(uri, { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } });
    assert.deepEqual((init.capabilities as { diagnosticProvider: unknown }).diagnosticProvider, { identifier: 'aims', interFileDependencies: true, workspaceDiagnostics: true });
    const docUri = uri + '/risk/risk-register.yaml';
    type Report = { kind: string; resultId?: string; items: { code: string }[] };
    const report = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: docUri } })) as Report;
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code), ['risk-level-mismatch']);
    // Asked again with the result it has, the client is told nothing changed; with another, it gets the full list again.
    const again = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: docUri }, previousResultId: report.resultId })) as Report;
    assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });
    const stale = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: docUri }, previousResultId: 'old' })) as Report;
    assert.equal(stale.kind, 'full');
    assert.equal(stale.items.length, 1);
    const ws = (await c.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: { uri: string; items: unknown[] }[] };
    assert.equal(ws.items.flatMap((i) => i.items).length, 7);
    assert.equal(c.diagnostics.size, 0, 'a pull client gets no pushed diagnostics');
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'yaml', version: 1, text: 'aims:\n  kind: risk-register\nrisks: [\n' } });
    await c.waitFor(() => c.refreshes > 0, 'a diagnostic refresh request');
    const after = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: docUri }, previousResultId: report.resultId })) as Report;
    assert.equal(after.kind, 'full');
    assert.notEqual(after.resultId, report.resultId);
    assert.ok(after.items.some((d) => d.code === 'yaml-syntax'));
  } finally {
    await c.stop();
  }
});

test('stale diagnostics: a document whose findings are gone is reported once more, empty, and a closed buffer pulled at once reads as the file on disk', async () => {
  const { dir, uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri, { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } });
    type Ws = { items: { uri: string; items: { code: string }[] }[] };
    const pull = async () => ((await c.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as Ws).items;
    const audit = path.join(dir, 'evaluation', 'internal-audit-2026.md');
    const auditUri = pathToFileURL(audit).href;
    const first = await pull();
    assert.ok(first.find((i) => i.uri === auditUri)?.items.some((d) => d.code === 'unknown-control'));
    // The mistake is fixed on disk (a revert, a pull from main): the file has no finding left.
    writeFileSync(audit, readFileSync(audit, 'utf8').replace('A.6.2.9', 'A.6.2.8'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: auditUri, type: 2 }] });
    // Pulled until the change is read (the watched-file notification is handled asynchronously).
    let second = await pull();
    for (let tries = 0; second.find((i) => i.uri === auditUri)?.items.length && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      second = await pull();
    }
    assert.deepEqual(second.find((i) => i.uri === auditUri)?.items, [], 'reported empty');
    assert.equal((await pull()).find((i) => i.uri === auditUri), undefined, 'and then no more');
    // A buffer made wrong, then closed unsaved: the pull the client makes at once answers with
    // the file on disk (clean), and the next workspace report names the file, empty.
    const text = readFileSync(audit, 'utf8');
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: auditUri, languageId: 'markdown', version: 1, text: text.replace('A.6.2.8', 'A.6.2.99') } });
    type Report = { kind: string; items: { code: string }[] };
    const dirty = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: auditUri } })) as Report;
    assert.ok(dirty.items.some((d) => d.code === 'unknown-control'));
    await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: auditUri } });
    const closed = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: auditUri } })) as Report;
    assert.deepEqual(closed.items, [], 'the pull after closing reads the file on disk');
    assert.deepEqual((await pull()).find((i) => i.uri === auditUri)?.items, [], 'the closed file reported empty');
  } finally {
    await c.stop();
  }
});

test('watched files: a file created, changed and deleted on disk keeps the index true', async () => {
  const { dir, uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    await c.waitFor(() => allCodes(c).length === 7, 'initial diagnostics');
    // Define R-012 in a new register: the dangling reference in the management review resolves.
    const extra = path.join(dir, 'risk', 'extra-risks.yaml');
    writeFileSync(extra, 'aims:\n  kind: risk-register\n  id: RR-EXTRA\n  title: Extra\n  owner: Me\n  version: "1"\n  status: draft\nrisks:\n  - id: R-012\n    title: Extra risk\n    owner: Me\n    likelihood: 1\n    impact: 1\n    treatment: retain\n    status: open\n');
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(extra).href, type: 1 }] });
    await c.waitFor(() => !allCodes(c).includes('dangling-reference'), 'R-012 to resolve');
    unlinkSync(extra);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(extra).href, type: 3 }] });
    await c.waitFor(() => allCodes(c).includes('dangling-reference'), 'R-012 to dangle again');
  } finally {
    await c.stop();
  }
});

test('configuration from the client: a rule turned off disappears', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri, {}, { rules: { 'unknown-control': 'off' } });
    await c.waitFor(() => allCodes(c).length === 6, '6 diagnostics with unknown-control off');
    assert.ok(!allCodes(c).includes('unknown-control'));
    c.settings = {};
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await c.waitFor(() => allCodes(c).includes('unknown-control'), 'unknown-control back');
  } finally {
    await c.stop();
  }
});

test('code lenses: one summary lens per SoA table by default; aims.codeLens.tableRows gives one per row and asks the client to refresh', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  let refreshes = 0;
  c.connection.onRequest('workspace/codeLens/refresh', () => {
    refreshes++;
    return null;
  });
  try {
    await c.initialize(uri, { workspace: { codeLens: { refreshSupport: true } } }, {});
    await c.waitFor(() => allCodes(c).length === 7, '7 diagnostics');
    const soa = { textDocument: { uri: `${uri}/risk/statement-of-applicability.md` } };
    const titles = async () => (await c.connection.sendRequest<{ command: { title: string } }[]>('textDocument/codeLens', soa)).map((l) => l.command.title);
    const summary = await titles();
    assert.deepEqual(summary.filter((t) => /^\d+ controls?:/.test(t)).length, 1, summary.join('\n'));
    assert.ok(!summary.some((t) => /^(?:cited by|not cited)/.test(t)), 'no lens per row');
    c.settings = { codeLens: { tableRows: true } };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    // The refresh is a request, which waitFor does not watch: poll the lenses (a hang guard, not a timing).
    let rows = await titles();
    for (let i = 0; i < 200 && rows.length < 38; i++) rows = await new Promise((r) => setTimeout(r, 50)).then(titles);
    assert.ok(refreshes > 0, 'the client is asked to refresh its lenses');
    assert.equal(rows.filter((t) => /^(?:cited by \d+ documents?|not cited elsewhere)$/.test(t)).length, 38, rows.join('\n'));
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('bad requests get an empty answer or an error, and the server stays alive', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri, { textDocument: { diagnostic: {} } });
    const unknown = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/x.md' } })) as { items: unknown[] };
    assert.deepEqual(unknown.items, []);
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere/y.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await assert.rejects(c.connection.sendRequest('aims/no-such-request'));
    const rules = (await c.connection.sendRequest('aims/rules')) as { code: string }[];
    assert.ok(rules.some((r) => r.code === 'unknown-control'));
  } finally {
    assert.equal(await c.stop(), 0);
  }
});
