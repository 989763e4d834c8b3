import type { Rule } from './types.js';
import { isRetired } from './util.js';
import { CROSSWALK } from '../catalogue/crosswalk.js';
import { crosswalkMapping, frameworkEnabled } from '../catalogue/frameworks.js';
import type { OtherFrameworkId } from '../catalogue/types.js';

const NAMES: Record<OtherFrameworkId, string> = { 'nist-ai-rmf': 'NIST AI RMF', 'eu-ai-act': 'EU AI Act' };

/**
 * With a framework enabled (`frameworks:` in `.aims.yaml` or the document), an SoA that excludes
 * every control the crosswalk maps an item to leaves that item with no evidence the management
 * system can give (issue 17). Items that also map to clauses keep those, so only control-only
 * items count, with every source's row for an item taken together (the crosswalk NIST hosts and
 * the project's). Whether an AI Act article applies depends on the systems in scope, which the
 * engine cannot know: enabling the framework says the organisation holds itself to it.
 */
export const frameworkObligationExcluded: Rule = {
  code: 'framework-obligation-excluded',
  defaultSeverity: 'warning',
  doc: {
    summary: 'With `frameworks: [eu-ai-act]` or `[nist-ai-rmf]`, a statement of applicability excludes the only ISO/IEC 42001 control(s) the crosswalk maps an AI Act article or AI RMF subcategory to.',
    example: '| A.6.2.8 | AI system recording of event logs | No | We keep no logs | Not applicable |',
    fix: 'Include the control, or say in the justification how the article or subcategory is met otherwise (and, if the crosswalk is wrong for your case, propose a change to it).',
  },
  check(ctx) {
    if (ctx.doc.meta.kind !== 'soa' || isRetired(ctx.doc)) return;
    const enabled = [...ctx.config.frameworks, ...ctx.doc.frameworks];
    const frameworks = (['nist-ai-rmf', 'eu-ai-act'] as const).filter((f) => frameworkEnabled(enabled, f));
    if (frameworks.length === 0) return;
    const excluded = new Map(ctx.doc.soa.filter((e) => e.applicable === false).map((e) => [e.controlId, e]));
    const included = new Set(ctx.doc.soa.filter((e) => e.applicable === true).map((e) => e.controlId));
    if (excluded.size === 0) return;
    const byControl = new Map<string, string[]>();
    const items = new Set(CROSSWALK.filter((r) => frameworks.includes(r.framework as never)).map((r) => `${r.framework}|${r.id}`));
    for (const key of items) {
      const [framework, id] = key.split('|') as [OtherFrameworkId, string];
      // Every source's mapping together: an item is left bare only when all of them are excluded.
      const m = crosswalkMapping(framework, id);
      if (m.clauses.length || m.controls.length === 0) continue;
      if (!m.controls.every((c) => excluded.has(c) && !included.has(c))) continue;
      for (const c of m.controls) byControl.set(c, [...(byControl.get(c) ?? []), `${NAMES[framework]} ${id}`]);
    }
    for (const [controlId, items] of byControl) {
      const e = excluded.get(controlId)!;
      ctx.report({
        span: e.idSpan,
        message: `${controlId} is excluded, but it is all the crosswalk maps ${items.join(', ')} to: with that framework enabled, nothing in the AI management system evidences ${items.length === 1 ? 'it' : 'them'}.`,
        data: { id: controlId, items },
      });
    }
  },
};
