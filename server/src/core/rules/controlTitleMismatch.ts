import type { DocumentRuleContext, Rule } from './types.js';
import { judgeByChunk } from './chunkReports.js';
import type { Reference } from '../model/types.js';
import { getControl, judgeTitle, titleTokens } from '../catalogue/lookup.js';
import { titleLikePhrase } from '../refs/titles.js';
import { lineStartNear, referencesIn } from './util.js';
import { judgeDescription, judgeGroupTitle } from '../catalogue/describes.js';
import { getControlGroup } from '../catalogue/lookup.js';
import { maxOf } from '../util/arrays.js';
import { documentLanguage } from './sectionContent.js';
import { isFrameworkReference } from '../refs/frameworkRefs.js';

export const controlTitleMismatch: Rule = {
  code: 'control-title-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary:
      'A real control ID written next to a title that is not its title: another control\'s title or subject, or an invented one (a warning); a paraphrase that keeps some of the real title\'s words is a notice.',
    example: 'A.7.4 Human oversight',
    fix: 'Use the control\'s real title (A.7.4 is "Quality of data for AI systems"), or the ID of the control you meant.',
  },
  check(ctx) {
    // A description is judged by the English words of the controls' subjects: in a document in
    // another language ("Supervisão humana (A.9.2)", "Menschliche Aufsicht (A.9.2)") their absence
    // says nothing, so only a description naming another control's subject is reported there.
    const english = documentLanguage(ctx.doc) === 'en';
    checkDescriptions(ctx, english);
    // "**A.1 — Identification:** ..." in a contract: the document numbers its own sections A.1, A.2 ... (Annex A has no A.1).
    const groups = ctx.doc.references.filter((r) => r.type === 'control-group' && r.framework === '42001' && r.title && !r.title.inProse);
    if (groups.length > 0 && !labelsOwnA1(ctx.doc.text)) for (const r of groups) checkGroupTitle(ctx, r);
    // Each control citation is judged by its own title or the words before it on its line: its
    // chunk's text alone, so the judgements are kept per chunk.
    // The language is part of what a chunk's judgement depends on: kept apart per language.
    judgeByChunk(ctx.doc, english ? 'control-title-mismatch' : 'control-title-mismatch/not-english', (chunkRefs, report) => {
      const chunkCtx = { ...ctx, report };
      for (const r of chunkRefs) if (r.type === 'control' && r.framework === '42001') judgeControl(chunkCtx, r, english);
    }, ctx.report);
  },
};

function judgeControl(ctx: DocumentRuleContext, r: Reference, english: boolean): void {
  if (!r.title) {
    checkTitleBefore(ctx, r, english);
    return;
  }
  const c = getControl(r.id);
  if (!c) return;
  // "A.6.2.8 (F-03)": an identifier beside the ID (an audit finding's, an action's) is no title.
  if (IDENTIFIER.test(r.title.text.trim())) return;
  const verdict = judgeTitle(r.title.text, r.id);
  if (verdict.kind === 'match') return;
  // In a document in another language a title that is no other control's is most likely the
  // real one translated ("Risorse umane" beside A.4.6), and subject words read in its words are
  // guesses ("Testes de viés" is not "testing"): only another control's English title, written
  // as it is, is a finding.
  if (!english && !(verdict.kind === 'other' && verdict.exact)) return;
  // Words continuing a sentence are a title only less certainly: there, only a title that
  // is clearly another control's, or written in title case, is worth a finding.
  if (r.title.inProse && verdict.kind !== 'other' && !(verdict.kind === 'wrong' && titleCased(r.title.text))) return;
  const written = r.title.text;
  const message =
    verdict.kind === 'other'
      ? verdict.exact
        ? `"${written}" is the title of ${verdict.other.id} (${verdict.other.title}), not of ${r.id}; the title of ${r.id} is "${c.title}".`
        : `"${written}" names the subject of ${verdict.other.id} (${verdict.other.title}), not of ${r.id}; the title of ${r.id} is "${c.title}".`
      : verdict.kind === 'paraphrase'
        ? `"${written}" paraphrases the title of ${r.id}; its title is "${c.title}".`
        : `"${written}" is not the title of ${r.id}; its title is "${c.title}".`;
  ctx.report({
    span: r.title.span,
    message,
    data: { id: r.id, title: c.title, written, ...(verdict.kind === 'other' ? { other: verdict.other.id } : {}) },
    related: [{ uri: ctx.doc.uri, span: r.span, message: `${r.id} is cited here` }],
    ...(verdict.kind === 'paraphrase' || (verdict.kind === 'other' && verdict.tie) ? { atMost: 'information' as const } : {}),
  });
}

