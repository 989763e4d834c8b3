/**
 * Where a document's content is, for deciding whether it has what its kind requires. Real
 * documents put it under headings, but also in field/value tables ("| Auditor | … |"), in
 * "**Field:** value" lines, in list items and in YAML keys with other names, and write it in
 * other languages. Shared by missing-section and the coverage of documented information.
 */
import type { AimsDocument, TableGrid } from '../model/types.js';
import { foldAccents, normalizeTitle } from '../util/text.js';
import { pushAll } from '../util/arrays.js';
import { chunkItemRuns, chunkMemo, detached, hasLoneCarriageReturn, perChunk, type ChunkedText } from '../text/chunkMemo.js';
import { WeakMemo } from '../util/weakMemo.js';

export { foldAccents } from '../util/text.js';

const norm = (s: string) => foldAccents(normalizeTitle(s));

/** A label before a colon at the start of a line: "**Auditor:** Jane", "- Scope: all systems", "Owner: CISO". */
const FIELD_LABEL = /^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?([^:*_\n|\s][^:*_\n|]{1,59}?)(?:\*\*|__)?[ \t]*:(?!\/)/gm;

/** Headings, table headers and row labels (first cells, bold cells), field labels, YAML keys; normalised. */
export function contentLabels(doc: AimsDocument): string[] {
  const labels: string[] = [];
  forEachLabelGroup(doc, (group) => pushAll(labels, group));
  return labels.filter((l) => l.length > 0);
}

/**
 * contentLabels' labels in groups, in order, empty ones included: a chunk's tables' labels and
 * its field labels are the very array the chunk's previous versions gave while the chunk is the
 * same, so what a rule derives from a group can be kept with it (missingSection.ts).
 */
export function forEachLabelGroup(doc: AimsDocument, visit: (labels: readonly string[]) => void): void {
  // The title heading names the document, not a part of it: "Internal Audit Report" is not a
  // "Reported to" section, nor "Leadership Commitment Statement" a list of commitments.
  const titled = isTitleHeading(doc) ? doc.sections.slice(1) : doc.sections;
  visit(titled.map((s) => foldAccents(s.normalized)));
  // A Markdown table lies in one chunk and is read from its text alone (invariant 7): its
  // labels are kept with the chunk's key, in the tables' order.
  const chunks = doc.textChunks;
  const tables = doc.tables;
  if (chunks && chunks.length > 0) {
    const rest = chunkItemRuns(chunks, tables, (c, first, end) => {
      let kept = tableLabelsKept.get(c.key);
      if (!kept) tableLabelsKept.set(c.key, (kept = tableLabels(tables.slice(first, end)).map(detached)));
      visit(kept);
    });
    if (rest < tables.length) visit(tableLabels(tables.slice(rest)));
  } else visit(tableLabels(tables));
  visit(doc.nestedKeys.map(foldAccents));
  if (doc.languageId === 'markdown') {
    // The body only: front matter is the document's metadata ("owner:"), not its content.
    const from = doc.meta.frontMatterSpan?.end ?? 0;
    const to = Math.min(doc.text.length, from + 300_000);
    // A label never crosses a line feed, so never a chunk's start (a line start), unless a lone
    // carriage return ends the line: the pattern reads across that, so such a text is read whole.
    if (hasLoneCarriageReturn(doc.text)) visit(fieldLabels(doc.text.slice(from, to)));
    else for (const found of perChunk(doc, 'field-labels', from, to, fieldLabels)) visit(found);
  }
}

/**
 * forEachLabelGroup's labels for a reader that keeps one value per chunk: a chunk that lies
 * whole in the body read for field labels comes once, with its key and its groups (its tables'
 * labels, its field labels) made only if asked for; every other label comes in groups. A text
 * whose lines a lone carriage return may end is read as forEachLabelGroup reads it.
 */
export function forEachLabelChunk(doc: AimsDocument, visit: (labels: readonly string[]) => void, visitChunk: (key: object, groups: () => readonly (readonly string[])[]) => void): void {
  const chunks = doc.textChunks;
  if (doc.languageId !== 'markdown' || !chunks || chunks.length === 0 || hasLoneCarriageReturn(doc.text)) return forEachLabelGroup(doc, visit);
  const titled = isTitleHeading(doc) ? doc.sections.slice(1) : doc.sections;
  visit(titled.map((s) => foldAccents(s.normalized)));
  visit(doc.nestedKeys.map(foldAccents));
  const from = doc.meta.frontMatterSpan?.end ?? 0;
  const to = Math.min(doc.text.length, from + 300_000);
  const tables = doc.tables;
  const fieldLabelsKept = chunkMemo('field-labels') as WeakMemo<object, readonly string[]>;
  let t = 0;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const first = t;
    while (t < tables.length && tables[t]!.span.start < c.end) t++;
    const end = t;
    if (c.start >= from && c.end <= to) {
      visitChunk(c.key, () => [end > first ? keptTableLabels(c.key, tables, first, end) : [], keptFieldLabels(fieldLabelsKept, c.key, doc.text, c.start, c.end)]);
      continue;
    }
    if (end > first) visit(keptTableLabels(c.key, tables, first, end));
    if (c.end > from && c.start < to) visit(fieldLabels(doc.text.slice(Math.max(c.start, from), Math.min(c.end, to))));
  }
  if (t < tables.length) visit(tableLabels(tables.slice(t)));
}

