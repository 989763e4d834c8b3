/**
 * The rows of a statement of applicability as the workspace states them: one per
 * Annex A control, in catalogue order, with the decision found (or undecided),
 * the justification, the implementation status and the evidence. Where no SoA
 * row names evidence, the documents whose `aims.controls` list the control are
 * offered as evidence.
 */
import type { CoverageModel, Decision } from '../coverage/types.js';
import { splitEvidence } from '../coverage/evidence.js';

export interface SoaRow {
  readonly id: string;
  readonly title: string;
  readonly decision: Decision;
  readonly justification: string;
  readonly status: string;
  /** Evidence as written in the SoA (one cell), or the suggested document IDs joined with ", ". */
  readonly evidenceText: string;
  readonly evidence: readonly string[];
}

export function soaRows(model: CoverageModel): SoaRow[] {
  return model.annexA.controls.map((c) => {
    const suggested = c.declaredBy.map((d) => d.id ?? d.path);
    const evidenceText = c.evidenceText ?? [...new Set(suggested)].join(', ');
    return {
      id: c.id,
      title: c.title,
      decision: c.decision,
      justification: oneLine(c.justification ?? ''),
      status: oneLine(c.status ?? ''),
      evidenceText: oneLine(evidenceText),
      evidence: c.evidenceText !== undefined ? splitEvidence(c.evidenceText) : [...new Set(suggested)],
    };
  });
}

export function oneLine(s: string): string {
  return s.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').trim();
}

/** A Markdown table cell: pipes escaped, on one line. */
export function mdCell(s: string): string {
  return oneLine(s).replace(/(?<!\\)\|/g, '\\|');
}

export function decisionWord(d: Decision): string {
  return d === 'applicable' ? 'Yes' : d === 'excluded' ? 'No' : 'Undecided';
}

/** "**Summary:** 38 controls: 36 applicable, 2 excluded, 0 undecided." (the line `aims soa` writes and keeps up to date). */
export function summaryLine(counts: { applicable: number; excluded: number; undecided: number }): string {
  const total = counts.applicable + counts.excluded + counts.undecided;
  return `**Summary:** ${total} controls: ${counts.applicable} applicable, ${counts.excluded} excluded, ${counts.undecided} undecided.`;
}

export const SUMMARY_LINE = /^\*\*Summary:\*\* \d+ controls: \d+ applicable, \d+ excluded, \d+ undecided\.[ \t]*$/m;

export function countDecisions(decisions: readonly Decision[]): { applicable: number; excluded: number; undecided: number } {
  return {
    applicable: decisions.filter((d) => d === 'applicable').length,
    excluded: decisions.filter((d) => d === 'excluded').length,
    undecided: decisions.filter((d) => d === 'undecided').length,
  };
}
