/**
 * The "Coverage" view in the AIMS activity-bar container: the server's coverage
 * model (aims/coverageModel) as a tree (built in coverageTreeModel.ts), one
 * subtree per workspace folder when there are several. Refreshed whenever the
 * server reports an index change; filtered to gaps by a view-title toggle.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageModelRequest, type CoverageModel } from '../../protocol/requests.js';
import { buildCoverageTree, gapsOnly, type TreeNode } from './coverageTreeModel.js';
import { locationUri } from './links.js';

const COLOURS: Partial<Record<NonNullable<TreeNode['icon']>, string>> = {
  pass: 'testing.iconPassed',
  warning: 'list.warningForeground',
  error: 'list.errorForeground',
  clock: 'list.warningForeground',
};

interface Shown extends TreeNode {
  readonly folder: string;
}

export class CoverageTreeProvider implements vscode.TreeDataProvider<Shown>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Shown[] = [];
  private models: { folder: string; model: CoverageModel }[] = [];
  private onlyGaps = false;
  private pending: Promise<void> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The last models received (the in-host tests compare them with the fixture). */
  get current(): readonly { folder: string; model: CoverageModel }[] {
    return this.models;
  }

  get gapsOnly(): boolean {
    return this.onlyGaps;
  }

  setGapsOnly(value: boolean): void {
    this.onlyGaps = value;
    void vscode.commands.executeCommand('setContext', 'aims.coverage.gapsOnly', value);
    this.rebuild();
  }

  /** Ask the server again (coalesced: one request in flight). */
  refresh(): Promise<void> {
    this.pending ??= this.load().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async load(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    try {
      const payload = await client.sendRequest(CoverageModelRequest, {});
      this.models = payload.map((p) => ({ folder: p.folder, model: p.model }));
    } catch (e) {
      client.outputChannel.appendLine(`coverage view: ${(e as Error).message}`);
      return;
    }
    const hasDocuments = this.models.some((m) => m.model.clauses.documents.length > 0 || m.model.annexA.soaDocuments.length > 0);
    void vscode.commands.executeCommand('setContext', 'aims.hasDocuments', hasDocuments);
    this.rebuild();
  }

  private rebuild(): void {
    const folders = this.models.map(({ folder, model }) => {
      const nodes = buildCoverageTree(model, `${folder}|`);
      return { folder, model, nodes: this.onlyGaps ? gapsOnly(nodes) : nodes };
    });
    const hasDocuments = this.models.some((m) => m.model.clauses.documents.length > 0 || m.model.annexA.soaDocuments.length > 0);
    const attach = (folder: string, n: TreeNode): Shown => ({ ...n, folder, children: n.children.map((c) => attach(folder, c)) });
    this.roots = !hasDocuments
      ? []
      : folders.length === 1
        ? folders[0]!.nodes.map((n) => attach(folders[0]!.folder, n))
        : folders.map(({ folder, model, nodes }) =>
            attach(folder, { id: `${folder}|root`, label: vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(folder))?.name ?? folder, description: `${model.summary.percent}%`, icon: 'folder', gap: false, children: nodes }),
          );
    this.changed.fire();
  }

  getChildren(element?: Shown): Shown[] {
    return element ? (element.children as Shown[]) : this.roots;
  }

  getTreeItem(n: Shown): vscode.TreeItem {
    const item = new vscode.TreeItem(n.label, n.children.length === 0 ? vscode.TreeItemCollapsibleState.None : n.id.endsWith('clauses') || n.id.endsWith('annexA') ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = n.id;
    if (n.description) item.description = n.description;
    if (n.tooltip) item.tooltip = n.tooltip;
    if (n.icon) item.iconPath = new vscode.ThemeIcon(n.icon, COLOURS[n.icon] ? new vscode.ThemeColor(COLOURS[n.icon]!) : undefined);
    item.contextValue = n.gap ? 'gap' : 'node';
    if (n.target) {
      const uri = locationUri(n.folder, n.target.path);
      if (uri) {
        const line = Math.max(0, n.target.line - 1);
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(uri), { selection: new vscode.Range(line, 0, line, 0) } satisfies vscode.TextDocumentShowOptions] };
      }
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
