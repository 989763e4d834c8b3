/**
 * The risk method a document states for itself, read from what people write: a table of
 * score bands ("| 1-4 | Low |", "| High | 10–14 |", "| ≥ 16 | Critical |"), a list of them
 * ("Low 1 to 8 / Medium 9 to 15 / High 16 to 25", "- Critical (20-25)"), and likelihood
 * and impact scales ("| 1 | Rare — ... |" under a "Likelihood scale" heading, or one table
 * with Likelihood and Impact columns). Only what reads unambiguously is taken: a rule that
 * checks ratings against the writer's own method must not invent the method.
 */
import type { StatedRiskMethod, StatedScale, Table } from '../model/types.js';
import { riskColumn } from './columns.js';
import { tableWidth } from '../util/arrays.js';
import type { TextChunk } from '../text/types.js';
import { chunkItemRuns, detached, perChunk } from '../text/chunkMemo.js';
import { firstStartingAt } from '../text/spans.js';
import { WeakMemo } from '../util/weakMemo.js';
import { statesRaisedLevels } from './riskRaises.js';
import { scalesFromLines } from './riskScaleLines.js';
import { withoutPictographs } from '../util/text.js';

type Band = { level: string; min: number; max: number; accepted?: true };

/**
 * A band whose row or line says its risks are accepted ("| 1–6 | Low | Accept; review yearly |",
 * "- Low (1-4): acceptable"), and not that they are not ("Not acceptable", "Unacceptable").
 */
const ACCEPTED = /(?<![a-z])accept(?:ed|able|ance)?(?![a-z])/;
// "Must be treated; residual High risk requires CEO acceptance": the acceptance is of what is left after treatment.
const NOT_ACCEPTED = /(?<![a-z])(?:un|not |never |cannot be |can ?not be |non-?)accept|intolerable|(?<![a-z])(?:must|shall) be (?:treated|reduced|mitigated)|(?<![a-z])(?:treatment|mitigation) (?:is )?(?:required|mandatory)/;
function saysAccepted(words: string): boolean {
  return ACCEPTED.test(words) && !NOT_ACCEPTED.test(words);
}

/** An open-ended band ("≥ 16", "20+") ends here. */
export const OPEN_MAX = 1000;

// English, then French, German, Italian, Spanish, Portuguese and Dutch (longer phrases before the words they end in).
const LEVEL_WORDS =
  'very low|very high|extreme|critical|high|medium|moderate|low|minimal|negligible|significant|severe|major|minor|acceptable|tolerable|intolerable|unacceptable|catastrophic|' +
  'tr[eè]s [eé]lev[eé]|tr[eè]s faible|faible|mod[eé]r[eé]|[eé]lev[eé]|critique|sehr hoch|sehr niedrig|niedrig|mittel|hoch|kritisch|' +
  'molto alto|molto basso|basso|medio|alto|cr[ií]tico|muy alto|muy bajo|bajo|baixo|m[eé]dio|' +
  'zeer hoog|zeer laag|laag|midden|gemiddeld|hoog|kritiek';
const LEVEL_CELL = new RegExp(`^(${LEVEL_WORDS})(?: risk)?(?![a-z])(?:\\s*(?:[-–—:(]|$))`);
const LIST_LEVEL_FIRST = new RegExp(`(?<![a-z])(${LEVEL_WORDS})(?: risk)?\\s*(?:[:=(]|[-–—])?\\s*(?:score\\s*(?:of\\s*)?)?(\\d{1,3})\\s*(?:-|–|—|to)\\s*(\\d{1,3})(?!\\d|\\.\\d|%)`, 'g');
const LIST_RANGE_FIRST = new RegExp(`(?<![\\d.])(\\d{1,3})\\s*(?:-|–|—|to)\\s*(\\d{1,3})\\s*(?:[:=(]|[-–—])?\\s*(${LEVEL_WORDS})(?![a-z])`, 'g');
const SCALE_CONTEXT_L = /\b(?:likelihood|probability)\b/;
const SCALE_CONTEXT_I = /\b(?:impact|consequence|severity)\b/;
const SCALE_VALUE_HEADER = /^(?:score|value|rating|level|rank|points?|scale|likelihood|impact|probability|consequence|severity|)$/;
const BAND_CONTEXT = /\b(?:score|rating|level|band|matrix|appetite|evaluat|criteria|tolerance|priority)/;

/**
 * A cell or line without emphasis marks, spaces collapsed, lower case. Kept by input up to 500
 * characters, bounded: the same cells are read on every edit, several times each (keys and values are copies, as a
 * cell is a slice of the document, which a kept string would keep alive).
 */
