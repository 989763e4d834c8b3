/**
 * Completion: decides from the text around the cursor what is being typed
 * (an `aims:` key or value, a list of controls or clauses, a table cell under
 * a telling header, a word that starts like a control or an ID, a heading at
 * the start of a line, `aims-` for a snippet, a control tag in source code) and offers only what fits there. Nothing is offered in
 * code spans, fenced code, comments, or values such as `status:` that never
 * hold references. Ranges are the word being typed, except for Annex C names
 * (the whole value: they have spaces) and headings (the whole line).
 */
import type { AimsLanguageService } from '../service/api.js';
import { ENTITY_TYPES, type AimsDocument } from '../model/types.js';
import type { Position, Range, Span } from '../text/types.js';
import type { CompletionEntry } from './types.js';
import { wordAt } from './locate.js';
import { inFrontMatter, lineText, yamlContextAt, yamlLinesAt, type YamlContext } from './completionYaml.js';
import {
  annexCEntries,
  clauseEntries,
  dateEntries,
  entityEntries,
  fieldKeyEntries,
  frameworkEntries,
  headingEntries,
  kindEntries,
  statusEntries,
} from './completionItems.js';
import { snippetEntries } from './completionSnippets.js';
import { controlEntries } from './completionControls.js';
import { tagCompletions } from './completionTags.js';
import { frameworkCompletions } from './completionFrameworks.js';
import { riskColumn, soaColumn } from '../parse/columns.js';
import { normalizeTitle } from '../util/text.js';

interface Ctx {
  readonly service: AimsLanguageService;
  readonly doc: AimsDocument;
  readonly offset: number;
  readonly line: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The word around the cursor (letters, digits, '.', '-', '_'). */
  readonly word: Span;
  readonly wordText: string;
  readonly range: Range;
}


export function getCompletions(service: AimsLanguageService, uri: string, position: Position): CompletionEntry[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const offset = doc.lines.offsetAt(position);
  if (doc.excluded.some((s) => offset > s.start && offset < s.end)) return [];
  const line = doc.lines.positionAt(offset).line;
  const word = trimTrailingDots(doc.text, wordAt(doc.text, offset), offset);
  const c: Ctx = {
    service,
    doc,
    offset,
    line,
    lineStart: doc.lines.lineStart(line),
    lineEnd: doc.lines.lineEnd(line),
    word,
    wordText: doc.text.slice(word.start, word.end),
    range: doc.lines.range(word),
  };
  const tag = tagCompletions(service, doc, doc.text.slice(c.lineStart, word.start), c.wordText, offset, c.range);
  if (tag) return tag;
  const snippets = snippetEntries(service, doc, c.wordText, c.range);
  if (snippets) return snippets;
  const yaml = yamlLinesAt(doc, line);
  if (yaml) return yamlCompletions(c, yamlContextAt(doc, offset, yaml.first, yaml.last));
  if (doc.languageId !== 'markdown' || inFrontMatter(doc, line)) return [];
  return markdownCompletions(c);
}

/** Dots after the cursor that end the word are punctuation ("See SYS-0|."), not part of what is replaced. */
function trimTrailingDots(text: string, word: Span, offset: number): Span {
  let end = word.end;
  while (end > offset && text[end - 1] === '.') end--;
  return { start: word.start, end };
}

// ---------------------------------------------------------------- YAML

/** Keys whose values are never references: nothing is offered there unless listed below. */
const QUIET_KEYS = new Set([
  'id',
  'kind',
  'status',
  'version',
  'likelihood',
  'impact',
  'level',
  'score',
  'treatment',
  'residual',
  'applicable',
  'approved_on',
  'next_review',
  'classification',
  'frameworks',
  'date',
  'due',
]);

