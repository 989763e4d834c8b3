/**
 * What every quick fix shares: the provider interface, and small helpers that
 * compute exact, minimal insertions in Markdown and YAML text (line ends that
 * follow the document's, blank lines kept as the document keeps them).
 */
import type { AimsDocument, LanguageId, Table } from '../../model/types.js';
import type { AimsLanguageService } from '../../service/api.js';
import type { Finding } from '../../model/findings.js';
import type { Span } from '../../text/types.js';
import type { TextEdit, WorkspaceEdit } from '../types.js';
import type { YNode, YPair } from '../../model/yamlTree.js';
import { pushAll } from '../../util/arrays.js';

export interface FixContext {
  readonly service: AimsLanguageService;
  /** The document the findings belong to. */
  readonly doc: AimsDocument;
}

/** One way to fix one finding. */
export interface FixOption {
  readonly title: string;
  readonly edit: WorkspaceEdit;
  readonly isPreferred?: boolean;
}

export interface FixProvider {
  readonly code: string;
  /** The fixes of one finding, best first (empty when it cannot be fixed automatically). */
  fixes(ctx: FixContext, finding: Finding): FixOption[];
  /** One edit applying the first fix of every given finding (all fixable), or undefined. */
  fixAll(ctx: FixContext, findings: readonly Finding[]): WorkspaceEdit | undefined;
  /** Title of a quick fix that applies all of them at once ("Add all 3 missing sections"), when offered. */
  allTitle?(count: number): string;
}

/** The YAML tree of a YAML document, as the parser read it. */
export function yamlRoot(doc: AimsDocument): YNode | null {
  return doc.yaml;
}

export function edit(uri: string, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: edits } };
}

export function replace(doc: AimsDocument, span: Span, newText: string): TextEdit {
  return { range: doc.lines.range(span), newText };
}

export function insert(doc: AimsDocument, offset: number, newText: string): TextEdit {
  return replace(doc, { start: offset, end: offset }, newText);
}

/**
 * The first fix of each finding in one edit. Edits that overlap an earlier one
 * are left out (the next run of the rules reports what is left).
 */
export function mergeFirstFixes(provider: FixProvider, ctx: FixContext, findings: readonly Finding[]): WorkspaceEdit | undefined {
  const changes: Record<string, TextEdit[]> = {};
  const taken: Record<string, Span[]> = {};
  for (const f of findings) {
    const first = provider.fixes(ctx, f)[0];
    if (!first) continue;
    for (const [uri, edits] of Object.entries(first.edit.changes)) {
      const lines = (uri === ctx.doc.uri ? ctx.doc : ctx.service.getSummary(uri))?.lines;
      if (!lines) continue;
      const spans = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }));
      const used = (taken[uri] ??= []);
      if (spans.some((s) => used.some((u) => s.start < u.end && u.start < s.end) || used.some((u) => u.start === s.start && u.end === s.end))) continue;
      pushAll(used, spans);
      pushAll((changes[uri] ??= []), edits);
    }
  }
  return Object.keys(changes).length > 0 ? { changes } : undefined;
}

