/**
 * Coverage per framework (issue 17): for each NIST AI RMF subcategory, or each AI Act article
 * the crosswalk maps (the obligations on an organisation), whether the AI management system
 * evidences it through a mapped control the statement of applicability includes (and does not
 * merely plan), a mapped clause a written document in force addresses (by its kind or its
 * declared clauses: the AIMS process the clause asks for is documented), or a document citing
 * it directly; the rest are open.
 */
import type { ControlCoverage, FrameworkCoverage, FrameworkGroupCoverage, FrameworkItemCoverage, Location } from './types.js';
import { RMF_CATEGORIES } from '../catalogue/nistAiRmf.js';
import type { OtherFrameworkId } from '../catalogue/types.js';
import { crosswalkMapping, crosswalkRows, crosswalkSource, frameworkItems, frameworkProvenance } from '../catalogue/frameworks.js';
import { byPath, locationOf, type ModelContext } from './common.js';
import { isRetiredDoc } from './providers.js';
import { getKind } from '../catalogue/kinds.js';
import { declaredClauses } from '../rules/provides.js';
import { isTemplateDoc } from '../parse/template.js';
import { isCodeDocument } from '../parse/code.js';

/** Control states that say the organisation does something: applicable and not only planned. */
const EVIDENCING = new Set<ControlCoverage['state']>(['implemented', 'partial', 'applicable']);

export function frameworkSection(ctx: ModelContext, framework: OtherFrameworkId, controls: readonly ControlCoverage[]): FrameworkCoverage {
  const byId = new Map(controls.map((c) => [c.id, c]));
  const addressed = addressedClauses(ctx);
  const type = framework === 'nist-ai-rmf' ? 'rmf-subcategory' : 'ai-act-article';
  const items: FrameworkItemCoverage[] = frameworkItems(framework).map(({ id, title }) => {
    const rows = crosswalkRows(framework, id);
    const mapping = crosswalkMapping(framework, id);
    const rationale = rows.find((r) => r.rationale)?.rationale;
    const mapped = mapping.controls.map((c) => ({ id: c, title: byId.get(c)?.title ?? '', state: byId.get(c)?.state ?? 'undecided' }));
    const citedBy = citations(ctx, type, id);
    const viaControls = mapped.filter((c) => EVIDENCING.has(c.state)).map((c) => c.id);
    const viaClauses = mapping.clauses.filter((c) => addressed.has(c));
    return {
      id,
      title,
      controls: mapped,
      clauses: mapping.clauses,
      citedBy,
      evidencedBy: viaControls,
      evidencedByClauses: viaClauses,
      state: viaControls.length > 0 || viaClauses.length > 0 || citedBy.length > 0 ? 'evidenced' : 'open',
      ...(rationale ? { rationale } : {}),
      sources: rows.map((r) => crosswalkSource(r.source)?.name ?? 'project'),
    };
  });
  const p = frameworkProvenance(framework);
  const published = [...new Set(items.flatMap((i) => i.sources).filter((s) => s !== 'project'))];
  const crosswalk = published.length ? `${published.map((s) => `"${s}" (hosted by NIST, by Microsoft)`).join(', ')}, with the project's additions` : "the project's own mapping";
  const groups: FrameworkGroupCoverage[] =
    framework === 'nist-ai-rmf'
      ? RMF_CATEGORIES.map((c) => {
          const mine = items.filter((i) => i.id.startsWith(c.id + '.'));
          return { id: c.id, title: c.title, items: mine.map((i) => i.id), evidenced: mine.filter((i) => i.state === 'evidenced').length, citedBy: citations(ctx, 'rmf-category', c.id) };
        })
      : [];
  return { framework, name: p.name, edition: p.edition, crosswalk, items, groups, evidenced: items.filter((i) => i.state === 'evidenced').length, total: items.length };
}

function citations(ctx: ModelContext, type: 'rmf-subcategory' | 'rmf-category' | 'ai-act-article', id: string): (Location & { count: number })[] {
  const byUri = new Map<string, { first: number; count: number }>();
  for (const c of ctx.service.index.citationsOf(type, id)) {
    const seen = byUri.get(c.uri);
    if (seen) {
      seen.count++;
      seen.first = Math.min(seen.first, c.item.span.start);
    } else byUri.set(c.uri, { first: c.item.span.start, count: 1 });
  }
  return [...byUri].map(([uri, v]) => ({ ...locationOf(ctx, uri, { start: v.first, end: v.first }), count: v.count })).sort(byPath);
}

/** Clauses a written AIMS document in force addresses: its kind's clauses and those it declares, as written (a sub-clause does not answer for its parent). */
function addressedClauses(ctx: ModelContext): Set<string> {
  const out = new Set<string>();
  for (const doc of ctx.service.index.documents) {
    if (!doc.relevant || !doc.meta.kind || isCodeDocument(doc) || isRetiredDoc(doc) || isTemplateDoc(doc)) continue;
    for (const c of getKind(doc.meta.kind)?.clauses ?? []) out.add(c);
    for (const c of declaredClauses(doc)) out.add(c);
  }
  return out;
}
