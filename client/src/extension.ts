/**
 * The VS Code extension: starts the bundled AIMS language server and adds what
 * only the editor shows — the coverage tree, the status-bar figure, the report
 * webview, commands, snippets and the walkthrough. Every finding, hover and fix
 * comes from the server (the same engine as the CLI).
 *
 * Activation is cheap: VS Code wakes the extension for a workspace with
 * `.aims.yaml`, when a Markdown/YAML file opens, or once start-up has finished,
 * but the server starts only once the workspace is an AIMS workspace (see
 * gate.ts); other workspaces pay for one bounded file search, a few small reads
 * and a look at the start of the files they open, nothing more. Started by
 * its documents alone, the extension offers once to write a starter `.aims.yaml`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IndexChangedNotification } from '../../protocol/requests.js';
import { createLanguageClient } from './languageClient.js';
import { CoverageTreeProvider } from './coverageTree.js';
import { CoverageStatusBar } from './statusBar.js';
import { CoverageReportPanels, REPORT_VIEW_TYPE } from './reportPanel.js';
import { RULE_SCHEME, RuleDocs } from './commands/ruleDocs.js';
import { showReferences } from './commands/showReferences.js';
import { updateStatementOfApplicability } from './commands/soa.js';
import { newAimsDocument, type NewDocumentArgs } from './commands/newDocument.js';
import { AimsGate, type GateOpening } from './gate.js';
import { offerStarterConfig } from './starterOffer.js';
import { announceRestricted, trustState, watchTrust, type TrustState } from './trust.js';

/** What the in-host tests reach through the extension's exports. */
export interface AimsExtensionApi {
  readonly client: () => LanguageClient | undefined;
  readonly started: () => Promise<LanguageClient>;
  readonly coverageTree: CoverageTreeProvider;
  readonly statusBar: CoverageStatusBar;
  readonly reports: CoverageReportPanels;
  /** Why the server was started, once it was. */
  readonly gateReason: () => GateOpening | undefined;
  /** Whether the folder is trusted, and which of its settings Restricted Mode withholds. */
  readonly trust: () => Promise<TrustState>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<AimsExtensionApi> {
  const output = vscode.window.createOutputChannel('AIMS', { log: true });
  const getClient = () => client;
  const tree = new CoverageTreeProvider(getClient);
  const statusBar = new CoverageStatusBar(getClient);
  // A report restored after a reload starts the server: the workspace had one open, so it is an AIMS workspace.
  const reports = new CoverageReportPanels(getClient, async () => withServer());
  const rules = new RuleDocs(getClient);
  let startedResolve: (c: LanguageClient) => void = () => {};
  const started = new Promise<LanguageClient>((resolve) => (startedResolve = resolve));

  const refreshViews = () => {
    void tree.refresh();
    void statusBar.refresh();
    void reports.refresh();
  };

  const start = async (): Promise<void> => {
    if (client) return;
    client = createLanguageClient(context, output);
    context.subscriptions.push(client.onNotification(IndexChangedNotification, refreshViews));
    await client.start();
    output.appendLine('[client] AIMS language server started');
    startedResolve(client);
    refreshViews();
    if (!vscode.workspace.isTrusted) void announceRestricted(client, output, restrictedShown).then((state) => statusBar.setTrust(state));
  };
  const restrictedShown = { message: false };

  const gate = new AimsGate((why) => {
    output.appendLine(`[client] AIMS workspace (${why.reason}${why.uri ? `: ${vscode.workspace.asRelativePath(why.uri)}` : ''})`);
    start().then(
      () => offerStarterConfig(context, why, output).catch((e: Error) => output.appendLine(`[client] starter .aims.yaml: ${e.message}`)),
      (e: Error) => output.appendLine(`[client] cannot start the server: ${e.stack ?? e.message}`),
    );
  });
  void vscode.commands.executeCommand('setContext', 'aims.hasDocuments', false);
  const view = vscode.window.createTreeView('aims.coverage', { treeDataProvider: tree, showCollapseAll: true });

  const command = (id: string, run: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  /** A command that needs the server starts it first (the user asked for AIMS). */
  const withServer = async () => {
    gate.open();
    await start();
    return client;
  };
  command('aims.newDocument', async (args?: unknown) => {
    // The user asked for AIMS: the server starts (it renders the templates and knows the IDs in use).
    const c = await withServer();
    return c && newAimsDocument(c, typeof args === 'object' && args !== null ? (args as NewDocumentArgs) : {});
  });
  command('aims.showCoverageReport', async () => (await withServer(), reports.show()));
  command('aims.updateSoa', async () => updateStatementOfApplicability(await withServer()));
  command('aims.reindex', async () => {
    const c = await withServer();
    await vscode.window.withProgress({ location: { viewId: 'aims.coverage' }, title: 'Re-indexing AIMS documents' }, () => c!.sendRequest('aims/reindex'));
    refreshViews();
  });
  command('aims.showOutput', () => output.show(true));
  command('aims.openRuleDocumentation', async (code?: unknown) => (await withServer(), rules.pick(typeof code === 'string' ? code : undefined)));
  command('aims.restartServer', async () => {
    if (!client) return withServer();
    await client.restart();
    refreshViews();
  });
  command('aims.showReferences', showReferences);
  command('aims.coverage.showGapsOnly', () => tree.setGapsOnly(true));
  command('aims.coverage.showAll', () => tree.setGapsOnly(false));

  context.subscriptions.push(
    output,
    view,
    tree,
    statusBar,
    reports,
    gate,
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, rules),
    vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, reports),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('aims.statusBar') && void statusBar.refresh()),
  );
  // Trusted: the server restarts (initializationOptions.trusted is read again), and the notice goes.
  watchTrust(context, output, async () => {
    statusBar.setTrust(undefined);
    if (client) await client.restart();
    refreshViews();
  });
  void gate.watch();
  return { client: getClient, started: () => started, coverageTree: tree, statusBar, reports, gateReason: () => gate.reason, trust: () => trustState(client) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
