/** Clauses: which documents provide each piece of documented information, and the gaps. */
import { DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { getClause } from '../catalogue/lookup.js';
import { blocksProvision, chapterSpans, declaredClauses, isRetiredDoc, providerProblems, providersOf } from './providers.js';
import { inSpans } from '../text/spans.js';
import { documentRef, pathOf, type ModelContext } from './common.js';
import type { DocumentSummary } from '../model/types.js';
import type { ClauseCoverage, ClauseSection, DocumentRef, Provider, ProviderProblem, RequirementCoverage } from './types.js';

export function clauseSection(ctx: ModelContext): ClauseSection {
  const index = ctx.service.index;
  const refs = new Map<string, DocumentRef>();
  const refOf = (uri: string) => {
    let r = refs.get(uri);
    if (!r) refs.set(uri, (r = documentRef(ctx, ctx.docs.get(uri)!)));
    return r;
  };
  const clauses: ClauseCoverage[] = [];
  const problemCache = new Map<string, PlacedProblem[]>();
  for (const req of DOCUMENTED_INFORMATION) {
    const found = providersOf(index, req);
    const providers: Provider[] = found.map((p) => {
      // A handbook's chapter is judged by the problems inside it: an SoA chapter's missing
      // justification does not keep its policy chapter from providing the policy.
      const all = problemsOf(p.doc);
      const within = p.via === 'chapter' ? chapterSpans(p.doc, req) : undefined;
      const problems = (within ? all.filter((x) => inSpans(x.at, within)) : all).map((x) => x.problem);
      return { ...refOf(p.doc.uri), via: p.via, complete: !isRetiredDoc(p.doc) && !problems.some((x) => x.blocks), problems };
    });
    const coverage: RequirementCoverage = {
      id: req.id,
      clause: req.clause,
      what: req.what,
      form: req.form,
      kinds: req.kinds,
      providers,
      present: found.some((p) => !isRetiredDoc(p.doc)),
      provided: providers.some((p) => p.complete),
    };
    const last = clauses[clauses.length - 1];
    if (last && last.id === req.clause) (last.requirements as RequirementCoverage[]).push(coverage);
    else clauses.push({ id: req.clause, title: getClause(req.clause)?.title ?? req.clause, requirements: [coverage] });
  }
  const documents = index.documents
    .filter((d) => d.relevant && (d.meta.kind !== undefined || d.meta.chapters !== undefined || declaredClauses(d).length > 0))
    .map((d) => refOf(d.uri))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const gaps = clauses.flatMap((c) =>
    c.requirements.filter((r) => !r.provided).map((r) => ({ clause: c.id, requirement: r.id, what: r.what, state: r.present ? ('incomplete' as const) : ('missing' as const) })),
  );
  return { clauses, documents, gaps };

  /** A document's problems for the model, with where each is, once per document. */
  function problemsOf(doc: DocumentSummary): PlacedProblem[] {
    let p = problemCache.get(doc.uri);
    if (!p) {
      p = providerProblems(ctx.service, doc).map((f) => ({
        at: f.span.start,
        problem: {
          path: pathOf(ctx.service, f.uri),
          line: f.range.start.line + 1,
          code: f.code,
          severity: f.severity === 'error' ? 'error' : 'warning',
          message: f.message,
          blocks: blocksProvision(f),
        },
      }));
      problemCache.set(doc.uri, p);
    }
    return p;
  }
}

/** A provider's problem and the offset of its finding. */
interface PlacedProblem {
  readonly at: number;
  readonly problem: ProviderProblem;
}
