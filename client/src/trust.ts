/**
 * Workspace trust. The extension runs in Restricted Mode (package.json declares
 * `untrustedWorkspaces: limited`), and VS Code then gives it the defaults (or the user's own
 * values), not the workspace's, for the settings that change what is read or how: ID
 * patterns, globs, the guidance overlay and the size limit (`restrictedConfigurations`). The
 * server is told the folder is untrusted (initializationOptions.trusted) and leaves the same
 * keys of `.aims.yaml` unread. This module names what is ignored, once in a message and in
 * the status bar's tooltip, and restarts the server when the user trusts the folder, so its
 * settings and `.aims.yaml` apply without a reload.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RESTRICTED_KEYS } from '../../protocol/engineFacts.js';
import { RestrictedRequest } from '../../protocol/requests.js';
import { restrictedMessage, type TrustState } from './trustText.js';
import { baseName } from '../../protocol/uris.js';

export type { TrustState } from './trustText.js';

/** The settings VS Code withholds in Restricted Mode: package.json's restrictedConfigurations (test/safety/trust.test.ts). */
export const RESTRICTED_SETTINGS: readonly string[] = RESTRICTED_KEYS.map((k) => `aims.${k}`);

/**
 * What Restricted Mode ignores now. VS Code hides the workspace values of restricted
 * settings from the extension (inspect() too), so the settings files are read for their keys;
 * the server says which `.aims.yaml` keys it left unread.
 */
export async function trustState(client: LanguageClient | undefined): Promise<TrustState> {
  if (vscode.workspace.isTrusted) return { trusted: true, ignored: [], configIgnored: [] };
  const names = new Set(RESTRICTED_SETTINGS);
  const ignored = new Set<string>();
  const files = (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, '.vscode', 'settings.json'));
  // A multi-root workspace keeps its settings in the .code-workspace file.
  if (vscode.workspace.workspaceFile?.scheme === 'file') files.push(vscode.workspace.workspaceFile);
  for (const file of files) {
    const bytes = await vscode.workspace.fs.readFile(file).then(
      (b) => b,
      () => undefined,
    );
    // JSON with comments: the keys are enough, and a settings file is small (at most 1 MB of it is read).
    const text = bytes ? new TextDecoder().decode(bytes.subarray(0, 1 << 20)) : '';
    for (const m of text.matchAll(/"(aims\.[\w.]+)"\s*:/g)) if (names.has(m[1]!)) ignored.add(m[1]!);
  }
  const folders = client?.isRunning() ? await client.sendRequest(RestrictedRequest).catch(() => []) : [];
  const several = folders.length > 1;
  const configIgnored = folders.flatMap((f) => f.ignored.map((k) => (several ? `${folderName(f.folder)}: ${k}` : k)));
  return { trusted: false, ignored: [...ignored].sort(), configIgnored };
}

/**
 * Once the server has read the folders' configuration: log and show what Restricted Mode
 * ignores (the message once per window), and hand the state on (the status bar's tooltip).
 */
export async function announceRestricted(client: LanguageClient, output: vscode.LogOutputChannel, shown: { message: boolean }): Promise<TrustState> {
  const state = await trustState(client);
  if (state.trusted) return state;
  const message = restrictedMessage(state);
  output.appendLine(`[client] ${message ?? 'Restricted Mode: the folder sets no setting or .aims.yaml key that Restricted Mode ignores'}`);
  if (message && !shown.message) {
    shown.message = true;
    void vscode.window.showInformationMessage(message, vscode.l10n.t('Manage Workspace Trust')).then((a) => a && vscode.commands.executeCommand('workbench.trust.manage'));
  }
  return state;
}

/** Restart the server when the folder is trusted: its settings and `.aims.yaml` then apply in full. */
export function watchTrust(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, restart: () => Promise<void>): void {
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine('[client] the folder is trusted now: restarting the server with its settings and .aims.yaml');
      restart().catch((e: Error) => output.appendLine(`[client] cannot restart the server: ${e.message}`));
    }),
  );
}

function folderName(uri: string): string {
  return baseName(uri) || uri;
}
