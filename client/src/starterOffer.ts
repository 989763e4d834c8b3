/**
 * After the gate started the server for a folder without `.aims.yaml` (its documents
 * showed it), offer once to write a starter configuration: through a WorkspaceEdit that
 * never overwrites, opened for the user to read. The answer is kept in workspaceState.
 */
import * as vscode from 'vscode';
import type { GateOpening } from './gate.js';
import { STARTER_CONFIG, STARTER_STATE_KEY, starterOfferDue, type StarterAnswer } from './starterConfig.js';

export const CREATE = vscode.l10n.t('Create .aims.yaml');
export const NOT_NOW = vscode.l10n.t('Not now');
export const NEVER = vscode.l10n.t("Don't ask again");

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The folder to offer for, or undefined when the offer is not due. */
export async function starterFolder(context: vscode.ExtensionContext, why: GateOpening): Promise<vscode.WorkspaceFolder | undefined> {
  if (why.reason !== 'mentions' && why.reason !== 'names') return undefined;
  const folder = why.uri ? vscode.workspace.getWorkspaceFolder(why.uri) : vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return undefined;
  if (!starterOfferDue(context.workspaceState.get(STARTER_STATE_KEY), Date.now())) return undefined;
  for (const name of ['.aims.yaml', '.aims.yml']) if (await exists(vscode.Uri.joinPath(folder.uri, name))) return undefined;
  return folder;
}

/** Writes the starter file unless one exists; true when it was created. */
export async function createStarterConfig(folder: vscode.WorkspaceFolder): Promise<boolean> {
  const uri = vscode.Uri.joinPath(folder.uri, '.aims.yaml');
  if (await exists(uri)) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(STARTER_CONFIG) });
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  await vscode.window.showTextDocument(uri, { preview: false });
  return true;
}

export async function offerStarterConfig(context: vscode.ExtensionContext, why: GateOpening, output: vscode.LogOutputChannel): Promise<void> {
  const folder = await starterFolder(context, why);
  if (!folder) return;
  const remember = (answer: StarterAnswer) => context.workspaceState.update(STARTER_STATE_KEY, { answer, at: Date.now() });
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('"{0}" holds AIMS documents (ISO/IEC 42001) but no .aims.yaml. Create a starter configuration? Everything works without one; it is where exclusions, kinds by path and rule severities go.', folder.name),
    CREATE,
    NOT_NOW,
    NEVER,
  );
  if (choice === CREATE) {
    const created = await createStarterConfig(folder);
    output.appendLine(created ? `[client] wrote a starter .aims.yaml in ${folder.uri.fsPath}` : `[client] .aims.yaml not written in ${folder.uri.fsPath} (it exists, or the edit was refused)`);
    await remember('created');
  } else await remember(choice === NEVER ? 'never' : 'later');
}
