/**
 * Control tags in source code: a comment whose text starts with `aims:` followed by IDs and
 * an optional quoted note, e.g.
 *
 *     # aims: A.6.2.8 SYS-002 "event log retention"
 *     // aims: A.7.4, R-003
 *     /* aims: A.9.3 *\/    <!-- aims: A.8.2 -->    -- aims: A.7.2
 *
 * A line scanner, no parse: a tag is one line. It must not fire on ordinary text, so the
 * whole comment must read as a tag: every word after `aims:` an ID (letters, then groups
 * joined by '.' or '-', with a digit: A.6.2.8, SYS-002, R-001, A.5.2-A.5.5), then at most one
 * double-quoted note, then only the comment's closing marker. "aims: reduce bias" is prose.
 * In Python, a line of a docstring may be a tag without a comment marker.
 */
import type { Span } from '../text/types.js';

export interface CodeTag {
  /** From `aims:` to the end of the note (or of the last ID). */
  readonly span: Span;
  /** The IDs as written, each with its span. */
  readonly ids: readonly { readonly text: string; readonly span: Span }[];
  readonly note?: { readonly text: string; readonly span: Span };
}

/** The comment syntaxes of a file, by what its name says it is. */
export type CommentStyle = 'code' | 'hash' | 'python';

/** Comment openers and block-comment continuations, in any language the scanner reads. */
export const CODE_LEAD = /^[ \t]*(?:\/\/+!?|\/\*+!?|\*+(?!\/)|#+!?|--+|<!--|;+|%+|\{-|\(\*)[ \t]*/;
export const HASH_LEAD = /^[ \t]*#+[ \t]*/;
/** `aims:` then the tag's body, to the end of the line. */
const TAG = /^aims:[ \t]+(.*)$/;
const ID = /^[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)+$/;
/** What may close the comment after the tag. */
const CLOSER = /^(?:\*+\/|-->|-\}|\*\))?[ \t]*$/;

/** Source files the scanner reads, by extension, and their comment style. */
const STYLE_BY_EXTENSION: ReadonlyMap<string, CommentStyle> = new Map([
  ...['py', 'pyi'].map((e) => [e, 'python'] as const),
  ...['rb', 'sh', 'bash', 'zsh', 'pl', 'pm', 'r', 'jl', 'ex', 'exs', 'tf', 'toml', 'ps1', 'nix', 'cmake', 'mk'].map((e) => [e, 'hash'] as const),
  ...['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'java', 'kt', 'kts', 'scala', 'go', 'rs', 'c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'cs', 'swift', 'dart', 'php', 'groovy', 'gradle', 'proto', 'sql', 'lua', 'hs', 'vue', 'svelte', 'html', 'xml'].map((e) => [e, 'code'] as const),
]);
/** Files known by name rather than extension. */
const STYLE_BY_NAME: ReadonlyMap<string, CommentStyle> = new Map([
  ['Dockerfile', 'hash'],
  ['Makefile', 'hash'],
  ['Jenkinsfile', 'code'],
]);

/** The extensions read for tags (lower case, no dot), and the file names: what an editor watches and sends. */
export const CODE_TAG_EXTENSIONS: readonly string[] = [...STYLE_BY_EXTENSION.keys()];
export const CODE_TAG_FILE_NAMES: readonly string[] = [...STYLE_BY_NAME.keys()];

/** The comment style of a source file the scanner reads, or undefined for any other file. */
export function codeStyleOf(relativePath: string): CommentStyle | undefined {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  const byName = STYLE_BY_NAME.get(name);
  if (byName) return byName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? STYLE_BY_EXTENSION.get(name.slice(dot + 1).toLowerCase()) : undefined;
}

