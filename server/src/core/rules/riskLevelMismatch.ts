import type { Rule } from './types.js';
import { readRisk } from './riskScore.js';
import { bandFor } from '../config/config.js';
import { scaleValue } from './util.js';

export const riskLevelMismatch: Rule = {
  code: 'risk-level-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A stated risk level or score that disagrees with likelihood x impact under the configured bands.',
    example: '- id: R-003\n  likelihood: 4\n  impact: 4\n  level: medium     # 16 is critical',
    fix: 'Correct the level (or score), or re-assess likelihood and impact.',
  },
  check(ctx) {
    const method = ctx.config.risk;
    for (const r of ctx.doc.risks) {
      const { score } = readRisk(r, method);
      if (score === undefined) continue;
      const band = bandFor(method, score);
      const scoreAttr = r.attributes.get('score');
      if (scoreAttr) {
        const stated = scaleValue(scoreAttr.text, {});
        if (typeof stated === 'number' && stated !== score)
          ctx.report({ span: scoreAttr.span, message: `The score of ${r.id} is written as ${stated}, but likelihood x impact is ${score}.`, data: { id: r.id, expected: String(score) } });
      }
      const levelAttr = r.attributes.get('level');
      if (!levelAttr || !band) continue;
      const word = levelAttr.text.replace(/[*_`]/g, '').trim().toLowerCase().match(/^[a-z][a-z ]*[a-z]/)?.[0];
      if (!word || !method.bands.some((b) => b.level === word)) continue;
      if (word !== band.level)
        ctx.report({
          span: levelAttr.span,
          message: `${r.id} is rated "${word}", but likelihood x impact = ${score}, which is "${band.level}" (${band.min}-${band.max}).`,
          data: { id: r.id, expected: band.level },
        });
    }
  },
};
