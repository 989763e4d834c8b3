/**
 * "AIMS: Generate or Update Statement of Applicability". The server computes the
 * text (aims/soa); the editor applies it: an update is one minimal edit of the
 * statement in force (hand-written decisions and justifications survive, only
 * changed lines are touched, nothing is saved), a new statement opens as an
 * untitled document to review and save.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SoaRequest } from '../../../protocol/requests.js';
import { minimalReplacement } from '../textEdit.js';

export async function updateStatementOfApplicability(client: LanguageClient | undefined): Promise<vscode.TextDocument | undefined> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The AIMS language server is not running.'));
    return undefined;
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Statement of applicability of which folder?') }) : folders[0];
  if (folders.length > 1 && !folder) return undefined;
  const result = await client.sendRequest(SoaRequest, folder ? { folder: folder.uri.toString() } : {});
  if (!result.target) {
    const doc = await vscode.workspace.openTextDocument({ language: result.format, content: result.text });
    await vscode.window.showTextDocument(doc);
    void vscode.window.showInformationMessage(vscode.l10n.t('No statement of applicability was found, so a new one was generated from the workspace. Review it and save it in your workspace.'));
    return doc;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.target));
  if (result.version !== undefined && result.version !== doc.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The statement of applicability changed while it was being updated; run the command again.'));
    return undefined;
  }
  const change = result.changed ? minimalReplacement(doc.getText(), result.text) : undefined;
  await vscode.window.showTextDocument(doc);
  if (!change) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The statement of applicability is up to date.'));
    return doc;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(change.start), doc.positionAt(change.end)), change.text);
  const applied = await vscode.workspace.applyEdit(edit);
  void vscode.window.showInformationMessage(applied ? vscode.l10n.t('The statement of applicability was updated from the workspace: review the changes, then save.') : vscode.l10n.t('The update of the statement of applicability could not be applied.'));
  return doc;
}
