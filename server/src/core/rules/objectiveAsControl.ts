import type { Rule } from './types.js';
import { getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';
import { CONTROLS } from '../catalogue/controls.js';
import { saidNotToExist } from './saidNotToExist.js';

export const objectiveAsControl: Rule = {
  code: 'objective-as-control',
  defaultSeverity: 'warning',
  doc: {
    summary: 'An objective ID (A.x.1) used where a control is expected, e.g. as a row of the statement of applicability or in a `controls:` list.',
    example: '| A.3.1 | Internal organization | Yes | ... |',
    fix: 'A.x.1 states the objective of a group; list its controls (A.x.2 onwards) instead. The quick fix replaces the objective with its controls (an SoA row becomes a row per control not yet listed, keeping its decision), or cites the group.',
  },
  check(ctx) {
    const seen = new Set<number>();
    const controlsOf = (groupId: string) => CONTROLS.filter((c) => c.group === groupId || c.group.startsWith(groupId + '.')).map((c) => c.id);
    for (const e of ctx.doc.soa) {
      const g = getObjectiveGroup(e.controlId) ?? getControlGroup(e.controlId);
      if (!g) continue;
      seen.add(e.idSpan.start);
      ctx.report({
        span: e.idSpan,
        message: `${e.controlId} is ${getObjectiveGroup(e.controlId) ? 'the objective' : 'the group'} "${g.title}", not a control; decide on its controls instead: ${controlsOf(g.id).join(', ')}.`,
        data: { id: e.controlId, controls: controlsOf(g.id) },
      });
    }
    for (const r of ctx.doc.references) {
      if (r.type !== 'control-objective' || r.framework !== '42001' || seen.has(r.span.start) || r.fromRange || saidNotToExist(ctx.doc.text, r.span)) continue;
      const g = getObjectiveGroup(r.id)!;
      ctx.report({
        span: r.span,
        message: `${r.id} is the objective of "${g.title}", not a control. Cite the group (${g.id}) or its controls: ${controlsOf(g.id).join(', ')}.`,
        data: { id: r.id, controls: controlsOf(g.id) },
      });
    }
  },
};
