/**
 * SARIF 2.1.0 for code-scanning uploads and pull-request reviews. ruleId is
 * exactly the rule code; regions are 1-based, columns in UTF-16 code units
 * (stated as the run's columnKind). Artifact URIs are relative to %SRCROOT%, the
 * repository root (code scanning places alerts by repository paths, whatever
 * folder was checked), each segment percent-encoded; a file outside the
 * repository gets its absolute file URI. Each result carries a fingerprint that
 * does not depend on its line number (sarifFingerprints.ts), so an alert
 * survives lines inserted above it.
 */
import type { ArtifactLocation, Log, Location, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Rule } from '../core/index.js';
import { canonicalUri, folderKey, relativeReference } from '../../../protocol/uris.js';
import { ruleHelpUri } from './ruleDocs.js';
import { fingerprints, FINGERPRINT_KEY } from './sarifFingerprints.js';

export interface SarifContext {
  /** The repository root as a file URI (see findRepositoryRoot). */
  readonly rootUri: string;
  readonly version: string;
  /** The project's home page (package.json's repository); each rule's helpUri is its README section there. */
  readonly home: string;
  /** The text of a document, for the fingerprints; undefined when it is not known. */
  readonly textOf: (uri: string) => string | undefined;
}

export function formatSarif(findings: readonly Finding[], rules: readonly Rule[], ctx: SarifContext): string {
  // Typed against @types/sarif so property names and enum values are checked by the compiler.
  const level = (s: string): Result.level => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const region = (r: Finding['range']) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
  const artifact = (uri: string): ArtifactLocation => {
    const ref = relativeReference(ctx.rootUri, uri);
    return ref !== undefined ? { uri: ref, uriBaseId: '%SRCROOT%' } : { uri: canonicalUri(uri) };
  };
  const location = (uri: string, range: Finding['range']): Location => ({ physicalLocation: { artifactLocation: artifact(uri), region: region(range) } });
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const prints = fingerprints(findings, (uri) => artifact(uri).uri ?? uri, ctx.textOf);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aims',
            version: ctx.version,
            informationUri: ctx.home,
            rules: rules.map((r): ReportingDescriptor => ({
              id: r.code,
              name: r.code.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.doc.summary },
              fullDescription: { text: `${r.doc.summary} ${r.doc.fix}` },
              helpUri: ruleHelpUri(ctx.home, r.code),
              help: { text: r.doc.fix },
              defaultConfiguration: { level: level(r.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: folderKey(ctx.rootUri) } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f, i): Result => ({
          ruleId: f.code,
          ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
          level: level(f.severity),
          message: { text: f.message },
          locations: [location(f.uri, f.range)],
          partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
          ...(f.related.length ? { relatedLocations: f.related.map((r, j) => ({ id: j + 1, ...location(r.uri, r.range), message: { text: r.message } })) } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
