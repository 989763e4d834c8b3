/** Fast lookups over the catalogue data, and ID helpers shared by parse and rules. */
import { CLAUSES } from './clauses.js';
import { CONTROLS, CONTROL_GROUPS } from './controls.js';
import type { ClauseInfo, ControlGroupInfo, ControlInfo } from './types.js';
import { CONTROL_SUBJECTS } from './controlSubjects.js';
import { editDistance } from '../util/text.js';

const controlById = new Map(CONTROLS.map((c) => [c.id, c]));
const groupById = new Map(CONTROL_GROUPS.map((g) => [g.id, g]));
const objectiveIds = new Map(CONTROL_GROUPS.filter((g) => g.objectiveId).map((g) => [g.objectiveId!, g]));
const clauseById = new Map(CLAUSES.map((c) => [c.id, c]));

/** Every Annex A ID the catalogue knows (controls, groups, objectives) by its number ("6.2.4"). */
const annexAByNumber = new Map([...controlById.keys(), ...groupById.keys(), ...objectiveIds.keys()].map((id) => [id.slice(2), id]));

/**
 * "A." and a control number: the catalogue's own string for a known ID. A reference's ID is
 * pooled, keyed and looked up many times per workspace, and a concatenation made per
 * reference was flattened and hashed afresh each time.
 */
export function annexAId(num: string): string {
  return annexAByNumber.get(num) ?? 'A.' + num;
}

export function getControl(id: string): ControlInfo | undefined {
  return controlById.get(id);
}

export function getControlGroup(id: string): ControlGroupInfo | undefined {
  return groupById.get(id);
}

/** The group whose objective statement has this ID ("A.2.1" -> A.2). */
export function getObjectiveGroup(id: string): ControlGroupInfo | undefined {
  return objectiveIds.get(id);
}

export function getClause(id: string): ClauseInfo | undefined {
  return clauseById.get(id);
}

/** Clauses 1-3 (scope, references, terms) exist but carry no requirements; we accept any number under them. */
export function isKnownClause(id: string): boolean {
  if (clauseById.has(id)) return true;
  const top = Number(id.split('.')[0]);
  return top >= 1 && top <= 3;
}

/** The controls with what did-you-mean compares, computed once: group, last number, numeric rank. */
const CANDIDATES = (() => {
  const ranked = [...CONTROLS].sort((a, b) => compareIds(a.id, b.id));
  return CONTROLS.map((c) => ({ c, group: groupOf(c.id), last: lastNumber(c.id), rank: ranked.indexOf(c) }));
})();

/** Suggestions by ID, bounded: a file citing 120,000 unknown IDs asks for each once (it took 11.7 s). */
const closestMemo = new Map<string, ControlInfo[]>();
const CLOSEST_MEMO_SIZE = 4096;

/** The closest real control IDs, for "did you mean". */
export function closestControls(id: string, max = 3): ControlInfo[] {
  const key = `${max}|${id}`;
  const known = closestMemo.get(key);
  if (known) return known;
  // Edit distance first; within a group, the numerically nearest control (A.6.2.9 -> A.6.2.8) next.
  const group = groupOf(id);
  const last = lastNumber(id);
  const scored = CANDIDATES.map((k) => ({ k, d: editDistance(id, k.c.id) + (group === k.group ? Math.min(0.9, Math.abs(last - k.last) / 10) : 0.95) }));
  scored.sort((a, b) => a.d - b.d || a.k.rank - b.k.rank);
  const found = scored.filter((s) => s.d <= 3).slice(0, max).map((s) => s.k.c);
  if (closestMemo.size >= CLOSEST_MEMO_SIZE) closestMemo.clear();
  closestMemo.set(key, found);
  return found;
}

function groupOf(id: string): string {
  return id.split('.').slice(0, 2).join('.');
}

function lastNumber(id: string): number {
  return Number(id.split('.').pop());
}

