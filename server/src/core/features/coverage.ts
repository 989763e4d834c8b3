/**
 * The coverage summary: how much of the documented information ISO/IEC 42001
 * requires exists in the workspace, and how many Annex A controls the
 * statement of applicability decides. Formula (also in the README):
 *   coverage = (requirements provided + controls decided) / (requirements + 38)
 * A requirement is provided when a relevant document of one of its kinds exists;
 * a control is decided when an SoA row says applicable or excluded.
 */
import { DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { CONTROLS } from '../catalogue/controls.js';
import type { WorkspaceIndex } from '../index/workspaceIndex.js';

export interface CoverageSummary {
  readonly requirements: number;
  readonly requirementsProvided: number;
  readonly controls: number;
  readonly controlsDecided: number;
  /** 0..100, rounded down to a whole percent. */
  readonly percent: number;
  readonly documents: number;
}

export function computeCoverage(index: WorkspaceIndex): CoverageSummary {
  const kinds = new Set(index.documents.filter((d) => d.relevant && d.meta.kind).map((d) => d.meta.kind!));
  const requirementsProvided = DOCUMENTED_INFORMATION.filter((r) => r.kinds.some((k) => kinds.has(k))).length;
  const controlsDecided = CONTROLS.filter((c) => index.soaEntriesFor(c.id).some((e) => e.item.applicable !== undefined)).length;
  const total = DOCUMENTED_INFORMATION.length + CONTROLS.length;
  return {
    requirements: DOCUMENTED_INFORMATION.length,
    requirementsProvided,
    controls: CONTROLS.length,
    controlsDecided,
    percent: Math.floor(((requirementsProvided + controlsDecided) * 100) / total),
    documents: index.documents.filter((d) => d.relevant).length,
  };
}
