// A minimal LSP client over stdio for the benchmarks: spawn a server, answer what it asks
// (configuration, registrations, progress), and wait for published diagnostics.
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export class StdioServer {
  constructor(command, args, { settings = {}, env = process.env } = {}) {
    this.spawnedAt = performance.now();
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.child.stderr.on('data', () => {});
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.listeners = new Set();
    /** Per URI, the result ID of the last pulled report (what a client keeps to send back). */
    this.resultIds = new Map();
    this.progressEnds = 0;
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => this.listeners.forEach((l) => l(p)));
    this.connection.onNotification('$/progress', (p) => {
      if (p.value?.kind !== 'end') return;
      this.progressEnds++;
      this.listeners.forEach((l) => l(undefined));
    });
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onNotification('telemetry/event', () => {});
    this.connection.onRequest('workspace/configuration', (p) => p.items.map((i) => (i.section ? (settings[i.section] ?? null) : settings)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  async initialize(rootUri, capabilities = {}, initializationOptions = undefined) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true }, ...capabilities },
      ...(initializationOptions ? { initializationOptions } : {}),
    });
    this.readyMs = performance.now() - this.spawnedAt;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolve with the next diagnostics published for `uri` (after the call). */
  nextDiagnostics(uri) {
    return new Promise((resolve) => {
      const l = (p) => {
        if (p?.uri !== uri) return;
        this.listeners.delete(l);
        resolve(p);
      };
      this.listeners.add(l);
    });
  }

  /** Resolve when a work-done progress has ended (an index finished). */
  indexed() {
    if (this.progressEnds > 0) return Promise.resolve();
    return new Promise((resolve) => {
      const l = () => {
        if (this.progressEnds === 0) return;
        this.listeners.delete(l);
        resolve();
      };
      this.listeners.add(l);
    });
  }

  open(uri, languageId, text) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  insert(uri, version, position, text) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text }] });
  }

  /**
   * Pull a document's diagnostics as vscode-languageclient does: with the result ID of the last
   * report for it, so a server may answer "unchanged" instead of sending every diagnostic again.
   */
  async pull(uri) {
    const previousResultId = this.resultIds.get(uri);
    const report = await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
    if (report?.resultId) this.resultIds.set(uri, report.resultId);
    return report;
  }

  async stop() {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
