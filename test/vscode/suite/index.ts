/**
 * The in-host suite: runs inside real VS Code (code-server here, a desktop
 * VS Code under @vscode/test-electron elsewhere) against a copy of examples/,
 * with the extension under development loaded. `run()` is what both runners call.
 * Expected figures come from the CLI over the same folder (expected.json, written
 * by the runner next to this bundle): one engine, identical results.
 */
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { execSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { runTests, waitFor, type InHostTest } from './harness.js';
import { codeOf, diagnostics, expected, file, folder, open } from './fixture.js';
import { quickFixesInTheEditor } from './quickFixes.js';
import type { AimsExtensionApi } from '../../../client/src/extension.js';

const EXTENSION_ID = 'aims-tools.aims-language-tools';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

function positionOf(doc: vscode.TextDocument, needle: string, line?: number): vscode.Position {
  const text = line === undefined ? doc.getText() : doc.lineAt(line).text;
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in ${doc.uri.path}${line === undefined ? '' : `:${line + 1}`}`);
  return line === undefined ? doc.positionAt(at) : new vscode.Position(line, at);
}

let api: AimsExtensionApi;

/** The hover text on "A.7.4" in the TalentMatch impact assessment (the server answers once it has read it). */
async function hoverOnA74(): Promise<string> {
  const doc = await open('risk/impact-assessments/aiia-001-talentmatch.md');
  const at = positionOf(doc, 'A.7.4 (Human oversight)').translate(0, 2);
  const hovers = await waitFor(async () => {
    const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    return h.length > 0 && h;
  }, 'a hover on A.7.4');
  return hoverText(hovers);
}

/** Our server processes under this extension host (pgrep without a shell, so the command line is not matched itself). */
function serverPids(): number[] {
  const r = spawnSync('pgrep', ['-P', String(process.pid), '-f', 'dist/server\\.cjs'], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map(Number);
}

const tests: InHostTest[] = [
  {
    name: 'the extension activates for the AIMS workspace and starts the server',
    run: async () => {
      const ext = vscode.extensions.getExtension<AimsExtensionApi>(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      // The runner says which copy runs: the .vsix it installed, not the development folder.
      const where = expected().extensionPath;
      if (where !== undefined) assert.equal(ext.extensionPath, where);
      api = await ext.activate();
      const client = await waitFor(() => api.client()?.isRunning() && api.client(), 'the language client to run');
      assert.equal(client.initializeResult?.serverInfo?.name, 'aims-language-server');
      // The gate opened (the folder has .aims.yaml), so the part it loads lazily (dist/client.cjs) is loaded.
      assert.ok(api.loaded(), 'dist/client.cjs is loaded');
      assert.equal(api.gateReason()?.reason, 'config');
    },
  },
  {
    name: 'every contributed command is registered, and every manifest string resolved from package.nls.json',
    run: async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const manifest = ext.packageJSON as { contributes: { commands: { command: string; title: string }[] } };
      const registered = new Set(await vscode.commands.getCommands(true));
      assert.deepEqual(manifest.contributes.commands.filter((c) => !registered.has(c.command)).map((c) => c.command), []);
      // VS Code substitutes %key% placeholders when it reads the manifest; one left means a key package.nls.json lacks.
      const unresolved = JSON.stringify(manifest.contributes).match(/"%[\w.-]+%"/g) ?? [];
      assert.deepEqual(unresolved, []);
      assert.equal(manifest.contributes.commands.find((c) => c.command === 'aims.newDocument')?.title, 'New AIMS Document…');
    },
  },
  {
    name: 'diagnostics appear for the known problems, as the CLI reports them',
    run: async () => {
      const doc = await open('evaluation/internal-audit-2026.md');
      const found = await waitFor(() => diagnostics(doc.uri, 'unknown-control').length > 0 && diagnostics(doc.uri), 'the unknown-control diagnostic');
      const cli = expected().findings.filter((f) => f.path === 'evaluation/internal-audit-2026.md');
      assert.deepEqual(
        found.map((d) => `${d.range.start.line} ${codeOf(d)}`).sort(),
        cli.map((f) => `${f.range.start.line} ${f.code}`).sort(),
      );
      assert.equal(found[0]!.severity, vscode.DiagnosticSeverity.Error);
    },
  },
  {
    name: "the coverage tree's model equals the CLI's coverage model of the folder",
    run: async () => {
      await api.coverageTree.refresh();
      const models = await waitFor(() => api.coverageTree.current.length > 0 && api.coverageTree.current, 'the coverage model');
      assert.equal(models.length, 1);
      assert.deepEqual(JSON.parse(JSON.stringify(models[0]!.model)), expected().coverage);
      const roots = api.coverageTree.getChildren();
      assert.deepEqual(
        roots.map((r) => r.label),
        ['Clauses 4–10: documented information', 'Annex A controls'],
      );
      const ids = (n: { id: string; children: readonly unknown[] }): string[] => [n.id, ...n.children.flatMap((c) => ids(c as typeof n))];
      assert.equal(ids(roots[1]!).filter((id) => /\|control:A\.[\d.]+$/.test(id)).length, 38, 'every Annex A control is in the tree');
      // Problems roll up: the audit report's error leaves 9.2.2 incomplete, shown up to the root,
      // and the problem itself is a node at the finding's line.
      type Node = { id: string; icon?: string; description?: string; target?: { path: string; line: number }; children: readonly Node[] };
      const all = (n: Node): Node[] => [n, ...n.children.flatMap(all)];
      const nodes = all(roots[0] as unknown as Node);
      const audit = nodes.find((n) => n.id.endsWith('req:9.2.2-audit'))!;
      assert.deepEqual([audit.icon, audit.description], ['error', 'incomplete']);
      assert.equal(nodes.find((n) => n.id.endsWith('clause:9.2.2'))!.icon, 'error');
      assert.equal((roots[0] as unknown as Node).icon, 'error');
      const problem = all(audit).find((n) => n.description === 'unknown-control')!;
      const wrong = expected().findings.find((f) => f.code === 'unknown-control')!;
      assert.deepEqual(problem.target, { path: wrong.path, line: wrong.range.start.line + 1 });
    },
  },
  {
    name: 'the status bar shows the same coverage figure as the CLI',
    run: async () => {
      await api.statusBar.refresh();
      const s = await waitFor(() => api.statusBar.summaries[0], 'the coverage summary');
      assert.equal(s.percent, expected().coverage.summary.percent);
      assert.equal(s.documents, expected().coverage.summary.documents);
    },
  },
  {
    name: "hover on a control shows its title",
    run: async () => {
      assert.match(await hoverOnA74(), /Quality of data for AI systems/);
    },
  },
  {
    name: 'completion offers control IDs',
    run: async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\naims:\n  kind: policy\n---\n# Scratch\n\nSee A.6' });
      await vscode.window.showTextDocument(doc);
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      const list = await waitFor(async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
        return l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'A.6.2.4') && l;
      }, 'control completions');
      assert.ok(list.items.length >= 10);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  },
  {
    name: 'typing aims- offers the snippets from the server, each with an ID no document uses yet',
    run: async () => {
      // A file of the workspace (not an untitled buffer): the IDs are free in its folder.
      const rel = 'drafts-snippet-test.md';
      writeFileSync(file(rel).fsPath, 'aims-pol');
      try {
        const doc = await open(rel);
        const list = await waitFor(async () => {
          const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 8), '-');
          return l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'aims-policy' && i.kind === vscode.CompletionItemKind.Snippet) && l;
        }, 'the aims-policy snippet in completion');
        const policy = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'aims-policy')!;
        const body = typeof policy.insertText === 'string' ? policy.insertText : policy.insertText!.value;
        // examples/ defines POL-001: the snippet proposes another.
        assert.match(body, /id: \$\{1:POL-\d{3}\}/);
        assert.doesNotMatch(body, /POL-001/);
        // Inserted as the editor would, it adds no duplicate-id finding.
        const editor = vscode.window.activeTextEditor!;
        await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Range(0, 0, 0, 8));
        const id = /id: (POL-\d{3})/.exec(doc.getText())?.[1];
        assert.ok(id && id !== 'POL-001', doc.getText().slice(0, 200));
        await new Promise((r) => setTimeout(r, 1500));
        assert.deepEqual(diagnostics(doc.uri, 'duplicate-id'), []);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } finally {
        rmSync(file(rel).fsPath, { force: true });
      }
    },
  },
  {
    name: 'a quick fix applies and its diagnostic disappears',
    run: async () => {
      const doc = await open('risk/impact-assessments/aiia-001-talentmatch.md');
      const [diag] = await waitFor(() => diagnostics(doc.uri, 'control-title-mismatch').length > 0 && diagnostics(doc.uri, 'control-title-mismatch'), 'the control-title-mismatch diagnostic');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag!.range, vscode.CodeActionKind.QuickFix.value);
      // The server's fix carries an edit (the workbench may add actions of its own without one).
      const fix = actions.find((a) => a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value && /title/i.test(a.title));
      assert.ok(fix, `a quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
      await waitFor(() => diagnostics(doc.uri, 'control-title-mismatch').length === 0, 'the diagnostic to disappear after the fix');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
  },
  {
    name: 'code lenses run aims.showReferences',
    run: async () => {
      const doc = await open('risk/risk-register.yaml');
      const lenses = await waitFor(async () => {
        const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100);
        return l.some((x) => x.command?.command === 'aims.showReferences') && l;
      }, 'a references lens');
      const lens = lenses.find((x) => x.command?.command === 'aims.showReferences')!;
      await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    },
  },
  {
    name: 'the New AIMS Document command creates a valid file',
    run: async () => {
      const target = file('risk/new-register.yaml');
      const doc = await vscode.commands.executeCommand<vscode.TextDocument>('aims.newDocument', { kind: 'risk-register', format: 'yaml', title: 'Supplier AI risk register', uri: target.toString() });
      assert.ok(doc, 'the command returns the new document');
      assert.ok((await vscode.workspace.fs.stat(target)).size > 0, 'the file exists on disk');
      assert.match(doc.getText(), /kind: risk-register/);
      // RR-2026 is taken by the examples' register: the new one gets the next free ID.
      assert.match(doc.getText(), /id: RR-\d{4}-02\b/);
      // The sample risk takes a free risk ID too: the examples define R-001.
      assert.doesNotMatch(doc.getText(), /\bR-001\b/);
      assert.match(doc.getText(), /id: R-\d{3}\b/);
      // Checked by the server like any document: no errors (a sample R-001 used to be a duplicate).
      await waitFor(async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri))?.length > 0, 'the server to read the new file');
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(diagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
    },
  },
  {
    name: 'the coverage report opens in a webview with a strict content security policy',
    run: async () => {
      const panel = await api.reports.show();
      assert.ok(panel, 'a panel');
      assert.match(panel.webview.html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-/);
      assert.match(panel.webview.html, /AIMS coverage report/);
      assert.equal(panel.webview.options.enableCommandUris, false);
      panel.dispose();
    },
  },
  {
    name: 'the statement of applicability of the examples is up to date (the update changes nothing)',
    run: async () => {
      const doc = await vscode.commands.executeCommand<vscode.TextDocument>('aims.updateSoa');
      assert.ok(doc, 'the statement in force is opened');
      assert.match(doc.uri.path, /statement-of-applicability\.md$/);
      assert.equal(doc.isDirty, false);
    },
  },
  {
    name: 'a crashed server is restarted and answers again',
    timeoutMs: 90_000,
    run: async () => {
      // The server is a child of this extension host (Node IPC): find it and kill it hard.
      const pids = serverPids();
      assert.equal(pids.length, 1, `one server process under the extension host, found:\n${execSync(`ps -o pid,args --ppid ${process.pid}`, { encoding: 'utf8' })}`);
      process.kill(pids[0]!, 'SIGKILL');
      const timer = setInterval(() => console.log(`restart: pids ${serverPids().join(',')} state ${api.client()?.state}`), 2000);
      await waitFor(() => {
        const again = serverPids();
        return again.length === 1 && again[0] !== pids[0] && api.client()?.isRunning();
      }, 'a new server process', 60_000).finally(() => clearInterval(timer));
      assert.match(await hoverOnA74(), /Quality of data for AI systems/);
    },
  },
  {
    name: 'the status bar says what it measures, and counts errors and warnings apart',
    timeoutMs: 60_000,
    run: async () => {
      // The server's counts (an earlier test added a document with an error, so not the CLI's over the fixture).
      await api.statusBar.refresh();
      const shown = await waitFor(() => api.statusBar.shownText, 'the status bar text');
      const [summary] = api.statusBar.summaries;
      assert.ok(summary && api.statusBar.summaries.length === 1);
      const { errors, warnings } = summary;
      assert.ok(errors > 0 && warnings > 0, 'the fixture has both');
      assert.equal(summary.percent, expected().coverage.summary.percent);
      assert.equal(shown.text, `$(checklist) AIMS coverage ${summary.percent}%  $(error) ${errors}  $(warning) ${warnings}`);
      assert.match(shown.tooltip, new RegExp(`AIMS findings: ${errors} errors?, ${warnings} warnings?\\.`));
      assert.match(shown.tooltip, /AIMS coverage is the share of/);
      assert.equal(shown.tone, errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'clean');
    },
  },
  {
    name: 'code lenses: one summary lens above the SoA table, none per row',
    run: async () => {
      const doc = await open('risk/statement-of-applicability.md');
      const lenses = await waitFor(async () => {
        const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
        return l.length > 0 && l;
      }, 'the code lenses of the statement of applicability');
      const titles = lenses.map((l) => l.command?.title ?? '');
      assert.equal(titles.filter((t) => /^38 controls: /.test(t)).length, 1, titles.join('\n'));
      assert.equal(titles.filter((t) => /^(?:cited by \d+ documents?|not cited elsewhere)$/.test(t)).length, 0, titles.join('\n'));
      assert.ok(lenses.length <= 3, `${lenses.length} lenses`);
    },
  },
  {
    name: "each finding's code links to its rule's page (a command the Problems panel runs), which renders the example fenced",
    run: async () => {
      const all = vscode.languages.getDiagnostics().flatMap(([, ds]) => ds.filter((d) => d.source === 'aims'));
      assert.ok(all.length > 0);
      for (const d of all) {
        assert.ok(typeof d.code === 'object', `${d.message}: a code with a link`);
        const target = (d.code as { target: vscode.Uri }).target;
        assert.equal(target.scheme, 'command');
        assert.equal(target.path, 'aims.openRuleDocumentation');
        assert.deepEqual(JSON.parse(decodeURIComponent(target.query)), [String((d.code as { value: unknown }).value)]);
      }
      await vscode.commands.executeCommand('aims.openRuleDocumentation', 'missing-section');
      const page = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'aims-rule', path: '/missing-section.md' }));
      assert.match(page.getText(), /## Example\n\n```markdown\n---\naims: /);
      await waitFor(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label.includes('missing-section'))), 'the rule page preview');
    },
  },
  {
    name: 'a coverage report tab restored after a reload is rendered again (the serializer)',
    run: async () => {
      const folderUri = folder().toString();
      const panel = vscode.window.createWebviewPanel('aims.coverageReport', 'AIMS Coverage Report', vscode.ViewColumn.Active, { enableScripts: true });
      await api.reports.deserializeWebviewPanel(panel, { folder: folderUri });
      assert.match(panel.webview.html, /AIMS coverage report/);
      assert.match(panel.webview.html, /--vscode-editor-background/);
      assert.equal(api.reports.openPanels.size, 1);
      panel.dispose();
    },
  },
  {
    name: 'control tags in source code: hover on a tag in a Python file, and a mistyped control in a tag gets its diagnostic while typing',
    run: async () => {
      const doc = await open('code/shiftcast/forecast.py');
      const at = doc.positionAt(doc.getText().indexOf('A.6.2.8') + 2);
      const hover = await waitFor(async () => {
        const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
        const text = hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        return /AI system recording of event logs/.test(text) && text;
      }, 'the hover of the tagged control');
      assert.match(hover, /A\.6\.2\.8/);
      assert.deepEqual(diagnostics(doc.uri), [], 'the example code is clean');
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((b) => b.replace(new vscode.Range(at.translate(0, -2), at.translate(0, 5)), 'A.6.2.99'));
      const found = await waitFor(() => diagnostics(doc.uri, 'unknown-control').length > 0 && diagnostics(doc.uri, 'unknown-control'), 'the unknown-control diagnostic at the tag');
      assert.equal(found[0]!.range.start.line, at.line);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor(() => diagnostics(doc.uri).length === 0, 'the diagnostic gone with the reverted text');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    },
  },
  quickFixesInTheEditor,
];

