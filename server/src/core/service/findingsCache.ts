/**
 * The service's findings per document, kept while nothing they depend on changed: the
 * document's own summary, the date, the versions of the cross-file facts its workspace rules
 * read (workspaceIndex/readers.ts; when no fact changed anywhere the index's signature says
 * so at once), and the other documents its findings point into, whose places they hold.
 */
import type { DocumentSummary } from '../model/types.js';
import type { Finding } from '../model/findings.js';
import type { LocalReport } from '../workspace/analysis.js';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex.js';
import { dependenciesHold, type Dependencies } from '../workspaceIndex/readers.js';

interface CachedFindings {
  readonly summary: DocumentSummary;
  /** The index's signature and the date they were computed under. */
  readonly signature: string;
  readonly today: string;
  /** The fact keys the workspace rules read, and their versions then. */
  readonly reads: Dependencies;
  /** The other documents (and their versions) the findings' related information points into. */
  readonly pointsInto: readonly (readonly [uri: string, summary: DocumentSummary | undefined])[];
  readonly findings: Finding[];
}

export class FindingsCache {
  private readonly byUri = new Map<string, CachedFindings>();

  constructor(
    private readonly index: WorkspaceIndex,
    /** The current summary of a document, for the documents findings point into. */
    private readonly summaryOf: (uri: string) => DocumentSummary | undefined,
  ) {}

  get(uri: string, summary: DocumentSummary, today: string): Finding[] | undefined {
    const c = this.byUri.get(uri);
    if (!c || c.summary !== summary || c.today !== today) return undefined;
    if (c.signature !== this.index.workspaceSignature && !dependenciesHold(this.index, c.reads)) return undefined;
    return c.pointsInto.every(([u, s]) => this.summaryOf(u) === s) ? c.findings : undefined;
  }

  set(uri: string, summary: DocumentSummary, today: string, reads: Dependencies, workspaceReports: readonly LocalReport[], findings: Finding[]): void {
    const pointsInto = new Map<string, DocumentSummary | undefined>();
    for (const r of workspaceReports) for (const rel of r.related ?? []) if (rel.uri !== uri && !pointsInto.has(rel.uri)) pointsInto.set(rel.uri, this.summaryOf(rel.uri));
    this.byUri.set(uri, { summary, signature: this.index.workspaceSignature, today, reads, pointsInto: [...pointsInto], findings });
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }
}
