/**
 * Completion of NIST AI RMF subcategories and EU AI Act articles (issue 17), each row with
 * its title (ours for the AI RMF, the Official Journal's for the AI Act). Subcategories are
 * offered while an upper-case function name is typed ("GOV", "MEASURE 2."); articles after
 * "Art." or "Article" in a document that names the AI Act or with `frameworks: [eu-ai-act]`,
 * where an article number can only be the AI Act's.
 */
import type { AimsDocument } from '../model/types.js';
import type { Range, Span } from '../text/types.js';
import type { CompletionEntry } from './types.js';
import { RMF_CATEGORIES, RMF_SUBCATEGORIES } from '../catalogue/nistAiRmf.js';
import { AI_ACT_ARTICLES } from '../catalogue/euAiAct.js';
import { crosswalkMapping, crosswalkRows, frameworkEnabled } from '../catalogue/frameworks.js';
import { AI_ACT_NAME_RE } from '../refs/patterns.js';

const FUNCTIONS = ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'];

/** Entries for the word `w` after `lead` on its line, or undefined when neither framework fits there. */
export function frameworkCompletions(doc: AimsDocument, lead: string, w: string, word: Span): CompletionEntry[] | undefined {
  // "GOV" or "MEASURE" being typed.
  const typed = w.length >= 2 && /^[A-Z]+$/.test(w) ? FUNCTIONS.filter((f) => f.startsWith(w)) : [];
  if (typed.length > 0) return rmfEntries(doc, word, (s) => typed.some((f) => s.startsWith(f + ' ')), true);
  // "MEASURE 2." : the function is before the word; replace both.
  const fn = /\b(GOVERN|MAP|MEASURE|MANAGE)[ \t]$/.exec(lead);
  if (fn && /^[\d.]*$/.test(w)) return rmfEntries(doc, { start: word.start - fn[0].length, end: word.end }, (s) => s.startsWith(fn[1]! + ' '), !w.includes('.'));
  const art = /\b(?:Art\.|Article)[ \t]?$/.exec(lead);
  if (art && /^\d*$/.test(w) && namesAiAct(doc)) return articleEntries(doc, word);
  return undefined;
}

/** Subcategories, and before each category's subcategories the category itself when `categories` (nothing of a subcategory typed yet). */
function rmfEntries(doc: AimsDocument, span: Span, keep: (id: string) => boolean, categories: boolean): CompletionEntry[] {
  const range: Range = doc.lines.range(span);
  const cats = categories
    ? RMF_CATEGORIES.filter((c) => keep(c.id + '.')).map((c) => ({
        label: c.id,
        kind: 'clause' as const,
        labelDetails: { description: c.title },
        documentation: `The category: its ${RMF_SUBCATEGORIES.filter((s) => s.category === c.id).length} subcategories follow.`,
        range,
        sortText: `${String(RMF_SUBCATEGORIES.findIndex((s) => s.category === c.id)).padStart(3, '0')}a`,
      }))
    : [];
  return [...cats, ...RMF_SUBCATEGORIES.filter((s) => keep(s.id)).map((s) => ({
    label: s.id,
    kind: 'clause' as const,
    labelDetails: { description: s.title },
    documentation: mapped('nist-ai-rmf', s.id),
    range,
    sortText: `${String(RMF_SUBCATEGORIES.indexOf(s)).padStart(3, '0')}b`,
  }))];
}

function articleEntries(doc: AimsDocument, span: Span): CompletionEntry[] {
  const range: Range = doc.lines.range(span);
  return AI_ACT_ARTICLES.map((a) => ({
    label: String(a.number),
    kind: 'clause' as const,
    labelDetails: { description: a.title },
    ...(a.summary ? { documentation: `${a.summary}\n\n${mapped('eu-ai-act', a.id)}` } : {}),
    range,
    // The articles the crosswalk maps (obligations on an organisation) first.
    sortText: `${crosswalkRows('eu-ai-act', a.id).length ? 0 : 1}${String(a.number).padStart(3, '0')}`,
  }));
}

function mapped(f: 'nist-ai-rmf' | 'eu-ai-act', id: string): string {
  const rows = crosswalkRows(f, id);
  if (rows.length === 0) return 'Not mapped to ISO/IEC 42001 in this project\'s crosswalk.';
  const m = crosswalkMapping(f, id);
  const whose = rows.some((r) => r.source !== 'project') ? 'the crosswalk NIST hosts, with the project\'s additions' : 'the project\'s mapping';
  return `ISO/IEC 42001 (${whose}): ${[...m.controls, ...m.clauses.map((c) => `clause ${c}`)].join(', ')}`;
}

function namesAiAct(doc: AimsDocument): boolean {
  if (frameworkEnabled(doc.frameworks, 'eu-ai-act')) return true;
  AI_ACT_NAME_RE.lastIndex = 0;
  return AI_ACT_NAME_RE.test(doc.text);
}
