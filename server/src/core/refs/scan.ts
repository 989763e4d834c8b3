/**
 * Find references (Annex A controls, Annex B guidance, clauses, and risk,
 * system and document IDs) in the scannable parts of a document, and decide
 * for each whether the context makes it an ISO/IEC 42001 reference or
 * another framework's (ISO/IEC 27001 shares the A.x.y syntax).
 */
import { ENTITY_TYPES, type Framework, type Reference } from '../model/types.js';
import { classifyControl, expandRange, inSequence, normalizeClause } from './ids.js';
import type { Span } from '../text/types.js';
import { annexAId, isIso27001Control, isKnownClause, getControl, getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';
import {
  ANNEX_B_RE,
  BARE_CLAUSE_RE,
  CLAUSE_LEAD_RE,
  CLAUSE_LIST_SEP_RE,
  CLAUSE_NUMBER_RE,
  CLAUSE_OWNER_AFTER,
  CONTROL_RE,
  ISO42001_RE,
  OTHER_STANDARD_RE,
  CONTRACT_CLAUSE_BEFORE, DOCUMENT_SECTION_BEFORE,
  STATUTE_AFTER,
  OWN_NUMBERING_BEFORE,
  RANGE_TAIL_RE,
} from './patterns.js';
import { scanFrameworkReferences, type FrameworkMentions } from './frameworkRefs.js';
import { contextBefore, textBefore, type Region, type ScanOptions } from './region.js';
import { lineEndFrom } from '../text/lines.js';
import { attachedTitle, clauseTitle, LOOK_AHEAD, ownNumbering } from './titles.js';

export type { Region, ScanOptions } from './region.js';

export function scanReferences(opts: ScanOptions): Reference[] {
  const out: Reference[] = [];
  const soft = new Set<number>();
  const skip = makeSkipper(opts.excluded);
  for (const region of opts.regions) scanRegion(opts, region, skip, out, soft);
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return soft.size > 0 ? inSequence(out, soft) : out;
}



/**
 * Every pattern but the AI Act's annexes ("Annex III") and the configured ID patterns needs a
 * digit, and nearly half of a workspace's regions (cells and paragraphs of words) hold none:
 * those skip the numbered patterns and the work around them.
 */
const DIGIT = /[0-9]/;

function scanRegion(opts: ScanOptions, region: Region, skipExcluded: (offset: number) => boolean, out: Reference[], soft: Set<number>): void {
  const text = opts.text;
  const slice = text.slice(region.span.start, region.span.end);
  const base = region.span.start;
  // An ID in a bare URL ("https://wiki.example.com/display/AIMS/AIIA-SYS-001") names a page, not the ID.
  const urls = slice.includes('://') ? urlSpans(slice, base) : undefined;
  const skip = urls ? (offset: number) => skipExcluded(offset) || urls.some((u) => u.start <= offset && offset < u.end) : skipExcluded;
  const numbered = DIGIT.test(slice);
  const controlDone: Span[] = [];
  if (numbered) scanStandardIds(opts, region, slice, base, skip, out, soft, controlDone);
  const before = (offset: number): string => textBefore(text, region, offset, 120);
  const context = { text, mentions: opts.mentions ?? NO_MENTIONS, frameworks: opts.frameworks, label: region.label, rowBefore: region.rowBefore, heading: region.heading, before };
  scanFrameworkReferences(context, slice, base, skip, out, numbered);

  // Controls are found in order, so controlDone is sorted and disjoint: binary search, not a scan per ID.
  const inControl = controlDone.length > 0 ? makeSkipper(controlDone) : undefined;
  for (const type of ENTITY_TYPES)
    forEachId(opts.ids[type], slice, (m) => {
      const start = base + m.index;
      if (!skip(start) && !inControl?.(start)) out.push({ type, id: m[0].toUpperCase(), span: { start, end: start + m[0].length }, framework: '42001' });
    });
  if (slice.includes('\\')) scanEscapedIds(opts, slice, base, (start) => skip(start) || inControl?.(start) === true, out);

  // A "System ID" column holds system IDs whatever their shape (AI-001, LOAN-UW-2): as a register's ID column holds its own.
  if (numbered && region.field === 'systems' && region.isCell) {
    const taken = new Set(out.map((r) => r.span.start));
    for (const m of slice.matchAll(ANY_ID)) {
      const start = base + m.index;
      if (taken.has(start) || skip(start) || inControl?.(start) || m[0].length > 32 || !/\d/.test(m[0]) || /^[AB]\.\d/i.test(m[0])) continue;
      out.push({ type: 'system', id: m[0].toUpperCase(), span: { start, end: start + m[0].length }, framework: '42001' });
    }
  }
}

/**
 * IDs a Markdown export wrote with escaped hyphens or underscores ("CAI\\-R\\-031", as Google
 * Docs writes them): read in a copy without those backslashes, placed back over the escaped
 * text (the span covers the backslashes). Only IDs that held one are added; the rest were found above.
 */
function scanEscapedIds(opts: ScanOptions, slice: string, base: number, skip: (offset: number) => boolean, out: Reference[]): void {
  let clean = '';
  const at: number[] = [];
  for (let i = 0; i < slice.length; i++) {
    if (slice[i] === '\\' && (slice[i + 1] === '-' || slice[i + 1] === '_')) continue;
    clean += slice[i];
    at.push(i);
  }
  if (clean.length === slice.length) return;
  for (const type of ENTITY_TYPES)
    forEachId(opts.ids[type], clean, (m) => {
      const from = at[m.index]!;
      const to = at[m.index + m[0].length - 1]! + 1;
      if (to - from !== m[0].length && !skip(base + from)) out.push({ type, id: m[0].toUpperCase(), span: { start: base + from, end: base + to }, framework: '42001' });
    });
}

/** Each match of a configured ID pattern (global) in `text`; an empty match is stepped over, and 10,000 of them end the search. */
function forEachId(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let guard = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (++guard > 10_000) break;
      continue;
    }
    visit(m);
  }
}

