#!/usr/bin/env node
/**
 * `aims-language-server` entry. Transports come from the command line, as
 * vscode-languageserver reads them: --stdio, --node-ipc, --socket=PORT.
 * With --stdio, stdout carries only the protocol: console output goes to the
 * client's log instead.
 *
 * This bundle (dist/server.cjs) holds the LSP library and the handshake only: it answers
 * `initialize` and then loads the engine (dist/engine.cjs, node/engine.ts), whose bundle
 * takes most of a start to compile (lsp/handshake.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serve } from '../lsp/handshake.js';

// The engine's bundle takes the LSP library from here (esbuild.mjs): one copy in the process.
export * from 'vscode-languageserver/node';

const VERSION = typeof AIMS_VERSION === 'string' ? AIMS_VERSION : '0.1.0';

const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? e}`));

/** dist/engine.cjs, next to this bundle; esbuild.mjs leaves it out of this one. */
function loadEngine(): typeof import('./engine.js').startEngine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./engine.cjs') as typeof import('./engine.js')).startEngine;
}

serve(connection, loadEngine, VERSION);

declare const AIMS_VERSION: string | undefined;
