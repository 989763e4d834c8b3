/**
 * The extension in an AIMS workspace: what extension.ts loads (bundled apart, as
 * dist/client.cjs) once its gate has opened, and only then — the language client and the
 * bundled server over IPC, the coverage tree, the status-bar figure, the report webview and
 * the commands' work. Every finding, hover and fix comes from the server (the same engine as
 * the CLI). Started by its documents alone, it offers once to write a starter `.aims.yaml`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IndexChangedNotification } from '../../protocol/requests.js';
import { createLanguageClient } from './languageClient.js';
import { CoverageTreeProvider } from './coverageTree.js';
import { CoverageStatusBar } from './statusBar.js';
import { CoverageReportPanels } from './reportPanel.js';
import { RuleDocs } from './commands/ruleDocs.js';
import { showReferences } from './commands/showReferences.js';
import { updateStatementOfApplicability } from './commands/soa.js';
import { newAimsDocument, type NewDocumentArgs } from './commands/newDocument.js';
import type { GateOpening } from './gate.js';
import { ACTIVE_CONTEXT, type CommandId } from './ids.js';
import { offerStarterConfig } from './starterOffer.js';
import { announceRestricted, trustState, watchTrust, type TrustState } from './trust.js';

export interface AimsMain {
  readonly client: () => LanguageClient | undefined;
  /** The running client, once the server has started. */
  readonly started: Promise<LanguageClient>;
  readonly coverageTree: CoverageTreeProvider;
  readonly statusBar: CoverageStatusBar;
  readonly reports: CoverageReportPanels;
  readonly rules: RuleDocs;
  readonly trust: () => Promise<TrustState>;
  /** What each contributed command does; extension.ts registers them and calls these. */
  readonly commands: Readonly<Record<CommandId, (...args: unknown[]) => unknown>>;
  deactivate(): Promise<void>;
}

/** Called once, when the gate opened for `why`: starts the server and shows the views. */
export function activateMain(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, why: GateOpening): AimsMain {
  let client: LanguageClient | undefined;
  const getClient = () => client;
  const tree = new CoverageTreeProvider(getClient);
  const statusBar = new CoverageStatusBar(getClient);
  let startedResolve: (c: LanguageClient) => void = () => {};
  const started = new Promise<LanguageClient>((resolve) => (startedResolve = resolve));
  // A report restored after a reload waits for the server: the workspace had one open, so it is an AIMS workspace.
  const reports = new CoverageReportPanels(getClient, () => started);
  const rules = new RuleDocs(getClient);

  const refreshViews = () => {
    void tree.refresh();
    void statusBar.refresh();
    void reports.refresh();
  };
  const restrictedShown = { message: false };
  const start = async (): Promise<LanguageClient> => {
    client = createLanguageClient(context, output);
    context.subscriptions.push(client.onNotification(IndexChangedNotification, refreshViews));
    await client.start();
    output.appendLine('[client] AIMS language server started');
    startedResolve(client);
    refreshViews();
    if (!vscode.workspace.isTrusted) void announceRestricted(client, output, restrictedShown).then((state) => statusBar.setTrust(state));
    return client;
  };
  const starting = start();
  let startSettled = false;
  starting.then(
    () => (startSettled = true),
    () => (startSettled = true),
  );
  starting.then(
    () => offerStarterConfig(context, why, output).catch((e: Error) => output.appendLine(`[client] starter .aims.yaml: ${e.message}`)),
    (e: Error) => output.appendLine(`[client] cannot start the server: ${e.stack ?? e.message}`),
  );
  /** The client once started; a command that needs the server waits for it. */
  const withServer = () => starting.catch(() => client);

  void vscode.commands.executeCommand('setContext', 'aims.hasDocuments', false);
  const view = vscode.window.createTreeView('aims.coverage', { treeDataProvider: tree, showCollapseAll: true });
  // The view has its provider: now the activity bar may show it.
  void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, true);

  const commands: Record<CommandId, (...args: unknown[]) => unknown> = {
    'aims.newDocument': async (args?: unknown) => {
      const c = await withServer();
      return c && newAimsDocument(c, typeof args === 'object' && args !== null ? (args as NewDocumentArgs) : {});
    },
    'aims.showCoverageReport': async () => (await withServer(), reports.show()),
    'aims.updateSoa': async () => updateStatementOfApplicability(await withServer()),
    'aims.reindex': async () => {
      const c = await withServer();
      await vscode.window.withProgress({ location: { viewId: 'aims.coverage' }, title: vscode.l10n.t('Re-indexing AIMS documents') }, () => c!.sendRequest('aims/reindex'));
      refreshViews();
    },
    'aims.showOutput': () => output.show(true),
    'aims.openRuleDocumentation': async (code?: unknown) => (await withServer(), rules.pick(typeof code === 'string' ? code : undefined)),
    'aims.restartServer': async () => {
      // Run while the server is still starting (this command may be what opened the gate), starting is enough.
      if (!startSettled) return withServer();
      await client?.restart();
      refreshViews();
    },
    'aims.showReferences': (uri: unknown, position: unknown) => showReferences(uri, position),
    'aims.coverage.showGapsOnly': () => tree.setGapsOnly(true),
    'aims.coverage.showAll': () => tree.setGapsOnly(false),
  };

  context.subscriptions.push(
    view,
    tree,
    statusBar,
    reports,
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('aims.statusBar') && void statusBar.refresh()),
  );
  // Trusted: the server restarts (initializationOptions.trusted is read again), and the notice goes.
  watchTrust(context, output, async () => {
    statusBar.setTrust(undefined);
    if (client) await client.restart();
    refreshViews();
  });
  return {
    client: getClient,
    started,
    coverageTree: tree,
    statusBar,
    reports,
    rules,
    trust: () => trustState(client),
    commands,
    deactivate: async () => {
      await client?.stop();
      client = undefined;
    },
  };
}
