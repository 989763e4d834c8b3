/**
 * What the server offers, answered to `initialize`. Data only, and light: the entry
 * (node/server.ts) answers the handshake from here before the engine is loaded.
 */
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';

/** The editor features lsp/features.ts registers a handler for. */
const FEATURES: ServerCapabilities = {
  hoverProvider: true,
  completionProvider: { triggerCharacters: ['.', '-', ' ', ':', '#'], resolveProvider: false },
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  documentLinkProvider: { resolveProvider: false },
  foldingRangeProvider: true,
  codeLensProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll], resolveProvider: false },
};

/** Whether the client pulls diagnostics (LSP 3.17); otherwise the server publishes them. */
export const pullsDiagnostics = (params: InitializeParams): boolean => !!params.capabilities.textDocument?.diagnostic;

export function initializeResult(params: InitializeParams, version: string): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      ...(pullsDiagnostics(params) ? { diagnosticProvider: { identifier: 'aims', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...FEATURES,
    },
    serverInfo: { name: 'aims-language-server', version },
  };
}
