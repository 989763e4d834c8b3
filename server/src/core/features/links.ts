/**
 * Document links. A risk, AI system or document ID cited in the document links
 * to its definition (the first non-weak one; target `uri#L<line>`). A relative
 * path such as `risk/risk-register.yaml` (in an evidence cell, a YAML value,
 * prose or a code span) links to that file when it is a document of the
 * workspace, resolved against the citing document's folder and the
 * workspace root.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument, EntityType } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { DocumentLinkResult } from './types.js';

const LABEL: Record<EntityType, string> = { risk: 'Risk', system: 'AI system', document: 'Document' };

/** A relative path to a Markdown or YAML file; not part of a URL or a longer path. */
const PATH_RE = /(?<![\w./\\:@%~-])(?:\.{1,2}\/)*[\w-][\w.-]*(?:\/[\w.-]+)*\.(?:md|markdown|mdx|ya?ml)(?!\.?[\w/\\-])/gi;

export function getDocumentLinks(service: AimsLanguageService, uri: string): DocumentLinkResult[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const paths = pathLinks(service, doc);
  const out: { span: Span; link: DocumentLinkResult }[] = [...paths];
  const index = service.index;
  const done: Span[] = paths.map((p) => p.span);

  for (const r of doc.references) {
    if (r.type !== 'risk' && r.type !== 'system' && r.type !== 'document') continue;
    if (done.some((s) => overlaps(s, r.span))) continue;
    // The ID where it is defined is not a link to itself.
    if (doc.definitions.some((d) => !d.weak && d.id === r.id && overlaps(d.span, r.span))) continue;
    const defs = index.definitionsOf(r.type, r.id);
    const target = defs.find((d) => !d.item.weak) ?? defs[0];
    if (!target || (target.uri === uri && overlaps(target.item.span, r.span))) continue;
    const targetDoc = service.getSummary(target.uri);
    if (!targetDoc) continue;
    const line = targetDoc.lines.positionAt(target.item.span.start).line;
    const title = target.item.title?.trim();
    out.push({
      span: r.span,
      link: { range: doc.lines.range(r.span), target: `${target.uri}#L${line + 1}`, tooltip: `${LABEL[r.type]} ${r.id}${title ? `: ${title}` : ''}` },
    });
    done.push(r.span);
  }
  return out.sort((a, b) => a.span.start - b.span.start).map((x) => x.link);
}

function pathLinks(service: AimsLanguageService, doc: AimsDocument): { span: Span; link: DocumentLinkResult }[] {
  const all = service.documents().map((d) => d.uri);
  const known = new Set(all);
  const folder = doc.uri.slice(0, doc.uri.lastIndexOf('/') + 1);
  const root = commonFolder(all);
  const out: { span: Span; link: DocumentLinkResult }[] = [];
  PATH_RE.lastIndex = 0;
  for (let m = PATH_RE.exec(doc.text); m; m = PATH_RE.exec(doc.text)) {
    const written = m[0];
    const target = resolveTarget(written, folder, root, all, known);
    if (!target || target === doc.uri) continue;
    const span = { start: m.index, end: m.index + written.length };
    out.push({ span, link: { range: doc.lines.range(span), target, tooltip: `Open ${written}` } });
  }
  return out;
}

function resolveTarget(path: string, folder: string, root: string, all: readonly string[], known: ReadonlySet<string>): string | undefined {
  const bases = path.startsWith('./') || path.startsWith('../') ? [folder] : [folder, root];
  for (const base of bases) {
    const candidate = join(base, path);
    if (candidate && known.has(candidate)) return candidate;
  }
  // A path from a root we cannot see (all documents sit in one sub-folder, several roots): a unique suffix match.
  if (!path.includes('/') || path.startsWith('.')) return undefined;
  const suffix = '/' + path;
  const matches = all.filter((u) => u.endsWith(suffix));
  return matches.length === 1 ? matches[0] : undefined;
}

/** base (a folder URI ending in '/') + a relative path, with '.' and '..' resolved; undefined when it climbs above the authority. */
function join(base: string, path: string): string | undefined {
  const head = /^[a-z][\w+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? '';
  const parts = (base.slice(head.length) + path).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '.') continue;
    if (p === '..') {
      if (out.length <= 1) return undefined;
      out.pop();
    } else out.push(p);
  }
  return head + out.join('/');
}

/** The deepest folder URI that holds every document (the workspace root, as far as the core can tell). */
function commonFolder(uris: readonly string[]): string {
  if (uris.length === 0) return '';
  let prefix = uris[0]!.slice(0, uris[0]!.lastIndexOf('/') + 1);
  for (const u of uris)
    while (prefix && !u.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  return prefix;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
