/**
 * Findings-heavy documents and the edits that hurt incremental work, for the differential
 * test of what an edit keeps (test/differential.test.ts): a Markdown policy or register and a
 * YAML register where most lines give a finding (unknown and mistitled controls, clause numbers
 * with another clause's title, risks out of scale or defined twice, empty sections, AI Act
 * articles beside other laws), plus a document citing them; edits that type a character, cut a
 * few, and insert, delete or duplicate whole lines (every later span moves, no fact changes),
 * and edits of the risk assessment process every risk is read by (PROCESSES).
 */
import fc from 'fast-check';

/** Lines of a Markdown document, most of them findings. */
const MD_LINES = [
  '## Purpose',
  '## Risk criteria',
  '## 10.1 Nonconformity and corrective action',
  '### A.7.4 Human oversight',
  '## Section 9: Review',
  // Blank lines end chunks: many chunks, so that an edit leaves most of them as they were.
  '',
  '',
  '',
  '',
  '',
  'TBD',
  'The organisation applies A.6.2.4 and A.11.3 to every system.',
  'Evidence is kept under A.6.2.11 and A.2.2.',
  // IDs quoted to say they do not exist (rules/saidNotToExist.ts reads the words around them on their line).
  'NC-1: the plan cites non-existent A.6.2.11 and controls that do not exist (A.9.9, B.4.8), and invented clause 8.5.',
  '(A.3.1, A.6.3: not controls)',
  'Human oversight A.7.4',
  '| Testing A.6.2.5 |',
  '- Data provenance documented (A.7.3)',
  'Corrective Action (10.1) is owned by the CISO.',
  'Clause 9.2 Management review is held yearly.',
  'Risks R-001 and R-009 are treated; see SYS-001.',
  'Article 9 and Art. 14(4) apply under the EU AI Act.',
  'GDPR Article 22 applies too.',
  'NIST GOVERN 1.1 and Gv 9.9 are mapped.',
  '| ID | Risk | Likelihood | Impact |',
  '|---|---|---|---|',
  '| R-001 | Drift | 9 | 2 |',
  '| R-001 | Bias | 2 | 2 |',
  '| R-002 | see A.12.4 | 5 | 5 |',
  '| Control | Applicable | Justification | Status |',
  '| A.6.2.4 | Yes | | implemented |',
  '| A.9.9 | No | Not needed | |',
  '```yaml',
  'controls: [A.9.9]',
  '```',
  '> Note: A.5.2 Impact assessment',
];

const MD_HEADS = [
  '',
  '---\naims:\n  kind: policy\n  id: POL-1\n  title: Policy\n  owner: CISO\n  version: "1"\n  status: approved\n---\n# AI policy\n',
  '---\naims:\n  kind: risk-register\n  id: RR-1\n  title: Register\n  owner: CRO\n  version: "1"\n  status: draft\n---\n# Risk register\n',
  '---\naims:\n  kind: soa\n  id: SOA-1\n  title: SoA\n  owner: CISO\n  version: "1"\n  status: approved\n---\n# Statement of applicability\n',
];

/** Items of a YAML register, most of them findings. */
const YAML_ITEMS = [
  '  - id: R-001\n    title: Drift\n    owner: CRO\n    likelihood: 9\n    impact: 2\n    treatment: modify\n    controls: [A.6.2.6]',
  '  - id: R-001\n    title: Bias\n    likelihood: 2\n    impact: 2\n    controls: [A.11.3]',
  '  - id: R-002\n    title: Leak\n    owner: DPO\n    likelihood: 5\n    impact: 5\n    treatment: ""\n    controls: []',
  '  - id: R-003\n    title: Misuse\n    owner: CRO\n    likelihood: 2\n    impact: 3\n    treatment: accept\n    controls: [A.7.4, A.6.2.11]',
  '  # A comment with aims: A.6.2.8',
  '  - id: R-004\n    title: see A.5.2 Impact assessment\n    likelihood: x\n    impact: 4',
  '  - id: R-005\n    title: Opaque\n    likelihood: Expected\n    impact: 3\n    level: high\n    residual-likelihood: 2\n    residual-impact: 9',
];
const YAML_HEAD = 'aims:\n  kind: risk-register\n  id: RR-2\n  title: Register\n  owner: CRO\n  version: "1"\n  status: draft\nrisks:\n';

