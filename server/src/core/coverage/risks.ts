/**
 * Risks: every risk of the registers in force (one per ID, attributes merged
 * from each row that lists it), rated before and after treatment under the
 * method its register follows (as the risk rules rate it), laid on likelihood x impact heat maps; those above the
 * acceptance threshold, those left untreated, and who owns what.
 */
import type { DocumentSummary, RiskEntry } from '../model/types.js';
import type { RiskMethodConfig } from '../config/config.js';
import { isBlank, referencesIn } from '../rules/util.js';
import { methodFor } from '../rules/riskScore.js';
import { isRetiredDoc } from './providers.js';
import { locationOf, type ModelContext } from './common.js';
import { ratingAfter, ratingBefore } from './residual.js';
import type { HeatCell, HeatMap, Rating, RiskCoverage, RiskSection } from './types.js';

interface Occurrence {
  readonly doc: DocumentSummary;
  readonly entry: RiskEntry;
}

export function riskSection(ctx: ModelContext): RiskSection {
  const byId = new Map<string, Occurrence[]>();
  for (const doc of ctx.service.index.documents) {
    if (!doc.relevant || isRetiredDoc(doc)) continue;
    for (const entry of doc.risks) byId.set(entry.id, [...(byId.get(entry.id) ?? []), { doc, entry }]);
  }
  // Each risk is rated by the method its register follows, as the risk rules rate it (rules/riskScore.ts
  // methodFor: configured, else stated by the register or the risk assessment process, else the defaults);
  // the heat maps by the first register's.
  const methodOf = (doc: DocumentSummary) => methodFor(doc, ctx.service.index, ctx.service.config).method;
  const occurrences = [...byId.values()];
  const method = occurrences.length > 0 ? methodOf(occurrences[0]![0]!.doc) : ctx.service.config.risk;
  const risks = occurrences.map((occ) => riskOf(ctx, occ, methodOf(occ[0]!.doc)));
  const owners = new Map<string, string[]>();
  for (const r of risks) if (r.owner) owners.set(r.owner, [...(owners.get(r.owner) ?? []), r.id]);
  return {
    method: {
      likelihood: { min: method.likelihood.min, max: method.likelihood.max },
      impact: { min: method.impact.min, max: method.impact.max },
      bands: method.bands.map((b) => ({ level: b.level, min: b.min, max: b.max })),
      acceptanceThreshold: method.acceptanceThreshold,
    },
    risks,
    before: heatMap(risks.map((r) => ({ id: r.id, rating: r.before })), method),
    after: heatMap(risks.map((r) => ({ id: r.id, rating: r.after })), method),
    aboveThreshold: risks.filter((r) => r.aboveThreshold).map((r) => r.id),
    untreated: risks.filter((r) => r.untreated).map((r) => r.id),
    owners: [...owners].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([owner, ids]) => ({ owner, risks: ids })),
    withoutOwner: risks.filter((r) => !r.owner).map((r) => r.id),
  };
}

function riskOf(ctx: ModelContext, occ: readonly Occurrence[], method: RiskMethodConfig): RiskCoverage {
  const first = occ[0]!;
  const attr = (name: string) => {
    for (const o of occ) {
      const t = o.entry.attributes.get(name)?.text;
      if (!isBlank(t)) return t!.replace(/[*_`]/g, '').trim();
    }
    return undefined;
  };
  // The first row with a likelihood and impact rates the risk; the others may only restate it.
  const rated = occ.map((o) => ({ o, before: ratingBefore(o.entry, method) })).find((x) => x.before.score !== undefined || x.before.level !== undefined);
  const before: Rating = rated?.before ?? {};
  const residual = occ.map((o) => ratingAfter(ctx.service.getDocument(o.doc.uri) ?? o.doc, o.entry, method)).find((x) => x.text !== undefined || x.rating.level !== undefined) ?? { rating: {} };
  const controls = [...new Set(occ.flatMap((o) => controlsOf(o.doc, o.entry)))];
  const treatment = attr('treatment');
  const aboveThreshold = before.score !== undefined && before.score > method.acceptanceThreshold;
  // Treated as risk-untreated reads it: a treatment, controls named (as IDs or in words), or a treatment plan citing it.
  const untreated = aboveThreshold && !treatment && !attr('controls') && controls.length === 0 && !inTreatmentPlan(ctx, first.entry.id);
  const title = attr('title');
  const owner = attr('owner');
  const source = attr('source');
  return {
    id: first.entry.id,
    ...locationOf(ctx, first.doc.uri, first.entry.idSpan),
    ...(title ? { title } : {}),
    ...(owner ? { owner } : {}),
    ...(source ? { source } : {}),
    ...(treatment ? { treatment } : {}),
    controls,
    before,
    after: residual.rating,
    ...(residual.text ? { residualText: residual.text } : {}),
    aboveThreshold,
    untreated,
  };
}

/** Annex A controls named in the risk's `controls` cell or key (ranges expanded by the scanner). */
function controlsOf(doc: DocumentSummary, entry: RiskEntry): string[] {
  const c = entry.attributes.get('controls');
  if (!c) return [];
  return referencesIn(doc.references, c.span).filter((r) => r.type === 'control' && r.framework === '42001').map((r) => r.id);
}

/** The risk-untreated rule's other test: a treatment plan in force that cites the risk treats it. */
function inTreatmentPlan(ctx: ModelContext, id: string): boolean {
  return ctx.service.index.citationsOf('risk', id).some((c) => {
    const d = ctx.docs.get(c.uri);
    return d !== undefined && d.meta.kind === 'risk-treatment-plan' && !isRetiredDoc(d);
  });
}

const MAX_AXIS = 20;

function heatMap(list: readonly { id: string; rating: Rating }[], method: RiskMethodConfig): HeatMap {
  const { likelihood: ls, impact: is } = method;
  const drawable = ls.max - ls.min < MAX_AXIS && is.max - is.min < MAX_AXIS;
  const rows: HeatCell[][] = [];
  let placed = 0;
  let levelOnly = 0;
  let unrated = 0;
  if (drawable)
    for (let l = ls.max; l >= ls.min; l--) {
      const row: HeatCell[] = [];
      for (let i = is.min; i <= is.max; i++) {
        const ids = list.filter((r) => r.rating.likelihood === l && r.rating.impact === i).map((r) => r.id);
        const band = method.bands.find((b) => l * i >= b.min && l * i <= b.max);
        row.push({ likelihood: l, impact: i, score: l * i, ...(band ? { level: band.level } : {}), count: ids.length, risks: ids });
      }
      rows.push(row);
    }
  for (const r of list) {
    if (drawable && r.rating.likelihood !== undefined && r.rating.impact !== undefined) placed++;
    else if (r.rating.level !== undefined) levelOnly++;
    else unrated++;
  }
  const byLevel = method.bands.map((b) => ({ level: b.level, count: list.filter((r) => r.rating.level === b.level).length }));
  return { rows, placed, levelOnly, unrated, byLevel };
}
