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

/** The index of the first item (in order of start) starting at or after `offset`, or items.length. */
export function firstStartingAt(items: readonly { readonly span: Span }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