export const heavyMarkdown: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...MD_HEADS), fc.array(fc.constantFrom(...MD_LINES), { minLength: 5, maxLength: 60 }), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([head, lines, eol]) => (head + lines.join('\n') + '\n').replace(/\n/g, eol));

export const heavyYaml: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...YAML_ITEMS), { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
  .map(([items, eol]) => (YAML_HEAD + items.join('\n') + '\nsystems:\n  - id: SYS-001\n').replace(/\n/g, eol));

/** A document the heavy one leans on and that leans on it: a plan citing its risks, an inventory. */
export const CITING = '---\naims:\n  kind: risk-treatment-plan\n  id: RTP-1\n  title: Plan\n  owner: CRO\n  version: "1"\n  status: approved\n---\n# Plan\n\nUnder ISO/IEC 42001 we treat R-001, R-002 and R-004 with A.6.2.6.\n';

/**
 * The workspace's risk assessment process, in the versions an edit switches among: a scale of 1-3
 * in words with bands, 1-10 with other bands, none. Every risk of the register is read by the
 * method it states, so judgements kept per risk must be judged again when it changes.
 */
const PROCESS_HEAD = '---\naims:\n  kind: risk-assessment-process\n  id: RAP-1\n  title: Process\n  owner: CRO\n  version: "1"\n  status: approved\n---\n# Risk assessment process\n\n';
export const PROCESSES = [
  PROCESS_HEAD +
    '## Likelihood scale\n\n| Score | Label |\n|---|---|\n| 1 | Remote |\n| 2 | Plausible |\n| 3 | Expected |\n\n## Impact scale\n\n| Score | Label |\n|---|---|\n| 1 | Slight |\n| 2 | Serious |\n| 3 | Severe |\n\n## Scoring method\n\n| Score | Rating |\n|---|---|\n| 1-2 | Low |\n| 3-5 | Medium |\n| 6-9 | High |\n',
  PROCESS_HEAD +
    '## Likelihood scale\n\n| Score | Label |\n|---|---|\n| 1 | Rare |\n| 10 | Certain |\n\n## Impact scale\n\n| Score | Label |\n|---|---|\n| 1 | Minor |\n| 10 | Severe |\n\n## Scoring method\n\n| Score | Rating |\n|---|---|\n| 1-20 | Low |\n| 21-50 | Medium |\n| 51-100 | High |\n',
  PROCESS_HEAD + 'Risks are rated by the owner.\n',
];

export type Edit =
  | { readonly op: 'process'; readonly version: number }
  | { readonly op: 'type'; readonly at: number; readonly text: string }
  | { readonly op: 'cut'; readonly at: number; readonly length: number }
  | { readonly op: 'line'; readonly at: number; readonly line: string }
  | { readonly op: 'drop-line' | 'copy-line'; readonly at: number };

const at = fc.double({ min: 0, max: 1, noNaN: true });
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('type' as const), at, text: fc.constantFrom('x', '1', ' ', '\n', '|', '#', '-', ':', 'A.', 'R-00', '\r\n', '`') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cut' as const), at, length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('line' as const), at, line: fc.constantFrom(...MD_LINES, '# note', '  - id: R-005\n    likelihood: 3\n    impact: 3') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('drop-line' as const, 'copy-line' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('process' as const), version: fc.integer({ min: 0, max: PROCESSES.length - 1 }) }) },
);

/** The edit applied; whole-line edits go to the start of the line `at` falls in (an edit of the process document leaves this one as it is). */
export function applyEdit(text: string, e: Edit): string {
  if (e.op === 'process') return text;
  const offset = Math.floor(e.at * text.length);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  const lineEnd = next < 0 ? text.length : next + 1;
  switch (e.op) {
    case 'type':
      return text.slice(0, offset) + e.text + text.slice(offset);
    case 'cut':
      return text.slice(0, offset) + text.slice(offset + e.length);
    case 'line':
      return text.slice(0, lineStart) + e.line + '\n' + text.slice(lineStart);
    case 'drop-line':
      return text.slice(0, lineStart) + text.slice(lineEnd);
    case 'copy-line':
      return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
  }
}