/** Numeric order of dotted IDs: A.2.2 < A.2.10 < A.10.2. */
export function compareIds(a: string, b: string): number {
  const pa = a.replace(/^[A-Z]\./, '').split('.').map(Number);
  const pb = b.replace(/^[A-Z]\./, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** ISO/IEC 27001:2022 Annex A: A.5.1-A.5.37, A.6.1-A.6.8, A.7.1-A.7.14, A.8.1-A.8.34. */
export function isIso27001Control(id: string): boolean {
  const m = /^A\.(\d+)\.(\d+)$/.exec(id);
  if (!m) return false;
  const max: Record<string, number> = { '5': 37, '6': 8, '7': 14, '8': 34 };
  const limit = max[m[1]!];
  const n = Number(m[2]);
  return limit !== undefined && n >= 1 && n <= limit;
}

/** Words that carry meaning in a control title (for comparing a written title with the real one). */
export function titleTokens(s: string): Set<string> {
  const stop = new Set(['a', 'an', 'and', 'of', 'the', 'for', 'to', 'in', 'on', 'with', 'by', 'ai', 'system', 'systems']);
  return new Set(
    s
      .toLowerCase()
      .replace(/organis/g, 'organiz')
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .map((w) => w.replace(/(ies)$/, 'y').replace(/(?<=[a-z]{3})s$/, ''))
      .filter((w) => w.length > 0 && !stop.has(w)),
  );
}

/** Whether a title written next to a control ID names that control. */
export function titleMatches(written: string, real: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/organis/g, 'organiz').replace(/[^a-z0-9]+/g, ' ').trim();
  if (norm(written).startsWith(norm(real))) return true;
  const w = titleTokens(written);
  const r = titleTokens(real);
  if (w.size === 0) return true;
  let common = 0;
  for (const t of w) if (r.has(t)) common++;
  if (common === w.size) return true;
  const union = new Set([...w, ...r]).size;
  return common / union >= 0.5;
}

/** What a title written next to a control ID says, judged against every control's title. */
export type TitleVerdict =
  | { readonly kind: 'match' }
  /** The title (or most of its words) is another control's: `exact` when it is that title. */
  | { readonly kind: 'other'; readonly other: ControlInfo; readonly exact: boolean; readonly tie?: true }
  /** Shares meaningful words with the real title but is not it: a paraphrase. */
  | { readonly kind: 'paraphrase' }
  /** Shares nothing with the real title nor names another control: an invented subject. */
  | { readonly kind: 'wrong' };

/**
 * Judge a written title against the control's own title and all the others. Another
 * control's title wins over word overlap with the own one: "Objectives for responsible
 * use" next to A.9.2 shares two words with A.9.2's title but is A.9.3's.
 */
export function judgeTitle(written: string, id: string): TitleVerdict {
  // A pure function of the two strings, asked again for every reference on every edit (a
  // register cites the same few controls with the same few titles thousands of times).
  const key = `${id}\u0001${written}`;
  let verdict = judged.get(key);
  if (!verdict) {
    if (judged.size >= MAX_JUDGED) judged.clear();
    judged.set(key, (verdict = judge(written, id)));
  }
  return verdict;
}

const judged = new Map<string, TitleVerdict>();
/** Bounded: free text next to IDs could otherwise grow the memo with every document read. */
const MAX_JUDGED = 20_000;

function judge(written: string, id: string): TitleVerdict {
  const own = getControl(id);
  const w = stemmed(titleTokens(written));
  if (!own || w.size === 0) return { kind: 'match' };
  const ownScore = titleScore(written, w, own.title);
  // "AI Policy reviewed periodically" next to A.2.2 holds all of a more specific title, A.2.4's
  // "Review of the AI policy", which itself holds A.2.2's: the more specific control is meant.
  const ownTokens = stemmed(titleTokens(own.title));
  for (const c of CONTROLS) {
    if (c.id === id) continue;
    const ct = stemmed(titleTokens(c.title));
    if (ct.size > ownTokens.size && [...ownTokens].every((t) => ct.has(t)) && [...ct].every((t) => w.has(t))) return { kind: 'other', other: c, exact: titleScore(written, w, c.title).sim === 1 || w.size === ct.size };
  }
  let best: { c: ControlInfo; score: TitleScore } | undefined;
  for (const c of CONTROLS) {
    if (c.id === id) continue;
    const score = titleScore(written, w, c.title);
    if (!best || score.sim > best.score.sim) best = { c, score };
  }
  // A written title inside the own title's words ("Responsible use" for A.9.2) is the own
  // control's unless it is exactly another's.
  const withinOwn = ownScore.covered === 1;
  if (best && best.score.sim >= 0.5 && best.score.covered >= 2 / 3 && best.score.sim > ownScore.sim && !(withinOwn && best.score.sim < 1))
    return { kind: 'other', other: best.c, exact: best.score.sim === 1 };
  // "Impact Assessment" next to A.5.3 fits A.5.2 ("AI system impact assessment process") as well, and
  // leaves out the word that makes A.5.3 itself ("Documentation"): said as a notice (`tie`).
  if (best && withinOwn && best.score.covered === 1 && best.score.sim === ownScore.sim && best.score.sim < 1) {
    const missing = (title: string) => [...stemmed(titleTokens(title))].filter((t) => !w.has(t) && !GENERIC_TITLE_WORDS.has(t));
    if (missing(own.title).length > 0 && missing(best.c.title).length === 0) return { kind: 'other', other: best.c, exact: false, tie: true };
  }
  if (ownScore.sim >= 0.5 || withinOwn) return { kind: 'match' };
  // A paraphrase keeps a word that carries the title's subject; words shared by many titles
  // ("data", "documentation", "assessment") do not make "Bias mitigation in data" mean "Data provenance".
  const r = stemmed(titleTokens(own.title));
  if ([...w].some((t) => r.has(t) && !BROAD_TITLE_WORDS.has(t))) return { kind: 'paraphrase' };
  // Other words for the same subject ("Model cards" for the design documentation control).
  const phrase = ' ' + normTitle(written).replace(/-/g, ' ');
  if ((CONTROL_SUBJECTS[id] ?? []).some((s) => phrase.includes(' ' + s))) return { kind: 'paraphrase' };
  // Words for one other control's subject, and none for this one's ("Data provenance" next to A.7.3).
  // A lifecycle stage said as a time ("tested before deployment", "during operation") dates the
  // work; it does not name that stage's control.
  const others = CONTROLS.filter((c) => c.id !== id && (CONTROL_SUBJECTS[c.id] ?? []).some((s) => namesSubject(phrase, s)));
  return others.length === 1 ? { kind: 'other', other: others[0]!, exact: false } : { kind: 'wrong' };
}

/** Words that make the stage after them a time: "before deployment", "post deployment", "before each release". */
const AS_A_TIME = /(?:^| )(?:before|after|during|prior to|until|following|throughout|pre|post|ahead of)(?: (?:each|every|any|the|a|an|its|their|our|first|initial|final|next))?$/;

/** Whether `phrase` (normalised, leading space) names subject `s` other than as a time. */
function namesSubject(phrase: string, s: string): boolean {
  for (let at = phrase.indexOf(' ' + s); at >= 0; at = phrase.indexOf(' ' + s, at + 1)) if (!AS_A_TIME.test(phrase.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

/** Words that add nothing to which control a title names ("... process", "General"). */
const GENERIC_TITLE_WORDS = new Set(['process', 'proces', 'processe', 'procedure', 'general']);

export const BROAD_TITLE_WORDS = new Set(['data', 'documentation', 'assessment', 'assessing', 'process', 'use', 'information', 'policy', 'impact', 'responsible', 'resource']);

/** sim: 1 when the written title starts with the real one, else the words' Jaccard index; covered: share of the written words in the real title. */
interface TitleScore {
  readonly sim: number;
  readonly covered: number;
  readonly common: number;
}

function titleScore(written: string, w: ReadonlySet<string>, real: string): TitleScore {
  const r = stemmed(titleTokens(real));
  let common = 0;
  for (const t of w) if (r.has(t)) common++;
  const covered = common / w.size;
  if (normTitle(written).startsWith(normTitle(real))) return { sim: 1, covered: 1, common };
  return { sim: common / new Set([...w, ...r]).size, covered, common };
}

function normTitle(x: string): string {
  return x.toLowerCase().replace(/organis/g, 'organiz').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Tokens with a participle's ending dropped, so "AI policy reviewed" meets "Review of the AI policy". */
function stemmed(tokens: ReadonlySet<string>): Set<string> {
  return new Set([...tokens].map((t) => (t.length > 5 ? t.replace(/(?:ed|ing)$/, '') : t)));
}
