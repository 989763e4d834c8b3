/**
 * YAML nodes moved: a register's items are parsed relative to their chunk (yamlChunks.ts), so
 * an edit before an item moves none of its nodes; they are placed in the document only when a
 * reader walks the items (most versions of a register being edited never are: the model keeps
 * each item's share, yamlModel.ts).
 */
import type { Span } from '../text/types.js';
import type { YNode } from './yaml.js';
import { shiftSpan } from '../text/spans.js';
import { pushAll } from '../util/arrays.js';

/** A chunk's items with offsets in the document. */
export function absoluteItems(c: { readonly items: readonly YNode[]; readonly start: number }): YNode[] {
  return c.items.map((n) => move(n, c.start));
}

/** A sequence whose items are the chunks', placed in the document on first read (then kept as a plain property). */
export function lazySeq(span: Span, chunks: readonly { readonly items: readonly YNode[]; readonly start: number }[]): YNode {
  return {
    type: 'seq',
    get items(): readonly YNode[] {
      const items: YNode[] = [];
      for (const c of chunks) pushAll(items, absoluteItems(c));
      Object.defineProperty(this, 'items', { value: items, enumerable: true, writable: false, configurable: false });
      return items;
    },
    span,
  };
}

/** `n` with every span moved by `by`, or mapped by `map`. */
export function move(n: YNode, by: number, map?: (x: number, end: boolean) => number): YNode {
  const s = (sp: Span): Span => (map ? { start: map(sp.start, false), end: map(sp.end, true) } : shiftSpan(sp, by));
  switch (n.type) {
    case 'scalar':
      return { type: 'scalar', value: n.value, raw: n.raw, span: s(n.span) };
    case 'alias':
      return { type: 'alias', name: n.name, span: s(n.span) };
    case 'seq':
      return { type: 'seq', items: n.items.map((i) => move(i, by, map)), span: s(n.span) };
    case 'map':
      return { type: 'map', pairs: n.pairs.map((p) => ({ key: p.key, keySpan: s(p.keySpan), value: p.value && move(p.value, by, map), span: s(p.span) })), span: s(n.span) };
  }
}