/** Lower-case words joined by "_": "What is communicated" -> "what_is_communicated". */
export function snakeCase(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** A YAML scalar for a value: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  if (value === '') return '""';
  const plain =
    /^[\p{L}\p{N}(][^:#\n\r]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|y|n)$/i.test(value) &&
    !/^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(value) &&
    !/^\d{4}-\d{2}-\d{2}/.test(value) &&
    !/[[\]{},]/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** "key: value", or "key:" when the value is empty (a null, to be filled in). */
export function yamlPair(key: string, value: string): string {
  return value === '' ? `${key}:` : `${key}: ${value}`;
}

/** The offset just after the last character of a YAML node that is not trailing space or comment. */
export function yamlContentEnd(node: YNode): number {
  switch (node.type) {
    case 'scalar':
    case 'alias':
      return node.span.end;
    case 'seq': {
      const last = node.items[node.items.length - 1];
      return last ? Math.max(yamlContentEnd(last), node.span.start + 1) : node.span.end;
    }
    case 'map': {
      const last = node.pairs[node.pairs.length - 1];
      return last ? pairContentEnd(last) : node.span.end;
    }
  }
}

export function pairContentEnd(pair: YPair): number {
  return pair.value ? Math.max(yamlContentEnd(pair.value), pair.keySpan.end) : pair.keySpan.end;
}

/** A flow collection ("[a, b]", "{ k: v }") rather than a block one. */
export function isFlow(doc: AimsDocument, node: YNode): boolean {
  const c = doc.text[node.span.start];
  return c === '[' || c === '{';
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEndAt(doc: AimsDocument, offset: number): number {
  return doc.lines.lineEnd(doc.lines.positionAt(offset).line);
}

export function lineStartAt(doc: AimsDocument, offset: number): number {
  return doc.lines.lineStart(doc.lines.positionAt(offset).line);
}

export function columnOf(doc: AimsDocument, offset: number): number {
  return offset - lineStartAt(doc, offset);
}

export function isBlankLine(doc: AimsDocument, line: number): boolean {
  if (line < 0 || line >= doc.lines.lineCount) return false;
  return doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)).trim() === '';
}

/**
 * How the text before `offset` ends: at the very start, after a blank line, after a
 * line break, or in the middle (or at the end) of a line of text.
 */
export function endingBefore(doc: AimsDocument, offset: number): 'start' | 'blank' | 'newline' | 'text' {
  if (offset === 0) return 'start';
  const c = doc.text.charCodeAt(offset - 1);
  if (c !== 10 && c !== 13) return 'text';
  const line = doc.lines.positionAt(offset).line;
  return line === 0 || isBlankLine(doc, line - 1) ? 'blank' : 'newline';
}

/**
 * New items for a YAML block list (each item a list of [key, value] pairs), as one
 * insertion after the list's last item, indented like it and separated like the
 * items before it (blank lines or not). A missing list is added as a top-level key.
 * Undefined for a flow list ("[...]") or a list of non-mappings that cannot be mirrored.
 */
export function appendYamlItems(doc: AimsDocument, root: YNode | null, key: string, items: readonly (readonly (readonly [string, string])[])[]): TextEdit | undefined {
  if (items.length === 0) return undefined;
  const eol = doc.lines.eol;
  const pair = root?.type === 'map' ? root.pairs.find((p) => p.key === key) : undefined;
  const render = (dash: string, keyCol: number, sep: string) =>
    items.map((item) => sep + eol + dash + item.map(([k, v], i) => (i === 0 ? '' : eol + ' '.repeat(keyCol)) + yamlPair(k, v)).join('')).join('');
  if (!pair) {
    if (root && root.type !== 'map') return undefined;
    if (root && isFlow(doc, root)) return undefined;
    const at = root ? lineEndAt(doc, yamlContentEnd(root)) : doc.text.length;
    const before = root ? (topLevelBlankSeparated(doc, root) ? eol : '') + eol : doc.text.length > 0 && endingBefore(doc, at) === 'text' ? eol : '';
    return insert(doc, at, before + `${key}:` + render('  - ', 4, ''));
  }
  const list = pair.value;
  if (!list || (list.type === 'scalar' && list.value === null)) {
    const indent = ' '.repeat(columnOf(doc, pair.keySpan.start) + 2);
    return insert(doc, lineEndAt(doc, pair.keySpan.end), render(indent + '- ', indent.length + 2, ''));
  }
  if (list.type !== 'seq' || isFlow(doc, list)) return undefined;
  const last = list.items[list.items.length - 1];
  if (!last) return undefined;
  const lead = doc.text.slice(lineStartAt(doc, last.span.start), last.span.start);
  const m = /^( *)-( +)$/.exec(lead);
  if (!m) return undefined;
  const lastLine = doc.lines.positionAt(last.span.start).line;
  const sep = list.items.length > 1 && isBlankLine(doc, lastLine - 1) ? eol : '';
  return insert(doc, lineEndAt(doc, yamlContentEnd(last)), render(lead, lead.length, sep));
}

/** Whether the top-level keys of a YAML document are separated by blank lines. */
export function topLevelBlankSeparated(doc: AimsDocument, root: YNode): boolean {
  if (root.type !== 'map' || root.pairs.length < 2) return false;
  const last = root.pairs[root.pairs.length - 1]!;
  return isBlankLine(doc, doc.lines.positionAt(last.keySpan.start).line - 1);
}

/** A Markdown table row with the given cells, laid out like the row at `like` (pipes, indentation, block quote). */
export function tableRow(doc: AimsDocument, like: readonly { span: Span }[], cells: readonly string[]): string {
  const first = like[0];
  const lineStart = first ? lineStartAt(doc, first.span.start) : 0;
  const lineText = first ? doc.text.slice(lineStart, lineEndAt(doc, first.span.start)) : '|';
  const lead = /^[ \t>]*/.exec(lineText)![0];
  const leadingPipe = lineText.slice(lead.length).startsWith('|');
  const trailingPipe = /(?<!\\)\|\s*$/.test(lineText);
  let body = cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|');
  if (!leadingPipe) body = body.replace(/^ /, '');
  if (!trailingPipe) body = body.replace(/ $/, '');
  return lead + (leadingPipe ? '|' : '') + body + (trailingPipe ? '|' : '');
}

/** The index of the cell of `row` that holds `offset`, or -1. */
export function cellIndexAt(row: readonly { span: Span }[], offset: number): number {
  return row.findIndex((c) => offset >= c.span.start && offset <= c.span.end);
}

/** Rows of a table whose extent lies inside it. */
export function tableOf(doc: AimsDocument, extent: Span): Table | undefined {
  return doc.tables.find((t) => extent.start >= t.span.start && extent.end <= t.span.end);
}

/**
 * A YAML scalar (a key or a value) given a new value: inside its quotes when it is quoted
 * (escaped as the quotes require), else written plain when that reads back as the same
 * string and double-quoted when not (or plain when the caller says so), so the edit never changes what the YAML means around it.
 */
export function replaceScalar(doc: AimsDocument, span: Span, value: string, options: { plain?: boolean } = {}): TextEdit {
  const q = doc.text[span.start];
  if ((q === '"' || q === "'") && span.end - span.start >= 2 && doc.text[span.end - 1] === q) {
    const inner = q === '"' ? JSON.stringify(value).slice(1, -1) : value.replace(/'/g, "''");
    return replace(doc, { start: span.start + 1, end: span.end - 1 }, inner);
  }
  // `plain`: the caller knows the value is safe unquoted and means it typed (a date stays a date).
  return replace(doc, span, options.plain ? value : yamlScalar(value));
}

/** "A.6.1.2 and A.6.1.3", "A, B and C": a list for prose. */
export function proseList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A CSV, JSON or TOML file: read for its data; the fixes write rows and sections in Markdown and YAML only. */
export function readOnlyData(languageId: LanguageId): boolean {
  return languageId === 'csv' || languageId === 'json' || languageId === 'toml';
}
