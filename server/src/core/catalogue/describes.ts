/**
 * What a sentence written for a control is about: a requirement cell ("| A.7.3 | Data provenance
 * and lineage are documented |"), a checklist item ("- [ ] Data access controls implemented
 * (A.7.6)"). A description is not a title: it may use any words, so it is judged by subject
 * alone, and only two verdicts are worth saying (both as notices by the rules that use this):
 * it names one other control's subject, or nothing of its own control's subject at all.
 */
import { CONTROLS, CONTROL_GROUPS } from './controls.js';
import { CONTROL_SUBJECTS } from './controlSubjects.js';
import { BROAD_TITLE_WORDS, getControl, getControlGroup, judgeTitle, titleTokens } from './lookup.js';
import type { ControlInfo } from './types.js';

export type DescriptionVerdict =
  | { readonly kind: 'own' }
  | { readonly kind: 'other'; readonly other: ControlInfo }
  /** Says nothing of the control's subject (in its title's distinctive words or our subject vocabulary). */
  | { readonly kind: 'unrelated' };

/** Words that end the opening noun phrase: verbs, auxiliaries, prepositions, relative words. */
const PHRASE_END =
  /^(?:is|are|was|were|be|been|has|have|had|must|shall|should|will|can|may|does|do|for|of|on|in|with|to|by|from|when|where|which|that|under|during|before|after|across|into|per|via|including|such)$/i;

/** The words before the first verb, preposition or punctuation: the thing the description is about. */
export function openingNounPhrase(text: string): string {
  const head = text.split(/[.,;:()[\]|]/)[0]!.trim();
  const words = head.split(/\s+/);
  let n = 0;
  // A past participle ("documented", "implemented") ends the phrase in a checklist item.
  while (n < words.length && !PHRASE_END.test(words[n]!) && !(n > 0 && /^[a-z]{4,}ed$/.test(words[n]!))) n++;
  return words.slice(0, Math.max(1, n)).join(' ');
}

const norm = (s: string) => ' ' + s.toLowerCase().replace(/organis/g, 'organiz').replace(/[^a-z0-9]+/g, ' ').trim() + ' ';

/** Where each control's subject phrases end in `phrase` (normalised), the latest first. */
function subjectsByEnd(phrase: string): { id: string; end: number }[] {
  const found: { id: string; end: number }[] = [];
  for (const [id, subjects] of Object.entries(CONTROL_SUBJECTS))
    for (const s of subjects) {
      const at = phrase.indexOf(' ' + s);
      if (at >= 0) found.push({ id, end: at + 1 + s.length });
    }
  return found.sort((a, b) => b.end - a.end);
}

/** Whether the text uses a distinctive word of the control's title ("reviewed" for "Review of the AI policy"). */
function usesTitleWord(text: string, c: ControlInfo): boolean {
  const words = new Set(text.toLowerCase().split(/[^a-z]+/).map(stem));
  return [...titleTokens(c.title)].some((t) => t.length >= 4 && !BROAD_TITLE_WORDS.has(t) && words.has(stem(t)));
}

/** A crude stem, enough to match "operated" with "operation" and "monitored" with "monitoring". */
function stem(w: string): string {
  return w.length <= 5 ? w.replace(/(?<=[a-z]{3})s$/, '') : w.replace(/(?:ations?|ions?|ings?|ed|ment|ments|es|s|e)$/, '');
}

/** Whether two words of the title follow each other in the text ("impact assessments" for A.5.2's title). */
function usesTitlePair(text: string, c: ControlInfo): boolean {
  const t = [...titleTokens(c.title)];
  const w = [...titleTokens(text)].join(' ');
  return t.some((a, i) => i + 1 < t.length && ` ${w} `.includes(` ${a} ${t[i + 1]} `));
}

function mentionsOwn(text: string, c: ControlInfo): boolean {
  const n = norm(text);
  return usesTitleWord(text, c) || usesTitlePair(text, c) || (CONTROL_SUBJECTS[c.id] ?? []).some((s) => n.includes(' ' + s));
}

export function judgeDescription(text: string, id: string): DescriptionVerdict {
  const own = getControl(id);
  if (!own) return { kind: 'own' };
  const np = openingNounPhrase(text);
  // The head of the opening phrase decides between two subjects: "Training data quality
  // criteria" is about quality (A.7.4), though it also says "training data" (A.7.2).
  const inPhrase = subjectsByEnd(norm(np));
  const head = inPhrase[0];
  if (head && head.id !== id && inPhrase.some((s) => s.id === id) && !usesTitleWord(np, own) && (inPhrase[1]?.end ?? -1) < head.end)
    return { kind: 'other', other: getControl(head.id)! };
  if (mentionsOwn(text, own)) return { kind: 'own' };
  const verdict = judgeTitle(np, id);
  if (verdict.kind === 'other') return { kind: 'other', other: verdict.other };
  // "Sets out the direction for AI ...": a sentence whose subject is the control itself.
  if (VERB_LED.test(text.trim())) return { kind: 'own' };
  // Another control's subject counts only in the opening phrase: later words are details.
  const n = norm(np);
  const others = CONTROLS.filter((c) => c.id !== id && (CONTROL_SUBJECTS[c.id] ?? []).some((s) => n.includes(' ' + s)));
  return others.length === 1 ? { kind: 'other', other: others[0]! } : { kind: 'unrelated' };
}

/** A verb in the third person, then an article, particle or clause word: "Sets out the ...", "Ensures that ...". */
const VERB_LED = /^[A-Z][a-z]{2,}(?:es|s)[ \t]+(?:the|a|an|out|up|that|how|what|whether|all|each|clear|and|its|their|our)\b/;

/**
 * A title written after a group ID ("Annex A.7 — Responsible and Trustworthy AI"): the group's
 * own words are its title's, its controls' titles' and their subjects'. Another group's exact
 * title is `other`; no word of its own at all is `unrelated`.
 */
export function judgeGroupTitle(written: string, id: string): DescriptionVerdict {
  const group = getControlGroup(id);
  if (!group) return { kind: 'own' };
  const n = norm(written);
  const exact = CONTROL_GROUPS.find((g) => g.id !== id && norm(g.title) === n && !g.id.startsWith(id + '.') && !id.startsWith(g.id + '.'));
  if (exact) return { kind: 'other', other: { id: exact.id, title: exact.title } as ControlInfo };
  // A document's name after the ID ("Annex A.7 — AI Ethics Framework") is not the group's title.
  if (DOCUMENT_WORD.test(written)) return { kind: 'own' };
  const members = CONTROLS.filter((c) => c.id.startsWith(id + '.'));
  const tokens = (t: string) => [...titleTokens(t.replace(/\blife[ -]cycle\b/gi, 'lifecycle'))].map(stem);
  const words = new Set(tokens(written));
  const ownWords = [group.title, ...members.map((c) => c.title)].flatMap(tokens).filter((t) => !['control', 'annex'].includes(t));
  if (ownWords.some((t) => words.has(t))) return { kind: 'own' };
  if (members.some((c) => (CONTROL_SUBJECTS[c.id] ?? []).some((s) => n.includes(' ' + s)))) return { kind: 'own' };
  return { kind: 'unrelated' };
}

const DOCUMENT_WORD = /\b(?:guides?|templates?|overview|framework|procedures?|polic(?:y|ies)|checklists?|registers?|plans?|implementation|toolkit|mapping)\b/i;
