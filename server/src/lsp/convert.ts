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

/**
 * Whether two findings look the same to a client: every field toDiagnostic carries (a finding's
 * offsets are not among them, so a finding that only moved along its line's offsets compares
 * equal). Kept beside toDiagnostic: a field added there must be compared here.
 */
export function sameShown(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  if (!sameRange(a.range, b.range) || a.severity !== b.severity || a.code !== b.code || a.message !== b.message) return false;
  if (a.related.length !== b.related.length) return false;
  for (let i = 0; i < a.related.length; i++) {
    const x = a.related[i]!;
    const y = b.related[i]!;
    if (x.uri !== y.uri || x.message !== y.message || !sameRange(x.range, y.range)) return false;
  }
  return sameValue(a.data, b.data);
}

function sameRange(a: Finding['range'], b: Finding['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether two JSON-like values (objects, arrays, strings, numbers) are equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
