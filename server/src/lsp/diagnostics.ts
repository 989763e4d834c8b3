/**
 * Diagnostics delivery. With LSP 3.17 pull diagnostics (the client asks), a
 * change only triggers a refresh request; without it, findings are pushed for
 * every document whose findings changed. Edits are debounced: typing does not
 * recompute on every keystroke.
 */
import type { Connection, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';
import type { Folders } from './folders.js';
import { sameValue, toDiagnostic } from './convert.js';

export class DiagnosticsScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What was last sent per document: the findings array (unchanged findings keep their identity) and its JSON. */
  private readonly published = new Map<string, { findings: readonly unknown[]; json: string }>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: Folders,
    private readonly pull: boolean,
    private readonly docs: () => ((code: string) => string) | undefined,
    private readonly delayMs = 150,
  ) {}

  /** Something changed: recompute after a short quiet period (or `delayMs`). */
  schedule(delayMs = this.delayMs): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, delayMs);
  }

  flush(): void {
    if (this.pull) {
      void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const folder of this.folders.all()) {
      // Before the first index, only the open documents' own findings: a reference to a file
      // not read yet would show as dangling.
      const ready = folder.isReady();
      for (const doc of folder.service.documents()) {
        if (!ready && !folder.service.isOpen(doc.uri)) continue;
        const findings = ready ? folder.service.getFindings(doc.uri) : folder.service.getDocumentFindings(doc.uri);
        const last = this.published.get(doc.uri);
        if (last?.findings === findings) continue; // cached, so unchanged
        const diagnostics = findings.map((f) => toDiagnostic(f, this.docs()));
        const json = JSON.stringify(diagnostics);
        this.published.set(doc.uri, { findings, json });
        if ((last?.json ?? '[]') === json) continue;
        void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics });
      }
    }
  }

  /** A document left the workspace: clear what was shown for it. */
  forget(uri: string): void {
    if (!this.pull && this.published.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.delete(uri);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}


/**
 * Pulled diagnostics with result IDs: findings are converted once per result, and a pull whose
 * findings are the same cached array as the client's last result is answered "unchanged", so
 * neither side serialises or re-renders a thousand unchanged diagnostics after each keystroke.
 * A new version's findings that convert to the same diagnostics (an edit on a line with none
 * after it, most keystrokes in a document with few findings) keep the last result too: compared
 * value by value, which stops at the first difference, instead of being sent again in full.
 */
export class PulledDiagnostics<F> {
  private readonly last = new Map<string, { findings: readonly F[]; readonly resultId: string; readonly items: Diagnostic[] }>();
  private next = 0;

  /** `same`: whether two findings convert to equal diagnostics (convert.ts sameShown), compared before converting. */
  constructor(
    private readonly convert: (finding: F) => Diagnostic,
    private readonly same: (a: F, b: F) => boolean = (a, b) => sameValue(convert(a), convert(b)),
  ) {}

  report(uri: string, findings: readonly F[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const last = this.last.get(uri);
    if (last && last.findings !== findings) {
      if (sameEach(findings, last.findings, this.same)) last.findings = findings;
      else this.last.set(uri, { findings, resultId: String(++this.next), items: findings.map(this.convert) });
    } else if (!last) this.last.set(uri, { findings, resultId: String(++this.next), items: findings.map(this.convert) });
    const entry = this.last.get(uri)!;
    return entry.resultId === previousResultId ? { kind: 'unchanged', resultId: entry.resultId } : { kind: 'full', resultId: entry.resultId, items: entry.items };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

function sameEach<F>(a: readonly F[], b: readonly F[], same: (x: F, y: F) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

/**
 * The workspace pull's memory of which documents it last reported with findings, and which
 * were closed since. A client keeps a document's last report (a workspace report, or the last
 * pull of a buffer it closed) until it is told otherwise, so a document whose findings are gone
 * (fixed, reverted and closed, deleted) must be reported once more, empty; left out, it would
 * keep its stale diagnostics in the Problems view (vscode-languageserver-node#1039).
 */
export class WorkspaceReports {
  private reported = new Set<string>();
  /** Closed since the last report: the client may hold the closed buffer's diagnostics for them. */
  private readonly closedSince = new Set<string>();

  /** A document was closed: report it in the next workspace report, empty if it has no finding. */
  closed(uri: string): void {
    this.closedSince.add(uri);
  }

  /** The URIs to report empty, given the URIs that have findings now (and remember those). */
  cleared(withFindings: Iterable<string>): string[] {
    const now = new Set(withFindings);
    const gone = [...new Set([...this.reported, ...this.closedSince])].filter((uri) => !now.has(uri));
    this.reported = now;
    this.closedSince.clear();
    return gone;
  }
}
