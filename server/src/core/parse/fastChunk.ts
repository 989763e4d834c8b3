/**
 * Chunks read line by line, without the parser, when their lines can only be what we say they
 * are: plain prose (paragraphs and simple list items) with fenced code blocks in it, an ATX
 * heading over that, the front matter over that, or one simple pipe table (simpleTable.ts) with
 * such prose after it. Most of a document is such chunks, and even a short remark parse costs a millisecond or more, so this is what
 * keeps both an edit and a cold index cheap. Anything else (`undefined`) goes to the parser.
 *
 * Each reader gives exactly what the parser would: the chunked-equals-whole property in
 * test/incremental.test.ts compares them with a remark parse of the whole text.
 */
import { HAS_GRID_BORDER } from './gridTable.js';
import { headingText, type ChunkModel } from './chunkModel.js';
import { readSimpleTable } from './simpleTable.js';
import type { Span } from '../text/types.js';

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
  // A pandoc grid table reads as prose line by line, but is a table (gridTable.ts): the parser's.
  if (HAS_GRID_BORDER.test(text)) return undefined;
  if (first) {
    // A byte-order mark shifts the parser's offsets: leave such a start to the parser.
    if (text.charCodeAt(0) === 0xfeff) return undefined;
    if (frontMatterEnd > 0) return frontMatterChunk(text, frontMatterEnd);
  }
  if (isPlainProse(text)) return PROSE;
  const heading = HEADING_LINE.exec(text);
  if (heading) {
    const span = { start: 0, end: heading[0].length };
    const body = proseAndFences(text, lineAfter(text, span.end));
    if (!body) return undefined;
    return { headings: [{ level: heading[1]!.length, text: headingText(text, span), span }], tables: [], ...bodyModel(body) };
  }
  const body = proseAndFences(text, 0);
  if (body) return body.excluded.length === 0 ? PROSE : { headings: [], tables: [], ...bodyModel(body) };
  return tableThenProse(text);
}

/**
 * A simple pipe table, then after a blank line prose and fenced code: a register with a note
 * under it. A blank line ends a table, and nothing before it is open (a table holds no list),
 * so what follows reads as it would on its own; a list marker there starts a new list.
 */
function tableThenProse(text: string): ChunkModel | undefined {
  const blank = text.indexOf('\n\n');
  const table = readSimpleTable(blank < 0 ? text : text.slice(0, blank + 1));
  if (!table) return undefined;
  if (blank < 0) return { headings: [], tables: [table], excluded: [] };
  const body = proseAndFences(text, blank + 1);
  return body ? { headings: [], tables: [table], ...bodyModel(body) } : undefined;
}

/** The front matter (its span: the opening fence to the end of the closing one's line) over plain prose. */
function frontMatterChunk(text: string, frontMatterEnd: number): ChunkModel | undefined {
  const body = frontMatterEnd > text.length ? undefined : proseAndFences(text, frontMatterEnd);
  if (!body) return undefined;
  let end = frontMatterEnd;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return { headings: [], tables: [], ...bodyModel(body), frontMatter: { start: 0, end } };
}

function bodyModel(body: { excluded: Span[]; endsOpen: boolean }): Pick<ChunkModel, 'excluded' | 'endsOpen'> {
  return body.endsOpen ? { excluded: body.excluded, endsOpen: true } : { excluded: body.excluded };
}

/** An opening fence in column 0 with at most a plain info word; any other fence-like line is left to the parser (the prose test rejects it). */
const OPEN_FENCE = /^(`{3,}|~{3,})[A-Za-z0-9_+.#-]*$/;
/** Lines CommonMark would take as a closing fence, for a fence of backticks or of tildes. */
const CLOSING = { '`': /^ {0,3}`{3,}[ \t]*$/gm, '~': /^ {0,3}~{3,}[ \t]*$/gm } as const;

/**
 * The text from `from` on as plain prose and fenced code blocks: the blocks' spans, or
 * undefined when it is anything else. A fence in column 0 is a top-level block whatever
 * precedes it (it interrupts a paragraph and ends a list item, whose content is indented), and
 * the parser reads nothing inside it until the closing fence: the first line CommonMark would
 * take as one (up to three spaces, the opening's character, at least as many, then blanks),
 * which must here be the bare fence characters in column 0, so that the block's span is
 * exactly the one remark gives (to the end of the closing fence). A fence not closed runs to
 * the end of the text, as remark reads it, and on into the next chunk (`endsOpen`): typing a
 * fence makes the rest of a document code until it is closed, and that is read here, not
 * parsed on every keystroke.
 */
function proseAndFences(text: string, from: number): { excluded: Span[]; endsOpen: boolean } | undefined {
  if (isPlainProse(text.slice(from))) return { excluded: [], endsOpen: false };
  const excluded: Span[] = [];
  let prose = from;
  const fences = /^(?:`{3}|~{3})/gm;
  fences.lastIndex = from;
  for (let m = fences.exec(text); m; m = fences.exec(text)) {
    const pos = m.index;
    // The pattern's line starts and ends include U+2028 and U+2029, which end no line in Markdown.
    if (pos > from && !endsLine(text, pos - 1)) return undefined;
    const end = lineEnd(text, pos);
    const open = OPEN_FENCE.exec(text.slice(pos, end));
    if (!open || !isPlainProse(text.slice(prose, pos))) return undefined;
    const fence = open[1]!;
    const closing = CLOSING[fence[0] as '`' | '~'];
    closing.lastIndex = lineAfter(text, end);
    let close = closing.exec(text);
    while (close && close[0].trim().length < fence.length) close = closing.exec(text);
    if (!close) {
      excluded.push({ start: pos, end: text.length });
      return { excluded, endsOpen: true };
    }
    const stop = close.index + close[0].length;
    if (!endsLine(text, close.index - 1) || (stop < text.length && !endsLine(text, stop)) || close[0] !== close[0].trim()) return undefined;
    excluded.push({ start: pos, end: stop });
    prose = fences.lastIndex = lineAfter(text, stop);
  }
  return isPlainProse(text.slice(prose)) ? { excluded, endsOpen: false } : undefined;
}

/** Whether the character at `i` ends a line in Markdown. */
function endsLine(text: string, i: number): boolean {
  return text[i] === '\n' || text[i] === '\r';
}

/** The end of the line starting at `pos` (before "\n", "\r\n" or a lone "\r"). */
function lineEnd(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
}

/** The offset after the line ending at `end` (after "\n", "\r\n" or a lone "\r"). */
function lineAfter(text: string, end: number): number {
  if (text[end] === '\r') return text[end + 1] === '\n' ? end + 2 : end + 1;
  return text[end] === '\n' ? end + 1 : end;
}