/** Controls, Annex B guidance and clauses: the references that need a digit. */
function scanStandardIds(opts: ScanOptions, region: Region, slice: string, base: number, skip: (offset: number) => boolean, out: Reference[], soft: Set<number>, controlDone: Span[]): void {
  const text = opts.text;
  CONTROL_RE.lastIndex = 0;
  for (let m = CONTROL_RE.exec(slice); m; m = CONTROL_RE.exec(slice)) {
    const start = base + m.index;
    if (skip(start)) continue;
    if (OWN_NUMBERING_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    const id = annexAId(m[1]!);
    if (ownNumbering(text, start, id)) continue;
    let end = start + m[0].length;
    const decided = frameworkDecision(opts, region, start, id);
    const framework = decided.framework;
    if (decided.soft) soft.add(start);
    const tail = RANGE_TAIL_RE.exec(slice.slice(m.index + m[0].length));
    if (tail) {
      const expanded = expandRange(id, tail[1] ? 'A.' + tail[2]! : tail[2]!);
      if (expanded) {
        end += tail[0].length;
        for (const e of expanded) out.push({ type: classifyControl(e), id: e, span: { start, end }, framework, fromRange: true });
        controlDone.push({ start, end });
        // The range's far end ("A.5.5" of "A.5.2–A.5.5") is part of the range, not a reference of its own.
        CONTROL_RE.lastIndex = end - base;
        continue;
      }
    }
    const title = attachedTitle(text, region, end, id);
    out.push({ type: classifyControl(id), id, span: { start, end }, framework, ...(title ? { title } : {}) });
    controlDone.push({ start, end });
  }

  ANNEX_B_RE.lastIndex = 0;
  for (let m = ANNEX_B_RE.exec(slice); m; m = ANNEX_B_RE.exec(slice)) {
    const start = base + m.index;
    if (skip(start)) continue;
    out.push({ type: 'annex-b', id: 'B.' + m[1]!, span: { start, end: start + m[0].length }, framework: frameworkFor(opts, region, start, 'A.' + m[1]!) });
  }

  scanClauses(opts, region, slice, base, skip, out);
}

const NO_MENTIONS: FrameworkMentions = { nist: false, aiAct: false, otherLaw: false };

/** An ID of any shape in a cell of IDs: a letter, then letters and digits in up to six dash-separated parts. */
const ANY_ID = /(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,5}(?![\w-])/g;

function scanClauses(opts: ScanOptions, region: Region, slice: string, base: number, skip: (o: number) => boolean, out: Reference[]): void {
  const found = new Set<number>();
  const push = (numText: string, start: number, withTitle = false, leadsLine = false, section = false): void => {
    if (found.has(start) || skip(start)) return;
    found.add(start);
    const end = start + numText.length;
    const title = withTitle ? clauseTitle(opts.text, region, end) : undefined;
    const id = normalizeClause(numText);
    // "**Clause 11.2 - Termination**" heading a contract's own clause: a number ISO/IEC 42001 does not
    // have, leading its line with a title, and no 42001 named before it, is the document's own numbering.
    const own = leadsLine && !region.isCell && title !== undefined && !isKnownClause(id) && !names42001(textBefore(opts.text, region, start) + opts.text.slice(end, lineEndFrom(opts.text, end, Math.min(opts.text.length, end + LOOK_AHEAD))));
    // "contract clause 12.4", "the DPA's § 7.1": a contract's clause, not the standard's.
    // "IMS-POL-001 §5.4": that document's section.
    const before = textBefore(opts.text, region, start);
    const owner = DOCUMENT_SECTION_BEFORE.exec(before)?.[1];
    // "BetrVG § 87(1)", "BDSG (§ 26 ...)": a statute's section, beyond the standard's ten clauses or with a paragraph in brackets.
    const statute = section && ((/^\d+$/.test(numText) && Number(numText) > 10) || opts.text[end] === '(');
    const contract = statute || CONTRACT_CLAUSE_BEFORE.test(before) || (owner !== undefined && /\d/.test(owner) && !names42001(owner));
    out.push({ type: 'clause', id, span: { start, end }, framework: own || contract ? 'other' : (clauseOwner(opts.text, end) ?? clauseFramework(opts, region, start)), ...(title ? { title } : {}) });
  };
  CLAUSE_LEAD_RE.lastIndex = 0;
  for (let m = CLAUSE_LEAD_RE.exec(slice); m; m = CLAUSE_LEAD_RE.exec(slice)) {
    let pos = m.index + m[0].length;
    // A lead word may govern a list: "Clauses 6.1.2, 6.1.3 and 8.2".
    for (let n = 0; n < 20; n++) {
      const num = CLAUSE_NUMBER_RE.exec(slice.slice(pos));
      if (!num) break;
      const sep = CLAUSE_LIST_SEP_RE.exec(slice.slice(pos + num[0].length, pos + num[0].length + 12));
      // Only a clause on its own ("Clause 9.2 Management review"), not one of a list, carries a title.
      const leadsLine = n === 0 && /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?$/.test(textBefore(opts.text, region, base + m.index));
      push(num[1]!, base + pos, n === 0 && !sep, leadsLine, m[0].includes('§'));
      pos += num[0].length;
      if (!sep) break;
      pos += sep[0].length;
    }
    CLAUSE_LEAD_RE.lastIndex = Math.max(CLAUSE_LEAD_RE.lastIndex, pos);
  }
  if (region.field === 'clauses') {
    BARE_CLAUSE_RE.lastIndex = 0;
    for (let m = BARE_CLAUSE_RE.exec(slice); m; m = BARE_CLAUSE_RE.exec(slice)) push(m[1]!, base + m.index);
  }
}

function names42001(s: string): boolean {
  ISO42001_RE.lastIndex = 0;
  return ISO42001_RE.test(s);
}

/**
 * The standard named last in `s`. For control IDs only ISO/IEC 27001/27002
 * compete (no other framework numbers its controls A.x.y, so "EU AI Act
 * Article 9 maps to A.5.2" still cites 42001); clauses are shared by many.
 */
function lastStandard(s: string, forControls: boolean): Framework | undefined {
  let last: { index: number; fw: Framework } | undefined;
  OTHER_STANDARD_RE.lastIndex = 0;
  for (let m = OTHER_STANDARD_RE.exec(s); m; m = OTHER_STANDARD_RE.exec(s)) {
    const is27001 = m[1] === '27001' || m[1] === '27002';
    if (is27001) last = { index: m.index, fw: '27001' };
    // The EU AI Act and the GDPR number articles, paragraphs and points, never clauses: "Article 9(5)
    // ... Clause 6.1.5" still cites the standard's clause.
    else if (!forControls && !ARTICLE_LAW.test(m[0])) last = { index: m.index, fw: 'other' };
  }
  ISO42001_RE.lastIndex = 0;
  for (let m = ISO42001_RE.exec(s); m; m = ISO42001_RE.exec(s)) if (!last || m.index > last.index) last = { index: m.index, fw: '42001' };
  return last?.fw;
}

/** The names in OTHER_STANDARD_RE of laws that number articles, not clauses. */
const ARTICLE_LAW = /^(?:EU AI Act|GDPR|Article|Art\.)$/i;

/** Subjects no ISO/IEC 27001 control has: AI models and their life cycle. */
const AI_SUBJECT = /^[\s*_:)(\u2013\u2014-]*(?:[A-Za-z]+ ){0,2}(?:AI\b|artificial intelligence|models?\b|bias|fairness|training data|deploy|provenance|impact assessment|intended use|decommission)/i;

/** A title right after an ID: words, not a verdict or a note ("A.5.1: applicable"). */
const TITLE_AFTER = /^[ \t*_:\u2013\u2014-]*[A-Z][a-z]+ [a-z]/;

function frameworkFor(opts: ScanOptions, region: Region, offset: number, id: string): Framework {
  return frameworkDecision(opts, region, offset, id).framework;
}

/** The framework of a control ID, and whether only the document's mention of 27001 somewhere decided it (`soft`). */
function frameworkDecision(opts: ScanOptions, region: Region, offset: number, id: string): { framework: Framework; soft?: true } {
  const framework = explicitFramework(opts, region, offset);
  if (framework) return { framework };
  // Not a 42001 ID, but a real 27001:2022 one, in a document that talks about 27001.
  if (!(opts.mentions27001 || opts.frameworks.includes('iso27001')) || getControl(id) || getControlGroup(id) || !isIso27001Control(id)) return { framework: '42001' };
  const after = opts.text.slice(offset + id.length, offset + id.length + 60).split(/[\r\n|]/)[0]!;
  // Our objectives (A.5.1 and the like) share four numbers with 27001's controls: one is theirs
  // when a title follows that names nothing of AI ("A.5.1 Policies for information security";
  // every one of our objectives' groups is titled for AI).
  if (getObjectiveGroup(id)) return TITLE_AFTER.test(after) && !/\bAI\b|artificial intelligence/i.test(after) ? { framework: '27001', soft: true } : { framework: '42001' };
  // "A.6.3 Deployment Controls" in an AI document that also cites 27001: words about AI after
  // the ID make it an (invented) 42001 control, not 27001's A.6.3.
  return AI_SUBJECT.test(after) ? { framework: '42001' } : { framework: '27001', soft: true };
}

function explicitFramework(opts: ScanOptions, region: Region, offset: number): Framework | undefined {
  // The cell's own words first, then its column header ("ISO 27001 control"), then the rest of the row.
  const near = lastStandard(contextBefore(opts.text, region, offset), true) ?? (region.label ? lastStandard(region.label, true) : undefined) ?? (region.rowBefore ? lastStandard(region.rowBefore, true) : undefined);
  if (near) return near;
  if (region.heading) {
    const fromHeading = lastStandard(region.heading, true);
    if (fromHeading) return fromHeading;
  }
  const only27001 = opts.frameworks.includes('iso27001') && !opts.frameworks.includes('iso42001');
  if (only27001) return '27001';
  return undefined;
}

/** "Clause 6.4 of ISO/IEC 23894" or "clause 14.2 of the supplier agreement": the owner named after the number. */
function clauseOwner(text: string, end: number): Framework | undefined {
  const after = text.slice(end, end + 60);
  // "§ 87 Abs. 1 BetrVG": a statute's paragraph, not a clause (the § is within a few characters before).
  if (text.slice(Math.max(0, end - 10), end).includes('§') && STATUTE_AFTER.test(after)) return 'other';
  const m = CLAUSE_OWNER_AFTER.exec(after);
  if (!m) return undefined;
  const owner = m[1]!;
  if (/42001|AIMS|AI management system/i.test(owner)) return '42001';
  // "clause 7.6 of the standard": in an AIMS document the standard is ISO/IEC 42001, unless the context names another.
  if (/^(?:standard|norme|norma|Norm)\b/i.test(owner)) return undefined;
  if (/^(?:ISO|IEC|BS|EN|NIST|SOC|the\b)/i.test(owner) || /^[a-z]/.test(owner) || /\d{4,5}/.test(owner)) return 'other';
  return undefined;
}

/** Whether `s` names a standard or framework other than ISO/IEC 42001 (last named wins). */
export function namesOtherStandard(s: string): boolean {
  const fw = lastStandard(s, false);
  return fw !== undefined && fw !== '42001';
}

function clauseFramework(opts: ScanOptions, region: Region, offset: number): Framework {
  // A column headed "Primary ISO 42001 clauses" says whose clauses it holds, whatever the row's other cells cite.
  return lastStandard(contextBefore(opts.text, region, offset), false) ?? (region.label ? lastStandard(region.label, false) : undefined) ?? (region.rowBefore ? lastStandard(region.rowBefore, false) : undefined) ?? '42001';
}

/** Returns a predicate "is this offset inside an excluded span?" for increasing offsets (binary search). */
/**
 * Bare URLs in a region: a scheme of up to 32 characters, "://" and what follows up to a blank,
 * a quote or a closing bracket. Found from each "://" outwards (a pattern starting at every
 * letter backtracked over a long run of them).
 */
function urlSpans(slice: string, base: number): Span[] {
  const out: Span[] = [];
  for (let at = slice.indexOf('://'); at >= 0; at = slice.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && at - start < 32 && SCHEME_CHAR.test(slice[start - 1]!)) start--;
    if (start === at) continue;
    let end = at + 3;
    while (end < slice.length && !URL_END.test(slice[end]!)) end++;
    out.push({ start: base + start, end: base + end });
    at = end - 3;
  }
  return out;
}

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const URL_END = /[\s<>"'`)\]|]/;

function makeSkipper(excluded: readonly Span[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = excluded.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = excluded[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
