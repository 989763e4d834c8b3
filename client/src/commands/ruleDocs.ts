/**
 * "AIMS: Open Rule Documentation…": a quick pick of the rule codes (aims/rules)
 * and, for the chosen one, its documentation as a read-only Markdown preview
 * (a virtual document, so nothing is written and no network is needed).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RulesRequest, type RuleInfo } from '../../../protocol/requests.js';

export const RULE_SCHEME = 'aims-rule';

export class RuleDocs implements vscode.TextDocumentContentProvider {
  private rules: RuleInfo[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const code = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const r = this.rules.find((x) => x.code === code);
    if (!r) return `# ${code}\n\nNo AIMS rule has this code.\n`;
    return [`# \`${r.code}\``, '', `Default severity: **${r.defaultSeverity}** (change it with \`rules\` in \`.aims.yaml\` or the \`aims.rules\` setting).`, '', r.summary, '', '## Example', '', r.example, '', '## How to fix it', '', r.fix, ''].join('\n');
  }

  async pick(code?: string): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    this.rules = await client.sendRequest(RulesRequest);
    const chosen =
      code ??
      (await vscode.window.showQuickPick(
        this.rules.map((r) => ({ label: r.code, description: r.defaultSeverity, detail: r.summary })),
        { title: 'AIMS rules', matchOnDetail: true, placeHolder: 'Which rule?' },
      ))?.label;
    if (!chosen) return;
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${chosen}.md` }));
  }
}
