/**
 * Decides when this workspace is an AIMS workspace, so the language server
 * starts only there: a `.aims.yaml` in a folder, `aims.documents.kinds` set in
 * the settings, or an open Markdown/YAML document that declares itself (an
 * `aims:` block near its top). Until then it looks at the first lines of each
 * document that opens, and nothing else.
 */
import * as vscode from 'vscode';
import { declaresAims } from './declares.js';

export class AimsGate implements vscode.Disposable {
  private opened = false;
  private readonly listeners: vscode.Disposable[] = [];

  constructor(private readonly onOpen: () => void) {}

  /** Checks the workspace now, then every document as it opens. */
  async watch(): Promise<void> {
    this.listeners.push(vscode.workspace.onDidOpenTextDocument((d) => this.consider(d)));
    for (const d of vscode.workspace.textDocuments) this.consider(d);
    if (this.opened) return;
    const kinds = vscode.workspace.getConfiguration('aims').get<unknown[]>('documents.kinds');
    if (Array.isArray(kinds) && kinds.length > 0) return this.open();
    const config = await vscode.workspace.findFiles('**/.aims.{yaml,yml}', '**/node_modules/**', 1);
    if (config.length > 0) this.open();
  }

  open(): void {
    if (this.opened) return;
    this.opened = true;
    this.dispose();
    this.onOpen();
  }

  private consider(d: vscode.TextDocument): void {
    if (this.opened || (d.languageId !== 'markdown' && d.languageId !== 'yaml')) return;
    if (d.uri.path.endsWith('/.aims.yaml') || d.uri.path.endsWith('/.aims.yml') || declaresAims(d.getText(new vscode.Range(0, 0, 60, 0)))) this.open();
  }

  dispose(): void {
    for (const l of this.listeners.splice(0)) l.dispose();
  }
}