/** Every tag of a text. `style` 'hash' reads `#` comments only (YAML, shell); 'python' also docstring lines. */
export function scanCodeTags(text: string, style: CommentStyle): CodeTag[] {
  const tags: CodeTag[] = [];
  // Nearly every file has no tag: one search decides.
  if (!text.includes('aims:')) return tags;
  const lead = style === 'hash' ? HASH_LEAD : CODE_LEAD;
  const readLine = (start: number, end: number, inDocstring: boolean) => {
    const line = text.slice(start, end);
    const m = lead.exec(line);
    const at = m && m[0].length > 0 && line.startsWith('aims:', m[0].length) ? m[0].length : inDocstring && /^[ \t]*aims:/.test(line) ? line.indexOf('aims:') : -1;
    const tag = at >= 0 ? readTag(line, at, start) : undefined;
    if (tag) tags.push(tag);
    return line;
  };
  if (style !== 'python') {
    // Only the lines that hold `aims:`, found by search: a 1 MB YAML register costs a few searches.
    for (let i = text.indexOf('aims:'); i >= 0; ) {
      const start = lineStartOf(text, i);
      const end = lineEndOf(text, i);
      readLine(start, end, false);
      i = text.indexOf('aims:', end);
    }
    return tags;
  }
  // Python: every line, to know which are inside a docstring.
  let inDocstring = false;
  let next = text.indexOf('aims:');
  for (let start = 0; start <= text.length; ) {
    const end = lineEndOf(text, start);
    let line: string;
    if (next >= start && next < end) {
      line = readLine(start, end, inDocstring);
      next = text.indexOf('aims:', end);
    } else line = text.slice(start, end);
    inDocstring = toggles(line, inDocstring);
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return tags;
}

// Lines end at LF, CRLF or a lone CR (classic Mac files), as LineIndex counts them.
function lineStartOf(text: string, i: number): number {
  let s = i;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  return s;
}

function lineEndOf(text: string, i: number): number {
  let e = i;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}

/** Whether a line leaves a Python triple-quoted string open (each `"""` or `'''` toggles it). */
function toggles(line: string, open: boolean): boolean {
  const n = (line.match(/"""|'''/g) ?? []).length;
  return n % 2 === 1 ? !open : open;
}

function readTag(line: string, at: number, lineStart: number): CodeTag | undefined {
  const m = TAG.exec(line.slice(at));
  if (!m) return undefined;
  let rest = m[1]!;
  let offset = at + line.slice(at).length - rest.length;
  const ids: { text: string; span: Span }[] = [];
  // IDs, separated by spaces or commas.
  for (;;) {
    const word = /^[^\s,"]+/.exec(rest);
    if (!word || !ID.test(word[0]) || !/\d/.test(word[0])) break;
    ids.push({ text: word[0], span: { start: lineStart + offset, end: lineStart + offset + word[0].length } });
    const gap = /^[ \t,]*/.exec(rest.slice(word[0].length))![0].length;
    rest = rest.slice(word[0].length + gap);
    offset += word[0].length + gap;
  }
  if (ids.length === 0) return undefined;
  let note: CodeTag['note'];
  const quoted = /^"([^"]*)"/.exec(rest);
  if (quoted) {
    note = { text: quoted[1]!, span: { start: lineStart + offset, end: lineStart + offset + quoted[0].length } };
    rest = rest.slice(quoted[0].length);
  }
  if (!CLOSER.test(rest.trimStart())) return undefined;
  const last = note?.span.end ?? ids[ids.length - 1]!.span.end;
  return { span: { start: lineStart + at, end: last }, ids, ...(note ? { note } : {}) };
}

const tagMemo = new WeakMap<object, readonly CodeTag[]>();

/**
 * The tags of a document read for them: a source file's (by its comment style) or a YAML
 * file's comments; none for other documents. Remembered per summary object.
 */
export function tagsOf(doc: { readonly languageId: string; readonly text: string; readonly uri: string }): readonly CodeTag[] {
  if ((doc.languageId !== 'code' && doc.languageId !== 'yaml') || !doc.text.includes('aims:')) return [];
  let tags = tagMemo.get(doc);
  if (!tags) tagMemo.set(doc, (tags = scanCodeTags(doc.text, doc.languageId === 'yaml' ? 'hash' : (codeStyleOf(doc.uri) ?? 'code'))));
  return tags;
}

/** The tag of a document that holds a span (a reference's), if one does. */
export function tagAround(doc: Parameters<typeof tagsOf>[0], span: Span): CodeTag | undefined {
  return tagsOf(doc).find((t) => span.start >= t.span.start && span.end <= t.span.end);
}
