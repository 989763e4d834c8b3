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

/**
 * A risk or an SoA row moved by `by`. Its attributes are moved when read (MovedAttributes): an
 * edit near the top of a register moves every later item's risks, and nearly nothing reads
 * their attributes' places on the way to findings (rules judge items with offsets from their
 * start), so making thousands of maps per edit was most of what moving a risk cost.
 */
export function shiftEntry<T extends Entry>(e: T, by: number): T {
  return { ...e, idSpan: shiftSpan(e.idSpan, by), extent: shiftSpan(e.extent, by), attributes: movedAttributes(e.attributes, by) };
}

type Attr = { readonly text: string; readonly span: Span };

function movedAttributes(m: ReadonlyMap<string, Attr>, by: number): ReadonlyMap<string, Attr> {
  if (m.size === 0 || by === 0) return m;
  // One step from the map that was read, never a chain of moves.
  return m instanceof MovedAttributes ? (m.by + by === 0 ? m.base : new MovedAttributes(m.base, m.by + by)) : new MovedAttributes(m, by);
}

/**
 * An attribute's text, its place not read: from a moved map, without the moved copy `get` makes
 * (a register's definitions read every risk's title on every edit, moved or not).
 */
export function attributeText(m: ReadonlyMap<string, Attr>, key: string): string | undefined {
  return (m instanceof MovedAttributes ? m.base : m).get(key)?.text;
}

/** A map of attributes whose spans are those of `base` moved by `by`, each moved when it is read. */
export class MovedAttributes implements ReadonlyMap<string, Attr> {
  constructor(
    readonly base: ReadonlyMap<string, Attr>,
    readonly by: number,
  ) {}

  get size(): number {
    return this.base.size;
  }

  has(key: string): boolean {
    return this.base.has(key);
  }

  get(key: string): Attr | undefined {
    const a = this.base.get(key);
    return a && { text: a.text, span: shiftSpan(a.span, this.by) };
  }

  forEach(callback: (value: Attr, key: string, map: ReadonlyMap<string, Attr>) => void, thisArg?: unknown): void {
    this.base.forEach((a, k) => callback.call(thisArg, { text: a.text, span: shiftSpan(a.span, this.by) }, k, this));
  }

  *entries(): MapIterator<[string, Attr]> {
    for (const [k, a] of this.base) yield [k, { text: a.text, span: shiftSpan(a.span, this.by) }];
  }

  keys(): MapIterator<string> {
    return this.base.keys();
  }

  *values(): MapIterator<Attr> {
    for (const a of this.base.values()) yield { text: a.text, span: shiftSpan(a.span, this.by) };
  }

  [Symbol.iterator](): MapIterator<[string, Attr]> {
    return this.entries();
  }
}

/** Whether `offset` lies in one of `spans`, each half-open ([start, end): adjacent spans share no offset). */
export function inSpans(offset: number, spans: readonly Span[]): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
