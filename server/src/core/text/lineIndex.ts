/**
 * Offsets <-> LSP positions. Offsets are UTF-16 code-unit indexes into the
 * document text exactly as the host gave it (JavaScript strings are UTF-16, as
 * LSP positions are by default). Lines end at "\n", "\r\n" or a lone "\r",
 * matching vscode-languageserver-textdocument.
 */
import type { Position, Range, Span } from './types.js';
import type { TextDelta } from './textDelta.js';

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] === 0. Typed: every closed document keeps one (or a view of its packed parts). */
  private readonly lineStarts: Uint32Array | Uint16Array;
  /** The text's length: the index keeps no reference to the text (a closed document's summary drops it). */
  readonly length: number;
  /** Per line, the length of its line break (1 or 2), when the text has a "\r"; else every break is one "\n". */
  private readonly breaks: Uint8Array | undefined;
  /** The first line break's style (see eol). */
  private readonly firstBreak: string;

  /**
   * The index of `text`, an edit of `previous.text` (`d` = textDelta of the two): the lines of
   * the common prefix and suffix are the previous index's (the suffix's moved by the length
   * change), and only the edited stretch is read. A start depends on the two characters around
   * it (a "\r" before a "\n" starts no line), so a start is kept only where both are unchanged.
   * A text with a carriage return (rare) is indexed afresh: its line breaks' lengths are kept too.
   */
  static edited(previous: LineIndex, text: string, d: TextDelta): LineIndex {
    if (previous.breaks || text.includes('\r')) return new LineIndex(text);
    const old = previous.lineStarts;
    const suffixFrom = text.length - d.suffix; // the suffix's first offset in the new text
    // Starts s < prefix have s - 1 and s in the prefix; starts s > suffixFrom (new) have both in the suffix.
    let head = 0;
    while (head < old.length && old[head]! < d.prefix) head++;
    let tail = old.length;
    while (tail > head && old[tail - 1]! + d.delta > suffixFrom) tail--;
    // The first line's start is no line break's: kept with the prefix, or here when there is none.
    const middle: number[] = d.prefix === 0 ? [0] : [];
    for (let i = Math.max(0, d.prefix - 1); i < suffixFrom; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) middle.push(i + 1);
    }
    const starts = new Uint32Array(head + middle.length + (old.length - tail));
    starts.set(old.subarray(0, head));
    starts.set(middle, head);
    for (let k = tail, at = head + middle.length; k < old.length; k++, at++) starts[at] = old[k]! + d.delta;
    return new LineIndex(text, starts);
  }

  /**
   * The index of a text of `length` characters without a carriage return, from its line starts
   * (`plainStarts` of the index it was made of): what a closed summary keeps packed.
   */
  static ofStarts(length: number, lineStarts: Uint32Array | Uint16Array): LineIndex {
    return new LineIndex('', lineStarts, length);
  }

  /** The line starts, when the text has no carriage return (they are then all the index holds); else undefined. */
  get plainStarts(): Uint32Array | Uint16Array | undefined {
    return this.breaks ? undefined : this.lineStarts;
  }

  /** `lineStarts`: given by `edited` and `ofStarts` (with the text's `length`), for a text without a carriage return. */
  constructor(text: string, lineStarts?: Uint32Array | Uint16Array, length = text.length) {
    this.length = length;
    if (lineStarts) {
      this.lineStarts = lineStarts;
      this.breaks = undefined;
      this.firstBreak = '\n';
      return;
    }
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
      this.breaks = undefined;
      this.firstBreak = '\n';
      return;
    }
    const starts = [0];
    const breaks: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        const crlf = text.charCodeAt(i + 1) === 10;
        if (crlf) i++;
        starts.push(i + 1);
        breaks.push(crlf ? 2 : 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
        breaks.push(1);
      }
    }
    this.breaks = Uint8Array.from(breaks);
    this.firstBreak = text.charCodeAt(starts[1]! - 1) === 13 ? '\r' : breaks[0] === 2 ? '\r\n' : '\n';
    this.lineStarts = Uint32Array.from(starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
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
    if (position.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[position.line]!;
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    // Every line but the last ends with a break; the last runs to the end of the text.
    if (line + 1 >= this.lineStarts.length) return this.length;
    return this.lineStarts[line + 1]! - (this.breaks ? this.breaks[line]! : 1);
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
    return this.lineStarts.length < 2 ? '\n' : this.firstBreak;
  }
}
