/**
 * Reports -> findings: the rules' `checkInWorkspace` parts on a document's
 * summary, and the turning of any report (from either part, fresh or cached)
 * into a Finding with its severity and LSP ranges.
 */
import type { DocumentSummary } from '../model/types.js';
import type { AimsConfig, SeverityName } from '../config/config.js';
import type { IndexReader } from '../workspaceIndex/workspaceIndex.js';
import type { Finding } from '../model/findings.js';
import { RULES, getRule } from '../rules/registry.js';
import { plainData, type LocalReport } from './analysis.js';

export interface WorkspaceRunContext {
  readonly index: IndexReader;
  readonly config: AimsConfig;
  readonly today: string;
  readonly log?: (message: string) => void;
}

/** The `checkInWorkspace` parts of the rules on one document (relevant documents only, as for `check`). */
export function runWorkspaceRules(doc: DocumentSummary, ctx: WorkspaceRunContext): LocalReport[] {
  const out: LocalReport[] = [];
  if (!doc.relevant) return out;
  for (const rule of RULES) {
    if (!rule.checkInWorkspace || severityOf(ctx.config, rule.code) === 'off') continue;
    try {
      rule.checkInWorkspace({ doc, index: ctx.index, config: ctx.config, today: ctx.today, report: (r) => out.push({ code: rule.code, ...r, ...(r.data ? { data: plainData(r.data) } : {}) }) });
    } catch (e) {
      ctx.log?.(`rule ${rule.code} failed on ${doc.uri}: ${(e as Error).stack ?? e}`);
    }
  }
  return out;
}

export function severityOf(config: AimsConfig, code: string): SeverityName | 'off' {
  return config.rules[code] ?? getRule(code)?.defaultSeverity ?? 'error';
}

const RANK: Record<SeverityName, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The configured severity, lowered to the report's cap (never raised). */
export function capSeverity(configured: SeverityName, atMost: SeverityName | undefined): SeverityName {
  return atMost && RANK[atMost] > RANK[configured] ? atMost : configured;
}

const NO_RELATED: Finding['related'] = Object.freeze([]);

/** A report as a finding: severity from the configuration, ranges from the documents' line indexes. */
export function toFinding(doc: DocumentSummary, r: LocalReport, config: AimsConfig, lookup: (uri: string) => DocumentSummary | undefined): Finding {
  return {
    code: r.code,
    severity: capSeverity(severityOf(config, r.code) as SeverityName, r.atMost),
    message: r.message,
    uri: doc.uri,
    span: r.span,
    range: doc.lines.range(r.span),
    // Most findings have no related place: one shared empty list, not an array per finding per edit.
    related: r.related?.length
      ? r.related.map((rel) => {
          const target = rel.uri === doc.uri ? doc : lookup(rel.uri);
          const lines = target?.lines ?? doc.lines;
          return { uri: rel.uri, span: rel.span, range: lines.range(rel.span), message: rel.message };
        })
      : NO_RELATED,
    ...(r.data ? { data: r.data } : {}),
  };
}
