/**
 * The language server: a thin adapter from LSP to the core. Each handler finds
 * the document's folder, asks the core, converts the answer. Scheduling
 * (debounce, background indexing, progress) lives here, not in the core.
 */
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, computeCoverage, computeCoverageModel } from '../core/index.js';
import { CoverageModelRequest, CoverageRequest, RulesRequest, type CoverageModelPayload, type CoverageSummaryPayload } from '../protocol.js';
import { Folders, type HostFactory } from './folders.js';
import { DiagnosticsScheduler } from './diagnostics.js';
import { toDiagnostic } from './convert.js';
import { registerFeatures } from './features.js';

export interface ServerOptions {
  readonly makeHost: HostFactory;
  /** Base URI of the rule documentation (README); rule codes are its anchors. */
  readonly docsBase?: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  // One Folders for the server's life: handlers registered below hold on to it.
  const folders = new Folders(options.makeHost, undefined);
  let scheduler: DiagnosticsScheduler | undefined;
  let supportsConfiguration = false;
  let supportsProgress = false;
  let supportsFolders = false;
  const log = (m: string) => connection.console.log(m);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    supportsConfiguration = !!caps.workspace?.configuration;
    supportsProgress = !!caps.window?.workDoneProgress;
    supportsFolders = !!caps.workspace?.workspaceFolders;
    const pull = !!caps.textDocument?.diagnostic;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; storagePath?: unknown; indexCache?: unknown };
    folders.useInitialSettings(init.settings, {
      ...(typeof init.storagePath === 'string' && init.storagePath ? { storagePath: init.storagePath } : {}),
      ...(init.indexCache === false ? { indexCache: false } : {}),
    });
    const roots: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    for (const r of roots) folders.add(r.uri);
    scheduler = new DiagnosticsScheduler(connection, folders, pull, options.docsBase);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        ...(pull ? { diagnosticProvider: { identifier: 'aims', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...registerFeatures.capabilities,
      },
      serverInfo: { name: 'aims-language-server', version: typeof AIMS_VERSION === 'string' ? AIMS_VERSION : '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'aims' }).catch(() => undefined);
    if (supportsFolders)
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const r of e.removed) folders.remove(r.uri);
        for (const a of e.added) indexFolder(folders.add(a.uri).uri);
      });
    // Whatever the client's settings do, index: a failure here must not leave the server idle.
    await loadSettings(false).catch((e: Error) => log(`cannot read settings: ${e.message}`));
    // Workspace folders only: an ad hoc folder made for a document opened meanwhile is never indexed.
    for (const f of folders.all()) if (!f.adhoc) indexFolder(f.uri);
  });

  /** Index a folder in the background, with progress, then show diagnostics. */
  function indexFolder(uri: string): void {
    const folder = folders.add(uri);
    void (async () => {
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
          scheduler?.schedule(0);
        });
        reopen();
      } catch (e) {
        log(`indexing ${uri} failed: ${(e as Error).stack ?? e}`);
      } finally {
        progress?.done();
        folder.markReady();
      }
      scheduler?.schedule();
    })();
  }

  async function loadSettings(reindex = true): Promise<void> {
    if (!supportsConfiguration) return;
    const settings = await connection.workspace.getConfiguration('aims').catch(() => undefined);
    if (settings && typeof settings === 'object') await folders.setSettings(stripEmpty(settings as Record<string, unknown>), reindex);
  }

  connection.onDidChangeConfiguration(async () => {
    await loadSettings();
    scheduler?.schedule();
  });

  documents.onDidOpen((e) => update(e.document));
  documents.onDidChangeContent((e) => update(e.document));
  documents.onDidClose(async (e) => {
    const folder = folders.folderOf(e.document.uri);
    if (!folder) return;
    await folder.service.closeDocument(e.document.uri);
    if (!folder.service.has(e.document.uri)) scheduler?.forget(e.document.uri);
    scheduler?.schedule();
  });

  function update(doc: TextDocument): void {
    const folder = folders.folderFor(doc.uri);
    try {
      folder.service.setDocument(folders.fileOf(doc.uri), doc.getText(), doc.version);
    } catch (e) {
      log(`cannot read ${doc.uri}: ${(e as Error).stack ?? e}`);
    }
    scheduler?.schedule();
  }

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      const folder = folders.folderOf(change.uri);
      if (!folder) continue;
      if (change.type === FileChangeType.Deleted) {
        folder.service.removeFile(change.uri);
        scheduler?.forget(change.uri);
      } else await folder.service.refreshFile(folders.fileOf(change.uri)).catch((e: Error) => log(`cannot read ${change.uri}: ${e.message}`));
    }
    scheduler?.schedule();
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    const folder = folders.folderFor(uri);
    // Before the first index is complete, an open document gets the findings of the document
    // alone: nothing in them depends on files not read yet, and the client pulls again when the
    // index is done (refresh). Any other document waits for the index, as before.
    await folder.configReady;
    if (!folder.service.isOpen(uri)) await folder.ready;
    if (token.isCancellationRequested) return { kind: 'full', items: [] };
    const findings = folder.isReady() ? folder.service.getFindings(uri) : folder.service.getDocumentFindings(uri);
    return { kind: 'full', items: findings.map((f) => toDiagnostic(f, options.docsBase)) };
  });

  connection.languages.diagnostics.onWorkspace(async (_params, token) => {
    const items = [];
    for (const folder of folders.all()) {
      await folder.ready;
      if (token.isCancellationRequested) break;
      const byUri = new Map<string, ReturnType<typeof toDiagnostic>[]>();
      for (const f of folder.service.getAllFindings()) {
        const list = byUri.get(f.uri) ?? [];
        list.push(toDiagnostic(f, options.docsBase));
        byUri.set(f.uri, list);
      }
      for (const [uri, list] of byUri) items.push({ kind: 'full' as const, uri, version: documents.get(uri)?.version ?? null, items: list });
    }
    return { items };
  });

  connection.onRequest(RulesRequest, () =>
    RULES.map((r) => ({ code: r.code, defaultSeverity: r.defaultSeverity, summary: r.doc.summary, example: r.doc.example, fix: r.doc.fix })),
  );

  connection.onRequest(CoverageRequest, async (params): Promise<CoverageSummaryPayload[]> => {
    const list = params?.folder ? [folders.folderFor(params.folder)] : folders.all();
    const out: CoverageSummaryPayload[] = [];
    for (const f of list) {
      await f.ready;
      const findings = f.service.getAllFindings();
      out.push({ folder: f.uri, ...computeCoverage(f.service.index), errors: findings.filter((x) => x.severity === 'error').length, warnings: findings.filter((x) => x.severity === 'warning').length });
    }
    return out;
  });

  connection.onRequest(CoverageModelRequest, async (params): Promise<CoverageModelPayload[]> => {
    const list = params?.folder ? [folders.folderFor(params.folder)] : folders.all();
    const out: CoverageModelPayload[] = [];
    for (const f of list) {
      await f.ready;
      out.push({ folder: f.uri, model: computeCoverageModel(f.service) });
    }
    return out;
  });

  registerFeatures(connection, documents, folders, log);

  connection.onShutdown(() => scheduler?.dispose());
  documents.listen(connection);
  connection.listen();
}

declare const AIMS_VERSION: string | undefined;

/** Editor settings arrive with nulls and empty objects for unset keys; drop them so .aims.yaml values stand. */
function stripEmpty(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    out[k] = v;
  }
  return out;
}
