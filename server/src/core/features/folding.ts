/**
 * Folding ranges. Markdown: each section (heading line to its last non-blank
 * line before the next heading of the same or higher level), each table, the
 * front-matter block and multi-line HTML comments. YAML: each top-level key
 * and each list item that spans several lines.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { FoldingRangeResult } from './types.js';

export function getFoldingRanges(service: AimsLanguageService, uri: string): FoldingRangeResult[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const out: FoldingRangeResult[] = [];
  const add = (span: Span, kind?: FoldingRangeResult['kind']) => {
    const startLine = doc.lines.positionAt(span.start).line;
    const endLine = lastContentLine(doc, span);
    if (endLine > startLine) out.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };

  if (doc.languageId === 'yaml') {
    if (doc.meta.blockSpan) add(doc.meta.blockSpan);
    for (const s of doc.sections) add(s.span);
    for (const item of yamlListItems(doc)) add(item);
  } else {
    const front = frontMatter(doc.text);
    if (front) add(front);
    for (const s of doc.sections) add(s.span);
    for (const t of doc.tables) add(t.span);
    for (const x of doc.excluded) if (doc.text.startsWith('<!--', x.start)) add(x, 'comment');
  }

  // One range per start line (clients keep only one): the first added wins, which is the outer one.
  const seen = new Set<number>();
  return out
    .filter((r) => (seen.has(r.startLine) ? false : (seen.add(r.startLine), true)))
    .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** The last line of the span that holds something other than blanks (comments count as content). */
function lastContentLine(doc: AimsDocument, span: Span): number {
  let end = Math.min(span.end, doc.text.length);
  while (end > span.start && /\s/.test(doc.text[end - 1]!)) end--;
  return doc.lines.positionAt(end).line;
}

/** The front-matter block: a first line `---` up to the next `---` or `...` line. */
function frontMatter(text: string): Span | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(bom));
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(bom + open[0].length);
  const m = close.exec(rest);
  if (!m) return undefined;
  const end = bom + open[0].length + m.index + m[0].length;
  return { start: bom, end };
}

/**
 * YAML list items, found by their dash: an item runs until the next non-blank,
 * non-comment line indented no deeper than its dash. (The model keeps only the
 * items of registers; folding wants every list.)
 */
function yamlListItems(doc: AimsDocument): Span[] {
  const lines = doc.lines;
  const text = doc.text;
  const out: Span[] = [];
  const open: { indent: number; start: number }[] = [];
  // Every open item ends where the last content line so far ends.
  let lastEnd = 0;
  const close = (indent: number) => {
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) out.push({ start: open.pop()!.start, end: lastEnd });
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const content = text.slice(start, lines.lineEnd(line));
    const indent = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (trimmed === '---' || trimmed === '...') {
      close(0);
      continue;
    }
    const dash = /^(\s*)-(?:\s|$)/.exec(content);
    close(dash ? dash[1]!.length : indent);
    if (dash) open.push({ indent: dash[1]!.length, start: start + dash[1]!.length });
    lastEnd = lines.lineEnd(line);
  }
  close(0);
  return out;
}
