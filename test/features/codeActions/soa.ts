/** Quick-fix cases: soa-missing-control. */
import { ALL_IDS, type FixCase, noOuterPipes, soaGone, soaMarkdown, soaYaml, without } from './case.js';

export const SOA_CASES: readonly FixCase[] = [
  // soa-missing-control
  {
    name: 'soa-missing-control: a row after the control before it, cells in the table\'s columns',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.3'), cursorAt: 'kind' })}`,
    title: 'Add A.2.3 (Alignment with other organizational policies) to the statement of applicability',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.2.3'] }) },
    gone: soaGone('A.2.3'),
    crlf: true,
  },
  {
    name: 'soa-missing-control: a table without outer pipes gets a row without them',
    fixture: `//- risk/soa.md\n${noOuterPipes(soaMarkdown({ rows: without('A.9.3'), cursorAt: 'kind' }))}`,
    title: 'Add A.9.3 (Objectives for responsible use of AI system) to the statement of applicability',
    expected: { 'risk/soa.md': noOuterPipes(soaMarkdown({ rows: ALL_IDS, empty: ['A.9.3'] })) },
    gone: soaGone('A.9.3'),
  },
  {
    name: 'soa-missing-control: the first control goes before the first row',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.2'), cursorAt: 'kind' })}`,
    title: 'Add A.2.2 (AI policy) to the statement of applicability',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.2.2'] }) },
    gone: soaGone('A.2.2'),
  },
  {
    name: 'soa-missing-control: in the table that holds its group',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.6.1.2'), cursorAt: 'kind', split: true })}`,
    title: 'Add A.6.1.2 (Objectives for responsible development of AI system) to the statement of applicability',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.6.1.2'], split: true }) },
    gone: soaGone('A.6.1.2'),
  },
  {
    name: 'soa-missing-control: add all, each in its place',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.3', 'A.5.5', 'A.10.4'), cursorAt: 'kind', split: true })}`,
    title: 'Add all 3 missing controls',
    expected: { 'risk/soa.md': soaMarkdown({ rows: ALL_IDS, empty: ['A.2.3', 'A.5.5', 'A.10.4'], split: true }) },
    gone: (f) => f.code === 'soa-missing-control' && f.data?.['undecided'] !== true,
    crlf: true,
  },
  {
    name: 'soa-missing-control: besides the whole list, one control of a short list by itself',
    fixture: `//- risk/soa.md\n${soaMarkdown({ rows: without('A.2.3', 'A.10.2'), cursorAt: 'kind' })}`,
    title: 'Add A.10.2 (Allocating responsibilities) to the statement of applicability',
    expected: { 'risk/soa.md': soaMarkdown({ rows: without('A.2.3'), empty: ['A.10.2'] }) },
    gone: (f) => f.code === 'soa-missing-control' && Array.isArray(f.data?.['ids']) && (f.data['ids'] as unknown[]).includes('A.10.2'),
    crlf: true,
  },
  {
    name: 'soa-missing-control: a YAML item appended to controls',
    fixture: `//- risk/soa.yaml\n${soaYaml({ rows: without('A.5.3'), cursorAt: 'kind' })}`,
    title: 'Add A.5.3 (Documentation of AI system impact assessments) to the statement of applicability',
    expected: { 'risk/soa.yaml': soaYaml({ rows: [...without('A.5.3'), 'A.5.3'], empty: ['A.5.3'] }) },
    gone: soaGone('A.5.3'),
    crlf: true,
  },
  {
    name: 'soa-missing-control: YAML items with titles and blank lines are mirrored',
    fixture: `//- risk/soa.yaml\n${soaYaml({ rows: without('A.10.2', 'A.4.4'), cursorAt: 'kind', split: true })}`,
    title: 'Add all 2 missing controls',
    kind: 'quickfix',
    expected: { 'risk/soa.yaml': soaYaml({ rows: [...without('A.10.2', 'A.4.4'), 'A.4.4', 'A.10.2'], empty: ['A.4.4', 'A.10.2'], split: true }) },
    gone: (f) => f.code === 'soa-missing-control' && f.data?.['undecided'] !== true,
  },
];
