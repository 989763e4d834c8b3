/**
 * CSV (RFC 4180) -> one table with exact cell spans: the first record is the header,
 * the others its rows, so the table readers of the Markdown path (risks, SoA rows,
 * definitions, references per cell) read a CSV register as they read a pipe table.
 *
 * Quoted fields may hold commas, line breaks and doubled quotes; records end at CRLF,
 * LF or a lone CR; a leading BOM is skipped. A cell's text is the field as written
 * between its quotes (doubled quotes stay doubled, as an escaped pipe stays escaped in
 * a Markdown cell), trimmed of blanks, so that text and span always agree. The
 * delimiter is a comma, or a semicolon or tab when the header has no comma and one of
 * those (spreadsheets in many locales write ";"). Linear, bounded, never throws:
 * what cannot be read as written becomes a problem and the rest is still read.
 */
import type { Span } from '../text/types.js';
import type { Cell, Table } from '../model/types.js';
import type { ParseProblem } from '../model/problems.js';

/** A CSV file's cells and table have the shape of a Markdown table's (less its section title). */
export type CsvCell = Cell;
export type CsvTable = Omit<Table, 'sectionTitle'>;

export interface CsvParse {
  /** Undefined when the file holds no record at all. */
  readonly table?: CsvTable;
  readonly problems: readonly ParseProblem[];
}

/** Records read at most (a register, not a data export); the rest gets one notice. */
export const MAX_RECORDS = 20_000;
/** Fields per record read at most. */
export const MAX_FIELDS = 500;
/** Problems reported at most per file: one malformed file should not bury the others' findings. */
const MAX_PROBLEMS = 5;

const QUOTE = 34;
const CR = 13;
const LF = 10;

export function parseCsv(text: string): CsvParse {
  const problems: ParseProblem[] = [];
  const problem = (span: Span, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ code: 'file-skipped', span, message });
  };
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = delimiterOf(text, start);
  const records: CsvCell[][] = [];
  // Past this offset the text holds no double quote (an unclosed quote is searched for once, not once per line).
  const quotes = { noneFrom: text.length + 1 };
  let pos = start;
  const end = text.length;
  while (pos < end) {
    if (records.length >= MAX_RECORDS) {
      problem({ start: pos, end: lineEnd(text, pos) }, `Only the first ${MAX_RECORDS} records of this CSV file are read; the rest is skipped.`);
      break;
    }
    const record: CsvCell[] = [];
    // One record: fields up to a line break outside quotes, or the end of the text.
    for (;;) {
      const field = readField(text, pos, delimiter, quotes, problem);
      if (record.length < MAX_FIELDS) record.push(field.cell);
      else if (record.length === MAX_FIELDS) {
        problem(field.cell.span, `Only the first ${MAX_FIELDS} fields of a CSV record are read.`);
        record.push(field.cell);
      }
      pos = field.next;
      if (pos < end && text.charCodeAt(pos) === delimiter) {
        pos++;
        continue;
      }
      break;
    }
    if (record.length > MAX_FIELDS) record.length = MAX_FIELDS;
    // The line break ending the record.
    if (pos < end && text.charCodeAt(pos) === CR) pos++;
    else if (pos < end && text.charCodeAt(pos) === LF) pos++;
    if (pos < end && text.charCodeAt(pos) === LF && text.charCodeAt(pos - 1) === CR) pos++;
    // Blank lines, and rows of empty fields (",,,"), hold no record.
    if (record.every((c) => c.text === '')) continue;
    records.push(record);
  }
  if (records.length === 0) return { problems };
  const header = records[0]!;
  const rows = records.slice(1);
  // A record with more filled fields than the header has columns usually holds an unquoted delimiter.
  for (const row of rows) {
    if (row.length <= header.length || row.slice(header.length).every((c) => c.text === '')) continue;
    problem(
      { start: row[0]!.span.start, end: row[row.length - 1]!.span.end },
      `This record has ${row.length} fields but the header names ${header.length} columns; a value holding "${String.fromCharCode(delimiter)}" needs double quotes, or the columns after it are read under the wrong headers.`,
    );
  }
  const last = records[records.length - 1]!;
  return { table: { span: { start: header[0]!.span.start, end: last[last.length - 1]!.span.end }, header, rows }, problems };
}

/**
 * The header line's most frequent of ",", ";" and tab outside quotes (a comma on a tie): a
 * European spreadsheet writes ";" and may keep a comma inside a header ("Impact (1-5, weighted)").
 */
function delimiterOf(text: string, start: number): number {
  const end = lineEnd(text, start);
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) commas++;
    else if (c === 59) semicolons++;
    else if (c === 9) tabs++;
  }
  if (semicolons > commas && semicolons >= tabs) return 59;
  if (tabs > commas && tabs > semicolons) return 9;
  return 44;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF) return i;
  }
  return text.length;
}

/** One field from `pos`: its cell and where the text goes on (a delimiter, a line break, or the end). */
function readField(text: string, pos: number, delimiter: number, quotes: { noneFrom: number }, problem: (span: Span, message: string) => void): { cell: CsvCell; next: number } {
  const end = text.length;
  let s = pos;
  while (s < end && isBlank(text.charCodeAt(s), delimiter)) s++;
  if (s < end && text.charCodeAt(s) === QUOTE) {
    // A quoted field: up to the quote not followed by another.
    let i = s + 1;
    for (;;) {
      const q = i >= quotes.noneFrom ? -1 : text.indexOf('"', i);
      if (q < 0) {
        quotes.noneFrom = Math.min(quotes.noneFrom, i);
        // Never closed: read it as an unquoted field to the end of its line, and say so.
        problem({ start: s, end: s + 1 }, 'This quoted CSV value is never closed: the rest of its line is read as it stands. Add the closing double quote.');
        return unquoted(text, s + 1, delimiter);
      }
      if (text.charCodeAt(q + 1) === QUOTE) {
        i = q + 2;
        continue;
      }
      const cell = trimmed(text, s + 1, q);
      let next = q + 1;
      while (next < end && isBlank(text.charCodeAt(next), delimiter)) next++;
      if (next < end && !isBreak(text.charCodeAt(next), delimiter)) {
        // Text after the closing quote ('"a"b'): keep it in the field, as spreadsheets do.
        problem({ start: q, end: q + 1 }, 'Text follows the closing double quote of this CSV value; write a double quote inside a quoted value as two ("").');
        const rest = unquoted(text, next, delimiter);
        return { cell: trimmed(text, s + 1, rest.next), next: rest.next };
      }
      return { cell, next };
    }
  }
  return unquoted(text, pos, delimiter);
}

function unquoted(text: string, from: number, delimiter: number): { cell: CsvCell; next: number } {
  let e = from;
  while (e < text.length && !isBreak(text.charCodeAt(e), delimiter)) e++;
  return { cell: trimmed(text, from, e), next: e };
}

function trimmed(text: string, from: number, to: number): CsvCell {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}

const isBreak = (c: number, delimiter: number) => c === delimiter || c === CR || c === LF;
const isSpace = (c: number) => c === 32 || c === 9 || c === CR || c === LF;
/** Blanks before a value (a tab is the delimiter in a tab-separated file). */
const isBlank = (c: number, delimiter: number) => c === 32 || (c === 9 && delimiter !== 9);
