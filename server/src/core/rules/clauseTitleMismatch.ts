/**
 * A clause number paired with another clause's title: "Clause 9.2 Management review",
 * "10.1 Nonconformity and corrective action" (10.2 in ISO/IEC 42001; 10.1 is continual
 * improvement). Only a title that is exactly another clause's is reported, so paraphrases
 * and a document's own section names stay quiet.
 */
import type { Report, Rule } from './types.js';
import { judgeByChunk } from './chunkReports.js';
import type { Span } from '../text/types.js';
import { CLAUSES } from '../catalogue/clauses.js';
import { getClause, titleTokens } from '../catalogue/lookup.js';
import { namesOtherStandard } from '../refs/scan.js';
import type { ClauseInfo } from '../catalogue/types.js';
import { lineStartNear } from './util.js';
import { standardNumberedHeadings } from './clauseNumbering.js';
import { CLAUSE_CELL, tablesWithClauseCells } from './clauseCells.js';
import { StringMemo } from '../text/chunkMemo.js';
import type { Reference } from '../model/types.js';

const normalized = (s: string) => s.toLowerCase().replace(/organis/g, 'organiz').replace(/programme/g, 'program').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * norm() of titles and of the words after references, kept: on every edit the same few hundred
 * strings come back (four replacements each, 8% of a 1 MB policy's edit).
 */
const normed = new StringMemo(normalized, 120);
const norm = (s: string): string => normed.get(s);

/** Clauses by normalised title; "General" (6.1.1, 7.5.1, ...) names no clause on its own. */
const byTitle = new Map<string, ClauseInfo[]>();
for (const c of CLAUSES) {
  const t = norm(c.title);
  if (t === 'general') continue;
  byTitle.set(t, [...(byTitle.get(t) ?? []), c]);
}

/** The titles of two words or more, in byTitle's order: asked after every clause number followed by words. */
const SEVERAL_WORD_TITLES = [...byTitle.keys()].filter((t) => t.split(' ').length >= 2);

/**
 * "Continual Improvement (10.2)": a capitalised phrase of up to six words, then a bare number in
 * brackets. Found from the brackets back (bracketedNumbers): a pattern starting at every
 * capital letter of a 1 MB text cost more than the rest of the rule.
 */
const BRACKET_NUMBER = /\((\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\)/g;
// Bounded words from word starts only, so a long run of letters is tried once, not from each of them.
const PHRASE_BEFORE = /(?<!\w)([A-Z][A-Za-z]{0,30}(?:[ ][A-Za-z]{1,30}){0,5})[ ]$/;
/** The longest the phrase and its space can be (1 + 30 + 5 x 31 + 1), and some. */
const PHRASE_REACH = 200;

/** Each "Phrase (1.2)" of the text, as `BRACKETED_NUMBER.exec` would give it: index, [0] whole, [1] phrase, [2] number. */
export function* bracketedNumbers(text: string): Generator<{ index: number; 0: string; 1: string; 2: string }> {
  // A regex of its own: a generator keeps its position across yields.
  const brackets = new RegExp(BRACKET_NUMBER);
  for (let b = brackets.exec(text); b; b = brackets.exec(text)) {
    if (text.charCodeAt(b.index - 1) !== 32) continue;
    const from = Math.max(0, b.index - PHRASE_REACH);
    const p = PHRASE_BEFORE.exec(text.slice(from, b.index));
    if (!p) continue;
    const index = from + p.index;
    yield { index, 0: text.slice(index, b.index + b[0].length), 1: p[1]!, 2: b[1]! };
  }
}


/** A heading line that may start with a bare number (BARE_NUMBER_TITLE's start), read in place. */
// One blank run per gap: two adjacent ones would retry every split of a long run of spaces.
const NUMBERED_HEADING = /[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?\d/y;

/** Columns that name a row: its title, process, area, record type ... */
const NAME_HEADER = /\b(?:title|name|area|process|record(?: type)?|document|activity|topic|subject)\b/i;

/** "10.1 Nonconformity and corrective action" at the start of a heading or a cell. */
const BARE_NUMBER_TITLE = /^[ \t]*(?:\*\*|__)?(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\*\*|__)?[ \t]*(?:[-\u2013\u2014:][ \t]*)?(?:\*\*|__)?([A-Z][^|\n\r:;.,()*_]{2,80}?)(?:\*\*|__)?[ \t]*$/;

export const clauseTitleMismatch: Rule = {
  code: 'clause-title-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary: "A clause number written with another clause's title (ISO/IEC 42001 numbers nonconformity as 10.2 and continual improvement as 10.1).",
    example: '## 10.1 Nonconformity and corrective action',
    fix: 'Correct the number or the title: the hover of a clause reference shows its title.',
  },
  check(ctx) {
    const { doc } = ctx;
    const seen = new Set<number>();
    const { report, reportUnrelated } = reporters(doc.uri, seen, ctx.report);
    // The titles after references read nothing beyond a reference's own line: judged once per
    // chunk (rules/chunkReports.ts), the answers kept while the chunk is the same. Two passes,
    // in the order of a reading of all references: the second drops what the first reported,
    // as the judging did (`seen`), and so does all that follows.
    const emit = (r: Report) => {
      if (seen.has(r.span.start)) return;
      seen.add(r.span.start);
      ctx.report(r);
    };
    judgeByChunk(doc, 'clause-titles-attached', (refs, out) => titlesAttached(doc.text, refs, reporters(doc.uri, new Set(), out)), emit);
    judgeByChunk(doc, 'clause-titles-going-on', (refs, out) => titlesGoingOn(doc.text, refs, reporters(doc.uri, new Set(), out)), emit);
    const refs = doc.references;
    // "AI System Impact Assessment (Clause 8.2)": the title before the reference, in brackets.
    for (let ri = 0; ri < refs.length; ri++) {
      const r = refs[ri]!;
      if (r.type !== 'clause' || r.framework !== '42001' || r.title || r.fromRange) continue;
      const before = titleBefore(doc.text, r.span.start);
      if (!before || namesOtherStandard(doc.text.slice(Math.max(0, before.start - 200), r.span.end))) continue;
      // "Date of the most recent AI System Impact Assessment (Clause 8.2)": the title is the
      // longest tail of the phrase, from a capitalised word, that names a clause.
      const own = getClause(r.id);
      // "Annual management review of the AI management system (Clause 9.3)" names its own clause.
      if (!own || norm(before.text).includes(norm(own.title))) continue;
      for (const m of before.text.matchAll(/(?:^|\s)(?=[A-Z])/g)) {
        const at = m.index + m[0].length;
        const tail = before.text.slice(at);
        // In running text only a title in title case is taken for one.
        if (tail.split(/\s+/).length < 2 || !titleCase(tail) || otherClausesNamed(tail, own).length === 0) continue;
        report(r.id, tail, { start: before.start + at, end: before.end }, r.span, false);
        break;
      }
    }
    // "Corrective Action (10.1)": a bare number in brackets after a title, read as a clause only
    // when the title is another clause's of the same chapter.
    const excluded = doc.excluded;
    const scanText = doc.text.length > 2_000_000 ? doc.text.slice(0, 2_000_000) : doc.text;
    for (const m of bracketedNumbers(scanText)) {
      const id = normalize(m[2]!);
      const own = getClause(id);
      if (!own) continue;
      const numAt = m.index + m[0].lastIndexOf(m[2]!);
      if (excluded.some((e) => e.start <= numAt && numAt < e.end)) continue;
      const phrase = m[1]!;
      const lineStart = lineStartNear(doc.text, m.index, 200);
      if (namesOtherStandard(doc.text.slice(lineStart, numAt))) continue;
      for (const w of phrase.matchAll(/(?:^|\s)(?=[A-Z])/g)) {
        const tail = phrase.slice(w.index + w[0].length);
        if (tail.split(/\s+/).length < 2 || !titleCase(tail)) continue;
        const others = otherClausesNamed(tail, own).filter((c) => c.id.split('.')[0] === id.split('.')[0]);
        if (others.length === 0) continue;
        const at = m.index + (m[0].length - m[0].trimStart().length) + phrase.length - tail.length;
        report(id, tail, { start: at, end: at + tail.length }, { start: numAt, end: numAt + m[2]!.length }, true);
        break;
      }
    }
    // "## 10.1 Nonconformity and corrective action", "| 10.1 | Nonconformity ... |": a bare number is a clause
    // only where the title says so, and only for a title of the same chapter (own numbering rarely collides there).
    const clauseStarts = new Set(doc.references.filter((r) => r.type === 'clause' && r.title).map((r) => r.span.start));
    for (const s of doc.sections) {
      // Most headings hold no number: tell so where the heading is, before copying its line.
      NUMBERED_HEADING.lastIndex = s.headingSpan.start;
      if (!NUMBERED_HEADING.test(doc.text)) continue;
      const line = doc.text.slice(s.headingSpan.start, s.headingSpan.end).replace(/^[ \t]*#{1,6}/, (h) => ' '.repeat(h.length));
      const m = BARE_NUMBER_TITLE.exec(line);
      if (!m || namesOtherStandard(line)) continue;
      const numAt = s.headingSpan.start + line.indexOf(m[1]!);
      if (clauseStarts.has(numAt)) continue;
      const titleAt = s.headingSpan.start + m.index + m[0].lastIndexOf(m[2]!.trim());
      report(normalize(m[1]!), m[2]!.trim(), { start: titleAt, end: titleAt + m[2]!.trim().length }, { start: numAt, end: numAt + m[1]!.length }, true);
    }
    // In a document numbered like the standard, a heading whose title has nothing of its clause's.
    for (const h of standardNumberedHeadings(doc)) {
      const own = getClause(h.id);
      if (!h.matches && own) reportUnrelated(h.id, own, h.title, h.titleSpan, h.numberSpan);
    }
    const numbered = tablesWithClauseCells(doc);
    for (let ti = 0; ti < doc.tables.length; ti++) {
      const t = doc.tables[ti]!;
      // Most tables have no cell that is a clause number: look for one before building the context.
      if (!numbered[ti]) continue;
      const context = t.header.map((h) => h.text).join(' | ') + ' ' + t.sectionTitle;
      if (namesOtherStandard(context)) continue;
      for (const row of t.rows)
        row.forEach((cell, i) => {
          const num = CLAUSE_CELL.exec(cell.text);
          if (!num || namesOtherStandard(row.map((c) => c.text).join(' | '))) return;
          const numAt = cell.span.start + cell.text.indexOf(num[1]!);
          if (clauseStarts.has(numAt)) return;
          // The title in the cell after the number ("| 10.1 | Nonconformity ... |"), or before it in a
          // column headed as the clause ("| Corrective Action | 10.1 |" under "Clause").
          // The title in the cell after the number ("| 10.1 | Nonconformity ... |"), or, in a column
          // headed as the clause, the row's name ("| AI Impact Assessment | ... | 8.2 |").
          const header = t.header[i]?.text ?? '';
          const named = /clause/i.test(header) ? t.header.findIndex((h, k) => k !== i && NAME_HEADER.test(h.text)) : -1;
          const neighbours = [row[i + 1], ...(/clause/i.test(header) ? [row[i - 1], named >= 0 ? row[named] : undefined] : [])];
          for (const next of new Set(neighbours)) {
            if (!next) continue;
            // "Operations — AI Impact Assessments": the area before the dash is a heading, the rest the title.
            const full = next.text.replace(/[*_`]/g, '').trim();
            const title = full.split(/\s[\u2014\u2013-]\s/).pop()!.trim();
            const at = next.span.start + Math.max(0, next.text.lastIndexOf(title));
            report(normalize(num[1]!), title, { start: at, end: at + title.length }, { start: numAt, end: numAt + num[1]!.length }, true);
            // Under a "Clause" column, an audit area or topic is meant as that clause's subject
            // (a document, record or process named there is only filed under it).
            const own = getClause(normalize(num[1]!));
            if (own && named >= 0 && next === row[named] && AREA_HEADER.test(t.header[named]!.text) && /[a-z]/.test(title) && !DOCUMENT_NOUN.test(title)) reportUnrelated(own.id, own, title, { start: at, end: at + title.length }, { start: numAt, end: numAt + num[1]!.length });
          }
        });
    }
  },
};

type Emit = (r: Report) => void;

/** The two ways the rule reports, each at most once per span (`seen`). */
function reporters(uri: string, seen: Set<number>, emit: Emit) {
  const report = (id: string, title: string, span: Span, numberSpan: Span, sameChapterOnly: boolean) => {
    const own = getClause(id);
    if (!own || seen.has(span.start)) return;
    const written = norm(title);
    if (written === norm(own.title)) return;
    const others = otherClausesNamed(title, own).filter((c) => !sameChapterOnly || c.id.split('.')[0] === id.split('.')[0]);
    if (others.length === 0) return;
    seen.add(span.start);
    const named = others.map((c) => c.id).join(' and ');
    emit({
      span,
      message: others.some((c) => norm(c.title) === written)
        ? `"${title}" is the title of clause ${named}, not of clause ${id} (${own.title}).`
        : `"${title}" names clause ${named} (${others[0]!.title}), not clause ${id} (${own.title}).`,
      data: { id, title: own.title, other: others[0]!.id },
      related: [{ uri, span: numberSpan, message: `clause ${id} is written here` }],
    });
  };
  /** A title that names no clause and shares no word with its own clause's title: a notice, as a title may be a topic. */
  const reportUnrelated = (id: string, own: ClauseInfo, title: string, span: Span, numberSpan: Span) => {
    if (seen.has(span.start) || otherClausesNamed(title, own).length > 0 || sharesWord(title, own.title)) return;
    // One word ("Systems", "Support" beside 7.2) is a section of a site or a manual the row is
    // filed in, not a subject: the notice is for an area described ("Supplier onboarding").
    if (!/\S\s+\S/.test(title)) return;
    seen.add(span.start);
    emit({
      span,
      message: `"${title}" is not about clause ${id} (${own.title}).`,
      data: { id, title: own.title },
      related: [{ uri, span: numberSpan, message: `clause ${id} is written here` }],
      atMost: 'information',
    });
  };
  return { report, reportUnrelated };
}

/** " (Nonconformity and corrective action)" right after a clause number: [1] up to the title, [2] the title. */
const BRACKETED_TITLE = /^([ \t]+\([ \t]*)([A-Za-z][A-Za-z ,'-]{1,78}[A-Za-z])[ \t]*\)/;

/** Titles the scanner attached to clause references, in the references' lines. */
function titlesAttached(text: string, refs: readonly Reference[], { report, reportUnrelated }: ReturnType<typeof reporters>): void {
  // "Clause 9.2 Management review": the scanner attached the title to the reference.
  // Indexed loops over the references: for-of allocates an iterator result per element in
  // code V8 has not optimised, and this runs over every reference of an edited chunk.
  for (let ri = 0; ri < refs.length; ri++) {
    const r = refs[ri]!;
    if (r.type !== 'clause' || r.framework !== '42001' || !r.title) continue;
    report(r.id, r.title.text, r.title.span, r.span, false);
    // "- ISO/IEC 42001:2023 Clause 8.4 — Externally provided processes ...": a list of the standard's
    // clauses quotes their titles; elsewhere a dash often leads to a subtitle ("Clause 4.1 — Template").
    const own = getClause(r.id);
    const line = text.slice(lineStartNear(text, r.span.start, 200), r.title.span.end);
    if (own && QUOTED_CLAUSE_LINE.test(line)) reportUnrelated(r.id, own, r.title.text, r.title.span, r.span);
  }
}

/**
 * "Clause 10.1 nonconformity and corrective action documentation": another clause's exact title,
 * in lower case, going on the sentence; "clause 10.1 (Nonconformity and corrective action)":
 * exactly another clause's title, in brackets after the number.
 */
function titlesGoingOn(text: string, refs: readonly Reference[], { report }: ReturnType<typeof reporters>): void {
  for (let ri = 0; ri < refs.length; ri++) {
    const r = refs[ri]!;
    if (r.type !== 'clause' || r.framework !== '42001' || r.title || r.fromRange) continue;
    // What follows must start with a blank (`lead` below): most references are followed by punctuation.
    const next = text.charCodeAt(r.span.end);
    if (next !== 32 && next !== 9) continue;
    const after = text.slice(r.span.end, r.span.end + 100);
    const bracketed = BRACKETED_TITLE.exec(after);
    // Only a whole title in the brackets: "(see the nonconformity log)" or "(corrective action)" is a note, not a title.
    if (bracketed && byTitle.has(norm(bracketed[2]!))) {
      const at = r.span.end + bracketed[1]!.length;
      report(r.id, bracketed[2]!, { start: at, end: at + bracketed[2]!.length }, r.span, false);
      continue;
    }
    const lead = /^[ \t]+(?=[a-z])/.exec(after);
    if (!lead) continue;
    const words = norm(UP_TO_PUNCTUATION.exec(after.slice(lead[0].length))![0]);
    for (const t of SEVERAL_WORD_TITLES) {
      if (!words.startsWith(t) || (words.length > t.length && words.charCodeAt(t.length) !== 32)) continue;
      const at = r.span.end + lead[0].length;
      report(r.id, after.slice(lead[0].length, lead[0].length + t.length), { start: at, end: at + t.length }, r.span, false);
      break;
    }
  }
}

/**
 * Clauses a written title names other than `own`: the exact title of another clause, or the
 * meaningful words of one ("AI Impact Assessment" names 8.4 "AI system impact assessment";
 * "Corrective Action" names 10.2) when none of them is in the own clause's title.
 */
function otherClausesNamed(title: string, own: ClauseInfo): readonly ClauseInfo[] {
  // Asked for the same titles on every edit; each answer tokenises every clause's title.
  let memo = namedMemo.get(own);
  if (!memo) namedMemo.set(own, (memo = new StringMemo((t) => clausesNamed(t, own), 120)));
  return memo.get(title);
}

const namedMemo = new Map<ClauseInfo, StringMemo<readonly ClauseInfo[]>>();

function clausesNamed(title: string, own: ClauseInfo): readonly ClauseInfo[] {
  // A sub-clause's title under its parent's number ("9.3 Management review results") is no mistake.
  const related = (c: ClauseInfo) => c.id === own.id || c.id.startsWith(own.id + '.') || own.id.startsWith(c.id + '.');
  const exactAll = byTitle.get(norm(title)) ?? [];
  // "AI risk assessment" is 6.1.2 and 8.2: under 6.1 it names its own sub-clause.
  if (exactAll.some(related)) return [];
  if (exactAll.length > 0) return [...exactAll];
  // Document nouns say what holds the content, not which clause it is ("... Register", "... Template").
  const w = titleTokens(title.replace(/\bai\b|\b(?:register|log|template|report|records?|plan|procedure|form|document|documentation)s?\b/gi, ' '));
  if (w.size < 2) return [];
  const ownWords = titleTokens(own.title);
  if ([...w].every((t) => ownWords.has(t))) return [];
  const named = CLAUSES.filter((c) => norm(c.title) !== 'general' && [...w].every((t) => titleTokens(c.title).has(t)));
  return named.some(related) ? [] : named;
}

/** The words up to the first line end or punctuation (always matches). */
const UP_TO_PUNCTUATION = /^[^\r\n.;:,()|]*/;

/** "- ISO/IEC 42001:2023 Clause 8.4 — Title": a list item quoting a clause of the standard with its title. */
const QUOTED_CLAUSE_LINE = /^[ \t]*[-*+][ \t]+(?:\*\*|__)?ISO\/IEC[ \t]?42001(?::20\d\d)?[ \t]+(?:Clause[ \t]+)?\d{1,2}(?:\.\d{1,2}){0,3}[ \t]*[\u2013\u2014-][ \t]*\S/i;

/** Columns naming what an audit or review covers. */
const AREA_HEADER = /\b(?:area|scope|topic|subject)s?\b/i;

/** A document, record or process filed under a clause, not the clause's subject. */
const DOCUMENT_NOUN = /\b(?:templates?|registers?|procedures?|plans?|logs?|checklists?|cards?|matri(?:x|ces)|schedules?|records?|lists?|reports?|statements?|policy|policies|forms?)\b|\.md\b|\//i;

/** Whether two titles share a meaningful word ("Operations - AI Lifecycle" and "AI risk treatment" do not). */
function sharesWord(a: string, b: string): boolean {
  const generic = new Set(['operation', 'operational', 'management', 'process', 'requirement', 'general']);
  const w = titleTokens(a);
  const own = [...titleTokens(b)];
  const meaningful = own.filter((t) => !generic.has(t));
  return (meaningful.length > 0 ? meaningful : own).some((t) => w.has(t));
}

const OPENS_BRACKET = /\((?:clause[ \t]+|cl\.[ \t]*|§[ \t]*)?$/i;

/** The title written just before a bracketed clause reference: "AI System Impact Assessment (Clause 8.2)". */
function titleBefore(text: string, refStart: number): (Span & { readonly text: string }) | undefined {
  const lineStart = lineStartNear(text, refStart, 120);
  const head = text.slice(lineStart, refStart);
  // Most references are not in brackets: check the bracket first (the title pattern tries every
  // start in the line, which for thousands of references adds up).
  if (!OPENS_BRACKET.test(head)) return undefined;
  const m = /([A-Z][A-Za-z][A-Za-z \t/&-]{2,60}?)[ \t]*\((?:clause[ \t]+|cl\.[ \t]*|§[ \t]*)?$/i.exec(head);
  if (!m) return undefined;
  const start = lineStart + m.index;
  return { start, end: start + m[1]!.trimEnd().length, text: m[1]!.trimEnd() };
}

const SMALL = new Set(['a', 'an', 'and', 'of', 'the', 'for', 'to', 'in', 'on', 'with', 'by', 'or']);

function titleCase(s: string): boolean {
  return s.split(/\s+/).every((w) => SMALL.has(w.toLowerCase()) || /^[^a-z]/.test(w));
}

function normalize(s: string): string {
  return s
    .split('.')
    .map((p) => String(Number(p)))
    .join('.');
}
