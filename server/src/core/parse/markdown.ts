/**
 * Markdown -> headings, tables, front matter and code spans, with exact
 * offsets. Uses unified + remark-parse with the GFM table and front-matter
 * extensions only (full GFM costs ~1.5x more and we need nothing else from it).
 * Text is parsed chunk by chunk (see chunks.ts); chunks whose text did not
 * change since the previous version are reused, which makes edits to large
 * documents cheap. Never throws.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { htmlTables } from './htmlTable.js';
import type { Root, RootContent, Nodes } from 'mdast';
import type { Span } from '../text/types.js';
import type { TableGrid } from '../model/types.js';
import type { TextChunk } from '../text/types.js';
import { shiftSpan } from '../text/spans.js';
import { splitChunks } from './chunks.js';
import { readIndentedTables } from './simpleTable.js';
import { HAS_GRID_BORDER, readGridTables } from './gridTable.js';
import { mystDirective, readListTable } from './listTable.js';
import { codeSpansIn, isAdmonitionBody } from './admonition.js';
import { headingText, type ChunkModel, type MdHeading } from './chunkModel.js';
import { fastChunk } from './fastChunk.js';
import { defuseBackticks } from './backticks.js';
import { defuseWideRows, MAX_CELLS } from './wideRows.js';
import { previousStart, textDelta, type TextDelta } from '../text/textDelta.js';
import { defuseNesting, MAX_COLUMN, MAX_NESTING, type DeepLine } from './nesting.js';
import type { ParseProblem } from '../model/problems.js';
import { pushAll } from '../util/arrays.js';
import { lineStartWithin } from '../text/lines.js';

export type { MdHeading } from './chunkModel.js';

export interface MarkdownParts {
  readonly frontMatter?: { readonly span: Span; readonly contentSpan: Span };
  readonly headings: readonly MdHeading[];
  readonly tables: readonly TableGrid[];
  readonly excluded: readonly Span[];
  readonly problems: readonly ParseProblem[];
  /** The text parsed, and each chunk's model, so the next version can reuse unchanged chunks. */
  readonly text: string;
  /** How many chunks had to be parsed (the rest came from the cache); for tests and benchmarks. */
  readonly parsedChunks: number;
  /** The chunks as parsed (after joining chunks whose last block ran on), in order; a chunk whose text is unchanged keeps its key. */
  readonly chunks: readonly TextChunk[];
  /** Each chunk's model, in the order of `chunks` (arrays, not a map per chunk: a 100 KB document has hundreds, made on every edit). */
  readonly models: readonly ChunkModel[];
  /**
   * Each chunk's headings, tables and code spans with offsets in this text, in the order of
   * `chunks`: a chunk reused at the same offset (every chunk before an edit) gives the next
   * version these same objects, so nothing before an edit is made again (nor copied by the
   * scavenger: they are old by then).
   */
  readonly placed: readonly Placed[];
  /** The models of the shorter stretches a joined chunk was tried as first (their last block ran on), by start. */
  readonly openModels?: ReadonlyMap<number, readonly { readonly end: number; readonly model: ChunkModel }[]>;
}

/** A chunk's model moved to where the chunk is. */
export interface Placed {
  readonly headings: readonly MdHeading[];
  readonly tables: readonly TableGrid[];
  readonly excluded: readonly Span[];
}

const NONE: readonly never[] = [];

function place(model: ChunkModel, start: number): Placed {
  return {
    headings: model.headings.length === 0 ? NONE : model.headings.map((h) => ({ ...h, span: shiftSpan(h.span, start) })),
    tables:
      model.tables.length === 0
        ? NONE
        : model.tables.map((t) => ({
            span: shiftSpan(t.span, start),
            header: t.header.map((c) => ({ text: c.text, span: shiftSpan(c.span, start) })),
            rows: t.rows.map((r) => r.map((c) => ({ text: c.text, span: shiftSpan(c.span, start) }))),
          })),
    excluded: model.excluded.length === 0 ? NONE : model.excluded.map((x) => shiftSpan(x, start)),
  };
}

/** The index of the chunk that starts at `start`, or -1 (chunks are in order). */
function chunkStartingAt(chunks: readonly TextChunk[], start: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = chunks[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * GFM tables, and no emphasis: the model never reads emphasis (it changes no
 * other node: code spans, HTML and links take precedence over it), and
 * micromark resolves it in time quadratic in the delimiter runs of a paragraph
 * (10,000 "*" around a word: ~6 s; "*a* " x 40,000: ~8 s).
 */
function gfmTablesOnly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), { disable: { null: ['attention'] } });
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

