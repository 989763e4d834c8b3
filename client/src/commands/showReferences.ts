/**
 * `aims.showReferences`, the command of the server's code lenses ("referenced
 * by 3 documents"): the lens carries the document URI and the position of the
 * ID in LSP form; this opens VS Code's references peek there.
 */
import * as vscode from 'vscode';

export async function showReferences(uri: unknown, position: unknown): Promise<void> {
  if (typeof uri !== 'string' || !isPosition(position)) return;
  const target = vscode.Uri.parse(uri);
  const at = new vscode.Position(position.line, position.character);
  const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at)) ?? [];
  await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations);
}

function isPosition(p: unknown): p is { line: number; character: number } {
  return typeof p === 'object' && p !== null && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
}
