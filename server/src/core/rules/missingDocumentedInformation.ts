import type { Rule } from './types.js';
import type { DocumentSummary } from '../model/types.js';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex.js';
import { DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { getClause } from '../catalogue/lookup.js';
import { KINDS } from '../catalogue/kinds.js';
import { providesRequirement } from './provides.js';
import { kindOfTitle } from '../parse/meta.js';
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
    const gaps = gapsOf(ctx.index);
    if (gaps.anchor !== ctx.doc.uri) return;
    const line = firstLine(ctx.doc);
    const span = { start: ctx.doc.lines.lineStart(line), end: ctx.doc.lines.lineEnd(line) };
    for (const [clause, whats] of gaps.byClause) {
      const title = getClause(clause)?.title;
      ctx.report({
        span,
        message: `Clause ${clause}${title ? ` (${title})` : ''} asks for documented information that no document of this workspace provides: ${whats.join('; ')}.`,
        data: { clause, kinds: KINDS.filter((k) => k.clauses.includes(clause)).map((k) => k.id) },
      });
    }
  },
};

interface Gaps {
  readonly anchor: string | undefined;
  readonly byClause: ReadonlyMap<string, readonly string[]>;
}

/**
 * Computed once per set of facts, not once per document: every document asks, and a pass over
 * all of them each time would be quadratic in the size of the workspace. What it reads (which
 * documents exist, their kinds, declared clauses, relevance, retirement, templates) is in the
 * index's workspace signature, so typing in a paragraph does not compute it again.
 */
const memo = new WeakMap<WorkspaceIndex, { signature: string; gaps: Gaps }>();

function gapsOf(index: WorkspaceIndex): Gaps {
  const signature = index.workspaceSignature;
  const hit = memo.get(index);
  if (hit?.signature === signature) return hit.gaps;
  const docs = index.documents;
  let g: Gaps;
  const anchor = anchorOf(docs);
  const byClause = new Map<string, string[]>();
  if (anchor !== undefined) {
    const inForce = docs.filter((d) => d.relevant && !isRetired(d));
    for (const req of DOCUMENTED_INFORMATION) {
      if (inForce.some((d) => providesRequirement(d, req))) continue;
      const list = byClause.get(req.clause) ?? [];
      list.push(req.what);
      byClause.set(req.clause, list);
    }
  }
  memo.set(index, { signature, gaps: (g = { anchor, byClause }) });
  return g;
}

/**
 * Where the workspace's gaps are reported: its AI policy, else its scope, else the first AIMS
 * document (shallowest path first). None for a workspace that is not (yet) an AIMS: fewer than
 * three documents about ISO/IEC 42001, or none of a known kind.
 */
function anchorOf(docs: readonly DocumentSummary[]): string | undefined {
  let best: { uri: string; rank: number; depth: number } | undefined;
  let relevant = 0;
  let kinds = 0;
  for (const d of docs) {
    // A template for a kind of document ("aims-scope-template.md") is a sign of an AIMS being built, though it provides nothing.
    if (!d.relevant && isKindTemplate(d.uri)) relevant++;
    if (!d.relevant || isRetired(d)) continue;
    relevant++;
    if (d.meta.kind) kinds++;
    const rank = d.meta.kind === 'policy' ? 0 : d.meta.kind === 'scope' ? 1 : d.meta.kind ? 2 : 3;
    const depth = d.uri.split('/').length;
    if (!best || rank < best.rank || (rank === best.rank && (depth < best.depth || (depth === best.depth && d.uri < best.uri)))) best = { uri: d.uri, rank, depth };
  }
  return relevant >= 3 && kinds >= 1 ? best?.uri : undefined;
}

/** A file named as a template of one of the kinds: "ai-policy-template.md", "TEMPLATE-risk-register.yaml". */
function isKindTemplate(uri: string): boolean {
  const raw = uri.slice(uri.lastIndexOf('/') + 1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // An editor's URI with a stray "%" (bad%zz.md): the name as written.
  }
  const name = decoded.replace(/\.[^.]+$/, '');
  if (!/template/i.test(name)) return false;
  return !!kindOfTitle(name.replace(/templates?/gi, ' ').replace(/[-_.]+/g, ' '));
}

/** The first line after front matter (the title, usually). */
function firstLine(doc: DocumentSummary): number {
  const fm = doc.meta.frontMatterSpan;
  if (!fm) return 0;
  const line = doc.lines.positionAt(fm.end).line;
  return Math.min(line + 1, doc.lines.lineCount - 1);
}