let withFrontMatter: Processor<Root> | undefined;
let withoutFrontMatter: Processor<Root> | undefined;
/**
 * The front-matter extension is used only when the text starts with a closed
 * front-matter block: given an unclosed `---` it mis-parses the blocks after it
 * (a blockquote becomes a paragraph), and an unclosed block is not front matter
 * anyway (we report it as such).
 */
function getProcessor(frontMatter: boolean): Processor<Root> {
  if (frontMatter) return (withFrontMatter ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(gfmTablesOnly) as unknown as Processor<Root>);
  return (withoutFrontMatter ??= unified().use(remarkParse).use(gfmTablesOnly) as unknown as Processor<Root>);
}

/**
 * Parse `text`, reusing unchanged chunks of `previous`. `whole: true` parses
 * the text as one chunk: the reference the differential tests and the naive
 * benchmark baseline compare against.
 */
export function parseMarkdown(text: string, previous?: MarkdownParts, options: { whole?: boolean; delta?: TextDelta } = {}): MarkdownParts {
  const split = splitChunks(text);
  const bounds = options.whole ? { ...split, starts: [0] } : split;
  const problems: ParseProblem[] = [];
  if (bounds.frontMatterUnterminated) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    problems.push({
      code: 'yaml-syntax',
      span: { start, end: start + 3 },
      message: `The front matter opened here is never closed: add a line with only "${text.slice(start, start + 3)}" after the last front-matter key.`,
    });
  }
  const delta = previous && !options.whole ? (options.delta ?? textDelta(previous.text, text)) : undefined;
  /** The previous version's chunk index and model of the chunk [start, end), when its text is unchanged. */
  const reused = (start: number, end: number): ChunkModel | undefined => {
    const old = delta ? previousStart(delta, start, end) : undefined;
    if (old === undefined) return undefined;
    const i = chunkStartingAt(previous!.chunks, old);
    if (i >= 0 && previous!.chunks[i]!.end - old === end - start) return previous!.models[i];
    return previous!.openModels?.get(old)?.find((m) => m.end - old === end - start)?.model;
  };
  const headings: MdHeading[] = [];
  const tables: TableGrid[] = [];
  const excluded: Span[] = [];
  let frontMatter: MarkdownParts['frontMatter'];
  let parsedChunks = 0;
  const chunks: TextChunk[] = [];
  const models: ChunkModel[] = [];
  const placed: Placed[] = [];
  let openModels: Map<number, { end: number; model: ChunkModel }[]> | undefined;
  const deep: DeepLine[] = [];
  for (let i = 0; i < bounds.starts.length; i++) {
    const start = bounds.starts[i]!;
    let next = i + 1;
    let end = next < bounds.starts.length ? bounds.starts[next]! : text.length;
    let model: ChunkModel;
    for (;;) {
      const known = reused(start, end);
      if (known) model = known;
      else {
        const chunkText = text.slice(start, end);
        // The whole-text parse is the reference the fast readers are tested against: remark only.
        model = (options.whole ? undefined : fastChunk(chunkText, start === 0, split.frontMatterEnd)) ?? parseChunk(chunkText, start === 0);
        parsedChunks++;
      }
      if (!model.endsOpen || next >= bounds.starts.length) break;
      // Kept for the next version: the joined chunk may change where this stretch does not.
      openModels ??= new Map();
      const opened = openModels.get(start) ?? [];
      opened.push({ end, model });
      openModels.set(start, opened);
      // The last block runs on: join the next chunk and parse the two together.
      next++;
      end = next < bounds.starts.length ? bounds.starts[next]! : text.length;
    }
    i = next - 1;
    // The key of the chunk the previous version had with this text (what rules derived from the
    // text alone is kept with it), or a new one.
    const old = delta ? previousStart(delta, start, end) : undefined;
    const at = old === undefined ? -1 : chunkStartingAt(previous!.chunks, old);
    const was = at >= 0 ? previous!.chunks[at] : undefined;
    chunks.push({ start, end, key: was && was.end - old! === end - start ? was.key : {} });
    models.push(model);
    const here = was && old === start && previous!.models[at] === model ? previous!.placed[at]! : place(model, start);
    placed.push(here);
    if (model.failed)
      problems.push({ code: 'file-skipped', span: { start, end: Math.min(end, start + 1) }, message: 'Part of this Markdown could not be parsed; it is read as plain text.' });
    pushAll(headings, here.headings);
    pushAll(tables, here.tables);
    pushAll(excluded, here.excluded);
    for (const d of model.deep ?? []) deep.push({ ...d, span: shiftSpan(d.span, start) });
    if (model.frontMatter && start === 0) {
      const fm = shiftSpan(model.frontMatter, start);
      // The content: from the line after the opening fence to the start of the closing fence's line.
      const open = nextLineStart(text, fm.start);
      const close = Math.max(lineStartWithin(text, fm.end, 0), open);
      frontMatter = { span: fm, contentSpan: { start: open, end: close } };
    }
  }
  pushAll(problems, deepProblems(deep));
  return { ...(frontMatter ? { frontMatter } : {}), headings, tables, excluded, problems, text, parsedChunks, chunks, models, placed, ...(openModels ? { openModels } : {}) };
}

