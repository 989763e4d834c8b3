/** The titles written next to control and clause IDs, and whether an ID is the document's own numbering (helpers of scan.ts). */
import type { Reference } from '../model/types.js';
import { getControl, getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';
import { CONTROLS } from '../catalogue/controls.js';
import { CLAUSE_TITLE_RE, CLAUSE_WORD_BEFORE, PROSE_TITLE_RE } from './patterns.js';
import type { Region } from './region.js';
import { isLineBreak, lineEndFrom, lineStartWithin } from '../text/lines.js';

/** Words that make a phrase after an ID the sentence going on, not a title. */
const PROSE_WORD =
  /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|requires?|required|must|shall|should|will|would|can|could|may|might|we|our|you|your|it|its|they|their|this|that|these|those|which|who|where|when|while|if|then|than|also|not|here|there|see|per|i\.e|e\.g|etc|as|at|from|into|applies|covers?|says?|means?|helps?|ensures?|lists|cites|mentions|names|includes|excludes|omits|lacks|misses|contains|shows|states|by|via|covered|addressed|handled|satisfied)$/i;

/** A first word that tells the phrase is an action to take ("Re-decide A.10.3", "Update A.6.2.7" in an action column), not a title. */
const IMPERATIVE_FIRST =
  /^(?:re-?(?:decide|assess|run|validate|test|evaluate|review|visit|check|open|submit|issue|align|classify|rate|score|do)|update|add|remove|delete|fix|decide|implement|extend|align|confirm|complete|perform|introduce|adopt|apply|link|cite|move|close|raise|assign|schedule|create|draft|publish|approve|obtain|collect|run|establish|conduct|ensure|verify|check|revise|amend|replace|merge|deduplicate)$/i;

