/**
 * Tables written in HTML inside Markdown (`<table><tr><td>A.2.2</td>...`), as wikis, SharePoint
 * and GRC tools export them: read into the same grid as a pipe table, so an SoA or a register
 * written that way is read for its rows. Only a whole table in one HTML block is read (a blank
 * line ends an HTML block, and half a table read as the whole would make its other rows look
 * missing). Cells keep exact spans: a cell's text is its content between the tags, without the
 * tags that wrap all of it (`<p>`, `<strong>`) and surrounding white space. Scanned with
 * indexOf, not patterns over the block: the input is whatever the writer pasted.
 */
import type { Cell, TableGrid } from '../model/types.js';
import type { Span } from '../text/types.js';

/** At most this many rows and cells per row are read: a pasted export is not a reason to stall. */
const MAX_ROWS = 5_000;
const MAX_CELLS = 64;

/** The tables an HTML block at `span` of `text` holds whole. */
export function htmlTables(text: string, span: Span): TableGrid[] {
  const src = text.slice(span.start, span.end);
  const lower = src.toLowerCase();
  const out: TableGrid[] = [];
  for (let at = openTag(lower, 'table', 0); at >= 0; ) {
    const close = lower.indexOf('</table', at);
    if (close < 0) break;
    const end = lower.indexOf('>', close);
    const rows = readRows(src, lower, at, close, span.start);
    if (rows.length > 0) out.push({ span: { start: span.start + at, end: span.start + (end < 0 ? src.length : end + 1) }, header: rows[0]!, rows: rows.slice(1) });
    at = openTag(lower, 'table', close);
  }
  return out;
}

/** The next `<name` that opens a tag of that name (not `<tbody` for `<tb...`), from `from`. */
function openTag(lower: string, name: string, from: number): number {
  for (let at = lower.indexOf('<' + name, from); at >= 0; at = lower.indexOf('<' + name, at + 1)) {
    if (bounded(lower.charCodeAt(at + 1 + name.length))) return at;
  }
  return -1;
}

/** A character that ends a tag's name: `>`, white space or `/`. */
function bounded(c: number): boolean {
  return c === 62 || c === 32 || c === 9 || c === 10 || c === 13 || c === 47;
}

/** A tag that matters to the grid: a row's start, a cell's start (where its content starts) or a cell's close. */
type Mark = { readonly kind: 'row' | 'cell' | 'close'; readonly at: number; readonly contentStart: number };

/** The table's row, cell and cell-closing tags in order: one pass over its `<`s. */
function marksOf(lower: string, from: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let at = lower.indexOf('<', from); at >= 0 && at < end; at = lower.indexOf('<', at + 1)) {
    const c1 = lower.charCodeAt(at + 1);
    const c2 = lower.charCodeAt(at + 2);
    const c3 = lower.charCodeAt(at + 3);
    if (c1 === 116 /* t */ && bounded(c3)) {
      if (c2 === 114 /* r */) marks.push({ kind: 'row', at, contentStart: at });
      else if (c2 === 100 /* d */ || c2 === 104 /* h */) {
        const close = lower.indexOf('>', at);
        if (close < 0 || close >= end) break;
        marks.push({ kind: 'cell', at, contentStart: close + 1 });
        at = close;
      }
    } else if (c1 === 47 /* / */ && c2 === 116 /* t */ && (lower.charCodeAt(at + 3) === 100 || lower.charCodeAt(at + 3) === 104)) {
      marks.push({ kind: 'close', at, contentStart: at });
    }
  }
  return marks;
}

function readRows(src: string, lower: string, from: number, end: number, shift: number): Cell[][] {
  const rows: Cell[][] = [];
  let cells: Cell[] | undefined;
  let open: number | undefined;
  const closeCell = (at: number) => {
    if (cells && open !== undefined && cells.length < MAX_CELLS) cells.push(cellOf(src, open, at, shift));
    open = undefined;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    if (cells && cells.length > 0 && rows.length < MAX_ROWS) rows.push(cells);
    cells = undefined;
  };
  for (const m of marksOf(lower, from, end)) {
    if (m.kind === 'row') {
      closeRow(m.at);
      cells = [];
    } else if (m.kind === 'cell') {
      closeCell(m.at);
      cells ??= [];
      open = m.contentStart;
    } else closeCell(m.at);
  }
  closeRow(end);
  return rows;
}

/** A cell's content without surrounding white space and the tags that wrap all of it. */
function cellOf(src: string, start: number, end: number, shift: number): Cell {
  for (;;) {
    while (start < end && isSpace(src.charCodeAt(start))) start++;
    while (end > start && isSpace(src.charCodeAt(end - 1))) end--;
    // A leading tag (<p>, <strong>, <span class="x">) or a trailing one (</p>, <br>, <br/>).
    if (src.charCodeAt(start) === 60 /* < */) {
      const close = src.indexOf('>', start);
      if (close > start && close < end) {
        start = close + 1;
        continue;
      }
    }
    if (end > start && src.charCodeAt(end - 1) === 62 /* > */) {
      const open = src.lastIndexOf('<', end - 1);
      if (open >= start) {
        end = open;
        continue;
      }
    }
    break;
  }
  return { text: src.slice(start, end), span: { start: shift + start, end: shift + end } };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
