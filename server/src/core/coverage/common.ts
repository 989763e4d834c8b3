/** Small helpers the coverage model's parts share: paths, locations, document references. */
import type { AimsLanguageService } from '../service/api.js';
import type { DocumentSummary } from '../model/types.js';
import type { Span } from '../text/types.js';
import { fieldText } from '../parse/meta.js';
import type { DocumentRef, DocumentStatus, Location } from './types.js';
import { isTemplateDoc } from '../parse/template.js';

export interface ModelContext {
  readonly service: AimsLanguageService;
  readonly today: string;
  readonly docs: ReadonlyMap<string, DocumentSummary>;
  /** Workspace-relative paths of every file known to exist (documents, and any the caller listed). */
  readonly files: ReadonlySet<string>;
}

/** The workspace-relative path of a document (the URI's last segment when the service does not know it). */
export function pathOf(service: AimsLanguageService, uri: string): string {
  return service.relativePathOf(uri) ?? uri.slice(uri.lastIndexOf('/') + 1);
}

export function locationOf(ctx: ModelContext, uri: string, span: Span): Location {
  const doc = ctx.docs.get(uri);
  return { path: pathOf(ctx.service, uri), line: doc ? doc.lines.positionAt(span.start).line + 1 : 1 };
}

export function documentStatus(doc: DocumentSummary, today: string): DocumentStatus {
  const status = fieldText(doc.meta, 'status');
  if (status === 'retired') return 'retired';
  const next = fieldText(doc.meta, 'next_review');
  if (next && /^\d{4}-\d{2}-\d{2}$/.test(next) && next < today) return 'overdue';
  if (status === 'approved' || status === 'draft') return status;
  return 'undeclared';
}

/** A document as the reports show it: where it is declared (its `kind` field, else line 1), id, title, kind and status. */
export function documentRef(ctx: ModelContext, doc: DocumentSummary): DocumentRef {
  const kindField = doc.meta.fields.get('kind');
  const id = fieldText(doc.meta, 'id');
  const title = fieldText(doc.meta, 'title') ?? doc.title;
  const next = fieldText(doc.meta, 'next_review');
  const owner = fieldText(doc.meta, 'owner');
  return {
    path: pathOf(ctx.service, doc.uri),
    line: kindField ? doc.lines.positionAt(kindField.keySpan.start).line + 1 : 1,
    ...(id ? { id } : {}),
    ...(title ? { title } : {}),
    ...(doc.meta.kind ? { kind: doc.meta.kind } : {}),
    ...(owner ? { owner } : {}),
    status: documentStatus(doc, ctx.today),
    ...(next ? { nextReview: next } : {}),
    ...(isTemplateDoc(doc) ? { template: true as const } : {}),
  };
}

export function byPath<T extends { path: string; line: number }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}

/** Lower-case text with Markdown decoration removed, for matching names and aliases. */
export function plain(text: string): string {
  return text.replace(/[*_`]/g, '').toLowerCase();
}

/** Whether `phrase` (lower case) occurs in `text` (lower case) as whole words. */
export function hasPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Offset of the first whole-word occurrence of `phrase` in `text`, or -1. */
export function phraseAt(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? m.index : -1;
}
