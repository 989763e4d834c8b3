/**
 * What the reference scanner reads (scan.ts): the regions of a document, what their
 * surroundings say, and the line around an offset within one.
 */
import type { Span } from '../text/types.js';
import { lineStartWithin } from '../text/lines.js';
import type { FrameworkMentions } from './frameworkRefs.js';

/** A stretch of text to scan, with what its surroundings say. */
export interface Region {
  readonly span: Span;
  /** Column header (tables) or key path (YAML) the text sits under, lower case. */
  readonly label?: string;
  /** Set when a YAML field or table column says what every value is. */
  readonly field?: 'controls' | 'risks' | 'systems' | 'clauses' | 'documents';
  /** Title of the nearest heading above, lower case. */
  readonly heading?: string;
  /** A title cell in the same table row (for control titles). */
  readonly rowTitle?: { readonly text: string; readonly span: Span };
  /** True when the region is one whole table cell or YAML scalar (the rest of it can be a title). */
  readonly isCell?: boolean;
  /** Text of the cells to the left in the same table row ("ISO 27001:2022 | A.5.2" makes A.5.2 a 27001 control). */
  readonly rowBefore?: string;
}

export interface ScanOptions {
  readonly text: string;
  readonly regions: readonly Region[];
  readonly excluded: readonly Span[];
  readonly ids: { readonly risk: RegExp; readonly system: RegExp; readonly document: RegExp };
  /** Frameworks named by the document or workspace, normalised ("iso42001", "iso27001"). */
  readonly frameworks: readonly string[];
  /** Whether the document mentions ISO/IEC 27001 anywhere. */
  readonly mentions27001: boolean;
  /** Whether it names NIST, the EU AI Act or another law that numbers articles (absent: none). */
  readonly mentions?: FrameworkMentions;
}

/** The line (or cell) around an offset, up to the offset, at most `max` characters. */
export function textBefore(text: string, region: Region, offset: number, max = 80): string {
  return text.slice(lineStartWithin(text, offset, Math.max(region.isCell ? region.span.start : 0, offset - max)), offset);
}

/**
 * textBefore, and for an ID at the start of a line (a few characters in) the line before it
 * too, when that line is in the same region and continues the paragraph: a soft line break
 * between "(ISO/IEC 27001" and "A.5.1)" does not change whose control it is. Cells read their
 * own text only; a blank line, a heading, a table row, a fence, a list item or a quote before it
 * is another block.
 */
export function contextBefore(text: string, region: Region, offset: number, max = 80): string {
  const own = textBefore(text, region, offset, max);
  const start = offset - own.length;
  if (region.isCell || own.trim().length > SOFT_BREAK_REACH || start <= region.span.start) return own;
  let prevEnd = start - 1;
  if (text.charCodeAt(prevEnd) === 10 && text.charCodeAt(prevEnd - 1) === 13) prevEnd--;
  const prevStart = lineStartWithin(text, prevEnd, Math.max(region.span.start, prevEnd - max));
  const prev = text.slice(prevStart, prevEnd);
  if (prev.trim() === '' || OTHER_BLOCK.test(prev)) return own;
  return `${prev} ${own}`;
}

/** How far into its line an ID may be for the line before to be read with it. */
const SOFT_BREAK_REACH = 12;
/** A line that is a block of its own, not a paragraph's line. */
const OTHER_BLOCK = /^[ \t]{0,3}(?:#|\||-{3}|`{3}|~{3}|[-*+][ \t]|\d{1,9}[.)][ \t]|>)/;
