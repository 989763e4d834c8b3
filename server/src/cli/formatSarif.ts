/**
 * SARIF 2.1.0 for code-scanning uploads and pull-request reviews. ruleId is
 * exactly the rule code; columns are UTF-16 code units (SARIF's default
 * columnKind), 1-based; URIs are relative to %SRCROOT% (the workspace root).
 */
import type { Log, Location, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Rule } from '../core/index.js';

export function formatSarif(findings: readonly Finding[], rules: readonly Rule[], relative: (uri: string) => string, rootUri: string, version: string): string {
  // Typed against @types/sarif so property names and enum values are checked by the compiler.
  const level = (s: string): Result.level => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const region = (r: Finding['range']) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
  const location = (uri: string, range: Finding['range']): Location => ({ physicalLocation: { artifactLocation: { uri: relative(uri), uriBaseId: '%SRCROOT%' }, region: region(range) } });
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aims',
            version,
            rules: rules.map((r): ReportingDescriptor => ({
              id: r.code,
              name: r.code.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.doc.summary },
              fullDescription: { text: `${r.doc.summary} ${r.doc.fix}` },
              help: { text: r.doc.fix },
              defaultConfiguration: { level: level(r.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : rootUri + '/' } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f): Result => ({
          ruleId: f.code,
          ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
          level: level(f.severity),
          message: { text: f.message },
          locations: [location(f.uri, f.range)],
          ...(f.related.length ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r.uri, r.range), message: { text: r.message } })) } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
