/**
 * What one Markdown chunk holds for the model, with offsets relative to the chunk (so a chunk
 * can be reused when it moves), whoever read it: remark (markdown.ts) or a line reader
 * (fastChunk.ts).
 */
import type { Span } from '../text/types.js';
import type { TableGrid } from '../model/types.js';
import type { DeepLine } from './nesting.js';

export interface MdHeading {
  readonly level: number;
  readonly text: string;
  /** The heading line (or setext lines). */
  readonly span: Span;
}

/** One chunk's findings, with offsets relative to the chunk start (so it can be reused when it moves). */
export interface ChunkModel {
  readonly headings: readonly MdHeading[];
  readonly tables: readonly TableGrid[];
  readonly excluded: readonly Span[];
  readonly frontMatter?: Span;
  readonly failed?: boolean;
  /** Lines nested too deeply, whose excess markers were read as text (nesting.ts). */
  readonly deep?: readonly DeepLine[];
  /**
   * The chunk's last block may continue past its end: an unclosed fence, or an
   * HTML block not yet ended by a blank line. Then the next chunk is not a new
   * block and the two are parsed together (the parser itself is the judge of
   * where a split is safe).
   */
  readonly endsOpen?: boolean;
}

/** Heading text from source: ATX markers and closing hashes removed, or the setext text line. */
export function headingText(text: string, s: Span): string {
  const raw = text.slice(s.start, s.end);
  const firstLine = raw.split(/\r?\n|\r/)[0] ?? '';
  const plain = /^ {0,3}#/.test(firstLine) ? withoutClosingHashes(firstLine.replace(/^ {0,3}#{1,6}/, '')).trim() : firstLine.trim();
  // Pandoc's, kramdown's and MkDocs' attributes ("# 1 Purpose {#purpose}") are not words of the heading
  // (found from the last brace: an expression with a run of blanks before it would retry at each blank).
  const open = plain.endsWith('}') ? plain.lastIndexOf('{') : -1;
  return open > 0 && /[ \t]/.test(plain[open - 1]!) && /^\{[ \t]*[#.][^{}]*\}$/.test(plain.slice(open)) ? plain.slice(0, open).trimEnd() : plain;
}

/**
 * An ATX heading's closing sequence removed: `s.replace(/[ \t]+#+[ \t]*$/, '')`
 * as a scan from the end (the regex retries from every blank of a long run of
 * blanks that is not followed by hashes: quadratic).
 */
export function withoutClosingHashes(s: string): string {
  const blank = (i: number) => s[i - 1] === ' ' || s[i - 1] === '\t';
  let end = s.length;
  while (end > 0 && blank(end)) end--;
  let hashes = end;
  while (hashes > 0 && s[hashes - 1] === '#') hashes--;
  if (hashes === end || !blank(hashes)) return s;
  let start = hashes;
  while (start > 0 && blank(start)) start--;
  return s.slice(0, start);
}

