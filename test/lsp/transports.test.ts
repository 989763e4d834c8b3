/** Multi-root workspaces and the --socket transport, through the built server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, SocketMessageReader, SocketMessageWriter } from 'vscode-jsonrpc/node';
import { LspClient, SERVER } from '../support/lspClient.js';

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'aims-mr-')), name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return pathToFileURL(dir).href;
}

test('multi-root: each folder has its own configuration and its own IDs', async () => {
  const a = folder('a', { '.aims.yaml': 'rules:\n  unknown-control: off\n', 'notes.md': '# ISO/IEC 42001\n\nA.6.2.9 and R-001.\n' });
  const b = folder('b', { 'notes.md': '# ISO/IEC 42001\n\nA.6.2.9 and R-001.\n', 'register.yaml': 'aims:\n  kind: risk-register\nrisks:\n  - id: R-001\n' });
  const c = LspClient.start();
  try {
    await c.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: a,
      workspaceFolders: [
        { uri: a, name: 'a' },
        { uri: b, name: 'b' },
      ],
      capabilities: { workspace: { workspaceFolders: true } },
    });
    await c.connection.sendNotification('initialized', {});
    const codes = (uri: string) => (c.diagnostics.get(uri)?.diagnostics ?? []).map((d) => d.code).sort();
    await c.waitFor(() => codes(`${a}/notes.md`).length > 0 && codes(`${b}/notes.md`).length > 0, 'diagnostics in both folders');
    assert.deepEqual(codes(`${a}/notes.md`), ['dangling-reference'], 'folder a turns unknown-control off and defines no R-001');
    assert.deepEqual(codes(`${b}/notes.md`), ['unknown-control'], 'folder b defines R-001');
  } finally {
    await c.stop();
  }
});

test('--socket=PORT: the server connects to the client and speaks LSP', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const connected = new Promise<import('node:net').Socket>((resolve) => server.once('connection', resolve));
  const child = spawn(process.execPath, [SERVER, `--socket=${port}`], { stdio: 'ignore' });
  try {
    const socket = await connected;
    const conn = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
    conn.listen();
    const init = (await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'aims-language-server');
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    conn.dispose();
  } finally {
    child.kill();
    server.close();
  }
});
