/**
 * Moving spans by a fixed offset: how a chunk's findings, references and YAML nodes,
 * kept relative to the chunk, are placed in a new version of the document. The one
 * place that knows which spans a moved value carries.
 */
import type { Span } from './types.js';

/** What a risk or SoA row carries: its ID's span, its extent and its attributes' spans. */
interface Entry {
  readonly idSpan: Span;
  readonly extent: Span;
  readonly attributes: ReadonlyMap<string, { readonly text: string; readonly span: Span }>;
}

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

/** The index of the item (items in order of start, apart) that holds `span` whole, or -1. */
export function holderOf(items: readonly { readonly span: Span }[], span: Span): number {
  const at = firstStartingAt(items, span.start + 1) - 1;
  return at >= 0 && span.end <= items[at]!.span.end ? at : -1;
}

/** A risk or an SoA row moved by `by`, its attributes too (each copied, never spread through arrays: thousands per edit). */
export function shiftEntry<T extends Entry>(e: T, by: number): T {
  const attributes = new Map<string, { text: string; span: Span }>();
  e.attributes.forEach((a, k) => attributes.set(k, { text: a.text, span: shiftSpan(a.span, by) }));
  return { ...e, idSpan: shiftSpan(e.idSpan, by), extent: shiftSpan(e.extent, by), attributes };
}
