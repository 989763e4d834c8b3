/**
 * A rule's documentation page (Markdown, shown in a locked preview by
 * commands/ruleDocs.ts) and the link the diagnostics carry to it: a command URI,
 * which VS Code's Problems panel opens (the server puts it in each diagnostic's
 * `codeDescription.href`, from the template the client passes at start). No
 * `vscode` here, so node tests cover it.
 */
import type { RuleInfo } from '../../protocol/requests.js';

export const RULE_DOC_COMMAND = 'aims.openRuleDocumentation';

/** `{code}` is replaced by the rule code: `command:aims.openRuleDocumentation?["<code>"]`, the argument list URI-encoded as VS Code reads it. */
export const RULE_DOC_HREF_TEMPLATE = `command:${RULE_DOC_COMMAND}?${encodeURIComponent('["')}{code}${encodeURIComponent('"]')}`;

export function ruleDocMarkdown(r: RuleInfo): string {
  // A fence longer than any backtick run in the example, so the example cannot close it.
  const longest = (r.example.match(/`+/g) ?? []).reduce((n, run) => (run.length > n ? run.length : n), 0);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [
    `# \`${r.code}\``,
    '',
    `Default severity: **${r.defaultSeverity}** (change it with \`rules\` in \`.aims.yaml\` or the \`aims.rules\` setting).`,
    '',
    r.summary,
    '',
    '## Example',
    '',
    `${fence}${r.exampleLanguage}`,
    r.example,
    fence,
    '',
    '## How to fix it',
    '',
    r.fix,
    '',
  ].join('\n');
}

/** The page of an unknown code. */
export function unknownRuleMarkdown(code: string): string {
  return `# ${code.replace(/[^\w.-]/g, '')}\n\nNo AIMS rule has this code.\n`;
}
