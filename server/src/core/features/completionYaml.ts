/**
 * Where the cursor stands in YAML (a YAML document or Markdown front matter),
 * read from the text around it rather than from the parsed tree: while a
 * value is half typed the YAML is often invalid, yet the lines above still
 * say which key the value belongs to and which mapping a key is typed into.
 */
import type { AimsDocument } from '../model/types.js';
import type { Span } from '../text/types.js';

export interface YamlContext {
  readonly position: 'key' | 'value';
  /** For a value, its key (a bare list item takes the key of its list); '' at a key position. */
  readonly key: string;
  /** Enclosing keys, innermost first ("aims" for a field of the aims block). */
  readonly ancestors: readonly string[];
  /** At a key position: the keys already present in the same mapping (the one being typed excluded). */
  readonly siblings: readonly string[];
  /** The scalar being typed, from its first character to its end on the line (quotes excluded). */
  readonly valueSpan: Span;
}

/** Lines (0-based, inclusive) of YAML the cursor can be in: the whole YAML document, or the front matter's content. */
export function yamlLinesAt(doc: AimsDocument, line: number): { first: number; last: number } | undefined {
  if (doc.languageId === 'yaml') return { first: 0, last: doc.lines.lineCount - 1 };
  if (!/^\uFEFF?---[ \t]*(?:\r?\n|\r)/.test(doc.text)) return undefined;
  const limit = Math.min(doc.lines.lineCount, 2000);
  for (let l = 1; l < limit; l++)
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lineText(doc, l))) return line >= 1 && line < l ? { first: 1, last: l - 1 } : undefined;
  return undefined;
}

/** True when the cursor is in Markdown front matter, including its fences (no Markdown completions there). */
export function inFrontMatter(doc: AimsDocument, line: number): boolean {
  if (doc.languageId !== 'markdown' || !/^\uFEFF?---[ \t]*(?:\r?\n|\r)/.test(doc.text)) return false;
  const limit = Math.min(doc.lines.lineCount, 2000);
  for (let l = 1; l < limit; l++) if (/^(?:---|\.\.\.)[ \t]*$/.test(lineText(doc, l))) return line <= l;
  return false;
}

export function lineText(doc: AimsDocument, line: number): string {
  return doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line));
}

interface YLine {
  readonly blank: boolean;
  readonly indent: number;
  /** Length of the "- " markers after the indent. */
  readonly dashLen: number;
  readonly key?: string;
  readonly value: string;
}