/** The MyST directive that is a table (listTable.ts). */
const MYST_TABLE = 'list-table';
/** MyST directives whose body is Markdown in a box: admonitions, notes, dropdowns, cards, tabs. */
const MYST_BOXES = new Set(['admonition', 'note', 'warning', 'tip', 'important', 'caution', 'attention', 'danger', 'error', 'hint', 'seealso', 'dropdown', 'topic', 'sidebar', 'margin', 'card', 'tab-item', 'epigraph']);

/** Notices are per line (so chunked parsing gives the same), the first few only: the last one counts the rest. */
const MAX_DEEP_NOTICES = 10;

function deepProblems(deep: readonly DeepLine[]): ParseProblem[] {
  return deep.slice(0, MAX_DEEP_NOTICES).map((d, i) => {
    const more = deep.length - MAX_DEEP_NOTICES;
    return {
      code: 'file-skipped',
      span: d.span,
      message:
        (d.cells !== undefined
          ? `This table row has ${d.cells} cells; only the first ${MAX_CELLS} are read as cells, the rest as the text of the last one.`
          : d.column > MAX_COLUMN
          ? `This line nests lists or block quotes so far to the right (column ${d.column}) that from there on their markers are read as plain text.`
          : `This line nests ${d.depth} lists or block quotes; beyond ${MAX_NESTING} levels their markers are read as plain text.`) +
        (i === MAX_DEEP_NOTICES - 1 && more > 0 ? ` So are ${more} more line${more === 1 ? '' : 's'} below.` : ''),
    };
  });
}

/** The start of the line after the one holding `at` ("\n", "\r\n" or a lone "\r" ends a line). */
function nextLineStart(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i + (text.startsWith('\r\n', i) ? 2 : 1);
}

