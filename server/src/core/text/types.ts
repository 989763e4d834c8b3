/** LSP-shaped position: 0-based line, UTF-16 code units within the line. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Half-open [start, end) interval of UTF-16 offsets into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function containsOffset(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

/**
 * A stretch of a Markdown document's text from a line start to the next stretch's start.
 * `key` is the same object in the next version while the stretch's text is unchanged, so what
 * depends on that text alone is kept with it (text/chunkMemo.ts) and not computed again.
 */
export interface TextChunk {
  readonly start: number;
  readonly end: number;
  readonly key: object;
}
