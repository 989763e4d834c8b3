import type { Rule } from './types.js';
import { readRisk } from './riskScore.js';
import { isBlank } from './util.js';

export const riskUntreated: Rule = {
  code: 'risk-untreated',
  defaultSeverity: 'error',
  doc: {
    summary: 'A risk scored above the acceptance threshold that has neither a treatment nor controls.',
    example: '- id: R-002\n  likelihood: 4\n  impact: 5\n  treatment: ""\n  controls: []',
    fix: 'Choose a treatment (modify, avoid, share, or retain with an owner\'s acceptance) and name the controls that carry it out.',
  },
  check(ctx) {
    const method = ctx.config.risk;
    for (const r of ctx.doc.risks) {
      const { score } = readRisk(r, method);
      if (score === undefined || score <= method.acceptanceThreshold) continue;
      const treatment = r.attributes.get('treatment')?.text;
      const controls = r.attributes.get('controls')?.text;
      if (!isBlank(treatment) || !isBlank(controls)) continue;
      ctx.report({
        span: r.idSpan,
        message: `${r.id} scores ${score}, above the acceptance threshold of ${method.acceptanceThreshold}, but has no treatment and no controls.`,
        data: { id: r.id, score },
      });
    }
  },
};
