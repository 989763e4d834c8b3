/**
 * The custom requests and notifications the VS Code client relies on
 * (protocol/requests.ts), over stdio against the built server: settings as VS Code
 * sends them, aims/soa, aims/coverageReport, aims/indexChanged, aims/reindex.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { untouchedVsCodeSettings } from '../support/vscodeSettings.js';
import type { CoverageReportPayload, CoverageSummaryPayload, NewDocumentParams, NewDocumentPayload, SoaPayload, TemplateChoice } from '../../protocol/requests.js';

const EXAMPLES = path.resolve(SOURCE_TEST_DIR, '..', 'examples');

function copyExamples(): { dir: string; uri: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-lsp-req-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  writeFileSync(path.join(dir, '.aims.yaml'), `${readFileSync(path.join(EXAMPLES, '.aims.yaml'), 'utf8')}\ntoday: 2026-11-28\n`);
  return { dir, uri: pathToFileURL(dir).href };
}

/** What VS Code sends for `aims` when the user set nothing: every contributed key, empty. */
const VSCODE_EMPTY_SETTINGS = {
  documents: { include: [], exclude: [], kinds: [] },
  ids: { risk: '', system: '', document: '' },
  risk: {},
  rules: {},
  frameworks: [],
  max_file_size: null,
  today: '',
  guidance: { overlay: '' },
  statusBar: { enabled: true },
  trace: { server: 'off' },
};

const allCodes = (c: LspClient) => [...c.diagnostics.values()].flatMap((p) => p.diagnostics.map((d) => String(d.code)));