function keptTableLabels(key: object, tables: AimsDocument['tables'], first: number, end: number): readonly string[] {
  let kept = tableLabelsKept.get(key);
  if (!kept) tableLabelsKept.set(key, (kept = tableLabels(tables.slice(first, end)).map(detached)));
  return kept;
}

/** A whole chunk's field labels, kept as perChunk keeps them under the same name. */
function keptFieldLabels(memo: WeakMemo<object, readonly string[]>, key: object, text: string, start: number, end: number): readonly string[] {
  let kept = memo.get(key);
  if (!kept) memo.set(key, (kept = fieldLabels(text.slice(start, end))));
  return kept;
}

/** Each chunk's table labels (contentLabels). */
const tableLabelsKept = new WeakMemo<object, readonly string[]>();

/** Table headers and row labels (first cells, bold cells), normalised. */
function tableLabels(tables: readonly TableGrid[]): string[] {
  const labels: string[] = [];
  for (const t of tables) {
    // A RACI matrix (cells of R, A, C, I) assigns responsibilities whatever its headers say.
    if (isRaciMatrix(t)) labels.push('raci');
    for (const h of t.header) labels.push(norm(h.text));
    for (const row of t.rows) {
      const first = row[0];
      if (first && first.text.length <= 80) labels.push(norm(first.text));
      for (const c of row) if (/^\s*(?:\*\*|__)[^*_]{2,60}(?:\*\*|__)/.test(c.text)) labels.push(norm(c.text));
    }
  }
  return labels;
}

/** A cell of a RACI matrix: R, A, C, I or several ("A/R", "R, C"), or none ("-", "–"). */
const RACI_CELL = /^(?:[RACI](?:[ \t]?[/,][ \t]?[RACI]){0,3}|[-\u2013\u2014])?$/;

/** Whether most cells past the first column are RACI letters (at least four rows' worth of them). */
function isRaciMatrix(t: TableGrid): boolean {
  let letters = 0;
  let cells = 0;
  for (const row of t.rows)
    for (let i = 1; i < row.length; i++) {
      const text = row[i]!.text.trim();
      if (text === '') continue;
      cells++;
      if (RACI_CELL.test(text) && /[RACI]/.test(text)) letters++;
    }
  return letters >= 8 && letters * 2 > cells;
}

/**
 * A label after a separator on a metadata line: "Date: 2026-09-18 · Chair: COO · Attendees: ...",
 * "Auditor: K. Laine | Scope: clauses 6-8". Capitalised and short, so prose with a colon mid-sentence is not one.
 */
const INLINE_LABEL = /[ \t](?:\u00b7|\u2022|\|)[ \t]+(?:\*\*|__)?(\p{Lu}[^:*_\n|\u00b7\u2022]{1,39}?)(?:\*\*|__)?[ \t]*:(?=[ \t])/gu;

/** One word labelling what follows after a sentence on a notes line: "Date: 2026-10-14. Present: Priya (chair), Tom". */
const SENTENCE_LABEL = /[.!?][ \t]+(?:\*\*|__)?(\p{Lu}\p{Ll}{2,20})(?:\*\*|__)?[ \t]*:(?=[ \t])/gu;

/**
 * The title of a documentation site's call-out box, which such sites use as a small section:
 * MkDocs (`!!! note "Title"`, `??? info "Title"`, `???+ tip "Title"`, `!!! info inline end "Title"`), Docusaurus
 * (`:::note[Title]`, `:::tip Title`), PyMdown blocks (`/// details | Title`) and content tabs (`=== "Title"`).
 */
