/**
 * The status-bar text for the folders' coverage summaries: one figure for the
 * workspace (requirements and controls pooled, as the formula pools them in a
 * folder) and the findings count. No `vscode` here, so node tests cover it.
 */
import type { CoverageSummaryPayload } from '../../protocol/requests.js';

/** `restricted`: the Restricted Mode paragraph (trustText.ts) when the folder is untrusted; it leads the tooltip, and a shield marks the figure when something is ignored. */
export function statusText(summaries: readonly CoverageSummaryPayload[], restricted?: { tooltip: string; ignoresSomething: boolean }): { text: string; tooltip: string } | undefined {
  const withDocs = summaries.filter((s) => s.documents > 0);
  if (withDocs.length === 0) return undefined;
  const errors = withDocs.reduce((n, s) => n + s.errors, 0);
  const warnings = withDocs.reduce((n, s) => n + s.warnings, 0);
  const percent = withDocs.length === 1 ? withDocs[0]!.percent : pooled(withDocs);
  const icon = errors > 0 ? '$(error)' : warnings > 0 ? '$(warning)' : '$(pass)';
  const text = `$(checklist) AIMS ${percent}%  ${icon} ${errors + warnings}${restricted?.ignoresSomething ? '  $(shield)' : ''}`;
  const lines = withDocs.map(
    (s) =>
      `**${s.percent}%** coverage${withDocs.length > 1 ? ` in \`${decodeURIComponent(s.folder.replace(/\/+$/, '').split('/').pop() ?? s.folder)}\`` : ''}: ` +
      `${s.requirementsProvided}/${s.requirements} documented information, ${s.controlsDecided}/${s.controls} Annex A controls decided, ` +
      `${s.documents} documents; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}.`,
  );
  return { text, tooltip: `${restricted ? `${restricted.tooltip}\n\n` : ''}${lines.join('\n\n')}\n\nClick for the coverage report.` };
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