/**
 * Restricted Mode (the runner opens the folder untrusted, with a `.vscode/settings.json` that
 * sets `aims.ids.risk` to "RK-\\d+", an `.aims.yaml` whose `ids.system` is "SX-\\d+", and a
 * note citing RK-9 and SX-4): the extension runs, says which settings and keys it ignores,
 * and checks with the defaults, so neither ID dangles. Then the runner trusts the folder
 * through the UI (the notice's own button), and both apply without a reload.
 */
const NOTE = 'notes/rk.md';
const restricted: InHostTest[] = [
  {
    name: 'Restricted Mode: the extension activates in an untrusted folder',
    timeoutMs: 120_000,
    run: async () => {
      assert.equal(vscode.workspace.isTrusted, false, 'the runner opens the folder untrusted');
      const ext = vscode.extensions.getExtension<AimsExtensionApi>(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      api = await ext.activate();
      await api.started();
    },
  },
  {
    name: 'Restricted Mode: the workspace ID pattern and .aims.yaml\'s are ignored (RK-9 and SX-4 are no IDs), and the extension says so',
    timeoutMs: 120_000,
    run: async () => {
      assert.deepEqual(await api.trust(), { trusted: false, ignored: ['aims.ids.risk'], configIgnored: ['ids.system'] });
      const doc = await open(NOTE);
      // The defaults apply: A.6.2.9 is found, RK-9 and SX-4 are no IDs, so nothing dangles.
      await waitFor(() => diagnostics(doc.uri, 'unknown-control').length === 1, 'the unknown-control finding on the note', 90_000);
      assert.deepEqual(diagnostics(doc.uri, 'dangling-reference'), []);
      // The status bar names them too (the message is checked in the page by the runner).
      const shown = await waitFor(() => api.statusBar.shownText?.tooltip.startsWith('**Restricted Mode**') && api.statusBar.shownText, 'the Restricted Mode tooltip', 60_000);
      assert.match(shown.text, /\$\(shield\)/);
      assert.match(shown.tooltip, /aims\.ids\.risk and \.aims\.yaml's ids\.system are ignored until you trust this folder/);
    },
  },
  {
    name: 'Restricted Mode: once the folder is trusted, the server restarts and both patterns apply (RK-9 and SX-4 dangle), no reload',
    timeoutMs: 240_000,
    run: async () => {
      await waitFor(() => vscode.workspace.isTrusted, 'the runner to trust the folder (Manage Workspace Trust, Trust)', 180_000);
      const doc = await open(NOTE);
      const dangling = await waitFor(() => diagnostics(doc.uri, 'dangling-reference').length === 2 && diagnostics(doc.uri, 'dangling-reference'), 'RK-9 and SX-4 dangling', 90_000);
      assert.deepEqual(dangling.map((d) => doc.getText(d.range)).sort(), ['RK-9', 'SX-4']);
      assert.deepEqual(await api.trust(), { trusted: true, ignored: [], configIgnored: [] });
      await waitFor(() => api.statusBar.shownText && !api.statusBar.shownText.tooltip.includes('Restricted Mode'), 'the tooltip without Restricted Mode', 60_000);
    },
  },
];

export async function run(): Promise<void> {
  await runTests(vscode.workspace.isTrusted ? tests : restricted);
}
