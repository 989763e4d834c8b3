/**
 * The rule interface. A rule reads the document model (and the workspace
 * index for cross-file checks) and reports findings through the context; it
 * never sees LSP or SARIF types. One rule per file; see registry.ts.
 */
import type { AimsDocument } from '../model.js';
import type { AimsConfig, SeverityName } from '../config/config.js';
import type { Span } from '../text/types.js';
import type { WorkspaceIndex } from '../index/workspaceIndex.js';

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
}

export interface RuleContext {
  readonly doc: AimsDocument;
  readonly index: WorkspaceIndex;
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
  check(ctx: RuleContext): void;
}
