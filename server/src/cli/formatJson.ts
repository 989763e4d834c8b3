import type { Finding, CoverageSummary } from '../core/index.js';

/** Stable JSON: findings with 0-based LSP ranges and workspace-relative paths, plus the coverage summary. */
export function formatJson(findings: readonly Finding[], relative: (uri: string) => string, coverage: CoverageSummary): string {
  return (
    JSON.stringify(
      {
        findings: findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          message: f.message,
          path: relative(f.uri),
          range: f.range,
          ...(f.related.length ? { related: f.related.map((r) => ({ path: relative(r.uri), range: r.range, message: r.message })) } : {}),
        })),
        coverage,
      },
      null,
      2,
    ) + '\n'
  );
}
