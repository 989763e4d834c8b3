/** Clauses: which documents provide each piece of documented information, and the gaps. */
import { DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { getClause } from '../catalogue/lookup.js';
import { declaredClauses, isRetiredDoc, providersOf } from './providers.js';
import { documentRef, type ModelContext } from './common.js';
import type { ClauseCoverage, ClauseSection, DocumentRef, RequirementCoverage } from './types.js';

export function clauseSection(ctx: ModelContext): ClauseSection {
  const index = ctx.service.index;
  const refs = new Map<string, DocumentRef>();
  const refOf = (uri: string) => {
    let r = refs.get(uri);
    if (!r) refs.set(uri, (r = documentRef(ctx, ctx.docs.get(uri)!)));
    return r;
  };
  const clauses: ClauseCoverage[] = [];
  for (const req of DOCUMENTED_INFORMATION) {
    const providers = providersOf(index, req);
    const coverage: RequirementCoverage = {
      id: req.id,
      clause: req.clause,
      what: req.what,
      form: req.form,
      kinds: req.kinds,
      providers: providers.map((p) => ({ ...refOf(p.doc.uri), via: p.via })),
      provided: providers.some((p) => !isRetiredDoc(p.doc)),
    };
    const last = clauses[clauses.length - 1];
    if (last && last.id === req.clause) (last.requirements as RequirementCoverage[]).push(coverage);
    else clauses.push({ id: req.clause, title: getClause(req.clause)?.title ?? req.clause, requirements: [coverage] });
  }
  const documents = index.documents
    .filter((d) => d.relevant && (d.meta.kind !== undefined || declaredClauses(d).length > 0))
    .map((d) => refOf(d.uri))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const gaps = clauses.flatMap((c) => c.requirements.filter((r) => !r.provided).map((r) => ({ clause: c.id, requirement: r.id, what: r.what })));
  return { clauses, documents, gaps };
}