/** A phrase naming a document the organisation keeps ("the Acceptable Use of AI Tools standard"), not a control's subject. */
const NAMES_A_DOCUMENT = /(?<![\p{L}])(?:standard|policy|procedure|guideline|guidance|framework|plan|register|checklist|template|manual|handbook|playbook|rules|charter)$/iu;

/** A token that is an identifier, not words: "F-03", "TA-13", "NC_2026.4". */
const IDENTIFIER = /^[A-Za-z]{1,8}[-_.]?\d[\w.-]*$/;

/**
 * A title written before the ID: "Data provenance documented (A.7.3)" in a checklist,
 * "| Testing A.6.2.5 |" in a cell. Such a phrase is often a description rather than a title,
 * so only one that names another control's subject is reported.
 */
function checkTitleBefore(ctx: DocumentRuleContext, r: Reference, english: boolean): void {
  const c = getControl(r.id);
  if (!c || r.fromRange) return;
  const text = ctx.doc.text;
  const lineStart = lineStartNear(text, r.span.start, 160);
  const before = text.slice(lineStart, r.span.start);
  const after = text.slice(r.span.end, r.span.end + 3);
  let phrase: string;
  // "... testing phase (A.6.2.6, A.6.2.8)": the phrase before the bracket is said of every ID in it.
  const bracket = /\((?:annex[ \t]+a[ \t]*|controls?[ \t]+)?(?:A\.\d{1,2}(?:\.\d{1,2}){1,2}[ \t]*(?:,|&|\/|and)[ \t]*)*$/i.exec(before);
  const listed = bracket ? [...bracket[0].matchAll(/A\.\d{1,2}(?:\.\d{1,2}){1,2}/g)].map((m) => m[0]) : [];
  const inCell = !bracket && /\|[^|]*$/.test(before);
  if (bracket) phrase = before.slice(0, bracket.index);
  else if (/[ \t]$/.test(before) && /^[ \t]*(?:\||$|\r|\n)/.test(after)) phrase = before;
  else return;
  // The last part of the line: after a cell border, list marker, checkbox, colon or sentence end.
  // Sentence ends count only before a space: "2.5" in "### 2.5 Testing ..." is numbering.
  const start = maxOf([...'|:;[]—–', ' - ', '. ', '! ', '? '].map((d) => phrase.lastIndexOf(d))) + 1;
  const trimmed = phrase
    .slice(start)
    .replace(/^[\s*_>-]+/, '')
    .replace(/^#{1,6}[ \t]+/, '')
    .replace(/^\d{1,3}(?:\.\d{1,3})*\.?[ \t]+/, '')
    .trimEnd();
  const words = dropTrailing(trimmed, '*_')
    .replace(/^x\]\s*/i, '');
  const count = words.split(/\s+/).length;
  // A heading in capitals ("CONTRACTUAL REQUIREMENTS CHECKLIST (A.10.3)") names a section, not a control.
  if (!/[a-z]/.test(words)) return;
  const titled = words.length >= 3 && count <= 6 && /^[A-Z]/.test(words) && titleLikePhrase(words);
  // In running text the noun phrase just before the bracket ("... the evaluation and testing
  // phase (A.6.2.6)") is read instead, less surely: a notice.
  // A checklist item that says what was done ("Data provenance documented (A.7.3)") is a description.
  if (bracket && titled && /^[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t])/.test(phrase) && /[ \t][a-z]{4,}ed\b/.test(words)) {
    reportDescription(ctx, r, english, words, lineStart + start + phrase.slice(start).lastIndexOf(words));
    return;
  }
  const judged = titled ? words : trailingNounPhrase(words);
  if (!judged) return;
  const verdict = judgeTitle(judged, r.id);
  if (!english && !(verdict.kind === 'other' && verdict.exact)) return;
  // In running text the words before a bracketed ID often say what is done under it ("the
  // policy is reviewed ... when we adopt a new high-impact AI tool (A.2.4)", "staff follow the
  // Acceptable Use of AI Tools standard (A.9.2)"): there another control's subject is a finding
  // only when the sentence says nothing of the ID's own ("distinct from model-level bias
  // evaluation (A.6.2.6)"), and a phrase that is no other control's subject never is.
  const prose = bracket && !inCell && !/^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t])/.test(phrase);
  if (prose && (verdict.kind !== 'other' || (!verdict.exact && (mentionsOwnTitle(sentenceBefore(text, r.span.start), c.title) || NAMES_A_DOCUMENT.test(judged))))) return;
  // The phrase names one of the listed controls' subjects: it is said of the list as a whole.
  if (verdict.kind === 'other' && listed.includes(verdict.other.id)) return;
  // A term ending a table cell ("| Reliability A.4.3 |") that is not the control's subject at all: a notice.
  const unrelatedTerm = inCell && titled && verdict.kind === 'wrong';
  if (verdict.kind !== 'other' && !unrelatedTerm) {
    // A checklist item or a line ending with its control in brackets describes what is done for it.
    // Not a heading: "### Responsible AI Design Requirements (A.6.1.2)" names a section of the document.
    if (bracket && /^[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t])/.test(phrase) && /^[A-Z]/.test(words) && count >= 2) reportDescription(ctx, r, english, words, lineStart + start + phrase.slice(start).lastIndexOf(words));
    return;
  }
  const at = lineStart + start + phrase.slice(start).lastIndexOf(judged);
  // Before a bracketed ID in running text or a register's cell ("Subgroup monitoring monthly
  // (A.5.4, A.7.4)"), words that only share another control's subject say what is done: a notice.
  const guessed = prose && !(verdict.kind === 'other' && verdict.exact);
  ctx.report({
    ...(titled && !unrelatedTerm && !guessed ? {} : { atMost: 'information' as const }),
    span: { start: at, end: at + judged.length },
    message:
      verdict.kind === 'other'
        ? `"${judged}" names the subject of ${verdict.other.id} (${verdict.other.title}), not of ${r.id}; the title of ${r.id} is "${c.title}".`
        : `"${judged}" is not the subject of ${r.id}; its title is "${c.title}".`,
    data: { id: r.id, title: c.title, written: judged, ...(verdict.kind === 'other' ? { other: verdict.other.id } : {}) },
    related: [{ uri: ctx.doc.uri, span: r.span, message: `${r.id} is cited here` }],
  });
}

