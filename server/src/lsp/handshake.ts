/**
 * The handshake, answered before the engine is loaded. Compiling the engine's bundle takes
 * most of a start (node/server.ts's entry holds the LSP library only), so `initialize` is
 * answered from data (capabilities.ts) and the engine is loaded just after the answer has
 * been written, while the client sets itself up, or at `initialized` if that comes first.
 * The LSP forbids any other message before `initialized`, and a message is dispatched only
 * once the one before has been handled, so no handler the engine registers is late.
 */
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { initializeResult } from './capabilities.js';

/** The engine, started: told when the client has said `initialized`. */
export interface StartedEngine {
  initialized(): Promise<void>;
}

/** The engine's side: registers every handler for the initialized connection. */
export type StartEngine = (connection: Connection, params: InitializeParams) => StartedEngine;

export function serve(connection: Connection, loadEngine: () => StartEngine, version: string): void {
  let params: InitializeParams | undefined;
  let engine: StartedEngine | undefined;
  const start = (p: InitializeParams) => (engine ??= loadEngine()(connection, p));
  connection.onInitialize((p) => {
    params = p;
    // The answer is written from a later turn (vscode-jsonrpc queues writes with setImmediate):
    // two turns on, it has gone out.
    setImmediate(() => setImmediate(() => start(p)));
    return initializeResult(p, version);
  });
  connection.onInitialized(() => (params ? start(params).initialized() : undefined));
  connection.listen();
}
