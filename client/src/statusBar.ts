/**
 * The status-bar item: the coverage figure (the same one `aims check` and the
 * report print) and the workspace's errors and warnings, from aims/coverage.
 * Clicking opens the coverage report.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageRequest, type CoverageSummaryPayload } from '../../server/src/protocol.js';
import { statusText } from './statusText.js';

export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aims.coverage', vscode.StatusBarAlignment.Left, 50);
  private last: readonly CoverageSummaryPayload[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'AIMS coverage';
    this.item.command = 'aims.showCoverageReport';
  }

  /** The last figures shown (the in-host tests read them). */
  get summaries(): readonly CoverageSummaryPayload[] {
    return this.last;
  }

  async refresh(): Promise<void> {
    const client = this.client();
    if (!vscode.workspace.getConfiguration('aims').get('statusBar.enabled', true) || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    try {
      this.last = await client.sendRequest(CoverageRequest, {});
    } catch {
      return;
    }
    const shown = statusText(this.last);
    if (!shown) {
      this.item.hide();
      return;
    }
    this.item.text = shown.text;
    this.item.tooltip = new vscode.MarkdownString(shown.tooltip);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
