/**
 * Where a document's content is, for deciding whether it has what its kind requires. Real
 * documents put it under headings, but also in field/value tables ("| Auditor | … |"), in
 * "**Field:** value" lines, in list items and in YAML keys with other names, and write it in
 * other languages. Shared by missing-section and the coverage of documented information.
 */
import type { AimsDocument } from '../model/types.js';
import type { RequiredItem } from '../catalogue/kinds.js';
import { normalizeTitle } from '../util/text.js';
import { pushAll } from '../util/arrays.js';

/** "Portée" reads as "portee", "Geltungsbereich" stays: synonyms are written without accents. */
export function foldAccents(s: string): string {
  return /[^\u0000-\u007f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
}

const norm = (s: string) => foldAccents(normalizeTitle(s));

/** A label before a colon at the start of a line: "**Auditor:** Jane", "- Scope: all systems", "Owner: CISO". */
const FIELD_LABEL = /^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?([^:*_\n|\s][^:*_\n|]{1,59}?)(?:\*\*|__)?[ \t]*:(?!\/)/gm;

/** Headings, table headers and row labels (first cells, bold cells), field labels, YAML keys; normalised. */
export function contentLabels(doc: AimsDocument): string[] {
  // The title heading names the document, not a part of it: "Internal Audit Report" is not a
  // "Reported to" section, nor "Leadership Commitment Statement" a list of commitments.
  const titled = isTitleHeading(doc) ? doc.sections.slice(1) : doc.sections;
  const labels = titled.map((s) => foldAccents(s.normalized));
  for (const t of doc.tables) {
    for (const h of t.header) labels.push(norm(h.text));
    for (const row of t.rows) {
      const first = row[0];
      if (first && first.text.length <= 80) labels.push(norm(first.text));
      for (const c of row) if (/^\s*(?:\*\*|__)[^*_]{2,60}(?:\*\*|__)/.test(c.text)) labels.push(norm(c.text));
    }
  }
  pushAll(labels, doc.nestedKeys.map(foldAccents));
  if (doc.languageId === 'markdown') {
    // The body only: front matter is the document's metadata ("owner:"), not its content.
    const from = doc.meta.frontMatterSpan?.end ?? 0;
    const sample = doc.text.slice(from, from + 300_000);
    for (const m of sample.matchAll(FIELD_LABEL)) labels.push(norm(m[1]!));
  }
  return labels.filter((l) => l.length > 0);
}

/** The first heading is the document's title: its text is the title and no other heading shares its level. */
function isTitleHeading(doc: AimsDocument): boolean {
  const first = doc.sections[0];
  if (!first || doc.languageId !== 'markdown' || doc.title === undefined) return false;
  if (first.title.trim() !== doc.title.trim()) return false;
  return !doc.sections.some((s, i) => i > 0 && s.level <= first.level);
}

/**
 * Synonyms specific enough to count when they occur anywhere in the text ("continual
 * improvement", "whistleblowing"), not only in a label: two words or more, or one long word.
 * Short ones ("how", "data", "review") occur in any prose.
 */
function proseSynonyms(item: RequiredItem): string[] {
  if (item.labelOnly) return [];
  return item.synonyms.filter((s) => s.includes(' ') || s.length >= 8).map(foldAccents);
}

const proseCache = new WeakMap<AimsDocument, string>();

function proseOf(doc: AimsDocument): string {
  let p = proseCache.get(doc);
  if (p === undefined) {
    const sample = doc.text.length > 1_000_000 ? doc.text.slice(0, 1_000_000) : doc.text;
    p = ' ' + norm(sample) + ' ';
    proseCache.set(doc, p);
  }
  return p;
}

export function mentionsInProse(doc: AimsDocument, item: RequiredItem): boolean {
  const syns = proseSynonyms(item);
  if (syns.length === 0) return false;
  const prose = proseOf(doc);
  return syns.some((s) => prose.includes(' ' + s));
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

/**
 * The document's language, roughly: English, French, German or Spanish (whose section names
 * the kinds' synonyms include), or 'other' (a language they do not cover, or a script other
 * than Latin: fewer than half the letters Latin). Short texts are taken as English. One pass
 * over the words of the first 20,000 characters.
 */
export function naturalLanguageOf(text: string): Language {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let letters = 0;
  let latin = 0;
  const scores = new Map<string, number>();
  for (const w of words) {
    letters += w.length;
    // Letters below U+0250 are Latin (basic, Latin-1 and the extensions).
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 0x250) latin++;
    for (const lang of FUNCTION_WORD_LANGUAGES.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  if (letters < 200) return 'en';
  if (latin / letters < 0.5) return 'other';
  let best = 'en';
  let bestScore = -1;
  for (const lang of Object.keys(FUNCTION_WORDS)) {
    const score = scores.get(lang) ?? 0;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best === 'en' || best === 'fr' || best === 'de' || best === 'es' ? best : 'other';
}
