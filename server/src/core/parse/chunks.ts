/**
 * Split Markdown into top-level chunks that parse independently. A new chunk
 * starts, outside front matter, fenced code and HTML blocks (comments, raw
 * blocks, and tag lines that only a blank line ends):
 * - at an ATX heading in column 0, and
 * - at a line that starts in column 0 with a letter or "|" after a blank line.
 * At such a line CommonMark has closed every open block (a blank line ends
 * paragraphs, tables and block quotes; a line in column 0 that is not a list
 * marker ends lists and indented code), so parsing the chunks one by one gives
 * the same blocks as parsing the whole text (the incremental-parse invariant;
 * differential tests hold us to it). Paragraph-sized chunks keep the text an
 * edit re-parses small. When unsure we do not split: a bigger chunk is only
 * slower, never wrong.
 */

export interface ChunkBounds {
  /** Where the front matter ends (offset after its closing fence line), or 0. */
  readonly frontMatterEnd: number;
  /** Whether an opening `---` (or `+++`) had no closing fence. */
  readonly frontMatterUnterminated: boolean;
  /** Chunk start offsets; the first is always 0. */
  readonly starts: readonly number[];
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;

export function splitChunks(text: string): ChunkBounds {
  const starts = [0];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let frontMatterEnd = 0;
  let frontMatterUnterminated = false;

  // Front matter: `---` on the first line, closed by `---` alone on a line (`+++` and `+++` for
  // TOML, as Hugo writes it). Only `---`: the parser's front-matter extension (like GitHub) does
  // not end it at YAML's `...`, and a chunk boundary there would cut what the parser reads as
  // one block (found by the fuzz run).
  const lineEnd = endOfLineFinder(text);
  const matterFence = /^(?:---|\+\+\+)/.exec(text.slice(pos, pos + 3))?.[0];
  const isFence = (at: number) => matterFence !== undefined && text.startsWith(matterFence, at) && !/[^ \t]/.test(text.slice(at + 3, lineEnd(at)));
  if (isFence(pos)) {
    let p = nextLine(text, lineEnd(pos));
    let closed = false;
    while (p < text.length) {
      const next = nextLine(text, lineEnd(p));
      if (isFence(p)) {
        frontMatterEnd = next;
        closed = true;
        break;
      }
      p = next;
    }
    if (closed) pos = frontMatterEnd;
    else frontMatterUnterminated = true;
  }

  let fence: { char: string; len: number } | undefined;
  let comment = false;
  let raw: string | undefined;
  /** Inside an HTML block that only a blank line ends (CommonMark types 6 and 7). */
  let htmlUntilBlank = false;
  /** Inside `<?...?>`, `<!X...>` or `<![CDATA[...]]>` (types 3-5): the end marker. */
  let htmlEnd: string | undefined;
  /** Whether the previous line was blank (spaces and tabs only). */
  let afterBlank = false;
  while (pos < text.length) {
    const end = lineEnd(pos);
    let i = pos;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const blank = i === end;
    const idle = !fence && !comment && !raw && !htmlEnd && !htmlUntilBlank;
    const c = text.charCodeAt(i);
    // Most lines are prose: only a state, or a line starting with one of # ` ~ < in the first
    // four columns, needs the line's text (not sliced otherwise: this runs on every edit).
    if (idle && (blank || i - pos > 3 || (c !== 35 && c !== 96 && c !== 126 && c !== 60))) {
      if (!blank && afterBlank && i === pos && startsParagraph(c) && pos !== starts[starts.length - 1]) starts.push(pos);
      afterBlank = blank;
      pos = nextLine(text, end);
      continue;
    }
    afterBlank = blank;
    const line = text.slice(pos, end);
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.len && /^[`~]*[ \t]*$/.test(line.trim())) fence = undefined;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else if (raw) {
      if (line.toLowerCase().includes(`</${raw}>`)) raw = undefined;
    } else if (htmlEnd) {
      if (line.includes(htmlEnd)) htmlEnd = undefined;
    } else if (htmlUntilBlank) {
      if (blank) htmlUntilBlank = false;
    } else if (HEADING.test(line)) {
      if (pos > 0 && pos !== starts[starts.length - 1]) starts.push(pos);
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1]![0] === '`' && line.slice(line.indexOf('`') + f[1]!.length).includes('`'))) {
        fence = { char: f[1]![0]!, len: f[1]!.length };
      } else if (/^ {0,3}<!--/.test(line) && !line.slice(line.indexOf('<!--') + 4).includes('-->')) comment = true;
      else {
        const r = RAW_OPEN.exec(line);
        if (r) {
          if (!line.toLowerCase().includes(`</${r[1]!.toLowerCase()}>`)) raw = r[1]!.toLowerCase();
        } else if (/^ {0,3}<\?/.test(line)) {
          if (!line.includes('?>')) htmlEnd = '?>';
        } else if (/^ {0,3}<!\[CDATA\[/.test(line)) {
          if (!line.includes(']]>')) htmlEnd = ']]>';
        } else if (/^ {0,3}<![A-Za-z]/.test(line)) {
          if (!line.slice(line.indexOf('<!') + 2).includes('>')) htmlEnd = '>';
        } else if (/^ {0,3}<\/?[A-Za-z]/.test(line)) htmlUntilBlank = true; // conservative: any tag-like line
      }
    }
    pos = nextLine(text, end);
  }
  return { frontMatterEnd, frontMatterUnterminated, starts };
}

/** A letter or "|": never a list marker, a thematic break, a setext underline or indented code. */
function startsParagraph(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 124;
}

/** The end of the line starting at `pos` ("\n", "\r\n" or a lone "\r" ends a line). */
function endOfLineFinder(text: string): (pos: number) => number {
  if (!text.includes('\r')) return (pos) => {
    const end = text.indexOf('\n', pos);
    return end < 0 ? text.length : end;
  };
  return (pos) => {
    let end = pos;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    return end;
  };
}

/** The start of the next line, given the end of this one. */
function nextLine(text: string, end: number): number {
  let next = end;
  if (text.charCodeAt(next) === 13) next++;
  if (text.charCodeAt(next) === 10) next++;
  return next === end ? text.length : next;
}
