/**
 * Names both halves of the extension use (the activation entry, extension.ts, and the part
 * it loads when the gate opens, main.ts), kept here so the entry needs neither the webview
 * nor the rule pages to know them: the bundle VS Code loads in every workspace stays small.
 */

/** The coverage report's webview type (its serializer brings a report back after a reload). */
export const REPORT_VIEW_TYPE = 'aims.coverageReport';

/** The scheme of a rule's documentation page (a read-only virtual document). */
export const RULE_SCHEME = 'aims-rule';

/**
 * Set once the workspace is an AIMS workspace and the coverage view has its provider: the
 * view's `when` in package.json, so the activity bar shows no AIMS container elsewhere.
 */
export const ACTIVE_CONTEXT = 'aims.active';

/** Commands that need the language server: run before the gate opened, they open it (reason 'command'). */
export const SERVER_COMMANDS = ['aims.newDocument', 'aims.showCoverageReport', 'aims.updateSoa', 'aims.reindex', 'aims.openRuleDocumentation', 'aims.restartServer'] as const;

/** Commands of the views and lenses the server's workspace shows, and the output channel: they do not start a server. */
export const VIEW_COMMANDS = ['aims.showOutput', 'aims.showReferences', 'aims.coverage.showGapsOnly', 'aims.coverage.showAll'] as const;

export type CommandId = (typeof SERVER_COMMANDS)[number] | (typeof VIEW_COMMANDS)[number];
