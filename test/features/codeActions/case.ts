/** The quick-fix cases' shape and the fixtures' building blocks, shared by the case files. */
import { CONTROLS, type CodeActionResult, type Finding } from '../../../server/src/core/index.js';

export const TODAY = '2026-11-28';
export const toCrlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/** An `aims:` block with the common fields (front matter for Markdown, a top-level key for YAML); null leaves a field out. */
export function fm(kind: string, id: string, markdown = true, fields: Record<string, string | null> = {}): string {
  const all: Record<string, string | null> = { kind, id, title: 'Document', owner: 'Head of AI Governance', version: '"1.0"', status: 'draft', ...fields };
  const lines = ['aims:', ...Object.entries(all).flatMap(([k, v]) => (v === null ? [] : [v === '' ? `  ${k}:` : `  ${k}: ${v}`]))];
  return markdown ? ['---', ...lines, '---', ''].join('\n') : lines.join('\n') + '\n';
}

export const titleOf = (id: string) => CONTROLS.find((c) => c.id === id)!.title;
export const ALL_IDS = CONTROLS.map((c) => c.id);
export const without = (...ids: string[]) => ALL_IDS.filter((id) => !ids.includes(id));

export interface SoaOptions {
  /** Control IDs in the order written. */
  readonly rows: readonly string[];
  /** Rows written as a quick fix adds them (no decision, justification or status). */
  readonly empty?: readonly string[];
  /** Rows with a justification but no decision. */
  readonly undecided?: readonly string[];
  /** Where `$0` goes: in the kind value, or in a control ID. */
  readonly cursorAt?: string;
  /** Two tables, A.2-A.5 and A.6-A.10 (Markdown); items with a title, separated by blank lines (YAML). */
  readonly split?: boolean;
}

export function soaMarkdown(o: SoaOptions): string {
  const row = (id: string) => {
    const written = o.cursorAt === id ? id.replace('A.', 'A.$0') : id;
    if (o.empty?.includes(id)) return `| ${written} | ${titleOf(id)} | | | |`;
    return `| ${written} | ${titleOf(id)} | ${o.undecided?.includes(id) ? '' : 'Yes'} | Needed for our AI systems | implemented |`;
  };
  const table = (ids: readonly string[]) => ['| Control | Title | Applicable | Justification | Status |', '|---|---|---|---|---|', ...ids.map(row)].join('\n');
  const head = `${fm(o.cursorAt === 'kind' ? 'so$0a' : 'soa', 'SOA-1')}\n# Statement of applicability\n\n`;
  if (!o.split) return head + table(o.rows) + '\n';
  const early = o.rows.filter((id) => Number(id.split('.')[1]) < 6);
  const late = o.rows.filter((id) => Number(id.split('.')[1]) >= 6);
  return `${head}## Early groups\n\n${table(early)}\n\n## Later groups\n\n${table(late)}\n`;
}

export function soaYaml(o: SoaOptions): string {
  const item = (id: string) => {
    const empty = o.empty?.includes(id);
    return [
      `  - id: ${o.cursorAt === id ? id.replace('A.', 'A.$0') : id}`,
      ...(o.split ? [`    title: ${titleOf(id)}`] : []),
      empty ? '    applicable:' : '    applicable: true',
      empty ? '    justification: ""' : '    justification: Needed for our AI systems',
    ].join('\n');
  };
  return `${fm(o.cursorAt === 'kind' ? 'so$0a' : 'soa', 'SOA-1', false)}\ncontrols:\n${o.rows.map(item).join(o.split ? '\n\n' : '\n')}\n`;
}

/** The same table written without the leading and trailing pipes. */
export const noOuterPipes = (md: string) => md.replace(/^\|(.*)\|$/gm, (_, inner: string) => inner.trim());

export const soaGone = (id: string) => (f: Finding) => f.code === 'soa-missing-control' && f.data?.['id'] === id && f.data?.['undecided'] !== true;

export interface FixCase {
  readonly name: string;
  /** Files with a `$0` cursor in the one whose findings are fixed. */
  readonly fixture: string;
  /** The exact title of the action to apply. */
  readonly title: string;
  readonly kind?: CodeActionResult['kind'];
  /** Every file the action changes: its whole new text, or [text, replacement] applied once to the original. */
  readonly expected: Readonly<Record<string, string | readonly [string, string]>>;
  /** What must be reported before the fix and no longer after it (in the cursor's file). */
  readonly gone: (f: Finding) => boolean;
  /** Also run with every file in CRLF. */
  readonly crlf?: boolean;
}

export const COMMUNICATION_BODY = `# Communication plan

## What is communicated

Changes to the AI policy and AIMS performance.

## When

Quarterly, and on each policy change.

## With whom

All staff in scope and the steering committee.

## Who communicates

The Head of AI Governance.
`;

export const HOW = '<!-- The channel used for each communication. -->';
/** The one missing-section finding of a document lists its missing items. */
export const listsItem = (f: Finding, id: string) => f.code === 'missing-section' && Array.isArray(f.data?.['items']) && (f.data['items'] as { id: string }[]).some((i) => i.id === id);
export const howGone = (f: Finding) => listsItem(f, 'channel');

export const REGISTER_YAML = `${fm('risk-register', 'RR-1', false, { title: 'AI risk register' })}
risks:
  - id: R-001
    title: Biased ranking
    owner: Chief Product Officer
    likelihood: 2
    impact: 3
    treatment: modify
    controls: [A.5.4]
    status: open

  - id: R-002
    title: Forecast drift
    owner: Head of Workforce Products
    likelihood: 3
    impact: 3
    treatment: modify
    controls: [A.6.2.6]
    status: open
`;

export const REVIEW_NOTES = `# Steering committee notes

Under ISO/IEC 42001 the committee accepted the residual risk of R-0$042.
`;

export const riskGone = (id: string) => (f: Finding) => f.code === 'dangling-reference' && f.data?.['id'] === id;
