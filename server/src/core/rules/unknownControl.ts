import type { Rule } from './types.js';
import { closestControls, getControl, getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';

export const unknownControl: Rule = {
  code: 'unknown-control',
  defaultSeverity: 'error',
  doc: {
    summary: 'An Annex A control ID that ISO/IEC 42001:2023 does not have, or an Annex B guidance ID (B.x.y) with no Annex A control to guide.',
    example: 'Logging follows A.6.2.9.',
    fix: 'Use one of the 38 real controls (the finding suggests the closest); if the ID belongs to ISO/IEC 27001, say so next to it ("ISO/IEC 27001 A.8.16").',
  },
  check(ctx) {
    for (const r of ctx.doc.references) {
      if (r.type !== 'control' || r.framework !== '42001' || getControl(r.id)) continue;
      const suggestions = closestControls(r.id).map((c) => c.id);
      const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `${s} (${getControl(s)!.title})`).join(', ')}?` : '';
      ctx.report({ span: r.span, message: `${r.id} is not an ISO/IEC 42001 Annex A control.${hint}`, data: { id: r.id, suggestions } });
    }
    // Annex B gives guidance under the numbers of Annex A: B.6.2.4 guides A.6.2.4, so a B ID with no A counterpart is invented.
    for (const r of ctx.doc.references) {
      if (r.type !== 'annex-b' || r.framework !== '42001') continue;
      const a = 'A.' + r.id.slice(2);
      if (getControl(a) || getControlGroup(a) || getObjectiveGroup(a)) continue;
      const suggestions = closestControls(a).map((c) => 'B.' + c.id.slice(2));
      const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
      ctx.report({ span: r.span, message: `${r.id} is not in ISO/IEC 42001 Annex B: Annex B guides the Annex A controls, and there is no ${a}.${hint}`, data: { id: r.id, suggestions, annex: 'B' } });
    }
  },
};
