/**
 * The status-bar text for the folders' coverage summaries: one figure for the
 * workspace (requirements and controls pooled, as the formula pools them in a
 * folder), named for what it measures, and the AIMS errors and warnings, each
 * under its own icon (VS Code's own counts sit beside it: ours must not read
 * as theirs, nor a warning as an error). No colour: a success colour while
 * errors exist would say the opposite of the count. No `vscode` here, so node
 * tests cover it.
 */
import type { CoverageSummaryPayload } from '../../protocol/requests.js';
import { baseName } from '../../protocol/uris.js';

export interface StatusText {
  readonly text: string;
  /** Markdown. */
  readonly tooltip: string;
  /** What a screen reader says (the text's icons are not read out). */
  readonly accessibilityLabel: string;
  /** The worst AIMS finding shown: the item carries no colour of success while it is 'error'. */
  readonly tone: 'error' | 'warning' | 'clean';
}

/** What the figure is, said once in the tooltip. */
export const COVERAGE_EXPLAINED =
  'AIMS coverage is the share of what ISO/IEC 42001 asks to be written down that the workspace has: the documented information of clauses 4–10 that a document provides, ' +
  'and the 38 Annex A controls the statement of applicability decides (applicable or excluded), counted together and rounded down. ' +
  'It measures what exists, not whether it is right: the errors and warnings are the findings on those documents.';

/** `restricted`: the Restricted Mode paragraph (trustText.ts) when the folder is untrusted; it leads the tooltip, and a shield marks the figure when something is ignored. */
export function statusText(summaries: readonly CoverageSummaryPayload[], restricted?: { tooltip: string; ignoresSomething: boolean }): StatusText | undefined {
  const withDocs = summaries.filter((s) => s.documents > 0);
  if (withDocs.length === 0) return undefined;
  const errors = withDocs.reduce((n, s) => n + s.errors, 0);
  const warnings = withDocs.reduce((n, s) => n + s.warnings, 0);
  const percent = withDocs.length === 1 ? withDocs[0]!.percent : pooled(withDocs);
  const counts = [errors > 0 ? `$(error) ${errors}` : '', warnings > 0 ? `$(warning) ${warnings}` : ''].filter(Boolean);
  const text = [`$(checklist) AIMS coverage ${percent}%`, ...counts, ...(restricted?.ignoresSomething ? ['$(shield)'] : [])].join('  ');
  const lines = withDocs.map(
    (s) =>
      `**${s.percent}%** coverage${withDocs.length > 1 ? ` in \`${(baseName(s.folder) || s.folder)}\`` : ''}: ` +
      `${s.requirementsProvided}/${s.requirements} documented information, ${s.controlsDecided}/${s.controls} Annex A controls decided, ` +
      `${s.documents} documents.\n\n` +
      `AIMS findings: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}.`,
  );
  const tooltip = `${restricted ? `${restricted.tooltip}\n\n` : ''}${lines.join('\n\n')}\n\n${COVERAGE_EXPLAINED}\n\nClick for the coverage report.`;
  const accessibilityLabel = `AIMS coverage ${percent} percent; AIMS findings: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return { text, tooltip, accessibilityLabel, tone: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'clean' };
}

/** Several folders: the same formula over their pooled counts. */
function pooled(list: readonly CoverageSummaryPayload[]): number {
  const num = list.reduce((n, s) => n + s.requirementsProvided + s.controlsDecided, 0);
  const den = list.reduce((n, s) => n + s.requirements + s.controls, 0);
  return den === 0 ? 0 : Math.floor((100 * num) / den); // rounded down, as the formula says
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