function parseChunk(text: string, first: boolean): ChunkModel {
  // micromark drops one leading byte-order mark and counts offsets from the character after it:
  // add one to every offset, so spans index `text` exactly. (Given the text without its BOM, it
  // would drop a second one too.) The nesting guard reads the lines as micromark does, BOM-less.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let root: Root;
  let defused: ReturnType<typeof defuseNesting>;
  try {
    const nested = defuseNesting(bom ? text.slice(1) : text);
    const rows = defuseWideRows(nested.text);
    defused = rows.wide.length > 0 ? { text: rows.text, deep: [...nested.deep, ...rows.wide] } : nested;
    const input = defuseBackticks(defused.text);
    root = getProcessor(first && splitChunks(text).frontMatterEnd > 0).parse(bom ? '\uFEFF' + input : input);
  } catch {
    return { ...plainTextChunk(text), failed: true };
  }
  const headings: MdHeading[] = [];
  const tables: TableGrid[] = [];
  const excluded: Span[] = [];
  let frontMatter: Span | undefined;
  // Iterative walk: deeply nested input must not overflow the stack.
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const pos = node.position;
    const s = pos ? { start: (pos.start.offset ?? 0) + bom, end: (pos.end.offset ?? 0) + bom } : undefined;
    // Hugo's `+++` front matter: remark-frontmatter's TOML node, which mdast's types do not list.
    if ((node as { type: string }).type === 'toml') {
      if (s && s.start === bom) frontMatter = s;
      continue;
    }
    switch (node.type) {
      case 'yaml':
        if (s && s.start === bom) frontMatter = s;
        continue;
      case 'code': {
        const directive = mystDirective(node.lang);
        // An admonition's body (MkDocs), or a MyST box's (Jupyter Book: `{note}`, `{admonition}`):
        // the box's Markdown, not code. Its tables are read as below; its code spans are code still.
        if (s && ((!node.lang && isAdmonitionBody(text, s.start)) || MYST_BOXES.has(directive ?? ''))) {
          const found = text.slice(s.start, s.end).includes('|') ? readIndentedTables(text, s) : { tables: [], rest: [s] };
          pushAll(tables, found.tables);
          for (const r of found.rest) pushAll(excluded, codeSpansIn(text, r));
          continue;
        }
        // A MyST list table is a table (other directives than the boxes above are code).
        if (s && directive === MYST_TABLE) {
          const t = readListTable(text, s);
          if (t) tables.push(t);
          else excluded.push(s);
          continue;
        }
        // An indented block of pipe-table rows is a table indented by accident, not code.
        if (s && !node.lang && !/^[ \t]*(?:`{3}|~{3})/.test(text.slice(s.start, s.start + 20)) && text.slice(s.start, s.end).includes('|')) {
          const found = readIndentedTables(text, s);
          pushAll(tables, found.tables);
          pushAll(excluded, found.rest);
        } else if (s) excluded.push(s);
        continue;
      }
      case 'inlineCode':
        if (s) excluded.push(s);
        continue;
      case 'html':
        if (s && node.value.startsWith('<!--')) excluded.push(s);
        else if (s && /<table[\s>]/i.test(node.value)) pushAll(tables, htmlTables(text, s));
        continue;
      case 'heading':
        if (s) headings.push({ level: node.depth, text: headingText(text, s), span: s });
        break;
      case 'paragraph':
        // Pandoc's grid tables are paragraphs to CommonMark (gridTable.ts).
        if (s && HAS_GRID_BORDER.test(text.slice(s.start, s.end))) pushAll(tables, readGridTables(text, s));
        break;
      case 'table':
        if (s) tables.push(readTable(text, node, s, bom));
        break;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  headings.sort((a, b) => a.span.start - b.span.start);
  tables.sort((a, b) => a.span.start - b.span.start);
  excluded.sort((a, b) => a.start - b.start);
  const endsOpen = lastBlockRunsOn(text, root, bom);
  // Inside code, an HTML comment or the front matter the markers were text anyway: nothing was
  // lost there, so no notice.
  const asText = [...excluded, ...(frontMatter ? [frontMatter] : [])];
  const deep = defused.deep.map((d) => ({ ...d, span: shiftSpan(d.span, bom) })).filter((d) => !asText.some((x) => x.start <= d.span.start && d.span.start < x.end));
  return { headings, tables, excluded, ...(frontMatter ? { frontMatter } : {}), ...(endsOpen ? { endsOpen } : {}), ...(deep.length > 0 ? { deep } : {}) };
}

/** Whether the chunk's last top-level block could continue into the next chunk (see ChunkModel.endsOpen). */
function lastBlockRunsOn(text: string, root: Root, bom: number): boolean {
  const last = root.children[root.children.length - 1];
  if (!last?.position) return false;
  const start = (last.position.start.offset ?? 0) + bom;
  const end = (last.position.end.offset ?? 0) + bom;
  if (last.type === 'code') {
    const src = text.slice(start, end);
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(src);
    if (!open) return false; // indented code ends at a column-0 heading
    const lines = src.split(/\r\n|\r|\n/);
    const close = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]!) : null;
    return !(close && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length);
  }
  if (last.type === 'html') return !/(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/.test(text.slice(end));
  return false;
}

/** `shift`: what parseChunk adds to the parser's offsets (a byte-order mark it did not see). */
function readTable(text: string, node: Extract<Nodes, { type: 'table' }>, span: Span, shift: number): TableGrid {
  const rows = node.children.map((row) =>
    row.children.map((cell) => {
      const p = cell.position;
      let start = p?.start.offset !== undefined ? p.start.offset + shift : span.start;
      let end = p?.end.offset !== undefined ? p.end.offset + shift : start;
      // Cell positions include the pipes around them; keep only the content.
      while (start < end && (text[start] === '|' || text[start] === ' ' || text[start] === '\t')) start++;
      while (end > start && (text[end - 1] === '|' || text[end - 1] === ' ' || text[end - 1] === '\t') && text[end - 2] !== '\\') end--;
      return { text: text.slice(start, end), span: { start, end } };
    }),
  );
  return { span, header: rows[0] ?? [], rows: rows.slice(1) };
}

/** Fallback when the parser fails: ATX headings by line, nothing else. */
function plainTextChunk(text: string): ChunkModel {
  const headings: MdHeading[] = [];
  const re = /^(#{1,6})[ \t]+(.*)$/gm;
  for (let m = re.exec(text); m; m = re.exec(text))
    headings.push({ level: m[1]!.length, text: m[2]!.trim(), span: { start: m.index, end: m.index + m[0].length } });
  return { headings, tables: [], excluded: [] };
}
