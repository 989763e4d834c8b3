import type { Rule } from './types.js';
import { readRisk } from './riskScore.js';
import { isBlank, isRetired } from './util.js';

export const riskUntreated: Rule = {
  code: 'risk-untreated',
  defaultSeverity: 'error',
  doc: {
    summary: 'A risk scored above the acceptance threshold that has neither a treatment nor controls.',
    example: '- id: R-002\n  likelihood: 4\n  impact: 5\n  treatment: ""\n  controls: []',
    fix: 'Choose a treatment (modify, avoid, share, or retain with an owner\'s acceptance) and name the controls that carry it out.',
  },
  checkInWorkspace(ctx) {
    const method = ctx.config.risk;
    // A register often rates risks in one table and records their treatment in another (or in a treatment plan).
    const treated = new Set(ctx.doc.risks.filter((o) => !isBlank(o.attributes.get('treatment')?.text) || !isBlank(o.attributes.get('controls')?.text)).map((o) => o.id));
    const treatedHere = (id: string) => treated.has(id);
    const inTreatmentPlan = (id: string) =>
      ctx.index.citationsOf('risk', id).some((c) => {
        const d = ctx.index.document(c.uri);
        return d !== undefined && d.meta.kind === 'risk-treatment-plan' && !isRetired(d);
      });
    for (const r of ctx.doc.risks) {
      const { score } = readRisk(r, method);
      if (score === undefined || score <= method.acceptanceThreshold) continue;
      if (treatedHere(r.id) || inTreatmentPlan(r.id)) continue;
      ctx.report({
        span: r.idSpan,
        message: `${r.id} scores ${score}, above the acceptance threshold of ${method.acceptanceThreshold}, but has no treatment and no controls.`,
        data: { id: r.id, score },
      });
    }
  },
};
