/**
 * Chunks read line by line, without the parser, when their lines can only be what we say they
 * are: plain prose (paragraphs and simple list items), an ATX heading over plain prose, the
 * front matter over plain prose, or one simple pipe table (simpleTable.ts). Most of a document
 * is such chunks, and even a short remark parse costs a millisecond or more, so this is what
 * keeps both an edit and a cold index cheap. Anything else (`undefined`) goes to the parser.
 *
 * Each reader gives exactly what the parser would: the chunked-equals-whole property in
 * test/incremental.test.ts compares them with a remark parse of the whole text.
 */
import { headingText, type ChunkModel } from './chunkModel.js';
import { readSimpleTable } from './simpleTable.js';

/**
 * Prose: every line blank, or starting in column 0 with a letter, or a bullet or ordered list
 * marker followed by one space and a letter (a list item whose content is a paragraph), and no
 * character anywhere that could open something the model reads: `#` (headings), backticks and
 * `~` (code), `<` (HTML comments), `|` (tables), `>` (quotes), `=` (setext underlines). A line
 * of only `-` (a setext underline too) starts with no letter, so it is not prose either.
 */
const STRUCTURE = /[#`<|~>=]|^(?!(?:[-*+]|\d{1,9}[.)]) [A-Za-z]|[A-Za-z]|$)/m;
const PROSE: ChunkModel = { headings: [], tables: [], excluded: [] };

export function isPlainProse(text: string): boolean {
  return !STRUCTURE.test(text);
}

/** An ATX heading line in column 0 with nothing inline the model reads (code spans, HTML). */
const HEADING_LINE = /^(#{1,6})(?:[ \t][^\r\n`<]*)?(?=\r|\n|$)/;

/**
 * The chunk's model read without the parser, or undefined when its lines could hold more.
 * `first`: the chunk starts the text; `frontMatterEnd`: where the text's front matter ends
 * (splitChunks), or 0.
 */
export function fastChunk(text: string, first: boolean, frontMatterEnd: number): ChunkModel | undefined {
  if (first) {
    // A byte-order mark shifts the parser's offsets: leave such a start to the parser.
    if (text.charCodeAt(0) === 0xfeff) return undefined;
    if (frontMatterEnd > 0) return frontMatterChunk(text, frontMatterEnd);
  }
  if (isPlainProse(text)) return PROSE;
  const heading = HEADING_LINE.exec(text);
  if (heading) {
    const span = { start: 0, end: heading[0].length };
    if (!isPlainProse(text.slice(lineAfter(text, span.end)))) return undefined;
    return { headings: [{ level: heading[1]!.length, text: headingText(text, span), span }], tables: [], excluded: [] };
  }
  const table = readSimpleTable(text);
  return table ? { headings: [], tables: [table], excluded: [] } : undefined;
}

/** The front matter (its span: the opening fence to the end of the closing one's line) over plain prose. */
function frontMatterChunk(text: string, frontMatterEnd: number): ChunkModel | undefined {
  if (frontMatterEnd > text.length || !isPlainProse(text.slice(frontMatterEnd))) return undefined;
  let end = frontMatterEnd;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return { headings: [], tables: [], excluded: [], frontMatter: { start: 0, end } };
}

/** The offset after the line ending at `end` (after "\n", "\r\n" or a lone "\r"). */
function lineAfter(text: string, end: number): number {
  if (text[end] === '\r') return text[end + 1] === '\n' ? end + 2 : end + 1;
  return text[end] === '\n' ? end + 1 : end;
}
