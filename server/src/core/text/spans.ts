/**
 * Moving spans by a fixed offset: how a chunk's findings, references and YAML nodes,
 * kept relative to the chunk, are placed in a new version of the document. The one
 * place that knows which spans a moved value carries.
 */
import type { Span } from './types.js';

export function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/** A value with a span and, optionally, a title span (a reference and the title written after it). */
export function shiftSpanned<T extends { readonly span: Span; readonly title?: { readonly span: Span } | undefined }>(r: T, by: number): T {
  const span = shiftSpan(r.span, by);
  return r.title ? { ...r, span, title: { ...r.title, span: shiftSpan(r.title.span, by) } } : { ...r, span };
}