/** A cell holding one control ID and nothing else. */
const CONTROL_ONLY_CELL = /^\s*(?:\*\*)?A\.\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?:\*\*)?\s*$/;

/** A reference to another framework's requirement: the NIST AI RMF, the EU AI Act, ISO/IEC 27001 and others. */
function isOtherFramework(r: Reference): boolean {
  return isFrameworkReference(r.type) || r.framework !== '42001';
}

/** Columns that describe the control in a sentence rather than name it. */
const DESCRIPTION_HEADER = /\b(?:requirement|description|control statement|what it (?:means|requires)|summary|objective)s?\b/i;

/**
 * A row of a control table whose description starts with another control's subject: "| A.4.3 |
 * Infrastructure for AI systems meets ... |" (A.4.3 is data resources; infrastructure is A.4.5).
 * A description is not a title, so only its opening words are judged, and only another
 * control's subject (never a mere lack of the real title's words) is reported.
 */
function checkDescriptions(ctx: DocumentRuleContext, english: boolean): void {
  const refs = ctx.doc.references;
  for (const t of ctx.doc.tables) {
    const col = t.header.findIndex((h) => DESCRIPTION_HEADER.test(h.text) && !/\b(?:title|name)\b/i.test(h.text));
    if (col < 0) continue;
    // The description is of the row's control only where the table is a table of controls: an ID
    // some rows of a list of objectives or actions cite ("| 4.2 | Customer notice | ... | A.8.2 |") maps loosely.
    const idIn = (c: { text: string } | undefined) => !!c && CONTROL_ONLY_CELL.test(c.text);
    const controlColumn = (i: number) => t.rows.filter((r) => idIn(r[i])).length * 2 > t.rows.length;
    for (const row of t.rows) {
      const cell = row[col];
      const idCell = row.find((c, i) => i !== col && idIn(c) && controlColumn(i));
      if (!cell || !idCell) continue;
      const r = referencesIn(refs, idCell.span).find((x) => x.type === 'control' && x.framework === '42001' && !x.title);
      const c = r && getControl(r.id);
      if (!r || !c) continue;
      // A crosswalk's row opens with another framework's requirement ("| MEASURE 2.3 | Performance
      // is measured in deployment-like conditions | 9.1 | A.6.2.4 |"): the description is that
      // framework's outcome, which maps to controls many-to-many, not a statement of the control.
      const at0 = row.indexOf(idCell);
      const key = row.find((x) => x.text.trim() !== '');
      if (key && key !== idCell && referencesIn(refs, key.span).some(isOtherFramework)) continue;
      const text = cell.text.replace(/[*_`]/g, '').trim();
      // A short, title-like cell ("| A.5.3 | Assessing impacts of AI systems on individuals |") is
      // judged whole; a longer one by its opening words, and then not when it uses the own title's words.
      const short = text.split(/\s+/).length <= 8 && /^[A-Z]/.test(text) && !/[.;:]/.test(text) && titleLikePhrase(text);
      const opening = short ? text : text.split(/\s+/).slice(0, 5).join(' ');
      if (!/^[A-Z]/.test(opening)) continue;
      const verdict = judgeTitle(opening, r.id);
      // Only where the row is the control's own (its ID opens the row): a register mapping its own
      // activities to controls ("| OPC-008 | Personal data handling reviewed | A.7.3 |", a treatment
      // action "| TA-13 | Rare-model data acquisition ... | A.7.4 |") describes the activity, not the control.
      const ownRow = row.findIndex((x) => x.text.trim() !== '') === at0 && at0 < col;
      if (verdict.kind !== 'other' || (!short && (verdict.exact || mentionsOwnTitle(cell.text, c.title))) || !ownRow) {
        if (/^[A-Z]/.test(text) && ownRow) reportDescription(ctx, r, english, text, cell.span.start + Math.max(0, cell.text.indexOf(text)));
        continue;
      }
      const at = cell.span.start + Math.max(0, cell.text.indexOf(opening.split(' ')[0]!));
      ctx.report({
        span: { start: at, end: at + Math.min(opening.length, cell.span.end - at) },
        message: short
          ? `"${opening}" ${verdict.exact ? 'is the title' : 'names the subject'} of ${verdict.other.id} (${verdict.other.title}), not of ${r.id}; the title of ${r.id} is "${c.title}".`
          : `The description of ${r.id} starts with the subject of ${verdict.other.id} (${verdict.other.title}); the title of ${r.id} is "${c.title}".`,
        data: { id: r.id, title: c.title, other: verdict.other.id },
        related: [{ uri: ctx.doc.uri, span: r.span, message: `${r.id} is cited here` }],
        // A description is read less surely than a title: a notice.
        atMost: 'information',
      });
    }
  }
}

/**
 * Whether a line starts with the label "A.1" (bold, a heading or a list item): the document's
 * own numbering. Found by looking at each "A.1" and its line's start, not by a multi-line
 * pattern tried at every offset of the text.
 */
function labelsOwnA1(text: string): boolean {
  for (let at = text.indexOf('A.1'); at >= 0; at = text.indexOf('A.1', at + 3)) {
    const after = text.charCodeAt(at + 3);
    if (after === 46 /* . */ || (after >= 48 && after <= 57)) continue;
    const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    if (at - lineStart <= 20 && OWN_A1_PREFIX.test(text.slice(lineStart, at))) return true;
  }
  return false;
}
const OWN_A1_PREFIX = /^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*|__)?$/;

/** "Annex A.7 — Responsible and Trustworthy AI": a group's title is its own or another group's (a warning), or about nothing of it (a notice). */
function checkGroupTitle(ctx: DocumentRuleContext, r: Reference): void {
  const g = getControlGroup(r.id);
  if (!g || !r.title) return;
  const verdict = judgeGroupTitle(r.title.text, r.id);
  if (verdict.kind === 'own') return;
  ctx.report({
    span: r.title.span,
    message:
      verdict.kind === 'other'
        ? `"${r.title.text}" is the title of ${verdict.other.id}, not of ${r.id}; the title of ${r.id} is "${g.title}".`
        : `"${r.title.text}" is not about ${r.id}; the title of ${r.id} is "${g.title}".`,
    data: { id: r.id, title: g.title, written: r.title.text },
    related: [{ uri: ctx.doc.uri, span: r.span, message: `${r.id} is cited here` }],
    ...(verdict.kind === 'other' ? {} : { atMost: 'information' as const }),
  });
}

/**
 * A description judged by its subject (catalogue/describes.ts): one that names another control's
 * subject, or none of its own, is a notice; a description may say more than a title, so never more.
 */
function reportDescription(ctx: DocumentRuleContext, r: Reference, english: boolean, text: string, at: number): void {
  const c = getControl(r.id);
  const verdict = judgeDescription(text, r.id);
  if (!c || verdict.kind === 'own' || (verdict.kind !== 'other' && !english)) return;
  ctx.report({
    span: { start: at, end: at + text.length },
    message:
      verdict.kind === 'other'
        ? `This describes the subject of ${verdict.other.id} (${verdict.other.title}), not of ${r.id}; the title of ${r.id} is "${c.title}".`
        : `This says nothing of the subject of ${r.id} ("${c.title}"): check the ID.`,
    data: { id: r.id, title: c.title, ...(verdict.kind === 'other' ? { other: verdict.other.id } : {}) },
    related: [{ uri: ctx.doc.uri, span: r.span, message: `${r.id} is cited here` }],
    atMost: 'information',
  });
}

/** Whether a description uses a word of the control's own title ("reviewed" for "Review of the AI policy"). */
function mentionsOwnTitle(description: string, title: string): boolean {
  const words = description.toLowerCase().split(/[^a-z]+/);
  return [...titleTokens(title)].some((t) => t.length >= 4 && !['policy', 'data', 'system'].includes(t) && words.some((w) => w.startsWith(t.slice(0, Math.max(4, t.length - 2)))));
}

/** The last words of a phrase after its last article or preposition, two to four of them: "the evaluation and testing phase" -> "evaluation and testing phase". */
function trailingNounPhrase(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  let i = words.length;
  while (i > 0 && !/^(?:the|a|an|of|to|for|in|on|with|by|from|at|as|via|per|under|during)$/i.test(words[i - 1]!)) i--;
  const tail = words.slice(Math.max(i, words.length - 4));
  if (tail.length < 2 || !tail.every((w) => /^[A-Za-z][A-Za-z-]*$/.test(w))) return undefined;
  const np = tail.join(' ');
  return titleLikePhrase(np) ? np : undefined;
}

/** `s` without its trailing run of `chars` (a loop: /[*_]+$/ retries from every position of a long run). */
function dropTrailing(s: string, chars: string): string {
  let i = s.length;
  while (i > 0 && chars.includes(s[i - 1]!)) i--;
  return s.slice(0, i);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'of', 'the', 'for', 'to', 'in', 'on', 'with', 'by', 'or']);

/** "Data Access Controls": every word but the small ones starts with a capital. */
function titleCased(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => /^[^a-z]/.test(w));
}

/** The sentence up to `at`, across the paragraph's soft line breaks: back to a sentence end, a blank line, or 300 characters. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 300), at);
  const start = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\r\n\r\n'), window.lastIndexOf('. '));
  return window.slice(start + 1);
}
