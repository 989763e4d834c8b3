/**
 * The two facts the coverage figure counts, shared by computeCoverage (the
 * one-line summary, the status bar, aims/coverage) and the coverage model, so
 * that every surface shows the same number:
 * - a documented-information requirement is provided by a relevant document
 *   whose kind serves it or (unless the requirement is kind-only) whose `aims.clauses`
 *   lists its clause; it counts when one such document is in force (not retired) and
 *   complete: no error among its findings, and no warning that content its kind requires
 *   is missing or empty. Being there is not enough: an approved policy with no sections
 *   provides nothing. Notices do not count against it (they are not sure enough to lower
 *   the figure), nor does an overdue review (the document is there; its review is late);
 * - a control is decided when a statement-of-applicability row in a document
 *   that is not retired says applicable or excluded.
 */
import type { DocumentedInfoRequirement } from '../catalogue/types.js';
import type { WorkspaceIndex, Located } from '../workspaceIndex/workspaceIndex.js';
import type { DocumentSummary, SoaEntry } from '../model/types.js';
import type { AimsLanguageService } from '../service/api.js';
import type { Finding } from '../model/findings.js';
import type { Span } from '../text/types.js';
import { inSpans } from '../text/spans.js';
import { declaredClauses, providesRequirement } from '../rules/provides.js';
import { isRetired } from '../rules/util.js';
import { isProvisional } from '../parse/soaProvisional.js';

export interface RequirementProvider {
  readonly doc: DocumentSummary;
  readonly via: 'kind' | 'chapter' | 'clauses';
}

/** Retired, or an archived copy. */
export function isRetiredDoc(doc: DocumentSummary): boolean {
  return isRetired(doc);
}

export { declaredClauses };

/** Documents that provide a requirement, in path order (by kind first when both apply). */
export function providersOf(index: WorkspaceIndex, req: DocumentedInfoRequirement): RequirementProvider[] {
  const out: RequirementProvider[] = [];
  for (const doc of index.documents) {
    const via = providesRequirement(doc, req);
    if (via) out.push({ doc, via });
  }
  return out;
}

/** Rules whose findings say that content a document's kind requires is missing or empty. */
const CONTENT_GAPS: ReadonlySet<string> = new Set(['missing-section', 'empty-section']);

/** A finding that keeps a document from providing documented information: an error, or required content missing. */
export function blocksProvision(f: Finding): boolean {
  return f.severity === 'error' || (f.severity === 'warning' && CONTENT_GAPS.has(f.code));
}

/** What keeps a document from providing in full, and its overdue review (shown, not counted), in order. */
export function providerProblems(service: AimsLanguageService, doc: DocumentSummary): Finding[] {
  return service.getFindings(doc.uri).filter((f) => blocksProvision(f) || f.code === 'review-overdue');
}

/**
 * In force and complete (see the module comment). A handbook's chapter (`within`: the spans of
 * its chapters of the requirement's kinds) is judged by the findings inside it only.
 */
export function providesInFull(service: AimsLanguageService, doc: DocumentSummary, within?: readonly Span[]): boolean {
  return !isRetiredDoc(doc) && !service.getFindings(doc.uri).some((f) => blocksProvision(f) && (!within || inSpans(f.span.start, within)));
}

export function isProvided(service: AimsLanguageService, req: DocumentedInfoRequirement): boolean {
  return providersOf(service.index, req).some((p) => providesInFull(service, p.doc, p.via === 'chapter' ? chapterSpans(p.doc, req) : undefined));
}

/** The spans of a handbook's chapters that provide `req` (parse/chapters.ts). */
export function chapterSpans(doc: DocumentSummary, req: DocumentedInfoRequirement): Span[] {
  return (doc.meta.chapters ?? []).filter((c) => req.kinds.includes(c.kind)).map((c) => c.span);
}


export interface ControlDecision {
  readonly decision: 'applicable' | 'excluded' | 'undecided';
  /** The row the decision comes from (the first decided row; the first row when none decides). */
  readonly entry?: Located<SoaEntry>;
  /** Every row about the control in documents in force. */
  readonly entries: readonly Located<SoaEntry>[];
  /** Rows disagree. */
  readonly conflict: boolean;
  /** Undecided because its rows include it only provisionally (parse/soaProvisional.ts). */
  readonly provisional?: boolean;
}

/** The decision for a control: rows of statements of applicability first, then other documents' decision tables. */
export function decisionOf(index: WorkspaceIndex, controlId: string, docs: ReadonlyMap<string, DocumentSummary> = documentsByUri(index)): ControlDecision {
  const entries = index
    .soaEntriesFor(controlId)
    .filter((e) => {
      const d = docs.get(e.uri);
      return d !== undefined && !isRetiredDoc(d);
    })
    .sort((a, b) => rank(docs.get(a.uri)) - rank(docs.get(b.uri)));
  // A provisional inclusion (the SoA template's) lists the control but decides nothing.
  const decided = entries.filter((e) => e.item.applicable !== undefined && !isProvisional(e.item));
  const first = decided[0] ?? entries[0];
  const decision = decided.length === 0 ? 'undecided' : decided[0]!.item.applicable ? 'applicable' : 'excluded';
  const conflict = decided.some((e) => e.item.applicable !== decided[0]!.item.applicable);
  const provisional = decided.length === 0 && entries.some((e) => isProvisional(e.item));
  return { decision, ...(first ? { entry: first } : {}), entries, conflict, ...(provisional ? { provisional } : {}) };
}

export function documentsByUri(index: WorkspaceIndex): Map<string, DocumentSummary> {
  return new Map(index.documents.map((d) => [d.uri, d]));
}

function rank(doc: DocumentSummary | undefined): number {
  return doc?.meta.kind === 'soa' ? 0 : 1;
}