/** Whether the words after an ID, mid-sentence, can be a title: no verbs or pronouns, no other IDs or standards, not "The ...". */
export function titleLikePhrase(phrase: string): boolean {
  const words = phrase.split(/[ \t]+/);
  if (/^(?:The|A|An|This|These|That|Those|All|Each|Every|Some|No|Any)$/.test(words[0]!)) return false;
  if (IMPERATIVE_FIRST.test(words[0]!.replace(/[*_`'’"]+/g, ''))) return false;
  if (/\d|\bA\.|\b(?:ISO|IEC|NIST|GDPR|EU|SOC|Annex|Clause|Article)\b/.test(phrase)) return false;
  return !words.some((w) => PROSE_WORD.test(w.replace(/[*_`'’"]+/g, '')));
}

const GENERIC_FIRST_WORD = /^(?:template|overview|introduction|summary|guide|guidance|checklist|procedure|register|example|notes?|form|plan|record|log|mapping|see|refer|details|evidence|status|scope|objective|purpose|requirements?|implementation|controls?|clause|annex|section|table)\b/i;

/**
 * The title part of a candidate ("AI policy - establish ..." -> "AI policy"), or undefined when it is prose.
 * A comma makes a phrase after an ID a list or a sentence, but not a cell of a title column
 * ("| Accuracy, reliability and performance | A.4.3 |"): `inTitleColumn` allows it there.
 */
export function cleanTitle(raw: string, inTitleColumn = false): string | undefined {
  let t = raw
    .replace(/[*_`]+/g, '')
    .split(/\s[-\u2013\u2014]\s|:\s|;\s/)[0]!
    .trim();
  t = t.slice(0, trailingRunStart(t, '.,'));
  if (t.length < 3 || (!inTitleColumn && /,/.test(t)) || GENERIC_FIRST_WORD.test(t)) return undefined;
  // Markup, not words: the rest of a JSX or HTML tag (`<TabItem label="A.2 – A.5" default>`).
  if (/[<>{}]|="/.test(t)) return undefined;
  // Longer than the longest control title (A.5.4's ten words) and then some: a sentence, not a title.
  if (t.split(/\s+/).length > 11) return undefined;
  return t;
}

/** Where the trailing run of `chars` in `s` starts (s.length if none): /[.,]+$/ without its quadratic retries. */
function trailingRunStart(s: string, chars: string): number {
  let i = s.length;
  while (i > 0 && chars.includes(s[i - 1]!)) i--;
  return i;
}

/**
 * A document's own numbering that looks like a control: "### A.9.2.1 Purpose" in a policy whose
 * sections follow the controls (A.9.2 is a control; A.9.2.1 is the policy's first subsection), and
 * "Clause A.1.1" in a contract's own clauses. Real IDs are never own numbering.
 */
export function ownNumbering(text: string, start: number, id: string): boolean {
  if (getControl(id) || getControlGroup(id) || getObjectiveGroup(id)) return false;
  if (CLAUSE_WORD_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return true;
  const parts = id.split('.');
  if (parts.length < 4 || !getControl(parts.slice(0, -1).join('.'))) return false;
  const window = text.slice(Math.max(0, start - 20), start);
  const before = window.slice(Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1);
  return /^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?$/.test(before);
}

/**
 * How far around an ID its context is looked for. A title, list marker or
 * "and"/"or" written next to an ID is within a few dozen characters of it;
 * bounding the windows keeps a 5 MB line citing a control every 40 characters
 * linear (scanning to the line's ends for each ID made it quadratic).
 */
export const LOOK_BEHIND = 100;
export const LOOK_AHEAD = 200;

/** The title written after a clause number ("Clause 9.2 Management review"), within its line or cell. */
export function clauseTitle(text: string, region: Region, end: number): Reference['title'] {
  const limit = Math.min(region.isCell ? region.span.end : text.length, end + LOOK_AHEAD);
  const rest = text.slice(end, lineEndFrom(text, end, limit));
  const m = CLAUSE_TITLE_RE.exec(rest);
  if (!m || (m.index + m[0].length >= rest.length - 1 && rest.length === LOOK_AHEAD)) return undefined;
  const t = m[1]!.trim();
  if (t.split(/\s+/).length > 8) return undefined;
  const start = end + m[0].indexOf(m[1]!);
  return { text: t, span: { start, end: start + t.length } };
}

/**
 * A title written right after a control ID: "A.7.4 (Human oversight)",
 * "A.7.4 - Human oversight", "A.7.4: Human oversight", or the rest of a heading
 * line / list item / cell when the ID starts it; else the row's title cell.
 * Deliberately cautious: an ID inside a list of IDs, a lower-case aside, a
 * generic word ("Template") or a long phrase is prose, not a title.
 */
export function attachedTitle(text: string, region: Region, idEnd: number, id: string): Reference['title'] {
  if (!getControl(id) && !getControlGroup(id)) return undefined;
  const idStart = idEnd - id.length;
  // Bounded windows around the ID (see LOOK_BEHIND): `clipped*` says the line goes on past them.
  const limit = Math.min(region.isCell ? region.span.end : text.length, idEnd + LOOK_AHEAD);
  const lineEnd = lineEndFrom(text, idEnd, limit);
  const clippedAfter = lineEnd === limit && limit < (region.isCell ? region.span.end : text.length) && !isLineBreak(text.charCodeAt(limit));
  const rest = text.slice(idEnd, lineEnd);
  const floor = Math.max(region.isCell ? region.span.start : 0, idStart - LOOK_BEHIND);
  const lineStart = lineStartWithin(text, idStart, floor);
  const clippedBefore = lineStart === floor && floor > (region.isCell ? region.span.start : 0) && !isLineBreak(text.charCodeAt(floor - 1));
  const before = text.slice(lineStart, idStart);
  // An ID in a list of IDs ("A.5.2, A.5.3", "Clause 5.2 / Annex A.7"): a title after the list belongs to all of them.
  if (/(?:A\.\d[\d.]*|[Cc]lauses?\s+\d[\d.]*)\s*(?:[/,&]|and|or)\s*(?:Annex\s+)?$/.test(before) || /^\s*(?:[/,&]|and\b|or\b)/.test(rest)) return undefined;
  const startsLine = !clippedBefore && /^\s*(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)?(?:\*\*|__)?(?:Annex\s+)?(?:Control\s+)?$/.test(before);
  let m = /^\s*\(([A-Z][^()\n]{2,80})\)/.exec(rest);
  // "control A.5.3 (AI system impact\nassessment process)": a paragraph wraps inside the parentheses.
  if (!m && !region.isCell && !clippedAfter) {
    const wrapped = wrappedParenthesis(text, rest, idEnd, lineEnd, region.span.end);
    if (wrapped) return wrapped;
  }
  if (!m) m = /^\s*(?:(?:\*\*|__)\s*)?[:\-\u2013\u2014]\s+([A-Z][^|\n]{2,80}?)(?:\s*(?:\*\*|__))?\s*(?=$|[|:;.,(]|\s[-\u2013\u2014]\s)/.exec(rest);
  if (!m && startsLine) m = /^\s*(?:(?:\*\*|__)\s*)?\s([A-Z][^|\n:;.(]{2,80}?)(?:\s*(?:\*\*|__))?\s*(?=$|[|:;.(]|\s[-\u2013\u2014]\s)/.exec(rest);
  // Mid-sentence, a capitalised phrase right after the ID is a title too ("under A.6.2.6 Data
  // logging, with ..."), unless its words read as the sentence going on ("A.6.2.6 Monitoring is ...").
  let inProse = false;
  // "Under A.5.4 Assessing societal impacts of AI systems we assessed ...": a control's whole
  // title, word for word, is a title wherever the sentence goes on.
  if (!m && !startsLine) {
    const exact = controlTitleAtStart(rest);
    if (exact) {
      const start = idEnd + exact.at;
      return { text: rest.slice(exact.at, exact.at + exact.length), span: { start, end: start + exact.length } };
    }
  }
  if (!m && !startsLine) {
    m = PROSE_TITLE_RE.exec(rest);
    if (m && !titleLikePhrase(m[1]!)) m = null;
    inProse = m !== null;
  }
  // In a clipped window "$" (the window's end) is not the line's end, and the look-ahead may lack its three characters.
  if (m && clippedAfter && m.index + m[0].length > rest.length - 3) m = null;
  if (m) {
    const t = cleanTitle(m[1]!);
    const start = idEnd + m[0].indexOf(m[1]!);
    // "A.2 – A.4" (a range, as a tab's or heading's label): another ID is the range's end, no title.
    if (t && ANOTHER_ID.test(t)) return undefined;
    if (t) return { text: t, span: { start, end: start + t.length }, ...(inProse ? { inProse: true as const } : {}) };
    return undefined;
  }
  if (region.rowTitle) {
    const t = cleanTitle(region.rowTitle.text, true);
    if (t && !/A\.\d/.test(t)) {
      // The cell may wrap the title in emphasis ("**Human oversight**"): find where the title itself starts.
      const cell = text.slice(region.rowTitle.span.start, region.rowTitle.span.end).indexOf(t);
      const start = region.rowTitle.span.start + Math.max(0, cell);
      return { text: t, span: { start, end: start + t.length } };
    }
  }
  return undefined;
}

/** A would-be title that starts with an Annex A or B ID. */
const ANOTHER_ID = /^(?:Annex\s+)?[AB]\.\d/;

/** Lower-cased titles of the Annex A controls, longest first (a title may begin another's words). */
const CONTROL_TITLES = CONTROLS.map((c) => c.title.toLowerCase()).sort((a, b) => b.length - a.length);

/** A control's whole title after the ID's one blank, and where it starts in `rest`. */
function controlTitleAtStart(rest: string): { at: number; length: number } | undefined {
  if (rest.charCodeAt(0) !== 32 || !/[A-Z]/.test(rest[1] ?? '')) return undefined;
  const lower = rest.toLowerCase();
  for (const t of CONTROL_TITLES)
    if (lower.startsWith(t, 1) && !/[\p{L}\p{N}]/u.test(rest[1 + t.length] ?? '')) return { at: 1, length: t.length };
  return undefined;
}

/**
 * A parenthesised title a soft line break splits: "(AI system impact" at the end of the ID's
 * line, "assessment process)" at the start of the next (after its indentation or quote
 * markers). Read as one title, words joined by a space; its span runs across the break.
 */
function wrappedParenthesis(text: string, rest: string, idEnd: number, lineEnd: number, limit: number): Reference['title'] {
  const open = /^\s*\(([A-Z][^()]{1,79})$/.exec(rest);
  if (!open) return undefined;
  let next = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  while (next < limit && (text[next] === ' ' || text[next] === '\t' || text[next] === '>')) next++;
  const tail = /^([^()\r\n]{1,80})\)/.exec(text.slice(next, Math.min(limit, next + 82)));
  if (!tail || tail[1]!.trim() === '') return undefined;
  const first = open[1]!.trimEnd();
  const t = cleanTitle(`${first} ${tail[1]!.trim()}`);
  if (!t) return undefined;
  const start = idEnd + open[0].length - open[1]!.length;
  // The title may end on either line (cleanTitle can cut it short).
  const end = t.length <= first.length ? start + t.length : next + (t.length - first.length - 1);
  return { text: t, span: { start, end } };
}
