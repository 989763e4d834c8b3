/**
 * First diagnostics before the workspace index finishes: the language server,
 * in process, over a host whose index cannot finish until the test lets it.
 * The open document's own findings come at once; findings that need the rest
 * of the workspace (a dangling reference) come only after the index, when the
 * client is asked to pull again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { startServer } from '../../server/src/lsp/server.js';
import { serve } from '../../server/src/lsp/handshake.js';
import type { AimsHost } from '../../server/src/core/index.js';

const ROOT = 'file:///ws/';
const OPEN = `${ROOT}policy.md`;
const TEXT = '---\naims:\n  kind: policy\n  id: POL-001\n---\n# AI policy\n\nLogging follows A.6.2.9; see R-001.\n';

test('the open document gets its own findings while the index is still running, the rest after it', async () => {
  let release = () => {};
  const blocked = new Promise<void>((resolve) => (release = resolve));
  const host: AimsHost = {
    listFiles: async () => [
      { uri: OPEN, relativePath: 'policy.md' },
      { uri: `${ROOT}register.yaml`, relativePath: 'register.yaml' },
    ],
    // The register cannot be read until the test says so: the index stays unfinished.
    readFile: async (uri) => {
      if (uri.endsWith('register.yaml')) await blocked;
      return new TextEncoder().encode(uri === OPEN ? TEXT : 'aims:\n  kind: risk-register\n  id: RR-001\nrisks:\n  - id: R-002\n');
    },
    today: () => '2026-11-28',
  };
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  serve(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), () => (connection, params) => startServer(connection, { makeHost: () => host }, params), '0');
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  let refreshed = () => {};
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('window/workDoneProgress/create', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => (refreshed(), null));
  client.onNotification('$/progress', () => undefined);
  client.onNotification('window/logMessage', () => undefined);
  client.listen();

  await client.sendRequest('initialize', { processId: null, rootUri: ROOT, workspaceFolders: [{ uri: ROOT, name: 'ws' }], capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri: OPEN, languageId: 'markdown', version: 1, text: TEXT } });
  const codes = async () => ((await client.sendRequest('textDocument/diagnostic', { textDocument: { uri: OPEN } })) as { items: { code: string }[] }).items.map((d) => d.code).sort();

  const early = await codes();
  assert.ok(early.includes('unknown-control'), early.join());
  assert.ok(!early.includes('dangling-reference'), 'R-001 may be defined in a file not read yet');

  const again = new Promise<void>((resolve) => (refreshed = resolve));
  release();
  await again;
  const late = await codes();
  assert.ok(late.includes('unknown-control') && late.includes('dangling-reference'), late.join());
  // Shut down (the server stops its timers); no `exit`, which would end this process.
  await client.sendRequest('shutdown');
  client.dispose();
});
