/** Domain findings: what rules report, with resolved severity and LSP-shaped ranges. Converted to LSP/SARIF at the edges. */
import type { SeverityName } from '../config/config.js';
import type { Range, Span } from '../text/types.js';

export interface FindingLocation {
  readonly uri: string;
  readonly span: Span;
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: SeverityName;
  readonly message: string;
  readonly uri: string;
  readonly span: Span;
  readonly range: Range;
  readonly related: readonly FindingLocation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

const ORDER: Record<SeverityName, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    ORDER[a.severity] - ORDER[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
