/**
 * The language server: a thin adapter from LSP to the core. Each handler finds
 * the document's folder, asks the core, converts the answer. Scheduling
 * (debounce, background indexing, progress) lives here, not in the core.
 */
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IndexChangedNotification } from '../../../protocol/requests.js';
import { Folders, type HostFactory } from './folders.js';
import { DiagnosticsScheduler, PulledDiagnostics, WorkspaceReports } from './diagnostics.js';
import { ruleDocLink, sameShown, toDiagnostic } from './convert.js';
import type { Finding } from '../core/index.js';
import { registerFeatures } from './features.js';
import { registerRequests } from './requests.js';
import { codeLensOptions, editorSettings } from './settings.js';
import { pullsDiagnostics } from './capabilities.js';
import type { StartedEngine } from './handshake.js';

const VERSION = typeof AIMS_VERSION === 'string' ? AIMS_VERSION : '0.1.0';

export interface ServerOptions {
  readonly makeHost: HostFactory;
  /** Base URI of the rule documentation (README); rule codes are its anchors. */
  readonly docsBase?: string;
}

/**
 * Registers every handler on a connection whose `initialize` has been answered (lsp/handshake.ts).
 * `initialized()` is called on the client's `initialized`.
 */
export function startServer(connection: Connection, options: ServerOptions, params: InitializeParams): StartedEngine {
  const documents = new TextDocuments(TextDocument);
  // One Folders for the server's life: handlers registered below hold on to it.
  const folders = new Folders(options.makeHost, undefined);
  const workspaceReports = new WorkspaceReports();
  /** Documents being closed: the re-read of their file on disk, which a pull of them awaits. */
  const closing = new Map<string, Promise<void>>();
  const log = (m: string) => connection.console.log(m);
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Something in a folder changed: diagnostics are recomputed, and a little later clients
   * are told (aims/indexChanged) so views such as a coverage tree refresh once per burst.
   */
  function changed(): void {
    scheduler.schedule();
    if (notifyTimer) clearTimeout(notifyTimer);
    notifyTimer = setTimeout(() => {
      notifyTimer = undefined;
      for (const f of folders.all()) if (!f.adhoc && f.isReady()) void connection.sendNotification(IndexChangedNotification, { folder: f.uri }).catch(() => undefined);
    }, 400);
  }

  // What `initialize` said (lsp/handshake.ts answered it): the client's capabilities and options.
  const caps = params.capabilities;
  const supportsConfiguration = !!caps.workspace?.configuration;
  const supportsProgress = !!caps.window?.workDoneProgress;
  const supportsFolders = !!caps.workspace?.workspaceFolders;
  const pull = pullsDiagnostics(params);
  const init = (params.initializationOptions ?? {}) as { settings?: unknown; storagePath?: unknown; indexCache?: unknown; trusted?: unknown; ruleDocumentation?: unknown };
  /** A rule code's documentation link (convert.ts), where the client says or the README. */
  const docs = ruleDocLink(options.docsBase, init.ruleDocumentation);
  /** aims.codeLens.* (lsp/settings.ts), and whether the client re-asks for lenses when told. */
  let lensOptions = codeLensOptions(init.settings);
  const lensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
  folders.useInitialSettings(
    editorSettings(init.settings),
    {
      ...(typeof init.storagePath === 'string' && init.storagePath ? { storagePath: init.storagePath } : {}),
      ...(init.indexCache === false ? { indexCache: false } : {}),
    },
    // Only a client that says the workspace is untrusted restricts it: an editor without the notion trusts its folders, as the CLI does.
    { restricted: init.trusted === false, pull },
  );
  const roots: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  for (const r of roots) folders.add(r.uri);
  const scheduler = new DiagnosticsScheduler(connection, folders, pull, () => docs);
  const pulled = new PulledDiagnostics((f: Finding) => toDiagnostic(f, docs), sameShown);

  /** The client's `initialized`: its settings are read, and the workspace folders indexed. */
  async function initialized(): Promise<void> {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'aims' }).catch(() => undefined);
    if (supportsFolders)
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const r of e.removed) folders.remove(r.uri);
        for (const a of e.added) void indexFolder(folders.add(a.uri).uri);
      });
    // Whatever the client's settings do, index: a failure here must not leave the server idle.
    await loadSettings(false).catch((e: Error) => log(`cannot read settings: ${e.message}`));
    // Workspace folders only: an ad hoc folder made for a document opened meanwhile is never indexed.
    for (const f of folders.all()) if (!f.adhoc) void indexFolder(f.uri);
  }

  /** Index a folder in the background, with progress, then show diagnostics. */
  function indexFolder(uri: string): Promise<void> {
    const folder = folders.add(uri);
    return (async () => {
      const progress = supportsProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      progress?.begin('Indexing AIMS documents', undefined, uri, true);
      // Open editors win over the disk, and are read with the folder's configuration as soon as it is known.
      const reopen = () => {
        for (const d of documents.all()) if (folders.folderFor(d.uri) === folder) folder.service.setDocument(folders.fileOf(d.uri), d.getText(), d.version);
      };
      try {
        await folder.service.indexWorkspace(progress?.token, () => {
          reopen();
          folder.markConfigReady();
          // The open documents' own findings, while the rest of the workspace is read.
          scheduler.schedule(0);
        });
        reopen();
      } catch (e) {
        log(`indexing ${uri} failed: ${(e as Error).stack ?? e}`);
      } finally {
        progress?.done();
        folder.markReady();
      }
      changed();
    })();
  }

  async function loadSettings(reindex = true): Promise<void> {
    if (!supportsConfiguration) return;
    const settings = await connection.workspace.getConfiguration('aims').catch(() => undefined);
    if (!settings || typeof settings !== 'object') return;
    const lenses = codeLensOptions(settings);
    const lensesChanged = lenses.tableRows !== lensOptions.tableRows;
    lensOptions = lenses;
    if (lensesChanged && lensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    await folders.setSettings(editorSettings(settings), reindex);
  }

  connection.onDidChangeConfiguration(async () => {
    await loadSettings();
    changed();
  });

  documents.onDidOpen((e) => update(e.document));
  documents.onDidChangeContent((e) => update(e.document));
  documents.onDidClose(async (e) => {
    const uri = e.document.uri;
    const folder = folders.folderOf(uri);
    if (!folder) return;
    // The client pulls a closed document's diagnostics once more at once: that pull waits for
    // the file on disk to be read again, or it would answer with the closed buffer's findings.
    const closed = folder.service.closeDocument(uri);
    closing.set(uri, closed);
    try {
      await closed;
    } finally {
      if (closing.get(uri) === closed) closing.delete(uri);
    }
    if (!folder.service.has(uri)) scheduler.forget(uri);
    pulled.forget(uri);
    workspaceReports.closed(uri);
    changed();
  });

  function update(doc: TextDocument): void {
    const folder = folders.folderFor(doc.uri);
    try {
      folder.service.setDocument(folders.fileOf(doc.uri), doc.getText(), doc.version);
    } catch (e) {
      log(`cannot read ${doc.uri}: ${(e as Error).stack ?? e}`);
    }
    changed();
  }

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      const folder = folders.folderOf(change.uri);
      if (!folder) continue;
      if (change.type === FileChangeType.Deleted) {
        folder.service.removeFile(change.uri);
        scheduler.forget(change.uri);
      } else await folder.service.refreshFile(folders.fileOf(change.uri)).catch((e: Error) => log(`cannot read ${change.uri}: ${e.message}`));
    }
    changed();
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    const folder = folders.folderFor(uri);
    // Before the first index is complete, an open document gets the findings of the document
    // alone: nothing in them depends on files not read yet, and the client pulls again when the
    // index is done (refresh). Any other document waits for the index, as before.
    await folder.configReady;
    await closing.get(uri)?.catch(() => undefined);
    if (!folder.service.isOpen(uri)) await folder.ready;
    if (token.isCancellationRequested) return { kind: 'full', items: [] };
    const findings = folder.isReady() ? folder.service.getFindings(uri) : folder.service.getDocumentFindings(uri);
    return pulled.report(uri, findings, params.previousResultId);
  });

  connection.languages.diagnostics.onWorkspace(async (_params, token) => {
    const byUri = new Map<string, ReturnType<typeof toDiagnostic>[]>();
    for (const folder of folders.all()) {
      await folder.ready;
      if (token.isCancellationRequested) return { items: [] };
      for (const f of folder.service.getAllFindings()) {
        const list = byUri.get(f.uri) ?? [];
        list.push(toDiagnostic(f, docs));
        byUri.set(f.uri, list);
      }
    }
    const items = [...byUri].map(([uri, list]) => ({ kind: 'full' as const, uri, version: documents.get(uri)?.version ?? null, items: list }));
    for (const uri of workspaceReports.cleared(byUri.keys())) items.push({ kind: 'full' as const, uri, version: documents.get(uri)?.version ?? null, items: [] });
    return { items };
  });

  registerRequests({ connection, documents, folders, reindex: (uri) => indexFolder(uri), version: VERSION });
  registerFeatures(connection, documents, folders, log, () => lensOptions);

  connection.onShutdown(() => {
    scheduler.dispose();
    if (notifyTimer) clearTimeout(notifyTimer);
  });
  documents.listen(connection);
  return { initialized };
}

declare const AIMS_VERSION: string | undefined;