function yamlCompletions(c: Ctx, y: YamlContext | undefined): CompletionEntry[] {
  if (!y) return [];
  const inAims = y.ancestors[0] === 'aims';
  if (y.position === 'key') {
    // Only a key being typed at the end of its line: not one already written, not in front of one.
    const restOfLine = c.doc.text.slice(c.word.end, c.lineEnd);
    return inAims && /^[ \t]*(?:[,}].*)?$/.test(restOfLine) ? fieldKeyEntries(y.siblings, c.range) : [];
  }
  const key = y.key.toLowerCase();
  if (inAims) {
    if (key === 'kind') return kindEntries(c.range);
    if (key === 'status') return statusEntries(c.range);
    if (key === 'approved_on' || key === 'next_review') return dateEntries(c.service.today(), key === 'next_review', c.range);
    if (key === 'frameworks') return frameworkEntries(c.range);
    if (key === 'supersedes') return entityEntries(c.service, ['document'], c.range);
  }
  switch (key) {
    case 'controls':
      return controlEntries(c.service, c.doc, c.offset, c.range);
    case 'clauses':
    case 'clause':
      return clauseEntries(c.range);
    case 'risks':
      return entityEntries(c.service, ['risk'], c.range);
    case 'systems':
      return entityEntries(c.service, ['system'], c.range);
    case 'documents':
    case 'evidence':
      return entityEntries(c.service, ['document', 'system', 'risk'], c.range);
    case 'source':
      if (y.ancestors.includes('risks') || c.doc.meta.kind === 'risk-register') return annexCEntries(c.doc.lines.range(y.valueSpan));
      break;
    case 'id':
    case 'control':
      if (y.ancestors[0] === 'controls') return controlEntries(c.service, c.doc, c.offset, c.range);
      break;
  }
  if (QUIET_KEYS.has(key)) return [];
  return wordCompletions(c);
}

// ---------------------------------------------------------------- Markdown

