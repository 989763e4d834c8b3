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
export function textChunksOf(text: string, chunks: readonly { readonly start: number; readonly end: number }[], parsed: readonly { readonly identity: ChunkIdentity }[]): TextChunk[] {
  const out: TextChunk[] = [];
  let cursor = 0;
  chunks.forEach((c, i) => {
    if (c.start > cursor) out.push({ start: cursor, end: c.start, key: {} });
    const end = Math.max(c.start, c.end);
    out.push({ start: c.start, end, key: parsed[i]!.identity.keyFor(end - c.start) });
    cursor = end;
  });
  if (cursor < text.length) out.push({ start: cursor, end: text.length, key: {} });
  return out;
}

/**
 * What stays the same object while a YAML item's text is the same (ChunkParse.identity), with
 * the text-chunk keys made for it, by length. The key is kept on the identity itself: a weak map
 * looked up for every item of a register on every edit was a cost of its own.
 */
export class ChunkIdentity {
  // The length met first (nearly always the only one) and its key; any other length in a map.
  private length = -1;
  private key: object | undefined;
  private others: Map<number, object> | undefined;

  /** The key of this item's text at `length`: the same object every time it is asked. */
  keyFor(length: number): object {
    if (this.length === length) return this.key!;
    if (this.length < 0) {
      this.length = length;
      return (this.key = {});
    }
    this.others ??= new Map();
    let key = this.others.get(length);
    if (!key) this.others.set(length, (key = {}));
    return key;
  }
}