const plainMemo = new Map<string, string>();
const MAX_PLAIN = 10_000;

function plain(s: string): string {
  // A long paragraph's line is not kept: the memo's memory stays small (at most 10,000 x 500).
  if (s.length > 500) return s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  let p = plainMemo.get(s);
  if (p === undefined) {
    p = detached(s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase());
    if (plainMemo.size >= MAX_PLAIN) plainMemo.clear();
    plainMemo.set(detached(s), p);
  }
  return p;
}

/** A cell that is a score range: "1-4", "10 – 14", "13 to 25", "≥ 16", "20+", "<= 4". */
export function rangeOf(cell: string): [number, number] | undefined {
  const t = plain(cell).replace(/^score\s*/, '');
  let m = /^(\d{1,3})\s*(?:-|–|—|‑|to)\s*(\d{1,3})$/.exec(t);
  if (m) return [Number(m[1]), Number(m[2])];
  if ((m = /^(?:≥|>=|=>)\s*(\d{1,3})$/.exec(t) ?? /^(\d{1,3})\s*(?:\+|or (?:above|more|higher|over))$/.exec(t))) return [Number(m[1]), OPEN_MAX];
  if ((m = /^>\s*(\d{1,3})$/.exec(t))) return [Number(m[1]) + 1, OPEN_MAX];
  if ((m = /^(?:≤|<=|=<)\s*(\d{1,3})$/.exec(t))) return [1, Number(m[1])];
  if ((m = /^<\s*(\d{1,3})$/.exec(t))) return [1, Number(m[1]) - 1];
  return undefined;
}

function levelOf(cell: string): string | undefined {
  return LEVEL_CELL.exec(withoutPictographs(plain(cell)))?.[1];
}

/** Bands that can be a method: two or more, distinct levels, no overlap, within 0..OPEN_MAX. */
function validBands(list: Band[]): Band[] | undefined {
  if (list.length < 2) return undefined;
  if (new Set(list.map((b) => b.level)).size !== list.length) return undefined;
  const sorted = [...list].sort((a, b) => a.min - b.min);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i]!;
    if (b.min < 0 || b.max < b.min || b.max > OPEN_MAX || (b.max !== OPEN_MAX && b.max > 100)) return undefined;
    if (i > 0 && b.min <= sorted[i - 1]!.max) return undefined;
  }
  return sorted;
}

/**
 * The last line with more than white space in the `reach` characters before `at`, trimmed:
 * what splitting them into lines and taking the last non-empty one gives (the first line cut
 * at the window's edge), read backwards without copying the other lines.
 */
function lastLineBefore(text: string, at: number, reach: number): string {
  const from = Math.max(0, at - reach);
  let end = at;
  while (end > from) {
    let start = end;
    while (start > from && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    const line = text.slice(start, end).trim();
    if (line !== '') return line;
    end = start - 1;
  }
  return '';
}

function bandsFromTable(t: Table, context: string): Band[] | undefined {
  if (t.rows.length < 2) return undefined;
  // A likelihood or impact scale written in ranges is not a table of score bands.
  if ((SCALE_CONTEXT_L.test(context) || SCALE_CONTEXT_I.test(context)) && !BAND_CONTEXT.test(context)) return undefined;
  const out: Band[] = [];
  for (const row of t.rows) {
    let range: [number, number] | undefined;
    let level: string | undefined;
    let accepted = false;
    for (const c of row) {
      if (!range && (range = rangeOf(c.text))) continue;
      level ??= levelOf(c.text);
      accepted ||= saysAccepted(plain(c.text));
    }
    if (range && level) out.push({ level, min: range[0], max: range[1], ...(accepted ? { accepted: true as const } : {}) });
  }
  if (out.length * 2 < t.rows.length) return undefined;
  return validBands(out);
}

/**
 * Bands written in prose or a list: "Low 1 to 8 / Medium 9 to 15", "- 16–25: Critical". The
 * bands each line states, line by line, are kept per Markdown chunk (a line never crosses a
 * chunk's start; the tables a chunk's lines are checked against are its own, which follow from
 * its text). With CRLF line ends the line offsets here count one character per line end, so
 * such a text is read whole, as before.
 */
function bandsFromLines(text: string, tables: readonly Table[], chunks?: readonly TextChunk[]): Band[] | undefined {
  if (!chunks || text.includes('\r\n')) return groupBands(lineBands(text, tables, 0));
  // By binary search: a filter of every table per chunk was quadratic in a register of thousands.
  const within = (start: number, end: number) => tables.slice(firstStartingAt(tables, start), firstStartingAt(tables, end));
  const perLine = perChunk({ text, textChunks: chunks }, 'risk-bands', 0, text.length, (chunk, start) => lineBands(chunk, within(start, start + chunk.length), start));
  return groupBands(perLine.flat());
}

/** The bands the lines outside `tables` state, in order; `shift`: where `text` starts. */
function lineBands(text: string, tables: readonly Table[], shift: number): Band[] {
  const bands: Band[] = [];
  let tableIndex = 0;
  let offset = shift;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const start = offset;
    offset += line.length + 1;
    while (tableIndex < tables.length && tables[tableIndex]!.span.end <= start) tableIndex++;
    const t = tables[tableIndex];
    if ((t && t.span.start <= start) || !/\d/.test(line)) continue;
    const l = plain(line);
    const found: { at: number; band: Band }[] = [];
    for (const m of l.matchAll(LIST_LEVEL_FIRST)) found.push({ at: m.index, band: { level: m[1]!, min: Number(m[2]), max: Number(m[3]) } });
    for (const m of l.matchAll(LIST_RANGE_FIRST)) if (!found.some((f) => Math.abs(f.at - m.index) < 3)) found.push({ at: m.index, band: { level: m[3]!, min: Number(m[1]), max: Number(m[2]) } });
    found.sort((a, b) => a.at - b.at);
    // A line of one band may say it is accepted; on a line of several, whose the word is is unclear.
    if (found.length === 1 && saysAccepted(l)) found[0]!.band.accepted = true;
    for (const { band } of found) bands.push(band);
  }
  return bands;
}

