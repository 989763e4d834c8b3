/**
 * A real JSON-RPC client for the built server over stdio: spawn
 * dist/server.cjs --stdio, speak LSP, collect notifications. Waits on events,
 * never on fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SOURCE_TEST_DIR } from './snapshot.js';
import { SERVER_NODE_FLAGS } from '../../protocol/serverProcess.js';

export const SERVER = path.resolve(SOURCE_TEST_DIR, '..', 'dist', 'server.cjs');

export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  readonly stderr: string[] = [];
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  private constructor(readonly child: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.check();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.check();
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.check();
      return null;
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection.listen();
  }

  /** Collects the params of a notification the client does not know (e.g. aims/indexChanged); waitFor sees each one. */
  collect<T>(method: string): T[] {
    const seen: T[] = [];
    this.connection.onNotification(method, (p: T) => {
      seen.push(p);
      this.check();
    });
    return seen;
  }

  refreshes = 0;
  settings: unknown = {};

  /** The built server, started with the Node.js flags the VS Code client starts it with. */
  static start(args: string[] = ['--stdio']): LspClient {
    return new LspClient(spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** A server started as its users start it: an installed command (e.g. node_modules/.bin/aims-language-server). */
  static startCommand(command: string, args: string[] = ['--stdio']): LspClient {
    return new LspClient(spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  async initialize(rootUri: string, capabilities: ClientCapabilities = {}, settings: unknown = {}, initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown> }> {
    this.settings = settings;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: { ...capabilities, workspace: { configuration: true, workspaceFolders: true, ...capabilities.workspace }, window: { workDoneProgress: true, ...capabilities.window } },
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** Resolve when `test` holds (checked on every notification), or fail after `ms`. */
  waitFor(test: () => boolean, what: string, ms = 15000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; logs:\n${this.logs.join('\n')}\n${this.stderr.join('')}`)), ms);
      this.waiters.push({
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
