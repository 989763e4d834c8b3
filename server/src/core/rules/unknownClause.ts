import type { Rule } from './types.js';
import { isKnownClause, getClause } from '../catalogue/lookup.js';
import { CLAUSES } from '../catalogue/clauses.js';
import { ownSubdivisions, standardNumberedHeadings } from './clauseNumbering.js';
import { saidNotToExist } from './saidNotToExist.js';

export const unknownClause: Rule = {
  code: 'unknown-clause',
  defaultSeverity: 'error',
  doc: {
    summary: 'A clause number that ISO/IEC 42001:2023 does not have (there is no 6.4, 7.6, 8.5, 9.4 or 10.3). A number quoted to say it does not exist ("invented clauses 8.5/8.6"), a contract\'s clause ("contract clause 4.2") or one of another standard named before it (any ISO or IEC number but 42001) is not reported; a number past clause 10 is only a notice.',
    example: 'Changes are controlled under Clause 8.5.',
    fix: 'Check the clause number; clauses 4 to 10 and their sub-clauses are listed in the hover of any clause reference.',
  },
  check(ctx) {
    // "### 8.5 AI System Lifecycle" among headings that follow the standard's numbering is a clause too.
    // The references' starts only when some heading is numbered (most documents have none).
    const numbered = standardNumberedHeadings(ctx.doc);
    const cited = numbered.length > 0 ? new Set(ctx.doc.references.map((r) => r.span.start)) : undefined;
    const headings = numbered.filter((h) => !cited!.has(h.numberSpan.start)).map((h) => ({ type: 'clause' as const, framework: '42001', id: h.id, span: h.numberSpan }));
    const refs = ctx.doc.references;
    // A manual's own subsections of a clause the standard does not divide ("#### 8.1.4 ..."), read when some number is unknown.
    let own: ReadonlySet<number> | undefined;
    // Indexed, and the two lists apart: for-of allocates an iterator result per element in code
    // V8 has not optimised, and copying them together a whole array, on every edit.
    for (let i = 0; i < refs.length + headings.length; i++) {
      const r = i < refs.length ? refs[i]! : headings[i - refs.length]!;
      if (r.type !== 'clause' || r.framework !== '42001' || isKnownClause(r.id) || (own ??= ownSubdivisions(ctx.doc)).has(r.span.start) || saidNotToExist(ctx.doc.text, r.span)) continue;
      const parent = r.id.split('.').slice(0, -1).join('.');
      const siblings = CLAUSES.filter((c) => c.parent === parent).map((c) => c.id);
      const p = getClause(parent);
      const hint = p ? ` Clause ${parent} (${p.title}) has ${siblings.length ? siblings.join(', ') : 'no sub-clauses'}.` : '';
      // Past clause 10 the number is no near miss of a real clause: more often another document's
      // numbering (a contract, a regulation, an older standard) left unnamed, so only a notice.
      const beyond = Number(r.id.split('.')[0]) > 10;
      const aside = beyond ? ' Its clauses end at 10; if this is the clause of another document, name that document next to it.' : '';
      ctx.report({ span: r.span, message: `Clause ${r.id} does not exist in ISO/IEC 42001:2023.${hint}${aside}`, data: { id: r.id }, ...(beyond ? { atMost: 'information' as const } : {}) });
    }
  },
};
