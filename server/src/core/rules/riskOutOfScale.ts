import type { Rule } from './types.js';
import { readRisk } from './riskScore.js';

export const riskOutOfScale: Rule = {
  code: 'risk-out-of-scale',
  defaultSeverity: 'error',
  doc: {
    summary: 'A likelihood or impact outside the configured scale (1-5 by default), or a word the scale does not define.',
    example: '- id: R-004\n  likelihood: 7',
    fix: 'Use a value of the scale in .aims.yaml (risk.likelihood / risk.impact), or add the word as a label there.',
  },
  check(ctx) {
    const method = ctx.config.risk;
    for (const r of ctx.doc.risks) {
      const reading = readRisk(r, method);
      for (const [name, scale] of [
        ['likelihood', method.likelihood],
        ['impact', method.impact],
      ] as const) {
        const v = reading[name];
        const attr = r.attributes.get(name);
        if (v === undefined || !attr) continue;
        if (v === 'invalid')
          ctx.report({ span: attr.span, message: `The ${name} of ${r.id}, "${attr.text}", is not on the scale: use ${scale.min}-${scale.max} or one of ${Object.keys(scale.labels).slice(0, 6).join(', ')}.`, data: { id: r.id, attribute: name } });
        else if (v < scale.min || v > scale.max)
          ctx.report({ span: attr.span, message: `The ${name} of ${r.id} is ${v}, outside the scale ${scale.min}-${scale.max}.`, data: { id: r.id, attribute: name } });
        else if (!Number.isInteger(v))
          ctx.report({ span: attr.span, message: `The ${name} of ${r.id} is ${v}, not a whole number of the scale ${scale.min}-${scale.max}.`, data: { id: r.id, attribute: name } });
      }
    }
  },
};