test("settings as VS Code sends them (empty lists and objects for unset keys) leave .aims.yaml's values standing", async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri, {}, VSCODE_EMPTY_SETTINGS);
    await c.waitFor(() => allCodes(c).length === 7, 'the 7 example findings');
    const [summary] = await c.connection.sendRequest<CoverageSummaryPayload[]>('aims/coverage', {});
    assert.equal(summary!.documents, 21);
    assert.equal(summary!.percent, 96, 'the examples: their audit and monitoring reports each carry an error, so they are incomplete');
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('a clean start with untouched settings (derived from package.json as VS Code derives them) logs no line', async () => {
  const { uri } = copyExamples();
  const manifest = JSON.parse(readFileSync(path.resolve(SOURCE_TEST_DIR, '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { type?: string | string[]; default?: unknown }> } } };
  const settings = untouchedVsCodeSettings(manifest.contributes.configuration.properties);
  const c = LspClient.start();
  try {
    // As the VS Code client sends them: in initializationOptions and as the answer to workspace/configuration.
    const changes = c.collect<{ folder: string }>('aims/indexChanged');
    await c.initialize(uri, {}, settings, { settings, trusted: true });
    await c.waitFor(() => changes.length >= 1 && allCodes(c).length === 7, 'the first index and the 7 example findings');
    assert.deepEqual(c.logs, []);
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('aims/soa: the statement in force is the target; the examples are up to date', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    // The folder as VS Code names it (no trailing slash).
    const soa = await c.connection.sendRequest<SoaPayload>('aims/soa', { folder: uri });
    assert.equal(soa.target, `${uri}/risk/statement-of-applicability.md`);
    assert.equal(soa.format, 'markdown');
    assert.equal(soa.changed, false);
    assert.equal(soa.text, readFileSync(new URL(soa.target!), 'utf8'));
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('aims/soa: without a statement, a new one lists all 38 controls; the server writes nothing', async () => {
  const { dir, uri } = copyExamples();
  rmSync(path.join(dir, 'risk', 'statement-of-applicability.md'));
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    const soa = await c.connection.sendRequest<SoaPayload>('aims/soa', { format: 'yaml' });
    assert.equal(soa.target, undefined);
    assert.equal(soa.format, 'yaml');
    assert.equal(new Set(soa.text.match(/\bA\.\d+\.\d+(?:\.\d+)?\b/g)).size, 38);
    assert.throws(() => readFileSync(path.join(dir, 'risk', 'statement-of-applicability.md')));
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('aims/coverageReport: the self-contained HTML report of the folder', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    const [report] = await c.connection.sendRequest<CoverageReportPayload[]>('aims/coverageReport', {});
    assert.equal(report!.folder.replace(/\/$/, ''), uri);
    assert.match(report!.html, /^<!DOCTYPE html>/);
    assert.match(report!.html, /AIMS coverage report/);
    assert.doesNotMatch(report!.html, /<script|https?:\/\//i);
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('aims/indexChanged after indexing and after an edit; aims/reindex reads files changed behind its back', async () => {
  const { dir, uri } = copyExamples();
  const c = LspClient.start();
  const changes = c.collect<{ folder: string }>('aims/indexChanged');
  try {
    await c.initialize(uri);
    await c.waitFor(() => changes.length >= 1, 'aims/indexChanged after the first index');
    assert.equal(changes[0]!.folder.replace(/\/$/, ''), uri);
    const docUri = `${uri}/governance/ai-policy.md`;
    const text = readFileSync(path.join(dir, 'governance', 'ai-policy.md'), 'utf8');
    const before = changes.length;
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version: 1, text: `${text}\nSee A.99.1.\n` } });
    await c.waitFor(() => changes.length > before, 'aims/indexChanged after an edit');

    // A file changed on disk without a watched-files notification: only a re-index sees it.
    writeFileSync(path.join(dir, 'support', 'competence.md'), readFileSync(path.join(dir, 'support', 'competence.md'), 'utf8').replace('2026-09-30', '2027-09-30'));
    await c.connection.sendRequest('aims/reindex');
    const [summary] = await c.connection.sendRequest<CoverageSummaryPayload[]>('aims/coverage', {});
    assert.equal(summary!.warnings, 4, 'review-overdue is gone after the re-index');
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('aims/soa refuses to update a flow-style YAML statement (controls: [...]) instead of calling it up to date', async () => {
  const { dir, uri } = copyExamples();
  rmSync(path.join(dir, 'risk', 'statement-of-applicability.md'));
  const file = path.join(dir, 'risk', 'statement-of-applicability.yaml');
  const text = 'aims:\n  kind: soa\n  id: SOA-009\n  status: draft\ncontrols: [{id: A.2.2, applicable: true, justification: Needed}, {id: A.2.3, applicable: true, justification: Needed}]\n';
  writeFileSync(file, text);
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    await assert.rejects(c.connection.sendRequest<SoaPayload>('aims/soa', { folder: uri }), /statement-of-applicability\.yaml was not updated: its "controls" list is written in flow style/);
    assert.equal(readFileSync(file, 'utf8'), text);
  } finally {
    assert.equal(await c.stop(), 0);
  }
});

test('aims/templates and aims/newDocument: the client gets the kinds and a new text whose ID the folder does not use', async () => {
  const { uri } = copyExamples();
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    const choices = await c.connection.sendRequest<TemplateChoice[]>('aims/templates');
    assert.ok(choices.some((t) => t.kind === 'policy' && t.formats.includes('markdown') && t.fileNames.markdown === 'ai-policy.md'), JSON.stringify(choices[0]));
    const params: NewDocumentParams = { kind: 'policy', format: 'markdown', title: 'Supplier AI policy', today: '2026-12-04', eol: '\n', folder: uri };
    const made = await c.connection.sendRequest<NewDocumentPayload>('aims/newDocument', params);
    // The examples define POL-001: the new policy takes the next number.
    assert.equal(made.id, 'POL-002');
    assert.match(made.text, /# Supplier AI policy\n/);
    await assert.rejects(c.connection.sendRequest('aims/newDocument', { ...params, kind: 'no-such-kind' }), /not a kind of AIMS document/);
  } finally {
    assert.equal(await c.stop(), 0);
  }
});
