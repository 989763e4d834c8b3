import type { Rule } from './types.js';
import type { RiskEntry } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { RiskMethodConfig } from '../config/config.js';
import { shiftSpan } from '../text/spans.js';
import { byRiskChunk } from './chunkReports.js';
import { bandsOrigin, methodFor, readRisk } from './riskScore.js';
import { inheritsFields, isBlank, isRetired } from './util.js';

export const riskUntreated: Rule = {
  code: 'risk-untreated',
  defaultSeverity: 'error',
  doc: {
    summary: 'A risk scored above the acceptance threshold that has neither a treatment nor controls.',
    example: '- id: R-002\n  likelihood: 4\n  impact: 5\n  treatment: ""\n  controls: []',
    fix: 'Choose a treatment (modify, avoid, share, or retain with an owner\'s acceptance) and name the controls that carry it out.',
  },
  checkInWorkspace(ctx) {
    // The method the register works by (its own, its process document's, else the configured
    // one), as risk-level-mismatch reads it: the scales' words and which bands are accepted.
    const resolved = methodFor(ctx.doc, ctx.index, ctx.config);
    const method = resolved.method;
    const above = resolved.threshold === 'bands' ? `above ${method.acceptanceThreshold}, the highest score ${bandsOrigin(resolved, ctx.doc)} accept` : `above the acceptance threshold of ${method.acceptanceThreshold}`;
    // Per register item, by the method alone (kept while it is the same): which risks have a
    // treatment, and which score above the threshold. A register often rates risks in one table
    // and records their treatment in another (or in a treatment plan): that is decided here.
    const judged: { value: Judged; start: number }[] = [];
    byRiskChunk(ctx.doc, 'risk-untreated', method, (risks) => judge(risks, method), (value, start) => judged.push({ value, start }));
    // Risks treated in their own item never reach this; the others may be treated in another
    // item or table (made into a set only then), or by a treatment plan citing them.
    let treated: Set<string> | undefined;
    const treatedElsewhere = (id: string): boolean => {
      if (!treated) {
        treated = new Set<string>();
        for (const { value } of judged) for (const t of value.treated) treated.add(t);
      }
      return treated.has(id);
    };
    const inTreatmentPlan = (id: string) =>
      ctx.index.citingDocuments('risk', id).some((uri) => {
        const d = ctx.index.document(uri);
        return d !== undefined && d.meta.kind === 'risk-treatment-plan' && !isRetired(d);
      });
    for (const { value, start } of judged)
      for (const { id, score, span } of value.over) {
        if (treatedElsewhere(id) || inTreatmentPlan(id)) continue;
        ctx.report({
          span: start === 0 ? span : shiftSpan(span, start),
          message: `${id} scores ${score}, ${above}, but has no treatment and no controls.`,
          data: { id, score },
        });
      }
  },
};

interface Judged {
  readonly treated: readonly string[];
  /** Scored above the threshold and not treated in the same item. */
  readonly over: readonly { readonly id: string; readonly score: number; readonly span: Span }[];
}

function judge(risks: readonly RiskEntry[], method: RiskMethodConfig): Judged {
  // An item merging an anchor's fields ("<<: *fraud_treatment") may take its treatment from there,
  // unless it writes its own ('treatment: ""' overrides a merged one): not judged untreated.
  const mayInherit = (o: RiskEntry) => inheritsFields(o) && !o.attributes.has('treatment') && !o.attributes.has('controls');
  const treated = risks.filter((o) => !isBlank(o.attributes.get('treatment')?.text) || !isBlank(o.attributes.get('controls')?.text) || mayInherit(o)).map((o) => o.id);
  const here = new Set(treated);
  const over: { id: string; score: number; span: Span }[] = [];
  for (const r of risks) {
    if (here.has(r.id)) continue;
    const { score } = readRisk(r, method);
    if (score !== undefined && score > method.acceptanceThreshold) over.push({ id: r.id, score, span: r.idSpan });
  }
  return { treated, over };
}
