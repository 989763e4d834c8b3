/**
 * Split Markdown into top-level chunks that parse independently: a new chunk
 * starts at an ATX heading in column 0 that is outside front matter, fenced
 * code and HTML blocks (comments, raw blocks, and tag lines that only a blank
 * line ends). At such a line CommonMark
 * always closes every open block, so parsing the chunks one by one gives the
 * same blocks as parsing the whole text (the incremental-parse invariant; a
 * differential test holds us to it). When unsure we do not split: a bigger
 * chunk is only slower, never wrong.
 */

export interface ChunkBounds {
  /** Where the front matter ends (offset after its closing fence line), or 0. */
  readonly frontMatterEnd: number;
  /** Whether an opening `---` had no closing fence. */
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

  // Front matter: `---` on the first line, closed by `---` (or `...`) alone on a line.
  const first = lineAt(text, pos);
  if (/^---[ \t]*$/.test(first.content)) {
    let p = first.next;
    let closed = false;
    while (p < text.length) {
      const l = lineAt(text, p);
      if (/^(?:---|\.\.\.)[ \t]*$/.test(l.content)) {
        frontMatterEnd = l.next;
        closed = true;
        break;
      }
      p = l.next;
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
  while (pos < text.length) {
    const l = lineAt(text, pos);
    const line = l.content;
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
      if (line.trim() === '') htmlUntilBlank = false;
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
    pos = l.next;
  }
  return { frontMatterEnd, frontMatterUnterminated, starts };
}

function lineAt(text: string, pos: number): { content: string; next: number } {
  let end = pos;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  let next = end;
  if (text.charCodeAt(next) === 13) next++;
  if (text.charCodeAt(next) === 10) next++;
  return { content: text.slice(pos, end), next: next === pos ? text.length : next };
}
