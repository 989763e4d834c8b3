import type { Finding } from '../core/index.js';
import type { CoverageSummary } from '../core/index.js';
import { visibleLines } from '../report/visible.js';

/**
 * Compiler-style lines ("path:line:col: severity code: message"), 1-based for people and editors' terminals.
 * File names and quoted text are shown with their control characters made visible (report/visible.ts).
 */
export function formatText(findings: readonly Finding[], relative: (uri: string) => string, coverage: CoverageSummary): string {
  const lines = findings.map((f) => `${relative(f.uri)}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code}: ${f.message}`);
  lines.push(summaryLine(findings, coverage));
  return visibleLines(lines);
}

export function summaryLine(findings: readonly Finding[], c: CoverageSummary): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return (
    `${c.documents} AIMS documents; coverage ${c.percent}% ` +
    `(documented information ${c.requirementsProvided}/${c.requirements}, Annex A decided ${c.controlsDecided}/${c.controls}); ` +
    `${count('error')} errors, ${count('warning')} warnings, ${count('information') + count('hint')} notices`
  );
}
