/**
 * The VS Code extension's activation entry (dist/extension.cjs): VS Code wakes it for a
 * workspace with `.aims.yaml`, when a Markdown/YAML file opens, or once start-up has
 * finished, so it runs in every workspace and holds only the gate (gate.ts: is this an AIMS
 * workspace?) and the commands' registrations. Everything else — the language client, the
 * coverage tree, the status bar, the report webview, the commands' work — is main.ts, bundled
 * apart as dist/client.cjs and loaded when the gate opens (or a command needs the server).
 * Other workspaces pay for this small bundle, one bounded file search, a few small reads and
 * a look at the start of the files they open, nothing more; the AIMS view and status bar do
 * not appear there (the view's `when` is `aims.active`, which main.ts sets).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CoverageTreeProvider } from './coverageTree.js';
import type { CoverageStatusBar } from './statusBar.js';
import type { CoverageReportPanels } from './reportPanel.js';
import type { TrustState } from './trust.js';
import type { AimsMain } from './main.js';
import { AimsGate, type GateOpening } from './gate.js';
import { REPORT_VIEW_TYPE, RULE_SCHEME, SERVER_COMMANDS, VIEW_COMMANDS } from './ids.js';

/**
 * What the in-host tests reach through the extension's exports. The tree, status bar and
 * reports exist once the gate has opened (`started()` resolves after that); read before,
 * they throw.
 */
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
  /** Whether main.ts (dist/client.cjs) has been loaded: only once the gate opened. */
  readonly loaded: () => boolean;
}

let main: AimsMain | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<AimsExtensionApi> {
  // Made on first use: a workspace the gate never opens for gets no AIMS output channel.
  let channel: vscode.LogOutputChannel | undefined;
  const output = () => (channel ??= vscode.window.createOutputChannel('AIMS', { log: true }));
  let loadedResolve: (m: AimsMain) => void = () => {};
  const loaded = new Promise<AimsMain>((resolve) => (loadedResolve = resolve));

  const gate = new AimsGate((why) => {
    output().appendLine(`[client] AIMS workspace (${why.reason}${why.uri ? `: ${vscode.workspace.asRelativePath(why.uri)}` : ''})`);
    try {
      main = loadMain().activateMain(context, output(), why);
      loadedResolve(main);
    } catch (e) {
      output().appendLine(`[client] cannot load the extension: ${(e as Error).stack ?? String(e)}`);
    }
  });
  /** The loaded part, after opening the gate: the user asked for AIMS (reason 'command'). */
  const opened = () => (gate.open(), loaded);

  const register = (id: string, run: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  for (const id of SERVER_COMMANDS) register(id, async (...args) => (await opened()).commands[id](...args));
  // These belong to views and lenses that exist only once main.ts runs; the output channel can be shown before.
  for (const id of VIEW_COMMANDS) register(id, (...args) => (main ? main.commands[id](...args) : id === 'aims.showOutput' ? output().show(true) : undefined));

  context.subscriptions.push(
    gate,
    { dispose: () => channel?.dispose() },
    // A rule page (restored with the window, or opened from a diagnostic's link) is the server's to write.
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, { provideTextDocumentContent: async (uri) => (await opened()).rules.provideTextDocumentContent(uri) }),
    // A report restored after a reload: the workspace had one open, so it is an AIMS workspace.
    vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, { deserializeWebviewPanel: async (panel, state: unknown) => (await opened()).reports.deserializeWebviewPanel(panel, state) }),
  );
  void gate.watch();

  const part = <K extends keyof AimsMain>(key: K): AimsMain[K] => {
    if (!main) throw new Error(`the AIMS gate has not opened: no ${String(key)} yet`);
    return main[key];
  };
  return {
    client: () => main?.client(),
    started: () => loaded.then((m) => m.started),
    get coverageTree() {
      return part('coverageTree');
    },
    get statusBar() {
      return part('statusBar');
    },
    get reports() {
      return part('reports');
    },
    gateReason: () => gate.reason,
    trust: () => part('trust')(),
    loaded: () => main !== undefined,
  };
}

/** dist/client.cjs, next to this bundle; required only here, when the gate opens. */
function loadMain(): typeof import('./main.js') {
  // A plain require of a file esbuild leaves out of this bundle (esbuild.mjs marks it external).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./client.cjs') as typeof import('./main.js');
}

export async function deactivate(): Promise<void> {
  await main?.deactivate();
  main = undefined;
}
