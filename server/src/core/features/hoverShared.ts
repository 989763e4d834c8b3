/**
 * Small helpers shared by hover and completion: how a workspace document is
 * named in a tooltip (title and path relative to the workspace), and where
 * a span sits (1-based line, as people read it).
 */
import type { AimsLanguageService } from '../service.js';
import type { AimsDocument } from '../model.js';
import type { Span } from '../text/types.js';

/**
 * The folder every document of the workspace lives under (the longest common
 * directory prefix of their URIs). The service does not expose the workspace
 * root, so it is derived; with one document it is that document's folder.
 */
export function workspacePrefix(service: AimsLanguageService): string {
  let prefix: string | undefined;
  for (const d of service.documents()) {
    if (prefix === undefined) {
      prefix = d.uri.slice(0, d.uri.lastIndexOf('/') + 1);
      continue;
    }
    while (prefix !== '' && !d.uri.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
  return prefix ?? '';
}

/** A URI relative to the workspace, decoded for reading ("risk/risk-register.yaml"). */
export function relativePath(uri: string, prefix: string): string {
  const rel = prefix && uri.startsWith(prefix) ? uri.slice(prefix.length) : uri;
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}

/** "AI risk register (`risk/register.yaml`)", or just the path when the document has no title. */
export function documentLabel(doc: AimsDocument | undefined, uri: string, prefix: string): string {
  const path = '`' + relativePath(uri, prefix) + '`';
  const title = doc?.title?.trim();
  return title ? `${escapeMarkdown(title)} (${path})` : path;
}

/** "`risk/register.yaml`, line 9". */
export function whereLabel(doc: AimsDocument | undefined, uri: string, span: Span, prefix: string): string {
  const path = '`' + relativePath(uri, prefix) + '`';
  return doc ? `${path}, line ${doc.lines.positionAt(span.start).line + 1}` : path;
}

/** Text from a document shown inside our Markdown: no accidental emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** At most `max` characters, cut at a word boundary. */
export function shorten(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}
