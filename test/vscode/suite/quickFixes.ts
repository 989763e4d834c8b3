/**
 * In real VS Code: every quick fix added for issue 18 applies as an edit in the editor and
 * its finding goes.
 */
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { waitFor, type InHostTest } from './harness.js';
import { codeOf, diagnostics, file, open } from './fixture.js';

export const quickFixesInTheEditor: InHostTest = {
  name: "every new quick fix applies in the editor and its finding goes (risk level, review date, schema typo, kind, duplicate ID, objective, missing controls)",
  timeoutMs: 180_000,
  run: async () => {
    // Files of their own for the fixes the examples do not need; removed afterwards. The
    // examples' own (R-004's level, the competence record's review) are fixed in the buffer
    // and reverted, so nothing on disk changes.
    const scratch: Record<string, string> = {
      'fix-tests/typo.md': '---\naims:\n  kind: policy\n  id: POL-701\n  title: Typo policy\n  ownr: CISO\n  version: "1.0"\n  status: draft\n---\n# Typo policy\n\nUnder ISO/IEC 42001.\n',
      'fix-tests/ai-policy-draft.md': '# AI Policy\n\nThis AI policy of Veldra Systems sets out how we govern AI under ISO/IEC 42001.\n',
      'fix-tests/second-policy.md': '---\naims:\n  kind: policy\n  id: POL-001\n  title: Second policy\n  owner: CISO\n  version: "1.0"\n  status: draft\n---\n# Second policy\n\nUnder ISO/IEC 42001.\n',
      'fix-tests/objective.md': '---\naims:\n  kind: procedure\n  id: PRC-701\n  title: Procedure\n  owner: CISO\n  version: "1.0"\n  status: draft\n  controls: [A.2.1]\n---\n# Procedure\n\nUnder ISO/IEC 42001.\n',
      'fix-tests/soa.md': '---\naims:\n  kind: soa\n  id: SOA-701\n  title: Draft statement\n  owner: CISO\n  version: "1.0"\n  status: draft\n---\n# Draft statement\n\n| Control | Applicable | Justification |\n|---|---|---|\n| A.2.2 | Yes | Needed |\n',
    };
    const cases: [string, string][] = [
      ['risk/risk-register.yaml', 'risk-level-mismatch'],
      ['support/competence.md', 'review-overdue'],
      ['fix-tests/typo.md', 'schema'],
      ['fix-tests/ai-policy-draft.md', 'kind-inferred'],
      ['fix-tests/second-policy.md', 'duplicate-id'],
      ['fix-tests/objective.md', 'objective-as-control'],
      ['fix-tests/soa.md', 'soa-missing-control'],
    ];
    await vscode.workspace.fs.createDirectory(file('fix-tests'));
    for (const [rel, text] of Object.entries(scratch)) writeFileSync(file(rel).fsPath, text);
    try {
      for (const [rel, code] of cases) {
        const doc = await open(rel);
        const [diag] = await waitFor(() => diagnostics(doc.uri, code).length > 0 && diagnostics(doc.uri, code), `the ${code} finding in ${rel}`, 60_000);
        const before = diagnostics(doc.uri, code).map((d) => d.message);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag!.range, vscode.CodeActionKind.QuickFix.value);
        // The server's fixes for the range asked (those naming their diagnostic first; the workbench may add actions without an edit).
        const fixes = actions.filter((a) => a.edit && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
        const fix = fixes.find((a) => a.diagnostics?.some((d) => codeOf(d) === code)) ?? fixes[0];
        assert.ok(fix, `a quick fix for ${code} in ${rel}: ${actions.map((a) => a.title).join('; ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit!), `the ${code} fix applies`);
        // That finding goes (adding every missing control leaves each new row to decide: findings of their own).
        await waitFor(() => !diagnostics(doc.uri, code).some((d) => d.message === diag!.message && d.range.isEqual(diag!.range)) || diagnostics(doc.uri, code).length < before.length, `the ${code} finding gone after "${fix.title}"`, 60_000);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    } finally {
      await vscode.workspace.fs.delete(file('fix-tests'), { recursive: true }).then(undefined, () => undefined);
    }
  },
};
