import type { Rule } from './types.js';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  doc: {
    summary: 'The same risk, AI system or document ID is defined twice (rows that merely list an ID, as a master document list does, do not count).',
    example: 'risks:\n  - id: R-001 ...\n  - id: R-001 ...',
    fix: 'Give one of them a new ID (rename updates every reference), or merge the two entries.',
  },
  check(ctx) {
    for (const d of ctx.doc.definitions) {
      if (d.weak) continue;
      const all = ctx.index.definitionsOf(d.type, d.id).filter((o) => !o.item.weak);
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
