/**
 * Editor features over LSP: each handler finds the document's folder, waits
 * for its first index, asks the core feature (one file each in core/features)
 * and converts the result. Errors become empty answers plus a log line, so a
 * feature bug never takes the server down.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  getCodeActions,
  getCodeLenses,
  type CodeLensOptions,
  getCompletions,
  getDefinition,
  getDocumentLinks,
  getDocumentSymbols,
  getFoldingRanges,
  getHover,
  getReferences,
  getRename,
  getWorkspaceSymbols,
  prepareRename,
  type AimsLanguageService,
  type CompletionKind,
  type DocumentSymbolResult,
  type Range,
  type SymbolKind as CoreSymbolKind,
} from '../core/index.js';
import type { Folders } from './folders.js';

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  control: CompletionItemKind.Reference,
  clause: CompletionItemKind.Reference,
  risk: CompletionItemKind.Value,
  system: CompletionItemKind.Module,
  document: CompletionItemKind.File,
  field: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  heading: CompletionItemKind.Snippet,
  'annex-c': CompletionItemKind.Text,
  snippet: CompletionItemKind.Snippet,
};

const SYMBOL_KIND: Record<CoreSymbolKind, SymbolKind> = {
  section: SymbolKind.String,
  risk: SymbolKind.Event,
  system: SymbolKind.Module,
  document: SymbolKind.File,
  control: SymbolKind.Key,
  'soa-row': SymbolKind.Key,
  field: SymbolKind.Property,
};

function toDocumentSymbol(s: DocumentSymbolResult): DocumentSymbol {
  return {
    name: s.name || ' ',
    ...(s.detail ? { detail: s.detail } : {}),
    kind: SYMBOL_KIND[s.kind],
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(toDocumentSymbol),
  };
}

type Log = (m: string) => void;

/** Run a feature against the service owning `uri`, or return `empty` (unknown document, cancelled, or a bug). */
export async function withService<T>(folders: Folders, uri: string, empty: T, log: Log, run: (service: AimsLanguageService) => T, token?: { isCancellationRequested: boolean }, alsoConfig = false): Promise<T> {
  const folder = folders.folderOf(uri) ?? folders.folderFor(uri);
  await folder.ready;
  // `.aims.yaml` is no document; a feature that reads it (the hover of its sectors) says so.
  const known = folder.service.has(uri) || (alsoConfig && folder.service.configSectors?.uri === uri);
  if (token?.isCancellationRequested || !known) return empty;
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

export function registerFeatures(connection: Connection, _documents: TextDocuments<TextDocument>, folders: Folders, log: Log, lensOptions: () => CodeLensOptions = () => ({})): void {
  const on = <T>(uri: string, empty: T, run: (service: AimsLanguageService) => T, token?: { isCancellationRequested: boolean }) => withService(folders, uri, empty, log, run, token);

  connection.onHover((p, token) =>
    withService(folders, p.textDocument.uri, null, log, (s) => {
      const h = getHover(s, p.textDocument.uri, p.position);
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: h.range } : null;
    }, token, true),
  );

  connection.onCompletion((p, token) =>
    on(p.textDocument.uri, [] as CompletionItem[], (s) =>
      getCompletions(s, p.textDocument.uri, p.position).map((c): CompletionItem => ({
        label: c.label,
        kind: COMPLETION_KIND[c.kind],
        ...(c.detail ? { detail: c.detail } : {}),
        ...(c.labelDetails ? { labelDetails: { ...c.labelDetails } } : {}),
        ...(c.preselect ? { preselect: true } : {}),
        ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
        textEdit: { range: c.range, newText: c.insertText ?? c.label },
        ...(c.snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
        ...(c.sortText ? { sortText: c.sortText } : {}),
        ...(c.filterText ? { filterText: c.filterText } : {}),
      })),
    token),
  );

  connection.onDefinition((p, token) => on(p.textDocument.uri, [], (s) => getDefinition(s, p.textDocument.uri, p.position), token));
  connection.onReferences((p, token) => on(p.textDocument.uri, [], (s) => getReferences(s, p.textDocument.uri, p.position, p.context.includeDeclaration), token));

  connection.onPrepareRename((p, token) => on(p.textDocument.uri, null, (s) => prepareRename(s, p.textDocument.uri, p.position) ?? null, token));
  connection.onRenameRequest(async (p, token) => {
    const r = await on(p.textDocument.uri, undefined as ReturnType<typeof getRename> | undefined, (s) => getRename(s, p.textDocument.uri, p.position, p.newName), token);
    if (!r) return null;
    if ('error' in r) throw new ResponseError(-32803 /* RequestFailed */, r.error);
    return { changes: Object.fromEntries(Object.entries(r.edit.changes).map(([u, e]) => [u, [...e]])) };
  });

  connection.onDocumentSymbol((p, token) => on(p.textDocument.uri, [] as DocumentSymbol[], (s) => getDocumentSymbols(s, p.textDocument.uri).map(toDocumentSymbol), token));
  connection.onWorkspaceSymbol(async (p, token) => {
    const out = [];
    for (const f of folders.all()) {
      await f.ready;
      if (token.isCancellationRequested) break;
      for (const w of getWorkspaceSymbols(f.service, p.query)) out.push({ name: w.name, kind: SYMBOL_KIND[w.kind], location: w.location, ...(w.detail ? { containerName: w.detail } : {}) });
    }
    return out;
  });

  connection.onDocumentLinks((p, token) => on(p.textDocument.uri, [], (s) => getDocumentLinks(s, p.textDocument.uri).map((l) => ({ range: l.range, target: l.target, ...(l.tooltip ? { tooltip: l.tooltip } : {}) })), token));
  connection.onFoldingRanges((p, token) =>
    on(p.textDocument.uri, [], (s) =>
      getFoldingRanges(s, p.textDocument.uri).map((f) => ({ startLine: f.startLine, endLine: f.endLine, ...(f.kind ? { kind: f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region } : {}) })),
    token),
  );
  connection.onCodeLens((p, token) =>
    on(p.textDocument.uri, [], (s) =>
      getCodeLenses(s, p.textDocument.uri, lensOptions()).map((l) => ({ range: l.range, command: { title: l.title, command: l.command?.id ?? '', ...(l.command ? { arguments: [...l.command.arguments] } : {}) } })),
    token),
  );

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
}
