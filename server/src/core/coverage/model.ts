/**
 * computeCoverageModel(service): the workspace against ISO/IEC 42001 as plain
 * data, for reports, the statement-of-applicability generator and (later) the
 * editor's coverage tree. Data in (the service's documents, index, findings and
 * configuration), data out (CoverageModel); no I/O.
 */
import type { AimsLanguageService } from '../service/api.js';
import { computeCoverage, COVERAGE_FORMULA } from './summary.js';
import { documentsByUri } from './providers.js';
import { pathOf, type ModelContext } from './common.js';
import { clauseSection } from './clauses.js';
import { annexASection } from './annexA.js';
import { annexCSection } from './annexC.js';
import { riskSection } from './risks.js';
import { frameworkSection } from './frameworks.js';
import { frameworkEnabled, OTHER_FRAMEWORKS } from '../catalogue/frameworks.js';
import type { OtherFrameworkId } from '../catalogue/types.js';
import type { CoverageModel, ModelFinding } from './types.js';

export interface CoverageModelOptions {
  /**
   * Workspace-relative paths of every file that exists, for evidence written as a
   * path to a file the engine does not read (a PDF, a spreadsheet). Without it,
   * only the workspace's Markdown and YAML documents resolve.
   */
  readonly files?: readonly string[];
  /** Frameworks to report on besides those `frameworks:` enables (`aims coverage --framework`). */
  readonly frameworks?: readonly OtherFrameworkId[];
}

export function computeCoverageModel(service: AimsLanguageService, options: CoverageModelOptions = {}): CoverageModel {
  const index = service.index;
  const files = new Set(options.files ?? []);
  for (const d of service.documents()) {
    const p = service.relativePathOf(d.uri);
    if (p !== undefined) files.add(p);
  }
  const ctx: ModelContext = { service, today: service.today(), docs: documentsByUri(index), files };
  const risks = riskSection(ctx);
  const findings: ModelFinding[] = service.getAllFindings().map((f) => ({
    path: pathOf(service, f.uri),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    severity: f.severity,
    code: f.code,
    message: f.message,
  }));
  const annexA = annexASection(ctx, risks.risks);
  const enabled = service.config.frameworks;
  const frameworks = OTHER_FRAMEWORKS.filter((f) => options.frameworks?.includes(f) || frameworkEnabled(enabled, f)).map((f) => frameworkSection(ctx, f, annexA.controls));
  return {
    today: ctx.today,
    summary: computeCoverage(service),
    formula: COVERAGE_FORMULA,
    clauses: clauseSection(ctx),
    annexA,
    annexC: annexCSection(ctx, risks.risks),
    risks,
    frameworks,
    findings,
  };
}
