/**
 * A YAML file's text cut where its items were read (parse/yamlChunks.ts), as
 * AimsDocument.textChunks: what rules read of the text alone is then kept per item, as it is
 * per Markdown chunk (text/chunkMemo.ts). Every stretch starts at a line start.
 */
import type { TextChunk } from '../text/types.js';

/**
 * The text in stretches that start at line starts: each item chunk's own lines, keyed by its
 * identity and length (the same key, the same text), and the frame's lines between them,
 * keyed afresh every version (they are few and short).
 */
export function textChunksOf(text: string, chunks: readonly { readonly start: number; readonly end: number }[], parsed: readonly { readonly identity: object }[]): TextChunk[] {
  const out: TextChunk[] = [];
  let cursor = 0;
  chunks.forEach((c, i) => {
    if (c.start > cursor) out.push({ start: cursor, end: c.start, key: {} });
    const end = Math.max(c.start, c.end);
    out.push({ start: c.start, end, key: keyOf(parsed[i]!.identity, end - c.start) });
    cursor = end;
  });
  if (cursor < text.length) out.push({ start: cursor, end: text.length, key: {} });
  return out;
}

const keys = new WeakMap<object, Map<number, object>>();

function keyOf(identity: object, length: number): object {
  let byLength = keys.get(identity);
  if (!byLength) keys.set(identity, (byLength = new Map()));
  let key = byLength.get(length);
  if (!key) byLength.set(length, (key = {}));
  return key;
}
