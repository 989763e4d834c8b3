import type { Report, Rule } from './types.js';
import type { RiskEntry } from '../model/types.js';
import { methodFor, readRisk, type ResolvedMethod } from './riskScore.js';
import { reportByRiskChunk } from './chunkReports.js';

/** The two scales a rating is read on. */
const SCALES = ['likelihood', 'impact'] as const;

export const riskOutOfScale: Rule = {
  code: 'risk-out-of-scale',
  defaultSeverity: 'error',
  doc: {
    summary:
      "A likelihood or impact (inherent or residual) outside the scale, or a word the scale does not define: the configured scale, else the one the register or the repository's risk assessment process states, else 1-5 (then only a notice).",
    example: '- id: R-004\n  likelihood: 7',
    fix: 'Use a value of the scale (the one your risk method states, or risk.likelihood / risk.impact in .aims.yaml), or add the word as a label there.',
  },
  checkInWorkspace(ctx) {
    if (ctx.doc.risks.length === 0) return;
    const m = methodFor(ctx.doc, ctx.index, ctx.config);
    // Each risk is judged by the method alone: kept per register item while the method is the same.
    reportByRiskChunk(ctx.doc, 'risk-out-of-scale', m, (risks) => judge(risks, m), ctx.report);
  },
};

function judge(risks: readonly RiskEntry[], m: ResolvedMethod): Report[] {
  const out: Report[] = [];
  const method = m.method;
  // A scale nobody stated is ours, not the writer's: a value off it is only a notice. Each scale
  // on its own: a stated likelihood scale makes a likelihood off it certain, whatever the impact's.
  const unsureOf = (name: (typeof SCALES)[number]) => (m.scaleSources[name] === 'default' ? { atMost: 'information' as const } : {});
  for (const r of risks)
    for (const stage of ['inherent', 'residual'] as const) {
      const reading = readRisk(r, method, stage);
      for (const name of SCALES) {
        const scale = method[name];
        const v = reading[name];
        const key = stage === 'inherent' ? name : `residual-${name}`;
        const attr = r.attributes.get(key);
        const label = stage === 'inherent' ? name : `residual ${name}`;
        if (v === undefined || !attr) continue;
        const unsure = unsureOf(name);
        if (v === 'invalid')
          out.push({ span: attr.span, message: `The ${label} of ${r.id}, "${attr.text}", is not on the scale: use ${scale.min}-${scale.max} or one of ${Object.keys(scale.labels).slice(0, 6).join(', ')}.`, data: { id: r.id, attribute: key }, ...unsure });
        else if (v < scale.min || v > scale.max)
          out.push({ span: attr.span, message: `The ${label} of ${r.id} is ${v}, outside the scale ${scale.min}-${scale.max}.`, data: { id: r.id, attribute: key }, ...unsure });
        // A fraction within the scale is a notice at most: registers weight or average their ratings ("Impact (1-5, weighted)").
        else if (!Number.isInteger(v))
          out.push({ span: attr.span, message: `The ${label} of ${r.id} is ${v}, not a whole number of the scale ${scale.min}-${scale.max}.`, data: { id: r.id, attribute: key }, atMost: 'information' });
      }
    }
  return out;
}
