/**
 * Hovers for the other frameworks (issue 17): an AI RMF subcategory or an AI Act article or
 * annex shows its title, our summary and the ISO/IEC 42001 controls the crosswalk maps it to,
 * with the workspace's decision on each; a control's hover gets the other way round
 * (`frameworksForControlText`). Titles are facts, summaries and reasons are ours.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { Reference } from '../model/types.js';
import type { CrosswalkRow, OtherFrameworkId } from '../catalogue/types.js';
import { getClause, getControl } from '../catalogue/lookup.js';
import { RMF_SUBCATEGORIES } from '../catalogue/nistAiRmf.js';
import { crosswalkMapping, crosswalkRows, crosswalkRowsForControl, crosswalkSource, getAiActAnnex, getAiActArticle, getAiActChapter, getRmfCategory, getRmfFunction, getRmfSubcategory } from '../catalogue/frameworks.js';

/** `written` is the reference's text ("Art. 9(2)(a)"), for the paragraph it names. */
export function frameworkHoverText(service: AimsLanguageService, ref: Reference, written: string): string {
  if (ref.type === 'rmf-subcategory') return rmfText(service, ref.id);
  if (ref.type === 'rmf-category') return rmfCategoryText(ref.id);
  if (ref.type === 'ai-act-annex') {
    const annex = getAiActAnnex(ref.id);
    if (!annex) return `**${ref.id}** is not an annex of the EU AI Act (Regulation (EU) 2024/1689), which has Annexes I-XIII.`;
    return [`**EU AI Act ${annex.id} — ${annex.title}**`, ...(annex.summary ? [annex.summary] : [])].join('\n\n');
  }
  return articleText(service, ref.id, written);
}

function rmfText(service: AimsLanguageService, id: string): string {
  const sub = getRmfSubcategory(id);
  if (!sub) return `**${id}** is not a subcategory of the NIST AI RMF 1.0, whose subcategories run GOVERN 1.1 to MANAGE 4.3.`;
  const category = getRmfCategory(sub.category);
  const fn = getRmfFunction(sub.category.split(' ')[0]!);
  const out = [`**NIST AI RMF ${sub.id} — ${sub.title}**`];
  if (fn && category) out.push(`${fn.title} (${fn.abbr}) › ${category.id}: ${category.title}.`);
  out.push('*The title is our short paraphrase; NIST AI 100-1 (January 2023) has the official wording.*');
  return [...out, mappingText(service, crosswalkRows('nist-ai-rmf', id))].join('\n\n');
}

/** A category: its title, function and subcategories, each with the controls mapped to it (a subcategory's hover has the detail). */
function rmfCategoryText(id: string): string {
  const category = getRmfCategory(id);
  if (!category) return `**${id}** is not a category of the NIST AI RMF 1.0.`;
  const fn = getRmfFunction(category.function);
  const subs = RMF_SUBCATEGORIES.filter((s) => s.category === id);
  const lines = subs.map((s) => {
    const m = crosswalkMapping('nist-ai-rmf', s.id);
    return `- ${s.id} ${s.title}${m.controls.length ? ` — ${m.controls.join(', ')}` : ''}`;
  });
  return [
    `**NIST AI RMF ${category.id} — ${category.title}**`,
    ...(fn ? [`${fn.title} (${fn.abbr}), category ${id.split(' ')[1]} of the function.`] : []),
    '*Titles are our short paraphrases; NIST AI 100-1 (January 2023) has the official wording.*',
    `**Its ${subs.length} subcategories** and the ISO/IEC 42001 controls the crosswalk maps each to:\n${lines.join('\n')}`,
  ].join('\n\n');
}

function articleText(service: AimsLanguageService, id: string, written: string): string {
  const article = getAiActArticle(id);
  if (!article) return `**${id}** is not an article of the EU AI Act (Regulation (EU) 2024/1689), which has Articles 1-113.`;
  const chapter = getAiActChapter(article.chapter);
  // The paragraphs written after the number ("(2)(a)"): from the first parenthesis, only groups of them.
  const open = written.indexOf('(');
  const paragraph = open >= 0 && /^(?:\([^()]*\))+$/.test(written.slice(open)) ? written.slice(open) : undefined;
  const out = [`**EU AI Act ${article.id}${paragraph ?? ''} — ${article.title}**`];
  if (chapter) out.push(`Chapter ${chapter.id}: ${chapter.title}.`);
  if (article.summary) out.push(article.summary);
  if (article.verified === false) out.push('*This title could not be checked against a copy of the Official Journal when it was transcribed: check it on EUR-Lex.*');
  return [...out, mappingText(service, crosswalkRows('eu-ai-act', id))].join('\n\n');
}

/** The crosswalk rows, each under its source, with the workspace's SoA decision on each mapped control; a later row lists only what it adds. */
function mappingText(service: AimsLanguageService, rows: readonly CrosswalkRow[]): string {
  if (rows.length === 0) return '**ISO/IEC 42001:** not mapped in this project\'s crosswalk.';
  const shown = new Set<string>();
  const parts: string[] = [];
  for (const row of rows) {
    const lines: string[] = [];
    for (const c of row.controls) if (!shown.has(c)) lines.push(`- ${c} ${getControl(c)?.title ?? ''} — ${decision(service, c)}`);
    for (const c of row.clauses ?? []) if (!shown.has(`clause ${c}`)) lines.push(`- Clause ${c} ${getClause(c)?.title ?? ''}`);
    row.controls.forEach((c) => shown.add(c));
    (row.clauses ?? []).forEach((c) => shown.add(`clause ${c}`));
    if (lines.length === 0) continue;
    const published = crosswalkSource(row.source);
    const head = published
      ? `**ISO/IEC 42001** (${published.short}; its Annex B items are the controls of the same number)`
      : parts.length
        ? `**The project's reading adds** (${row.rationale ?? ''})`
        : `**ISO/IEC 42001** (the project's reading: ${row.rationale ?? ''})`;
    parts.push(`${head}\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

function decision(service: AimsLanguageService, controlId: string): string {
  const entries = service.index.soaEntriesFor(controlId);
  if (entries.length === 0) return 'not decided in a statement of applicability';
  if (entries.some((e) => e.item.applicable === true)) return 'applicable';
  if (entries.every((e) => e.item.applicable === false)) return 'excluded';
  return 'undecided';
}

const NAMES: Record<OtherFrameworkId, string> = { 'nist-ai-rmf': 'NIST AI RMF', 'eu-ai-act': 'EU AI Act' };

/** For a control's hover: the framework items the crosswalk maps to it. */
export function frameworksForControlText(controlId: string): string {
  const rows = crosswalkRowsForControl(controlId);
  if (rows.length === 0) return '';
  const by = (f: OtherFrameworkId): string[] => [...new Set(rows.filter((r) => r.framework === f).map((r) => r.id))];
  const parts = (['nist-ai-rmf', 'eu-ai-act'] as const).filter((f) => by(f).length > 0).map((f) => `${NAMES[f]}: ${by(f).join(', ')}`);
  const sources = rows.some((r) => r.source !== 'project') ? 'the crosswalk NIST hosts and the project\'s' : 'the project\'s crosswalk';
  return `**Other frameworks** (${sources}): ${parts.join('; ')}.`;
}