/**
 * The first list of bands that reads as a method: a level met again starts another list. A
 * later line that restates one of its bands and says it is accepted ("Bands: Low 1 to 5 /
 * Medium 6 to 11 ...", then "- Low (1-5): acceptable") marks that band accepted.
 */
function groupBands(bands: readonly Band[]): Band[] | undefined {
  let group: Band[] = [];
  let found: Band[] | undefined;
  for (const band of bands) {
    if (group.some((b) => b.level === band.level)) {
      found = validBands(group);
      if (found) break;
      group = [];
    }
    group.push(band);
  }
  found ??= validBands(group);
  if (!found) return undefined;
  const restated = (f: Band) => bands.some((b) => b.accepted && b.level === f.level && b.min === f.min && b.max === f.max);
  return found.map((f): Band => (!f.accepted && restated(f) ? { ...f, accepted: true } : f));
}

/** "Rare — may happen only in exceptional cases" -> "rare"; undefined for a sentence. */
function scaleLabel(cell: string): string | undefined {
  const head = plain(cell).split(/\s[-–—]\s|[-–—:;(.,/]/)[0]!.trim();
  return /^[a-z]+(?: [a-z]+){0,2}$/.test(head) ? head : undefined;
}

/** Likelihood and impact scales from a table with a column of consecutive small integers. */
function scalesFromTable(t: Table, context: string): { likelihood?: StatedScale; impact?: StatedScale } {
  const width = tableWidth(t);
  let numCol = -1;
  for (let c = 0; c < width && numCol < 0; c++) if (t.rows.filter((r) => /^\d{1,2}$/.test(plain(r[c]?.text ?? ''))).length >= 3) numCol = c;
  // The numbers are a scale's values ("Score", "Value", "Rating"), not row numbers ("#", "No.").
  if (numCol < 0 || !SCALE_VALUE_HEADER.test(plain(t.header[numCol]?.text ?? ''))) return {};
  const nums = t.rows.map((r) => (/^\d{1,2}$/.test(plain(r[numCol]?.text ?? '')) ? Number(plain(r[numCol]!.text)) : undefined));
  const values = nums.filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  for (let i = 1; i < values.length; i++) if (values[i] !== values[i - 1]! + 1) return {};
  const scale = (col: number): StatedScale | undefined => {
    const labels: Record<string, number> = {};
    t.rows.forEach((r, i) => {
      const label = r[col] && nums[i] !== undefined ? scaleLabel(r[col]!.text) : undefined;
      if (label && labels[label] === undefined) labels[label] = nums[i]!;
    });
    // A scale names (nearly) every value; a column of sentences is not its labels.
    if (Object.keys(labels).length * 2 < values.length) return undefined;
    return { min: values[0]!, max: values[values.length - 1]!, labels };
  };
  const named = t.header.map((h) => riskColumn(h.text));
  const out: { likelihood?: StatedScale; impact?: StatedScale } = {};
  const lCol = named.indexOf('likelihood');
  const iCol = named.indexOf('impact');
  const lScale = lCol >= 0 && lCol !== numCol ? scale(lCol) : undefined;
  const iScale = iCol >= 0 && iCol !== numCol ? scale(iCol) : undefined;
  if (lScale) out.likelihood = lScale;
  if (iScale) out.impact = iScale;
  if (out.likelihood || out.impact) return out;
  // One scale per table: which one, the heading or the line before the table says.
  const isL = SCALE_CONTEXT_L.test(context);
  const isI = SCALE_CONTEXT_I.test(context);
  if (isL === isI) return {};
  let labelCol = t.header.findIndex((h, i) => i !== numCol && /^(?:level|label|rating|descriptor|name|term|likelihood|probability|impact|consequence|severity)$/.test(plain(h.text)));
  if (labelCol < 0) labelCol = numCol === 0 ? 1 : 0;
  const s = scale(labelCol);
  if (!s) return {};
  return isL ? { likelihood: s } : { impact: s };
}

/** What one table states of a method, with the words around it that it was read with. */
interface TableMethod {
  readonly around: string;
  readonly bands: Band[] | undefined;
  readonly likelihood: StatedScale | undefined;
  readonly impact: StatedScale | undefined;
}

/** Per chunk key, what each of its tables states (statedRiskMethod). */
const tableMethods = new WeakMemo<object, readonly TableMethod[]>();

/** The line before a table and its section title, as written: what its reading depends on besides the table. */
function aroundOf(t: Table, text: string): string {
  return `${lastLineBefore(text, t.span.start, 300)} | ${t.sectionTitle}`;
}

function readTable(t: Table, around: string): TableMethod {
  const context = plain(around);
  const s = scalesFromTable(t, context);
  return { around: detached(around), bands: bandsFromTable(t, context), likelihood: s.likelihood, impact: s.impact };
}

/**
 * Each table's reading, in order. A Markdown table lies in one chunk and is read from its text
 * alone (invariant 7), so a reading is kept with the chunk's key while the words around the
 * table are the same: a register of thousands of small tables read them all on every edit.
 */
function tableReadings(tables: readonly Table[], text: string, chunks?: readonly TextChunk[]): TableMethod[] {
  if (!chunks || chunks.length === 0) return tables.map((t) => readTable(t, aroundOf(t, text)));
  const out: TableMethod[] = [];
  let t = chunkItemRuns(chunks, tables, (chunk, first, end) => {
    const kept = tableMethods.get(chunk.key);
    const readings: TableMethod[] = [];
    let same = kept !== undefined && kept.length === end - first;
    for (let i = first; i < end; i++) {
      const around = aroundOf(tables[i]!, text);
      const k = kept?.[i - first];
      const reading = k && k.around === around ? k : readTable(tables[i]!, around);
      same &&= reading === k;
      readings.push(reading);
    }
    if (!same) tableMethods.set(chunk.key, readings);
    for (const r of readings) out.push(r);
  });
  for (; t < tables.length; t++) out.push(readTable(tables[t]!, aroundOf(tables[t]!, text)));
  return out;
}

/** The method a Markdown document states, if it states any part of one. */
export function statedRiskMethod(tables: readonly Table[], text: string, chunks?: readonly TextChunk[]): StatedRiskMethod | undefined {
  let bands: Band[] | undefined;
  let likelihood: StatedScale | undefined;
  let impact: StatedScale | undefined;
  // The first table (in order) that states each part: what reading them in turn, each part until found, gives.
  for (const r of tableReadings(tables, text, chunks)) {
    bands ??= r.bands;
    likelihood ??= r.likelihood;
    impact ??= r.impact;
  }
  bands ??= bandsFromLines(text, tables, chunks);
  if (!likelihood || !impact) {
    const stated = scalesFromLines(text, chunks);
    likelihood ??= stated.likelihood;
    impact ??= stated.impact;
  }
  if (!bands && !likelihood && !impact) return undefined;
  // Read only beside bands: a rule that raises a level above its band means nothing without them.
  const raises = bands !== undefined && statesRaisedLevels(text, bands.map((b) => b.level), chunks);
  return { ...(bands ? { bands } : {}), ...(likelihood ? { likelihood } : {}), ...(impact ? { impact } : {}), ...(raises ? { raises: true as const } : {}) };
}