const LINE_RE = /^([ \t]*)((?:-(?:[ \t]+|$))*)(?:([\w-]+|"[^"\n]*"|'[^'\n]*')[ \t]*:(?=[ \t]|$)[ \t]*(.*))?/;

function readLine(s: string): YLine {
  const t = s.trim();
  if (t === '' || t.startsWith('#') || t === '---') return { blank: true, indent: 0, dashLen: 0, value: '' };
  const m = LINE_RE.exec(s)!;
  const key = m[3]?.replace(/^["']|["']$/g, '');
  return { blank: false, indent: m[1]!.length, dashLen: m[2]!.length, ...(key !== undefined ? { key } : {}), value: (m[4] ?? '').replace(/(?:^|[ \t])#.*$/, '').trim() };
}

/**
 * The keys enclosing a position whose mapping column is `col` (or, with `dash`,
 * a sequence item whose dash is at `col`), innermost first, and the line of the
 * innermost one.
 */
function ancestorsOf(doc: AimsDocument, fromLine: number, first: number, col: number, dash: boolean): { keys: string[]; parentLine: number } {
  const keys: string[] = [];
  let parentLine = -1;
  let refCol = col;
  let inDash = dash;
  for (let l = fromLine - 1, budget = 5000; l >= first && budget > 0; l--, budget--) {
    const y = readLine(lineText(doc, l));
    if (y.blank) continue;
    const keyCol = y.indent + y.dashLen;
    if (y.key !== undefined && (keyCol < refCol || (inDash && y.dashLen === 0 && keyCol === refCol && y.value === ''))) {
      keys.push(y.key);
      if (parentLine < 0) parentLine = l;
      refCol = y.indent;
      inDash = y.dashLen > 0;
      if (refCol === 0 && !inDash) break;
    } else if (!inDash && y.dashLen > 0 && y.indent < refCol && keyCol === refCol) {
      // "  - id: R-001" above "    title: ...": same item; its list's parent comes next.
      refCol = y.indent;
      inDash = true;
    }
  }
  return { keys, parentLine };
}

/** Keys at column `col` of the mapping that starts after `parentLine` (block style). */
function siblingKeys(doc: AimsDocument, parentLine: number, first: number, last: number, col: number, exceptLine: number): string[] {
  const out: string[] = [];
  const parentIndent = parentLine >= 0 ? readLine(lineText(doc, parentLine)).indent : -1;
  for (let l = Math.max(first, parentLine + 1), budget = 5000; l <= last && budget > 0; l++, budget--) {
    const y = readLine(lineText(doc, l));
    if (y.blank) continue;
    if (parentLine >= 0 && y.indent <= parentIndent) break;
    if (l !== exceptLine && y.key !== undefined && y.dashLen === 0 && y.indent === col) out.push(y.key);
  }
  return out;
}

/** Start and end of the scalar the cursor is in, on its line (quotes, flow punctuation and comments excluded). */
function scalarSpan(text: string, lineStart: number, lineEnd: number, from: number, offset: number): Span {
  let start = from;
  while (start < offset && /[ \t"'[,]/.test(text[start]!)) start++;
  let end = offset;
  while (end < lineEnd && !/[,\]}"'#]/.test(text[end]!)) end++;
  while (end > offset && /[ \t]/.test(text[end - 1]!)) end--;
  return { start: Math.max(start, lineStart), end };
}

export function yamlContextAt(doc: AimsDocument, offset: number, first: number, last: number): YamlContext | undefined {
  const text = doc.text;
  const line = doc.lines.positionAt(offset).line;
  const lineStart = doc.lines.lineStart(line);
  const lineEnd = doc.lines.lineEnd(line);
  const before = text.slice(lineStart, offset);
  if (/(?:^|[ \t])#/.test(before.replace(/"[^"]*"|'[^']*'/g, '""'))) return undefined; // in a comment
  const head = LINE_RE.exec(before)!;
  const indent = head[1]!.length;
  const dashLen = head[2]!.length;

  // Flow mapping on the line: "aims: { kind: policy, status: dr".
  const brace = unmatchedOpen(before, '{', '}');
  if (brace >= 0) {
    // Words are tried from their first character only (linear on long lines).
    const owner = /(?<![\w-])([\w-]+)[ \t]*:[ \t]*$/.exec(before.slice(0, brace))?.[1];
    const outer = ancestorsOf(doc, line, first, indent, dashLen > 0).keys;
    const ancestors = owner ? [owner, ...outer] : outer;
    const inner = before.slice(brace + 1);
    const segStart = lastTopLevelComma(inner) + 1;
    const seg = inner.slice(segStart);
    const segOffset = lineStart + brace + 1 + segStart;
    const kv = /^[ \t]*([\w-]+)[ \t]*:[ \t]+/.exec(seg);
    if (kv) return { position: 'value', key: kv[1]!, ancestors, siblings: [], valueSpan: scalarSpan(text, lineStart, lineEnd, segOffset + kv[0].length, offset) };
    if (/^[ \t]*[\w-]*$/.test(seg)) {
      const flowText = text.slice(lineStart + brace + 1, lineEnd);
      const typed = /(?<![\w-])[\w-]*$/.exec(before)![0];
      const siblings = [...flowText.matchAll(/(?<![\w-])([\w-]+)[ \t]*:/g)].map((m) => m[1]!).filter((k) => k !== typed);
      return { position: 'key', key: '', ancestors, siblings, valueSpan: { start: offset, end: offset } };
    }
    return undefined;
  }

  // Block value: "  kind: pol", "  - id: A.8", "controls: [A.5.4, A.".
  const value = /^([ \t]*)((?:-[ \t]+)*)([\w-]+|"[^"\n]*"|'[^'\n]*')[ \t]*:[ \t]+(.*)$/.exec(before);
  if (value) {
    const key = value[3]!.replace(/^["']|["']$/g, '');
    const ancestors = ancestorsOf(doc, line, first, indent, dashLen > 0).keys;
    const valueText = value[4]!;
    const bracket = unmatchedOpen(valueText, '[', ']');
    const from = bracket >= 0 ? lineStart + before.length - valueText.length + bracket + 1 + lastTopLevelComma(valueText.slice(bracket + 1)) + 1 : lineStart + before.length - valueText.length;
    return { position: 'value', key, ancestors, siblings: [], valueSpan: scalarSpan(text, lineStart, lineEnd, from, offset) };
  }

  // Bare list item "    - A.5" (a scalar of the list's key), or a key being typed ("  app", "  - ti").
  const bare = /^([ \t]*)((?:-[ \t]+)*)(["']?)([^:#"']*)$/.exec(before);
  if (!bare) return undefined;
  if (dashLen > 0) {
    const { keys } = ancestorsOf(doc, line, first, indent, true);
    if (keys.length === 0) return undefined;
    return { position: 'value', key: keys[0]!, ancestors: keys.slice(1), siblings: [], valueSpan: scalarSpan(text, lineStart, lineEnd, lineStart + indent + dashLen, offset) };
  }
  if (!/^[ \t]*[\w-]*$/.test(before)) return undefined;
  const { keys, parentLine } = ancestorsOf(doc, line, first, indent, false);
  if (keys.length === 0 && indent > 0) return undefined;
  const siblings = siblingKeys(doc, parentLine, first, last, indent, line);
  return { position: 'key', key: '', ancestors: keys, siblings, valueSpan: { start: offset, end: offset } };
}

/** Index of the last `open` not closed before the end of `s` (quotes skipped), or -1. */
function unmatchedOpen(s: string, open: string, close: string): number {
  const stack: number[] = [];
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === open) stack.push(i);
    else if (ch === close) stack.pop();
  }
  return stack.length > 0 ? stack[stack.length - 1]! : -1;
}

/** Index of the last comma of `s` outside nested brackets and quotes, or -1. */
function lastTopLevelComma(s: string): number {
  let depth = 0;
  let quote = '';
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) last = i;
  }
  return last;
}
