import type { Rule } from './types.js';
import { getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';
import { CONTROLS } from '../catalogue/controls.js';
import { saidNotToExist } from './saidNotToExist.js';
import { lineStartNear } from './util.js';

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
      if (r.type !== 'control-objective' || r.framework !== '42001' || seen.has(r.span.start) || r.fromRange || saidNotToExist(ctx.doc.text, r.span) || namedAnObjective(ctx.doc.text, r.span)) continue;
      const g = getObjectiveGroup(r.id)!;
      ctx.report({
        span: r.span,
        message: `${r.id} is the objective of "${g.title}", not a control. Cite the group (${g.id}) or its controls: ${controlsOf(g.id).join(', ')}.`,
        data: { id: r.id, controls: controlsOf(g.id) },
        // In a Markdown page's prose or tables other than the SoA's a writer may mean the objective
        // itself ("Correct the SoA (A.6.2.8, A.3.1)", an audit finding about it): a notice. A code
        // tag or a YAML value stays a warning.
        ...(ctx.doc.languageId === 'markdown' ? { atMost: 'information' as const } : {}),
      });
    }
  },
};

/** "the objective A.3.1", "A.3.1 (objective)": the writer calls it an objective, and means it. */
function namedAnObjective(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(lineStartNear(text, span.start, 40), span.start);
  const after = text.slice(span.end, span.end + 16);
  // Each blank run between two marks that must be there (a linear match on long runs of blanks).
  return /\bobjectives?[ \t]*(?:(?:\*\*|__)[ \t]*)?(?::[ \t]*)?$/i.test(before) || /^[ \t]*(?:\([ \t]*)?(?:control[ \t]+)?objective\b/i.test(after);
}
