/**
 * The in-host suite's view of its fixture folder (a copy of examples/): what the CLI found
 * there (expected.json, written by the runner), its files, and the server's diagnostics.
 */
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface Expected {
  readonly coverage: { readonly summary: { readonly percent: number; readonly documents: number } } & Record<string, unknown>;
  readonly findings: readonly { readonly code: string; readonly path: string; readonly severity: string; readonly range: { readonly start: { readonly line: number } } }[];
  /** Where the extension must be loaded from, when the runner says: the installed .vsix's folder under the extensions folder. */
  readonly extensionPath?: string;
}

export function expected(): Expected {
  const file = path.join(__dirname, 'expected.json');
  assert.ok(existsSync(file), `the runner writes ${file} (CLI results over the fixture folder)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Expected;
}

export function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the suite runs with the fixture folder open');
  return f.uri;
}

export const file = (rel: string) => vscode.Uri.joinPath(folder(), ...rel.split('/'));

export async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export const diagnostics = (uri: vscode.Uri, code?: string) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'aims' && (code === undefined || codeOf(d) === code));

export function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}
