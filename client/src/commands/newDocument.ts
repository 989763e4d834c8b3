/**
 * "AIMS: New AIMS Document…": pick a kind (and Markdown or YAML where the kind
 * has both), a title and a file; the server renders the text from the same
 * templates the snippets come from, with a document ID no document of the folder
 * uses, and the file is created as a workspace edit (undoable, and refused when
 * the file exists). Without a folder it opens an untitled document. Arguments
 * skip the questions (for keybindings, walkthrough links and tests).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NewDocumentRequest, TemplatesRequest, type TemplateFormat } from '../../../protocol/requests.js';

/** Line breaks of new files: VS Code's files.eol setting ("auto" is the platform's). */
function eol(): '\n' | '\r\n' {
  const setting = vscode.workspace.getConfiguration('files').get<string>('eol');
  return setting === '\r\n' || (setting !== '\n' && process.platform === 'win32') ? '\r\n' : '\n';
}

export interface NewDocumentArgs {
  readonly kind?: string;
  readonly format?: TemplateFormat;
  readonly title?: string;
  /** The document ID; by default the template's, made unique in the workspace. */
  readonly id?: string;
  /** The file to create; asked for when absent. */
  readonly uri?: string;
}

export async function newAimsDocument(client: LanguageClient, args: NewDocumentArgs = {}): Promise<vscode.TextDocument | undefined> {
  const choices = await client.sendRequest(TemplatesRequest);
  const choice =
    choices.find((c) => c.kind === args.kind) ??
    (await vscode.window.showQuickPick(
      choices.map((c) => ({ label: c.label, description: `${c.kind} · ${c.description}`, detail: c.detail, choice: c })),
      { title: vscode.l10n.t('New AIMS document'), placeHolder: vscode.l10n.t('Which kind of document?'), matchOnDescription: true, matchOnDetail: true },
    ))?.choice;
  if (!choice) return undefined;
  const format =
    args.format ??
    (choice.formats.length === 1
      ? choice.formats[0]
      : (
          await vscode.window.showQuickPick(
            choice.formats.map((f) => ({ label: f === 'markdown' ? 'Markdown' : 'YAML', format: f })),
            { title: vscode.l10n.t('New {0}', choice.label), placeHolder: vscode.l10n.t('Markdown or YAML?') },
          )
        )?.format);
  if (!format) return undefined;
  const title = args.title ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('New {0}', choice.label), prompt: vscode.l10n.t('Title of the document'), value: choice.label, validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('A document needs a title.') : undefined) }));
  if (title === undefined) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const { text } = await client.sendRequest(NewDocumentRequest, {
    kind: choice.kind,
    format,
    title,
    today: localToday(),
    eol: eol(),
    ...(args.id ? { id: args.id } : {}),
    ...(folder ? { folder: client.code2ProtocolConverter.asUri(folder.uri) } : {}),
  });
  const language = format === 'markdown' ? 'markdown' : 'yaml';
  const fileName = choice.fileNames[format] ?? `${choice.kind}.${format === 'markdown' ? 'md' : 'yaml'}`;

  const target = args.uri ? vscode.Uri.parse(args.uri) : folder ? await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder.uri, fileName), title: vscode.l10n.t('Create {0}', choice.label), filters: { [language === 'markdown' ? 'Markdown' : 'YAML']: [format === 'markdown' ? 'md' : 'yaml'] } }) : undefined;
  if (!target) {
    if (folder && !args.uri) return undefined; // the save dialog was cancelled
    const doc = await vscode.workspace.openTextDocument({ language, content: text });
    await vscode.window.showTextDocument(doc);
    return doc;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { ignoreIfExists: false, overwrite: false, contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot create {0}: does it exist already?', vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Today in the user's time zone, YYYY-MM-DD (toISOString would give UTC's date). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
