/** Core results -> LSP types. Pure conversions; the only place that knows both. */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding } from '../core/index.js';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Where a rule's documentation is: `docsBase`, e.g. file:///…/README.md, with the rule code as
 * its anchor, unless the client gave a template (initializationOptions.ruleDocumentation, e.g.
 * VS Code's `command:aims.openRuleDocumentation?%5B%22{code}%22%5D`) with `{code}` in it.
 */
export function ruleDocLink(docsBase: string | undefined, template: unknown): ((code: string) => string) | undefined {
  if (typeof template === 'string' && template.includes('{code}')) return (code) => template.split('{code}').join(encodeURIComponent(code));
  return docsBase ? (code) => `${docsBase}#${encodeURIComponent(code)}` : undefined;
}

export function toDiagnostic(f: Finding, docs: ((code: string) => string) | undefined): Diagnostic {
  const related: DiagnosticRelatedInformation[] = f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    ...(docs ? { codeDescription: { href: docs(f.code) } } : {}),
    source: 'aims',
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}
