/**
 * The status-bar item: the coverage figure (the same one `aims check` and the
 * report print), named as such, and the workspace's AIMS errors and warnings,
 * each with its own icon, from aims/coverage (text and tooltip: statusText.ts).
 * Clicking opens the coverage report.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageRequest, type CoverageSummaryPayload } from '../../protocol/requests.js';
import { statusText, type StatusText } from './statusText.js';
import { restrictedNote, type TrustState } from './trustText.js';

export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aims.coverage', vscode.StatusBarAlignment.Left, 50);
  private last: readonly CoverageSummaryPayload[] = [];
  private shown: StatusText | undefined;
  /** Restricted Mode, once known (trust.ts): named in the tooltip. */
  private trust: TrustState | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'AIMS coverage';
    this.item.command = 'aims.showCoverageReport';
  }

  /** The last figures shown (the in-host tests read them). */
  get summaries(): readonly CoverageSummaryPayload[] {
    return this.last;
  }

  /** The text and tooltip shown last, if any (the in-host tests read them). */
  get shownText(): StatusText | undefined {
    return this.shown;
  }

  /** What Restricted Mode ignores now (undefined or trusted: nothing to say). */
  setTrust(state: TrustState | undefined): void {
    this.trust = state;
    void this.refresh();
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
    const shown = statusText(this.last, this.trust && restrictedNote(this.trust));
    this.shown = shown;
    if (!shown) {
      this.item.hide();
      return;
    }
    this.item.text = shown.text;
    this.item.tooltip = new vscode.MarkdownString(shown.tooltip);
    this.item.accessibilityInformation = { label: shown.accessibilityLabel };
    // No colour of our own, whatever the tone: the icons say error and warning, and nothing reads as success while errors exist.
    this.item.color = undefined;
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
