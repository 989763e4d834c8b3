/**
 * The coverage summary: how much of the documented information ISO/IEC 42001
 * requires exists in the workspace, and how many Annex A controls the
 * statement of applicability decides. Formula (also in the README):
 *   coverage = (requirements provided + controls decided) / (requirements + 38)
 * A requirement is provided when a relevant document serves it (its kind is one
 * of the requirement's kinds, or its `aims.clauses` lists the clause), is not
 * retired, and is complete (no errors, no required content missing); a control is
 * decided when an SoA row in a document in force says applicable or excluded. The predicates live in coverage/providers.ts and are
 * shared with the coverage model (computeCoverageModel), whose `summary` is
 * this object, so the CLI, the status bar and the reports agree.
 */
import { DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { CONTROLS } from '../catalogue/controls.js';
import { isCodeDocument } from '../parse/code.js';
import type { AimsLanguageService } from '../service/api.js';
import { decisionOf, documentsByUri, isProvided } from './providers.js';

export interface CoverageSummary {
  readonly requirements: number;
  readonly requirementsProvided: number;
  readonly controls: number;
  readonly controlsDecided: number;
  /** 0..100, rounded down to a whole percent. */
  readonly percent: number;
  readonly documents: number;
}

export const COVERAGE_FORMULA =
  'coverage = (documented-information requirements provided + Annex A controls decided) / (documented-information requirements + 38), rounded down; a requirement is provided by a document in force with no errors and none of the content its kind requires missing';

export function computeCoverage(service: AimsLanguageService): CoverageSummary {
  const index = service.index;
  const requirementsProvided = DOCUMENTED_INFORMATION.filter((r) => isProvided(service, r)).length;
  const docs = documentsByUri(index);
  const controlsDecided = CONTROLS.filter((c) => decisionOf(index, c.id, docs).decision !== 'undecided').length;
  const total = DOCUMENTED_INFORMATION.length + CONTROLS.length;
  return {
    requirements: DOCUMENTED_INFORMATION.length,
    requirementsProvided,
    controls: CONTROLS.length,
    controlsDecided,
    percent: Math.floor(((requirementsProvided + controlsDecided) * 100) / total),
    documents: index.documents.filter((d) => d.relevant && !isCodeDocument(d)).length,
  };
}
