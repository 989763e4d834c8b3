/**
 * "AIMS: Show Coverage Report": the HTML audit report of `aims coverage --format
 * html` (rendered by the server, aims/coverageReport) in a webview. The report
 * has no scripts of its own; the webview adds one, with a nonce, that turns
 * clicks on its file links into messages, and a content security policy that
 * allows nothing else (no network, no workspace scripts, no inline handlers).
 * Links open only files inside the report's workspace folder. A report tab open
 * when the window reloads comes back (a WebviewPanelSerializer, registered in
 * extension.ts): the page keeps its folder in the webview's state.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageReportRequest } from '../../protocol/requests.js';
import { reportLink } from './links.js';
import { webviewHtml } from './reportHtml.js';

import { REPORT_VIEW_TYPE } from './ids.js';

const WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };

export class CoverageReportPanels implements vscode.Disposable, vscode.WebviewPanelSerializer<unknown> {
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  /** `started`: the running client, starting the server if need be (a restored report is an AIMS workspace's). */
  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly started: () => Promise<LanguageClient | undefined> = async () => client(),
  ) {}

  /** A report tab restored after a reload: its folder from the page's state (else the only report), rendered afresh. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    panel.webview.options = WEBVIEW_OPTIONS;
    panel.webview.html = placeholderHtml(vscode.l10n.t('Loading the AIMS coverage report…'));
    const client = await this.started().catch(() => undefined);
    const reports = client?.isRunning() ? await client.sendRequest(CoverageReportRequest, {}).catch(() => []) : [];
    const wanted = typeof (state as { folder?: unknown } | undefined)?.folder === 'string' ? (state as { folder: string }).folder : undefined;
    const report = reports.find((r) => r.folder === wanted) ?? (reports.length === 1 ? reports[0] : undefined);
    if (!report || this.panels.has(report.folder)) {
      panel.dispose();
      return;
    }
    this.adopt(panel, report.folder);
    panel.webview.html = webviewHtml(report.html, nonce(), report.folder);
  }

  /** Open (or reveal) the report of a folder; asks which folder when there are several. */
  async show(): Promise<vscode.WebviewPanel | undefined> {
    const client = this.client();
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The AIMS language server is not running: open an AIMS document or run "AIMS: Restart Language Server".'));
      return undefined;
    }
    const reports = await client.sendRequest(CoverageReportRequest, {});
    if (reports.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a workspace folder to see its AIMS coverage report.'));
      return undefined;
    }
    const pick =
      reports.length === 1
        ? reports[0]
        : await vscode.window.showQuickPick(
            reports.map((r) => ({ label: vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(r.folder))?.name ?? r.folder, report: r })),
            { title: vscode.l10n.t('Coverage report of which folder?') },
          ).then((p) => p?.report);
    if (!pick) return undefined;
    let panel = this.panels.get(pick.folder);
    if (!panel) {
      panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, vscode.l10n.t('AIMS Coverage Report'), vscode.ViewColumn.Active, { ...WEBVIEW_OPTIONS, retainContextWhenHidden: false });
      this.adopt(panel, pick.folder);
    }
    panel.webview.html = webviewHtml(pick.html, nonce(), pick.folder);
    panel.reveal();
    return panel;
  }

  /** The open reports, by folder (the in-host tests read them). */
  get openPanels(): ReadonlyMap<string, vscode.WebviewPanel> {
    return this.panels;
  }

  private adopt(panel: vscode.WebviewPanel, folder: string): void {
    this.panels.set(folder, panel);
    panel.onDidDispose(() => this.panels.delete(folder));
    panel.webview.onDidReceiveMessage((m: unknown) => this.openLink(folder, m));
  }

  /** Re-render the open reports (after an index change). */
  async refresh(): Promise<void> {
    const client = this.client();
    if (this.panels.size === 0 || !client?.isRunning()) return;
    const reports = await client.sendRequest(CoverageReportRequest, {}).catch(() => []);
    for (const r of reports) {
      const panel = this.panels.get(r.folder);
      if (panel) panel.webview.html = webviewHtml(r.html, nonce(), r.folder);
    }
  }

  private async openLink(folder: string, message: unknown): Promise<void> {
    const href = (message as { type?: unknown; href?: unknown } | undefined)?.type === 'open' ? (message as { href: unknown }).href : undefined;
    if (typeof href !== 'string') return;
    const link = reportLink(folder, href);
    if (!link) return;
    const line = Math.max(0, (link.line ?? 1) - 1);
    await vscode.window.showTextDocument(vscode.Uri.parse(link.uri), { selection: new vscode.Range(line, 0, line, 0), viewColumn: vscode.ViewColumn.One, preview: false }).then(undefined, (e: Error) =>
      vscode.window.showWarningMessage(vscode.l10n.t('Cannot open {0}: {1}', href, e.message)),
    );
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
  }
}

function placeholderHtml(text: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${text}</p></body></html>`;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}
