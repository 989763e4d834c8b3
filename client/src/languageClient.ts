/**
 * Starts the bundled language server (dist/server.cjs) over Node IPC. A crash is
 * restarted at most MAX_RESTARTS times in WINDOW_MS, each time telling the user;
 * past that the server stays down with a message that offers the log and a restart.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RULE_DOC_HREF_TEMPLATE } from './ruleDocText.js';
import { CODE_TAG_EXTENSIONS, CODE_TAG_FILE_NAMES } from '../../protocol/engineFacts.js';
import { SERVER_NODE_FLAGS } from '../../protocol/serverProcess.js';

export const MAX_RESTARTS = 4;
/** The source files the engine reads for control tags (protocol/engineFacts.ts), as globs (VS Code's globs do not nest braces). */
const CODE_FILES = [`**/*.{${CODE_TAG_EXTENSIONS.join(',')}}`, `**/{${CODE_TAG_FILE_NAMES.join(',')}}`];
const WINDOW_MS = 3 * 60_000;

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  // The desktop app forks the server with its Electron binary run as Node, whose V8 platform is
  // Electron's own and whose Node options cannot be tried here: the flags go where the extension
  // host is Node.js (VS Code Server, code-server, Codespaces), as the end-to-end test runs it.
  const flags = process.versions['electron'] ? [] : [...SERVER_NODE_FLAGS];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: flags } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...flags, '--nolazy', '--inspect=6010'] } },
  };
  const selector = [
    ...['markdown', 'yaml'].flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // Registers and mappings kept as JSON, TOML or CSV, and docs sites' MDX pages (their language depends on the extensions installed).
    { scheme: 'file', pattern: '**/*.{json,toml,csv,mdx}' },
    // Source code, for its control tags (# aims: A.6.2.8 ...): by extension and name, as the engine reads it.
    ...CODE_FILES.map((pattern) => ({ scheme: 'file', pattern })),
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    outputChannel: output,
    synchronize: {
      // The server re-reads a closed file when it changes on disk (git checkout, another editor).
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,mdx,yaml,yml,json,toml,csv}'),
        vscode.workspace.createFileSystemWatcher('**/.aims.{yaml,yml}'),
        ...CODE_FILES.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
      ],
    },
    initializationOptions: () => ({
      settings: vscode.workspace.getConfiguration('aims'),
      // Where the server may keep its index cache: VS Code's storage for this workspace.
      storagePath: (context.storageUri ?? context.globalStorageUri).fsPath,
      // Untrusted (Restricted Mode): the server leaves .aims.yaml's keys that change what is read unread (trust.ts).
      // Read at every start, so the restart on trust passes true.
      trusted: vscode.workspace.isTrusted,
      // Each diagnostic's code links to its rule's page: a command URI, which the Problems panel opens (ruleDocText.ts).
      ruleDocumentation: RULE_DOC_HREF_TEMPLATE,
    }),
    errorHandler: restartingErrorHandler(output),
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient('aims', 'AIMS Language Server', serverOptions, clientOptions);
}

/** Bounded restarts, each announced; the server's log is one click away. */
export function restartingErrorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0]! > WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_RESTARTS) {
        output.appendLine(`[client] the AIMS language server stopped unexpectedly; restarting (${crashes.length} of ${MAX_RESTARTS} in 3 minutes)`);
        const show = vscode.l10n.t('Show Output');
        void vscode.window.showWarningMessage(vscode.l10n.t('The AIMS language server stopped unexpectedly and was restarted ({0} of {1}).', crashes.length, MAX_RESTARTS), show).then((a) => a && output.show());
        return { action: CloseAction.Restart, handled: true };
      }
      output.appendLine('[client] the AIMS language server stopped too often; it stays stopped until "AIMS: Restart Language Server"');
      const [show, restart] = [vscode.l10n.t('Show Output'), vscode.l10n.t('Restart')];
      void vscode.window
        .showErrorMessage(vscode.l10n.t('The AIMS language server stopped {0} times in 3 minutes and will not be restarted. The output channel has its log.', crashes.length), show, restart)
        .then((a) => (a === show ? output.show() : a === restart ? vscode.commands.executeCommand('aims.restartServer') : undefined));
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
