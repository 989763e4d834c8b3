/**
 * What an edit left alone: the common prefix and suffix of two versions of a
 * text. A chunk lying wholly inside either has the same text as before (at the
 * same offset, or moved by the length change), so what was derived from it is
 * found by position, without hashing or copying the chunk's text.
 */
export interface TextDelta {
  /** Length of the common prefix. */
  readonly prefix: number;
  /** Length of the common suffix (never overlapping the prefix in either version). */
  readonly suffix: number;
  /** New length minus old length. */
  readonly delta: number;
  /** The new text's length. */
  readonly length: number;
}

/** Compared in blocks first: string equality of two slices is a native comparison. */
const BLOCK = 1024;

export function textDelta(before: string, after: string): TextDelta {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= max && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= room && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { prefix, suffix, delta: after.length - before.length, length: after.length };
}

/** Where the new text's [start, end) was in the old text, when it is unchanged; otherwise undefined. */
export function previousStart(d: TextDelta, start: number, end: number): number | undefined {
  if (end <= d.prefix) return start;
  if (start >= d.length - d.suffix) return start - d.delta;
  return undefined;
}
