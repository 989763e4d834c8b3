/**
 * The rule interface. A rule reads the document model (and the workspace
 * index for cross-file checks) and reports findings through the context; it
 * never sees LSP or SARIF types. One rule per file; see registry.ts.
 *
 * A rule has up to two parts, split by what their findings depend on:
 * - `check` sees the document's full model and the configuration, nothing else. Its
 *   findings are a function of (text, path, configuration), so they are computed once per
 *   document version, may run in a worker, and are stored in the persistent index cache.
 * - `checkInWorkspace` sees the document's summary (model.ts: no sections or tables), the
 *   workspace index and today's date. It re-runs whenever those change, which is cheap
 *   because a summary needs no parsing; closed documents are never re-parsed for it.
 * The types keep each part to what it may read.
 */
import type { AimsDocument, DocumentSummary } from '../model/types.js';
import type { AimsConfig, SeverityName } from '../config/config.js';
import type { Span } from '../text/types.js';
import type { IndexReader } from '../workspaceIndex/workspaceIndex.js';

export interface RelatedLocation {
  readonly uri: string;
  readonly span: Span;
  readonly message: string;
}

export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  /** Machine-readable details for quick fixes (suggested IDs, missing item ids ...). */
  readonly data?: Readonly<Record<string, unknown>>;
  /**
   * The most severe this finding may be shown as: the configured severity is lowered to it,
   * never raised. For findings the rule is not sure of (a kind only inferred, a method the
   * writer never stated), which are then notices rather than warnings.
   */
  readonly atMost?: SeverityName;
}

export interface DocumentRuleContext {
  readonly doc: AimsDocument;
  readonly config: AimsConfig;
  report(r: Report): void;
}

export interface WorkspaceRuleContext {
  readonly doc: DocumentSummary;
  /** Every read is a dependency of the findings reported (workspaceIndex/readers.ts). */
  readonly index: IndexReader;
  readonly config: AimsConfig;
  /** YYYY-MM-DD. */
  readonly today: string;
  report(r: Report): void;
}

export interface RuleDoc {
  /** One sentence: what the rule finds. */
  readonly summary: string;
  /** A short snippet that triggers it. */
  readonly example: string;
  /** What to do about it. */
  readonly fix: string;
}

export interface Rule {
  readonly code: string;
  readonly defaultSeverity: SeverityName;
  readonly doc: RuleDoc;
  /** Findings from the document alone (see the top of this file). */
  check?(ctx: DocumentRuleContext): void;
  /** Findings that depend on other documents or on the date, from the document's summary. */
  checkInWorkspace?(ctx: WorkspaceRuleContext): void;
}
