/**
 * Workspace trust. The extension runs in Restricted Mode (package.json declares
 * `untrustedWorkspaces: limited`), and VS Code then gives it the defaults, not the workspace's
 * values, for the settings that change what is read or how: ID patterns, globs, the guidance
 * overlay and the size limit (`restrictedConfigurations`). This says so, names the settings the
 * workspace sets, and restarts the server when the user trusts the folder, so its settings
 * apply without a reload.
 */
import * as vscode from 'vscode';

/** The settings VS Code withholds in Restricted Mode (package.json's restrictedConfigurations, without "aims."). */
export const RESTRICTED_SETTINGS = ['documents.include', 'documents.exclude', 'documents.kinds', 'ids.risk', 'ids.system', 'ids.document', 'max_file_size', 'guidance.overlay'] as const;

export interface TrustState {
  readonly trusted: boolean;
  /** The restricted settings this workspace sets, which do not apply while it is untrusted. */
  readonly ignored: readonly string[];
}

/**
 * In Restricted Mode VS Code hides the workspace values of restricted settings from the
 * extension (inspect() too), so the folders' settings files are read for their keys.
 */
export async function trustState(): Promise<TrustState> {
  if (vscode.workspace.isTrusted) return { trusted: true, ignored: [] };
  const names = new Set<string>(RESTRICTED_SETTINGS.map((k) => `aims.${k}`));
  const ignored = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json')).then(
      (b) => b,
      () => undefined,
    );
    // JSON with comments: the keys are enough, and a settings file is small (at most 1 MB of it is read).
    const text = bytes ? new TextDecoder().decode(bytes.subarray(0, 1 << 20)) : '';
    for (const m of text.matchAll(/"(aims\.[\w.]+)"\s*:/g)) if (names.has(m[1]!)) ignored.add(m[1]!);
  }
  return { trusted: false, ignored: [...ignored].sort() };
}

/** Say what Restricted Mode changes, and restart the server when the folder is trusted. */
export async function watchTrust(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, restart: () => Promise<void>): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine('[client] the folder is trusted now: restarting the server with its settings');
      void restart();
    }),
  );
  const state = await trustState();
  if (state.trusted) return;
  output.appendLine(
    `[client] Restricted Mode: ${state.ignored.length > 0 ? `this workspace's ${state.ignored.join(', ')} ${state.ignored.length === 1 ? 'is' : 'are'} ignored` : 'workspace values of ID patterns, globs, the overlay and the size limit would be ignored'} until the folder is trusted; the defaults apply`,
  );
  if (state.ignored.length > 0)
    void vscode.window
      .showInformationMessage(`Restricted Mode: the workspace settings ${state.ignored.join(', ')} are ignored until you trust this folder; AIMS checks with the defaults.`, 'Manage Workspace Trust')
      .then((a) => a && vscode.commands.executeCommand('workbench.trust.manage'));
}