function markdownCompletions(c: Ctx): CompletionEntry[] {
  const before = c.doc.text.slice(c.lineStart, c.offset);
  const after = c.doc.text.slice(c.offset, c.lineEnd);
  if ((before === '' || /^#{1,6}(?:[ \t][^|]*)?$/.test(before)) && after.trim() === '') {
    const heading = c.doc.sections.find((s) => s.headingSpan.start === c.lineStart)?.headingSpan;
    return headingEntries(c.doc, heading, c.doc.lines.range({ start: c.lineStart, end: c.lineEnd }));
  }
  // An inline code span still being typed (its closing backtick not there yet).
  if ((before.match(/(?<!\\)`/g) ?? []).length % 2 === 1) return [];
  const cell = tableCellAt(c);
  if (!cell) return wordCompletions(c);
  switch (columnRole(cell.header, cell.headers, c.doc)) {
    case 'controls':
      return /^(?:A(?:\.[\d.]*)?)?$/.test(c.wordText) ? controlEntries(c.service, c.doc, c.offset, c.range) : [];
    case 'clauses':
      return /^[\d.]*$/.test(c.wordText) ? clauseEntries(c.range) : [];
    case 'risks':
      return entityEntries(c.service, ['risk'], c.range);
    case 'systems':
      return entityEntries(c.service, ['system'], c.range);
    case 'annex-c':
      return annexCEntries(c.doc.lines.range(cell.content));
    case 'none':
      return [];
    case 'free':
      return wordCompletions(c);
  }
}

type ColumnRole = 'controls' | 'clauses' | 'risks' | 'systems' | 'annex-c' | 'none' | 'free';

const QUIET_RISK_COLUMNS = new Set(['id', 'likelihood', 'impact', 'score', 'level', 'treatment', 'residual', 'status', 'owner']);
const QUIET_SOA_COLUMNS = new Set(['applicable', 'status', 'owner']);
const RISK_TABLE_COLUMNS = new Set(['likelihood', 'impact', 'score', 'level', 'treatment', 'residual']);

function columnRole(header: string, headers: readonly string[], doc: AimsDocument): ColumnRole {
  const h = normalizeTitle(header);
  if (/\b2700[12]\b/.test(header)) return 'none';
  if (/\bclauses?\b/.test(h) && !/\b(?:annex|controls?)\b/.test(h)) return 'clauses';
  // "| Ref | Control | Applicable |": the Ref column holds the IDs, "Control" the names.
  if (soaColumn(header) === 'title' && headers.some((x) => x !== header && soaColumn(x) === 'control' && !/clause/i.test(x))) return 'free';
  if (/\bcontrols?\b|\bannex a\b/.test(h) && !/\b(?:title|name|owner|status|objective)\b/.test(h)) return 'controls';
  if (doc.meta.kind === 'soa' && soaColumn(header) === 'control') return 'controls';
  const risk = riskColumn(header);
  // A "Source" column is a risk source only in a table of risks (data tables have sources too).
  if (risk === 'source') return headers.some((x) => RISK_TABLE_COLUMNS.has(riskColumn(x) ?? '') || /\brisks?\b/i.test(x)) ? 'annex-c' : 'free';
  if (/^(?:related |linked |affected )?risks?(?: ids?| refs?)?$/.test(h)) return 'risks';
  if (risk === 'systems') return 'systems';
  if ((risk && QUIET_RISK_COLUMNS.has(risk)) || QUIET_SOA_COLUMNS.has(soaColumn(header) ?? '')) return 'none';
  return 'free';
}

// Spaces around an optional pipe belong to one side only: no two adjacent [ \t]* (linear on a long line of spaces).
const DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;

/** The header of the table column the cursor is in, and the cell's content span; undefined outside a table body. */
function tableCellAt(c: Ctx): { header: string; headers: string[]; content: Span } | undefined {
  const text = lineText(c.doc, c.line);
  if (!text.includes('|') || DELIMITER_ROW.test(text)) return undefined;
  let delimiter = -1;
  for (let l = c.line - 1; l >= 0 && c.line - l < 5000; l--) {
    const t = lineText(c.doc, l);
    if (DELIMITER_ROW.test(t) && t.includes('-')) {
      delimiter = l;
      break;
    }
    if (!t.includes('|')) return undefined;
  }
  if (delimiter < 1) return undefined;
  const headerText = lineText(c.doc, delimiter - 1);
  const headers = splitRow(headerText);
  const cells = splitRow(text);
  const col = c.offset - c.lineStart;
  const index = cells.findIndex((x) => col >= x.start && col <= x.end);
  if (index < 0) return undefined;
  const cell = cells[index]!;
  const raw = text.slice(cell.start, cell.end);
  const start = c.lineStart + cell.start + (raw.length - raw.trimStart().length);
  const end = Math.max(c.offset, c.lineStart + cell.start + raw.trimEnd().length);
  const names = headers.map((h) => headerText.slice(h.start, h.end).trim());
  return { header: names[index] ?? '', headers: names, content: { start: Math.min(start, c.offset), end } };
}

/** Cells of a table row as [start, end) columns of the line (escaped pipes kept in cells). */
function splitRow(s: string): { start: number; end: number }[] {
  const bars: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === '|' && s[i - 1] !== '\\') bars.push(i);
  let start = /^[ \t]*\|/.test(s) ? bars.shift()! + 1 : 0;
  const cells: { start: number; end: number }[] = [];
  for (const b of bars) {
    cells.push({ start, end: b });
    start = b + 1;
  }
  if (s.slice(start).trim() !== '' || bars.length === 0 || !/\|[ \t]*$/.test(s)) cells.push({ start, end: s.length });
  return cells;
}

// ---------------------------------------------------------------- words in prose and free values

/** "Clause ", "Clauses 6.1.2, ", "cl. ", "§", "**Clause:** ", "ISO/IEC 42001 " right before the word. */
const CLAUSE_LEAD =
  /(?:\b(?:[Cc]lauses?|CLAUSES?|[Cc]l\.)(?:(?:\*\*|__)?:(?:\*\*|__)?)?[ \t]*|§§?[ \t]*|\bISO(?:\/IEC)?[ \t]?42001(?::20\d\d)?,?[ \t]+(?:[Cc]lause[ \t]+)?)(?:\d{1,2}(?:\.\d{1,2})*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+))*$/;

function wordCompletions(c: Ctx): CompletionEntry[] {
  const lead = c.doc.text.slice(c.lineStart, c.word.start);
  const w = c.wordText;
  if (CLAUSE_LEAD.test(lead) && /^[\d.]*$/.test(w)) return clauseEntries(c.range);
  const framework = frameworkCompletions(c.doc, lead, w, c.word);
  if (framework) return framework;
  if (/^A(?:\.[\d.]*)?$/.test(w) || (w === '' && /\bAnnex[ \t]+$/.test(lead))) return names27001(lead) ? [] : controlEntries(c.service, c.doc, c.offset, c.range);
  const id = /^([A-Za-z]{1,10})(?:-|\d)[\w-]*$/.exec(w);
  // Only IDs that start with the letters typed: "high-scoring" or "General-purpose" get nothing.
  if (id) return entityEntries(c.service, ENTITY_TYPES, c.range).filter((e) => e.label.toUpperCase().startsWith(id[1]!.toUpperCase()));
  return [];
}

/** The line names ISO/IEC 27001 (or 27002) after any mention of 42001: an A.x.y there is theirs. */
function names27001(lead: string): boolean {
  const i27 = Math.max(lead.lastIndexOf('27001'), lead.lastIndexOf('27002'));
  return i27 >= 0 && i27 > lead.lastIndexOf('42001');
}
