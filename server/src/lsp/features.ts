/**
 * Editor features over LSP: each handler finds the document's folder, waits
 * for its first index, asks the core feature (one file each in core/features)
 * and converts the result. Errors become empty answers plus a log line, so a
 * feature bug never takes the server down.
 */
import { CodeActionKind, type CodeAction, type Connection, type Diagnostic, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getCodeActions, type AimsLanguageService, type Range } from '../core/index.js';
import type { Folders } from './folders.js';

const capabilities: ServerCapabilities = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll], resolveProvider: false },
};

type Log = (m: string) => void;

/** Run a feature against the service owning `uri`, or return `empty` (unknown document, cancelled, or a bug). */
export async function withService<T>(folders: Folders, uri: string, empty: T, log: Log, run: (service: AimsLanguageService) => T, token?: { isCancellationRequested: boolean }): Promise<T> {
  const folder = folders.folderOf(uri) ?? folders.folderFor(uri);
  await folder.ready;
  if (token?.isCancellationRequested || !folder.service.getDocument(uri)) return empty;
  try {
    return run(folder.service);
  } catch (e) {
    log(`request on ${uri} failed: ${(e as Error).stack ?? e}`);
    return empty;
  }
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

export const registerFeatures = Object.assign(
  (connection: Connection, _documents: TextDocuments<TextDocument>, folders: Folders, log: Log): void => {
    connection.onCodeAction((params, token) =>
      withService(
        folders,
        params.textDocument.uri,
        [] as CodeAction[],
        log,
        (service) =>
          getCodeActions(service, params.textDocument.uri, params.range, params.context.only).map((a): CodeAction => {
            const diagnostics: Diagnostic[] = params.context.diagnostics.filter((d) => a.fixes.includes(String(d.code)) && (a.kind === 'source.fixAll' || overlaps(d.range, params.range)));
            return {
              title: a.title,
              kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.SourceFixAll,
              ...(diagnostics.length ? { diagnostics } : {}),
              edit: { changes: Object.fromEntries(Object.entries(a.edit.changes).map(([u, edits]) => [u, edits.map((e) => ({ range: e.range, newText: e.newText }))])) },
              ...(a.isPreferred ? { isPreferred: true } : {}),
            };
          }),
        token,
      ),
    );
  },
  { capabilities },
);
