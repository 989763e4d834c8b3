import type { Rule } from './types.js';
import type { DocumentSummary } from '../model/types.js';
import type { IndexReader } from '../workspaceIndex/workspaceIndex.js';
import { DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { getClause } from '../catalogue/lookup.js';
import { KINDS } from '../catalogue/kinds.js';
import { providesRequirement } from './provides.js';
import { isRetired } from './util.js';
import { isUnwrittenSkeleton } from '../parse/template.js';
import { titleInAnotherLanguage } from '../parse/meta.js';

/**
 * Documented information ISO/IEC 42001 asks for that no document of the workspace provides:
 * one finding per clause, in one place for the whole workspace (the anchor document below),
 * so that a gap shows in the Problems list and in CI rather than only as a coverage figure.
 * A notice by default: whether a document "provides" a requirement is read from its kind,
 * which for undeclared documents is an inference.
 */
export const missingDocumentedInformation: Rule = {
  code: 'missing-documented-information',
  defaultSeverity: 'information',
  doc: {
    summary:
      'Documented information a clause of ISO/IEC 42001 requires (the scope, the AI policy, the statement of applicability, audit results ...) that no document of the workspace provides. One finding per clause, on the workspace\'s main document (its AI policy, else its scope, else the first AIMS document). Only a workspace that looks like an AIMS is judged: at least three AIMS documents (a template named for a kind counts), one of them of a known kind (or two titled in another language), so a repository that merely mentions ISO/IEC 42001 gets none. Where two or more documents of no known kind are titled in another language (no kind is read from such titles), one notice names them and the clauses it cannot judge instead.',
    example: 'A workspace with a policy, a risk register and an SoA, but no internal audit results (9.2.2) and no management review (9.3.3).',
    fix: 'Write the missing document (the "New AIMS Document" command has a template for each kind), or declare the kind of the document that already holds it.',
  },
  checkInWorkspace(ctx) {
    // Only the main document reads every document: the others depend on which one that is.
    if (ctx.index.mainDocument() !== ctx.doc.uri) return;
    const gaps = gapsOf(ctx.index);
    const line = firstLine(ctx.doc);
    const span = { start: ctx.doc.lines.lineStart(line), end: ctx.doc.lines.lineEnd(line) };
    // Documents titled in a language whose titles give no kind may hold any of it: say what to check, once.
    if (gaps.unread.length >= UNREAD_ENOUGH && gaps.byClause.size > 0) {
      const named = gaps.unread.slice(0, 3).map((d) => `"${d.title}"`).join(', ');
      const clauses = [...gaps.byClause.keys()];
      ctx.report({
        span,
        message: `${gaps.unread.length} documents of this workspace have titles in a language from which the checker reads no kind (${named}${gaps.unread.length > 3 ? ' ...' : ''}), so it cannot tell whether they provide the documented information clauses ${clauses.join(', ')} ask for. Declare their kinds (aims.kind) to have this checked.`,
        related: gaps.unread.map((d) => ({ uri: d.uri, span: { start: 0, end: 0 }, message: 'a document of no known kind, titled in another language' })),
        data: { clauses, unread: gaps.unread.map((d) => d.uri) },
      });
      return;
    }
    for (const [clause, { whats, drafts }] of gaps.byClause) {
      const title = getClause(clause)?.title;
      const drafted = drafts.length === 0 ? '' : drafts.length === 1 ? ' A draft of it is not written yet.' : ` ${drafts.length} drafts of it are not written yet.`;
      ctx.report({
        span,
        message: `Clause ${clause}${title ? ` (${title})` : ''} asks for documented information that no document of this workspace provides: ${whats.join('; ')}.${drafted}`,
        ...(drafts.length > 0 ? { related: drafts.map((uri) => ({ uri, span: { start: 0, end: 0 }, message: 'a draft that holds only the template' })) } : {}),
        data: { clause, kinds: KINDS.filter((k) => k.clauses.includes(clause)).map((k) => k.id) },
      });
    }
  },
};

interface Gaps {
  /** Per clause: what is missing, and drafts of ours of a providing kind nobody has written in (parse/template.ts). */
  readonly byClause: ReadonlyMap<string, { readonly whats: readonly string[]; readonly drafts: readonly string[] }>;
  /** Documents of no kind whose titles are in another language (parse/meta.ts titleInAnotherLanguage). */
  readonly unread: readonly DocumentSummary[];
}

/** How many such documents make the gaps unknown rather than missing: one may be a translation. */
const UNREAD_ENOUGH = 2;

/**
 * Computed once per set of facts, not once per document: every document asks, and a pass over
 * all of them each time would be quadratic in the size of the workspace. What it reads (which
 * documents exist, their kinds, declared clauses, relevance, retirement, templates) is in the
 * index's workspace signature, so typing in a paragraph does not compute it again.
 */
const memo = new WeakMap<object, { version: number; gaps: Gaps }>();

function gapsOf(index: IndexReader): Gaps {
  const every = index.everyDocument();
  const hit = memo.get(every.owner);
  if (hit?.version === every.version) return hit.gaps;
  const docs = every.documents;
  const byClause = new Map<string, { whats: string[]; drafts: string[] }>();
  const inForce = docs.filter((d) => d.relevant && !isRetired(d));
  for (const req of DOCUMENTED_INFORMATION) {
    if (inForce.some((d) => providesRequirement(d, req))) continue;
    const gap = byClause.get(req.clause) ?? { whats: [], drafts: [] };
    gap.whats.push(req.what);
    for (const d of inForce) if (d.meta.kind && req.kinds.includes(d.meta.kind) && isUnwrittenSkeleton(d) && !gap.drafts.includes(d.uri)) gap.drafts.push(d.uri);
    byClause.set(req.clause, gap);
  }
  const unread = inForce.filter((d) => !d.meta.kind && titleInAnotherLanguage(d.title));
  const gaps = { byClause, unread };
  memo.set(every.owner, { version: every.version, gaps });
  return gaps;
}

/** The first line after front matter (the title, usually). */
function firstLine(doc: DocumentSummary): number {
  const fm = doc.meta.frontMatterSpan;
  if (!fm) return 0;
  const line = doc.lines.positionAt(fm.end).line;
  return Math.min(line + 1, doc.lines.lineCount - 1);
}
