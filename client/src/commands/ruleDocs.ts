/**
 * "AIMS: Open Rule Documentation…": a quick pick of the rule codes (aims/rules)
 * and, for the chosen one, its documentation (ruleDocText.ts) in a locked
 * Markdown preview (a virtual document, so nothing is written and no network is
 * needed; locked, so it stays on the rule when another editor becomes active).
 * The same command, with the code as argument, is what a diagnostic's code links
 * to in the Problems panel.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RulesRequest, type RuleInfo } from '../../../protocol/requests.js';
import { ruleDocMarkdown, unknownRuleMarkdown } from '../ruleDocText.js';

import { RULE_SCHEME } from '../ids.js';

export class RuleDocs implements vscode.TextDocumentContentProvider {
  private rules: RuleInfo[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const code = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    if (this.rules.length === 0) await this.load();
    const r = this.rules.find((x) => x.code === code);
    return r ? ruleDocMarkdown(r) : unknownRuleMarkdown(code);
  }

  async pick(code?: string): Promise<void> {
    if (!(await this.load())) return;
    const chosen =
      code ??
      (await vscode.window.showQuickPick(
        this.rules.map((r) => ({ label: r.code, description: r.defaultSeverity, detail: r.summary })),
        { title: vscode.l10n.t('AIMS rules'), matchOnDetail: true, placeHolder: vscode.l10n.t('Which rule?') },
      ))?.label;
    if (!chosen) return;
    // markdown.showPreview(uri, allUris, { locked }): the built-in Markdown extension's locked preview, in the active column.
    await vscode.commands.executeCommand('markdown.showPreview', ruleDocUri(chosen), undefined, { locked: true });
  }

  private async load(): Promise<boolean> {
    const client = this.client();
    if (!client?.isRunning()) return false;
    this.rules = await client.sendRequest(RulesRequest).catch(() => this.rules);
    return true;
  }
}

export function ruleDocUri(code: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${code}.md` });
}
