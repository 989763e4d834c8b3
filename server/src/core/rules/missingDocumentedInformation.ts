import type { Rule } from './types.js';
import type { DocumentSummary } from '../model.js';
import type { WorkspaceIndex } from '../index/workspaceIndex.js';
import { DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { getClause } from '../catalogue/lookup.js';
import { KINDS } from '../catalogue/kinds.js';
import { providesRequirement } from './provides.js';
import { isRetired } from './util.js';

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
      'Documented information a clause of ISO/IEC 42001 requires (the scope, the AI policy, the statement of applicability, audit results ...) that no document of the workspace provides. One finding per clause, on the workspace\'s main document (its AI policy, else its scope, else the first AIMS document).',
    example: 'A workspace with a policy, a risk register and an SoA, but no internal audit results (9.2.2) and no management review (9.3.3).',
    fix: 'Write the missing document (the "New AIMS Document" command has a template for each kind), or declare the kind of the document that already holds it.',
  },
  checkInWorkspace(ctx) {
    if (anchorOf(ctx.index) !== ctx.doc.uri) return;
    const line = firstLine(ctx.doc);
    const span = { start: ctx.doc.lines.lineStart(line), end: ctx.doc.lines.lineEnd(line) };
    const byClause = new Map<string, string[]>();
    for (const req of DOCUMENTED_INFORMATION) {
      if (ctx.index.documents.some((d) => !isRetired(d) && providesRequirement(d, req))) continue;
      const list = byClause.get(req.clause) ?? [];
      list.push(req.what);
      byClause.set(req.clause, list);
    }
    for (const [clause, whats] of byClause) {
      const title = getClause(clause)?.title;
      ctx.report({
        span,
        message: `Clause ${clause}${title ? ` (${title})` : ''} asks for documented information that no document of this workspace provides: ${whats.join('; ')}.`,
        data: { clause, kinds: KINDS.filter((k) => k.clauses.includes(clause)).map((k) => k.id) },
      });
    }
  },
};

/** Where the workspace's gaps are reported: its AI policy, else its scope, else the first AIMS document (shallowest path first). */
export function anchorOf(index: WorkspaceIndex): string | undefined {
  let best: { uri: string; rank: number; depth: number } | undefined;
  for (const d of index.documents) {
    if (!d.relevant || isRetired(d)) continue;
    const rank = d.meta.kind === 'policy' ? 0 : d.meta.kind === 'scope' ? 1 : d.meta.kind ? 2 : 3;
    const depth = d.uri.split('/').length;
    if (!best || rank < best.rank || (rank === best.rank && (depth < best.depth || (depth === best.depth && d.uri < best.uri)))) best = { uri: d.uri, rank, depth };
  }
  return best?.uri;
}

/** The first line after front matter (the title, usually). */
function firstLine(doc: DocumentSummary): number {
  const fm = doc.meta.frontMatterSpan;
  if (!fm) return 0;
  const line = doc.lines.positionAt(fm.end).line;
  return Math.min(line + 1, doc.lines.lineCount - 1);
}
