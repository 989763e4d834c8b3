/**
 * MkDocs admonitions (`!!! note "Title"`, PyMdown's `??? note`) and content tabs (`=== "Tab"`): the body, indented after a
 * blank line, is an indented code block to CommonMark and the box's Markdown to MkDocs. The
 * parser's reader (markdown.ts) reads such a block as prose, its code spans still code.
 */
import type { Span } from '../text/types.js';
import { lineStartWithin } from '../text/lines.js';

/**
 * The opening line of an admonition: MkDocs' `!!! note "Title"`, PyMdown's collapsible `??? note`
 * and `???+ note`; and of PyMdown's content tab (`=== "For the team"`), whose body is indented the same way.
 */
const ADMONITION = /^ {0,3}(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]|={3}[!+]?[ \t]+["'])/;

/**
 * Whether the indented code block starting at `start` is an admonition's body: the line it
 * follows, past blank lines and the body's own indented lines, opens an admonition. Such a line
 * starts with neither a letter nor "|", so no chunk starts between it and its body (chunks.ts):
 * the chunk holds both, as the whole text does.
 */
export function isAdmonitionBody(text: string, start: number): boolean {
  let at = lineStartWithin(text, start, 0);
  // Indented code only: a fence after the opening line is code in MkDocs too.
  if (!/^(?: {4}|\t)/.test(text.slice(at, at + 4)) || /^[ \t]*(?:`{3}|~{3})/.test(text.slice(at, at + 40))) return false;
  for (let n = 0; n < 200 && at > 0; n++) {
    const prev = lineStartWithin(text, at - 1, 0);
    const line = text.slice(prev, at).replace(/\r?\n$|\r$/, '').replace(/^\uFEFF/, '');
    if (ADMONITION.test(line)) return true;
    if (!/^(?: {4}|\t|[ \t]*$)/.test(line)) return false;
    at = prev;
  }
  return false;
}

/**
 * Inline code spans within `span`, line by line: a run of backticks and the next run of the same
 * length on its line, what remark would exclude as code. A scan, not a regular expression, which
 * backtracked over a long run of backticks.
 */
export function codeSpansIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (let lineStart = span.start; lineStart < span.end; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > span.end) lineEnd = span.end;
    const runs: { at: number; length: number }[] = [];
    for (let i = lineStart; i < lineEnd; ) {
      if (text.charCodeAt(i) !== 96 /* ` */) {
        i++;
        continue;
      }
      let j = i;
      while (j < lineEnd && text.charCodeAt(j) === 96) j++;
      runs.push({ at: i, length: j - i });
      i = j;
    }
    // Each run's next run of the same length, found from the right in one pass.
    const next = new Array<number>(runs.length);
    const lastOfLength = new Map<number, number>();
    for (let k = runs.length - 1; k >= 0; k--) {
      next[k] = lastOfLength.get(runs[k]!.length) ?? -1;
      lastOfLength.set(runs[k]!.length, k);
    }
    for (let k = 0; k < runs.length; ) {
      const m = next[k]!;
      if (m < 0) {
        k++;
        continue;
      }
      out.push({ start: runs[k]!.at, end: runs[m]!.at + runs[m]!.length });
      k = m + 1;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