const CALLOUT_TITLE = /^[ \t]*(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+){0,3}[ \t]+"([^"\n]{1,80})"|:{3,}[ \t]*[\w-]+[ \t]*(?:\[([^\]\n]{1,80})\]|[ \t]+([^\s{][^\n{]{0,79}))|\/{3,}[ \t]*[\w-]+[ \t]*\|[ \t]*([^\n]{1,80})|={3}[!+]?[ \t]+"([^"\n]{1,80})")/gm;

/**
 * A line that is nothing but bold text: a section's title where the writer bolds instead of
 * heading (a Google Docs or Word export: "**1\\. Audit scope**"). Escapes are dropped.
 */
const BOLD_LINE = /^[ \t]*(?:\*\*|__)(?![ \t])([^*_\n]{2,80}?)(?:\*\*|__)[ \t]*:?[ \t]*$/gm;

/** Kept with the chunk: detached, so that they do not keep the version they were read from. */
function fieldLabels(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BOLD_LINE)) out.push(detached(norm(m[1]!.replace(/\\(.)/g, '$1'))));
  for (const m of text.matchAll(FIELD_LABEL)) out.push(detached(norm(m[1]!)));
  for (const m of text.matchAll(INLINE_LABEL)) out.push(detached(norm(m[1]!)));
  for (const m of text.matchAll(SENTENCE_LABEL)) out.push(detached(norm(m[1]!)));
  for (const m of text.matchAll(CALLOUT_TITLE)) out.push(detached(norm((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!)));
  return out;
}

/** The first heading is the document's title: its text is the title and no other heading shares its level. */
function isTitleHeading(doc: AimsDocument): boolean {
  const first = doc.sections[0];
  if (!first || doc.languageId !== 'markdown' || doc.title === undefined) return false;
  if (first.title.trim() !== doc.title.trim()) return false;
  return !doc.sections.some((s, i) => i > 0 && s.level <= first.level);
}

export type Language = 'en' | 'fr' | 'de' | 'es' | 'other';

/** Function words that tell the common languages apart; a document is in the one it uses most. */
const FUNCTION_WORDS: Record<Exclude<Language, 'other'> | 'it' | 'pt' | 'nl', readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'for', 'with', 'are', 'be', 'that'],
  fr: ['le', 'les', 'des', 'et', 'est', 'du', 'une', 'pour', 'dans', 'sont'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'von', 'werden'],
  es: ['el', 'los', 'las', 'y', 'es', 'del', 'para', 'con', 'una', 'por'],
  it: ['il', 'gli', 'della', 'che', 'è', 'per', 'con', 'sono', 'delle', 'nel'],
  pt: ['os', 'da', 'do', 'não', 'é', 'para', 'com', 'uma', 'são', 'dos'],
  nl: ['het', 'een', 'en', 'van', 'is', 'voor', 'met', 'zijn', 'niet', 'worden'],
};

/** Each function word and the languages that use it. */
const FUNCTION_WORD_LANGUAGES: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

/** What the language is told from: letters, Latin letters, function words per language. */
interface LanguageCounts {
  readonly letters: number;
  readonly latin: number;
  readonly scores: ReadonlyMap<string, number>;
}

function languageCounts(text: string): LanguageCounts {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let letters = 0;
  let latin = 0;
  const scores = new Map<string, number>();
  for (const w of words) {
    letters += w.length;
    // Letters below U+0250 are Latin (basic, Latin-1 and the extensions).
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 0x250) latin++;
    for (const lang of FUNCTION_WORD_LANGUAGES.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  return { letters, latin, scores };
}

function languageFrom({ letters, latin, scores }: LanguageCounts): Language {
  // Another script shows in a short text too (a Japanese policy of a few lines); a short text in
  // Latin letters is too short to tell its language by its words.
  if (letters >= 40 && latin / letters < 0.5) return 'other';
  if (letters < 200) return 'en';
  let best = 'en';
  let bestScore = -1;
  for (const lang of Object.keys(FUNCTION_WORDS)) {
    const score = scores.get(lang) ?? 0;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best === 'en' || best === 'fr' || best === 'de' || best === 'es' ? best : 'other';
}

/** How much of the text the language is told from. */
const LANGUAGE_SAMPLE = 20_000;

/**
 * The document's language, roughly: English, French, German or Spanish (whose section names
 * the kinds' synonyms include), or 'other' (a language they do not cover, or a script other
 * than Latin: fewer than half the letters Latin). Short texts in Latin letters are taken as English. One pass
 * over the words of the first 20,000 characters.
 */
export function naturalLanguageOf(text: string): Language {
  return languageFrom(languageCounts(text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text));
}

/**
 * naturalLanguageOf(doc.text), the counts kept per chunk: they add up, because a word (letters)
 * never crosses a line end, and lower-casing's one rule with context (the final sigma) looks
 * no further than the line.
 */
export function documentLanguage(doc: ChunkedText): Language {
  let letters = 0;
  let latin = 0;
  const scores = new Map<string, number>();
  for (const c of perChunk(doc, 'language', 0, Math.min(doc.text.length, LANGUAGE_SAMPLE), languageCounts)) {
    letters += c.letters;
    latin += c.latin;
    for (const [lang, n] of c.scores) scores.set(lang, (scores.get(lang) ?? 0) + n);
  }
  return languageFrom({ letters, latin, scores });
}
