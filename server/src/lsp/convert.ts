/** Core results -> LSP types. Pure conversions; the only place that knows both. */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding } from '../core/index.js';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `docsBase` is where rule documentation lives, e.g. file:///…/README.md; the rule code is its anchor. */
export function toDiagnostic(f: Finding, docsBase: string | undefined): Diagnostic {
  const related: DiagnosticRelatedInformation[] = f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    ...(docsBase ? { codeDescription: { href: `${docsBase}#${f.code}` } } : {}),
    source: 'aims',
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}
