/**
 * The handshake before the engine (lsp/handshake.ts), in process: `initialize` is answered
 * from data, the engine is loaded once, after the answer has been written, and every
 * message after `initialized` reaches the engine's handlers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { serve, type StartEngine } from '../../server/src/lsp/handshake.js';

const INIT = { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } };

/** A server whose engine records what happens, and a client; `events` in the order they happened. */
function setUp() {
  const events: string[] = [];
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // What the server writes is seen here as it is written, before the client reads it.
  const tap = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (chunk.toString().includes('"capabilities"')) events.push('answer written');
      toClient.write(chunk, done);
    },
  });
  const engine: StartEngine = (connection: Connection) => {
    events.push('engine started');
    connection.onHover(() => (events.push('hover'), null));
    return { initialized: async () => void events.push('initialized') };
  };
  const load = () => (events.push('engine loaded'), engine);
  serve(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(tap)), load, '9.9.9');
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.listen();
  return { events, client, dispose: () => (client.dispose(), toServer.end(), toClient.end()) };
}

test('initialize is answered before the engine is loaded, and the engine is loaded once, soon after', async () => {
  const { events, client, dispose } = setUp();
  const answer = (await client.sendRequest('initialize', INIT)) as { capabilities: Record<string, unknown>; serverInfo: { version: string } };
  assert.ok(answer.capabilities['diagnosticProvider'] && answer.capabilities['hoverProvider']);
  assert.equal(answer.serverInfo.version, '9.9.9');
  await new Promise((r) => setTimeout(r, 20));
  // Loaded without waiting for `initialized`: the client's own set-up overlaps the load.
  assert.deepEqual(events, ['answer written', 'engine loaded', 'engine started']);
  await client.sendNotification('initialized', {});
  assert.equal(await client.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(events, ['answer written', 'engine loaded', 'engine started', 'initialized', 'hover']);
  dispose();
});

test('a client that says initialized at once, then asks, reaches the engine: nothing is dispatched before it is loaded', async () => {
  const { events, client, dispose } = setUp();
  // No await between the messages: they arrive together, before the turns the preload waits for.
  const answered = client.sendRequest('initialize', INIT);
  await answered;
  void client.sendNotification('initialized', {});
  const hover = client.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } });
  assert.equal(await hover, null);
  assert.equal(events.filter((e) => e === 'engine loaded').length, 1);
  assert.deepEqual(events.slice(-2), ['initialized', 'hover']);
  dispose();
});
