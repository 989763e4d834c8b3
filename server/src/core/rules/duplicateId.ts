import type { Rule } from './types.js';
import { isRetired } from './util.js';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  doc: {
    summary: 'The same risk, AI system or document ID is defined twice (rows that merely list an ID, as a master document list does, do not count, nor do retired documents kept for the record).',
    example: 'risks:\n  - id: R-001 ...\n  - id: R-001 ...',
    fix: 'Give one of them a new ID (rename updates every reference), or merge the two entries.',
  },
  checkInWorkspace(ctx) {
    // A retired document (an earlier version kept for the record) shares its IDs with the one that replaced it.
    if (isRetired(ctx.doc)) return;
    for (const d of ctx.doc.definitions) {
      if (d.weak) continue;
      const all = ctx.index.definitionsOf(d.type, d.id).filter((o) => !o.item.weak && !ctx.index.isRetired(o.uri));
      if (all.length < 2) continue;
      const others = all.filter((o) => !(o.uri === ctx.doc.uri && o.item.span.start === d.span.start));
      ctx.report({
        span: d.span,
        message: `The ${d.type} ID ${d.id} is defined ${all.length} times.`,
        related: others.map((o) => ({ uri: o.uri, span: o.item.span, message: `${d.id} is also defined here` })),
        data: { type: d.type, id: d.id },
      });
    }
  },
};
