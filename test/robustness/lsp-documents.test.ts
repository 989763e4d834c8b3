/**
 * Editor buffers the fuzzing of LSP sequences (test/fuzz/lsp-sequence.test.ts)
 * turned up, each as a named case against the built server over stdio: a file
 * opened outside the workspace, a URI with malformed %-escapes, and a document
 * closed and opened again at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient.js';
import { createLanguageService, type AimsHost } from '../../server/src/core/index.js';

interface Report {
  items: { code: string; message: string }[];
}

async function withServer(run: (c: LspClient, base: string, rootUri: string) => Promise<void>): Promise<void> {
  const base = mkdtempSync(path.join(tmpdir(), 'aims-lspdoc-'));
  mkdirSync(path.join(base, 'ws'));
  writeFileSync(path.join(base, 'ws', 'policy.md'), '# ISO/IEC 42001 notes\n\nNothing wrong on disk.\n');
  const c = LspClient.start();
  try {
    await c.initialize(pathToFileURL(path.join(base, 'ws')).href, { textDocument: { diagnostic: {} } });
    await run(c, base, pathToFileURL(path.join(base, 'ws')).href);
    assert.equal(c.child.exitCode, null);
  } finally {
    assert.equal(await c.stop(), 0);
  }
}

const diagnostics = (c: LspClient, uri: string) => c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<Report>;

test('a file opened outside the workspace is checked alone: its folder is never read, not even when settings arrive', async () => {
  await withServer(async (c, base) => {
    // The folder holds a register that defines R-001; it could be a home folder, so it must not be indexed.
    mkdirSync(path.join(base, 'outside'));
    writeFileSync(path.join(base, 'outside', 'register.yaml'), 'aims:\n  kind: risk-register\nrisks:\n  - id: R-001\n    title: Outside\n');
    const uri = pathToFileURL(path.join(base, 'outside', 'x.md')).href;
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# ISO/IEC 42001\n\nSee R-001.\n' } });
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { aims: {} } });
    // Re-reading settings (and, wrongly, the folder) is asynchronous: ask again until it has surely finished.
    for (let i = 0; i < 5; i++) {
      assert.deepEqual((await diagnostics(c, uri)).items.map((d) => d.code), ['dangling-reference'], `request ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});

test('a URI with malformed %-escapes ("100%.md"): the document is still checked', async () => {
  await withServer(async (c, _base, rootUri) => {
    const uri = `${rootUri}/100%.md`;
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# ISO/IEC 42001\n\nA.6.2.9\n' } });
    assert.deepEqual((await diagnostics(c, uri)).items.map((d) => d.code), ['unknown-control']);
    assert.deepEqual(c.logs.filter((l) => /URIError|failed/.test(l)), []);
  });
});

test('a document closed and opened again at once keeps the editor text, not the file on disk', async () => {
  await withServer(async (c, _base, rootUri) => {
    const uri = `${rootUri}/policy.md`;
    const send = (method: string, params: unknown) => void c.connection.sendNotification(method, params);
    await diagnostics(c, uri); // indexed
    send('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# ISO/IEC 42001\n\nA.6.2.9\n' } });
    send('textDocument/didClose', { textDocument: { uri } });
    send('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 2, text: '# ISO/IEC 42001\n\nThe buffer cites A.6.2.9.\n' } });
    await diagnostics(c, uri);
    // Let the close's disk read finish: the open buffer must still win.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual((await diagnostics(c, uri)).items.map((d) => d.code), ['unknown-control']);
  });
});

test('the service: a disk read superseded while it runs (re-open, or a newer read) is dropped', async () => {
  // A host whose reads finish only when told, so the interleaving is certain.
  const disk = new Map([['file:///ws/policy.md', '# ISO/IEC 42001 notes\n\nNothing wrong on disk.\n']]);
  const pending: (() => void)[] = [];
  const host: AimsHost = {
    listFiles: async () => [{ uri: 'file:///ws/policy.md', relativePath: 'policy.md' }],
    readFile: (uri) => {
      const text = disk.get(uri);
      return new Promise((resolve) => pending.push(() => resolve(text === undefined ? undefined : new TextEncoder().encode(text))));
    },
    today: () => '2026-11-28',
  };
  const release = async () => {
    while (pending.length > 0) pending.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const service = createLanguageService(host);
  const file = { uri: 'file:///ws/policy.md', relativePath: 'policy.md' };
  const textOf = () => service.getDocument(file.uri)?.text;
  service.setDocument(file, '# ISO/IEC 42001\n\nA.6.2.9\n', 1);
  const closed = service.closeDocument(file.uri);
  service.setDocument(file, '# ISO/IEC 42001\n\nThe buffer cites A.6.2.9.\n', 2);
  await release();
  await closed;
  assert.equal(textOf(), '# ISO/IEC 42001\n\nThe buffer cites A.6.2.9.\n', 'the re-opened buffer was replaced by the file on disk');
  assert.deepEqual(service.getFindings(file.uri).map((f) => f.code), ['unknown-control']);
  // Closed for good: the disk wins, and of two reads the later one (newer file) is kept.
  const first = service.closeDocument(file.uri);
  disk.set(file.uri, '# ISO/IEC 42001\n\nNewer on disk: A.7.4.\n');
  const second = service.refreshFile(file);
  pending.reverse(); // the newer read finishes first
  await release();
  await Promise.all([first, second]);
  assert.equal(textOf(), '# ISO/IEC 42001\n\nNewer on disk: A.7.4.\n');
});
