/** Quick-fix cases: objective-as-control (an objective or a group where a control belongs). */
import { ALL_IDS, type FixCase, fm, soaMarkdown, soaYaml, without } from './case.js';

const objectiveGone = (id: string) => (f: { code: string; data?: Readonly<Record<string, unknown>> }) => f.code === 'objective-as-control' && f.data?.['id'] === id;

/** An SoA without A.3.2 and A.3.3, with a row for the objective A.3.1 where they would be. */
const withObjectiveRow = (md: string) => md.replace(/^\| A\.4\.2 \|/m, '| A.3.$01 | Internal organization | Yes | Needed for our AI systems | implemented |\n| A.4.2 |');
const withObjectiveItem = (yaml: string, title: boolean) =>
  yaml.replace(/^ {2}- id: A\.4\.2$/m, `  - id: A.3.$01\n${title ? '    title: Internal organization\n' : ''}    applicable: true\n    justification: Needed for our AI systems\n${title ? '\n' : ''}  - id: A.4.2`);

export const OBJECTIVE_CASES: readonly FixCase[] = [
  {
    name: 'objective-as-control: an SoA row for an objective becomes a row per control, the decision kept',
    fixture: `//- risk/soa.md\n${withObjectiveRow(soaMarkdown({ rows: without('A.3.2', 'A.3.3') }))}`,
    title: 'Replace A.3.1 with rows for A.3.2 and A.3.3, keeping its decision',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS }) },
    gone: objectiveGone('A.3.1'),
    crlf: true,
  },
  {
    name: 'objective-as-control: only the controls the SoA lacks get a row',
    fixture: `//- risk/soa.md\n${withObjectiveRow(soaMarkdown({ rows: without('A.3.3') }))}`,
    title: 'Replace A.3.1 with a row for A.3.3, keeping its decision',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS }) },
    gone: objectiveGone('A.3.1'),
  },
  {
    name: 'objective-as-control: an objective row is removed when its controls all have rows',
    fixture: `//- risk/soa.md\n${withObjectiveRow(soaMarkdown({ rows: ALL_IDS }))}`,
    title: 'Remove the A.3.1 row (its controls are listed)',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS }) },
    gone: objectiveGone('A.3.1'),
    crlf: true,
  },
  {
    name: 'objective-as-control: a YAML SoA item becomes an item per control',
    fixture: `//- risk/soa.yaml\n${withObjectiveItem(soaYaml({ rows: without('A.3.2', 'A.3.3') }), false)}`,
    title: 'Replace A.3.1 with rows for A.3.2 and A.3.3, keeping its decision',
    expected: { 'risk/soa.yaml': soaYaml({ rows: ALL_IDS }) },
    gone: objectiveGone('A.3.1'),
    crlf: true,
  },
  {
    name: 'objective-as-control: YAML items with titles and blank lines are mirrored',
    fixture: `//- risk/soa.yaml\n${withObjectiveItem(soaYaml({ rows: without('A.3.2', 'A.3.3'), split: true }), true)}`,
    title: 'Replace A.3.1 with rows for A.3.2 and A.3.3, keeping its decision',
    expected: { 'risk/soa.yaml': soaYaml({ rows: ALL_IDS, split: true }) },
    gone: objectiveGone('A.3.1'),
  },
  {
    name: 'objective-as-control: a citation in prose names the controls',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, the policy follows A.2.$01.\n',
    title: 'Replace A.2.1 with its controls: A.2.2, A.2.3, A.2.4',
    expected: { 'notes.md': ['follows A.2.1.', 'follows A.2.2, A.2.3 and A.2.4.'] },
    gone: objectiveGone('A.2.1'),
    crlf: true,
  },
  {
    name: 'objective-as-control: or cites the group',
    fixture: '//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, the policy follows A.2.$01.\n',
    title: 'Cite the group A.2 (Policies related to AI) instead',
    expected: { 'notes.md': ['follows A.2.1.', 'follows A.2.'] },
    gone: objectiveGone('A.2.1'),
  },
  {
    name: 'objective-as-control: in a YAML block list, an item per control',
    fixture: `//- governance/policy.yaml\n${fm('policy', 'POL-001', false)}commitments:\n  - text: Fair outcomes\n    controls:\n      - A.5.$01 # impact\n      - A.6.2.6\n`,
    title: 'Replace A.5.1 with its controls: A.5.2, A.5.3, A.5.4, A.5.5',
    expected: { 'governance/policy.yaml': ['      - A.5.1 # impact\n', '      - A.5.2 # impact\n      - A.5.3\n      - A.5.4\n      - A.5.5\n'] },
    gone: objectiveGone('A.5.1'),
    crlf: true,
  },
  {
    name: 'objective-as-control: in a YAML flow list, comma-separated',
    fixture: `//- governance/policy.yaml\n${fm('policy', 'POL-001', false)}commitments:\n  - text: Fair outcomes\n    controls: [A.5.$01, A.6.2.6]\n`,
    title: 'Replace A.5.1 with its controls: A.5.2, A.5.3, A.5.4, A.5.5',
    expected: { 'governance/policy.yaml': ['[A.5.1, A.6.2.6]', '[A.5.2, A.5.3, A.5.4, A.5.5, A.6.2.6]'] },
    gone: objectiveGone('A.5.1'),
  },
];
