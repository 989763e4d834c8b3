/**
 * Small helpers shared by hover and completion: how a workspace document is
 * named in a tooltip (title and path relative to the workspace), and where
 * a span sits (1-based line, as people read it).
 */
import type { AimsLanguageService } from '../service/api.js';
import type { DocumentSummary } from '../model/types.js';
import type { Span } from '../text/types.js';

/** Names a document URI as a workspace-relative path ("risk/risk-register.yaml"). */
export type PathNamer = (uri: string) => string;

/**
 * The service's own relative path for each document; for a URI it does not know,
 * the URI relative to the folder all documents share (longest common directory prefix).
 */
export function pathNamer(service: AimsLanguageService): PathNamer {
  let prefix: string | undefined;
  const fallback = (uri: string): string => {
    if (prefix === undefined) prefix = commonFolder(service.documents().map((d) => d.uri));
    const rel = prefix && uri.startsWith(prefix) ? uri.slice(prefix.length) : uri;
    try {
      return decodeURIComponent(rel);
    } catch {
      return rel;
    }
  };
  return (uri) => service.relativePathOf(uri) ?? fallback(uri);
}

function commonFolder(uris: readonly string[]): string {
  let prefix: string | undefined;
  for (const uri of uris) {
    if (prefix === undefined) prefix = uri.slice(0, uri.lastIndexOf('/') + 1);
    while (prefix !== '' && !uri.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  }
  return prefix ?? '';
}

/** "AI risk register (`risk/register.yaml`)", or just the path when the document has no title. */
export function documentLabel(doc: DocumentSummary | undefined, uri: string, name: PathNamer): string {
  const path = '`' + name(uri) + '`';
  const title = doc?.title?.trim();
  return title ? `${escapeMarkdown(title)} (${path})` : path;
}

/** "`risk/register.yaml`, line 9". */
export function whereLabel(doc: DocumentSummary | undefined, uri: string, span: Span, name: PathNamer): string {
  const path = '`' + name(uri) + '`';
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
