/** Lookups over the NIST AI RMF and EU AI Act catalogues and the crosswalk to ISO/IEC 42001. */
import { RMF_CATEGORIES, RMF_FUNCTIONS, RMF_SUBCATEGORIES, NIST_AI_RMF_PROVENANCE } from './nistAiRmf.js';
import { AI_ACT_ANNEXES, AI_ACT_ARTICLES, AI_ACT_CHAPTERS, EU_AI_ACT_PROVENANCE } from './euAiAct.js';
import { CROSSWALK } from './crosswalk.js';
import { AIRC_CROSSWALK_SOURCE } from './crosswalkAirc.js';
import type { AiActAnnex, AiActArticle, AiActChapter, CrosswalkRow, CrosswalkSource, CrosswalkSourceInfo, FrameworkProvenance, OtherFrameworkId, RmfCategory, RmfFunction, RmfSubcategory } from './types.js';
import { editDistance } from '../util/text.js';

const subById = new Map(RMF_SUBCATEGORIES.map((s) => [s.id, s]));
const catById = new Map(RMF_CATEGORIES.map((c) => [c.id, c]));
const fnById = new Map(RMF_FUNCTIONS.map((f) => [f.id, f]));
const articleById = new Map(AI_ACT_ARTICLES.map((a) => [a.id, a]));
const annexById = new Map(AI_ACT_ANNEXES.map((a) => [a.id, a]));
const rowsByItem = new Map<string, CrosswalkRow[]>();
for (const r of CROSSWALK) rowsByItem.set(`${r.framework}|${r.id}`, [...(rowsByItem.get(`${r.framework}|${r.id}`) ?? []), r]);
const rowsByControl = new Map<string, CrosswalkRow[]>();
for (const r of CROSSWALK) for (const c of r.controls) rowsByControl.set(c, [...(rowsByControl.get(c) ?? []), r]);

export const OTHER_FRAMEWORKS: readonly OtherFrameworkId[] = ['nist-ai-rmf', 'eu-ai-act'];

export function frameworkProvenance(f: OtherFrameworkId): FrameworkProvenance {
  return f === 'nist-ai-rmf' ? NIST_AI_RMF_PROVENANCE : EU_AI_ACT_PROVENANCE;
}

/** Whether `.aims.yaml`'s `frameworks:` (normalised to lower-case letters and digits) enables one. */
export function frameworkEnabled(frameworks: readonly string[], f: OtherFrameworkId): boolean {
  return frameworks.includes(f.replace(/[^a-z0-9]/g, ''));
}

export function getRmfSubcategory(id: string): RmfSubcategory | undefined {
  return subById.get(id);
}

export function getRmfCategory(id: string): RmfCategory | undefined {
  return catById.get(id);
}

export function getRmfFunction(id: string): RmfFunction | undefined {
  return fnById.get(id);
}

export function getAiActArticle(id: string): AiActArticle | undefined {
  return articleById.get(id);
}

export function getAiActAnnex(id: string): AiActAnnex | undefined {
  return annexById.get(id);
}

export function getAiActChapter(id: string): AiActChapter | undefined {
  return AI_ACT_CHAPTERS.find((c) => c.id === id);
}

/** The crosswalk rows of an item ("GOVERN 1.1", "Article 9"): a published crosswalk's first, then the project's. */
export function crosswalkRows(f: OtherFrameworkId, id: string): readonly CrosswalkRow[] {
  return rowsByItem.get(`${f}|${id}`) ?? [];
}

/** What every row of an item maps it to, together: its controls and clauses, each once. */
export function crosswalkMapping(f: OtherFrameworkId, id: string): { readonly controls: readonly string[]; readonly clauses: readonly string[] } {
  const rows = crosswalkRows(f, id);
  return { controls: [...new Set(rows.flatMap((r) => r.controls))], clauses: [...new Set(rows.flatMap((r) => r.clauses ?? []))] };
}

/** A published crosswalk's particulars; undefined for the project's own rows. */
export function crosswalkSource(source: CrosswalkSource): CrosswalkSourceInfo | undefined {
  return source === AIRC_CROSSWALK_SOURCE.id ? AIRC_CROSSWALK_SOURCE : undefined;
}

/** The rows that name a control: the other way round, for a control's hover. */
export function crosswalkRowsForControl(controlId: string): readonly CrosswalkRow[] {
  return rowsByControl.get(controlId) ?? [];
}

/** The items of a framework coverage counts: every subcategory, or the articles the crosswalk maps (the obligations). */
export function frameworkItems(f: OtherFrameworkId): readonly { id: string; title: string }[] {
  if (f === 'nist-ai-rmf') return RMF_SUBCATEGORIES;
  return [...new Set(CROSSWALK.filter((r) => r.framework === 'eu-ai-act').map((r) => r.id))].map((id) => ({ id, title: articleById.get(id)!.title }));
}

/** Did-you-mean for an unknown subcategory: same function first, then the nearest by edit distance. */
export function closestRmfSubcategories(id: string, max = 3): RmfSubcategory[] {
  const fn = id.split(' ')[0];
  const scored = RMF_SUBCATEGORIES.map((s) => ({ s, d: editDistance(id, s.id) + (s.id.startsWith(fn + ' ') ? 0 : 2) }));
  scored.sort((a, b) => a.d - b.d);
  return scored.filter((x) => x.d <= 2).slice(0, max).map((x) => x.s);
}

/** Did-you-mean for an article number past the last: none (the numbers are dense); for an annex, the last one. */
export function closestAiActAnnexes(id: string): AiActAnnex[] {
  const scored = AI_ACT_ANNEXES.map((a) => ({ a, d: editDistance(id, a.id) }));
  scored.sort((x, y) => x.d - y.d);
  return scored.filter((x) => x.d <= 1).slice(0, 2).map((x) => x.a);
}
