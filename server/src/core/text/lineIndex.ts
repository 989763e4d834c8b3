/**
 * Offsets <-> LSP positions. Offsets are UTF-16 code-unit indexes into the
 * document text exactly as the host gave it (JavaScript strings are UTF-16, as
 * LSP positions are by default). Lines end at "\n", "\r\n" or a lone "\r",
 * matching vscode-languageserver-textdocument.
 */
import type { Position, Range, Span } from './types.js';

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] === 0. Typed: every closed document keeps one. */
  private readonly lineStarts: Uint32Array;

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // The common case, with the native search: a character loop here was deoptimised by
      // the mix of flat and concatenated strings edits produce, and took milliseconds. Counted
      // first, then filled: a growing array of a 1 MB file's line starts was a megabyte of garbage per edit.
      let n = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
      const lineStarts = new Uint32Array(n);
      n = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts[n++] = i + 1;
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = Uint32Array.from(starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo]! };
  }

  /** Clamps out-of-range positions (LSP clients send them) instead of throwing. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /**
   * The line break style of the document, for edits that insert lines: that of
   * its first line break ("\r\n", "\n", or a lone "\r" as classic Mac files
   * have); "\n" when it has none.
   */
  get eol(): string {
    if (this.lineStarts.length < 2) return '\n';
    const first = this.lineStarts[1]!;
    if (this.text.charCodeAt(first - 1) === 13) return '\r';
    return first >= 2 && this.text.charCodeAt(first - 2) === 13 ? '\r\n' : '\n';
  }
}
