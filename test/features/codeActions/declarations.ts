/** Quick-fix cases: schema, kind-inferred and review-overdue (what a document declares about itself). */
import { type FixCase, fm } from './case.js';

const schemaGone = (field: string) => (f: { code: string; data?: Readonly<Record<string, unknown>> }) => f.code === 'schema' && f.data?.['field'] === field;
const kindGone = (f: { code: string }) => f.code === 'kind-inferred';
const reviewGone = (f: { code: string }) => f.code === 'review-overdue';

/** A policy whose review (due 2026-01-31) is overdue on TODAY (2026-11-28), with more body text. */
const overdue = (fields: Record<string, string | null>, body = '') =>
  `//- governance/policy.md\n${fm('policy', 'POL-001', true, { status: 'approved', approved_by: 'Board', approved_on: '2025-01-31', next_review: '2026-01-$031', ...fields })}\n# AI policy\n${body}`;

export const DECLARATION_CASES: readonly FixCase[] = [
  // schema
  {
    name: 'schema: a misspelt key is renamed to the key the message suggests',
    fixture: `//- governance/policy.md\n${fm('policy', 'POL-001', true, { 'contr$0ls': '[A.2.2]' })}\n# AI policy\n`,
    title: 'Rename "contrls" to "controls"',
    expected: { 'governance/policy.md': ['  contrls: [A.2.2]', '  controls: [A.2.2]'] },
    gone: schemaGone('contrls'),
    crlf: true,
  },
  {
    name: 'schema: a misspelt kind is replaced by the kind suggested (YAML, quotes kept)',
    fixture: `//- risk/register.yaml\n${fm('"risk-reg$0ster"', 'RR-2026', false)}risks:\n  - id: R-001\n    title: Drift\n`,
    title: 'Change kind to risk-register',
    expected: { 'risk/register.yaml': ['kind: "risk-regster"', 'kind: "risk-register"'] },
    gone: schemaGone('kind'),
    crlf: true,
  },
  {
    name: 'schema: a status written in capitals or misspelt becomes the status meant',
    fixture: `//- governance/policy.md\n${fm('policy', 'POL-001', true, { status: 'Dra$0ft' })}\n# AI policy\n`,
    title: 'Change status to draft',
    expected: { 'governance/policy.md': ['status: Draft', 'status: draft'] },
    gone: schemaGone('status'),
  },
  {
    name: 'schema: a year-first date with slashes is written YYYY-MM-DD, plain',
    fixture: `//- governance/policy.md\n${fm('policy', 'POL-001', true, { status: 'approved', approved_by: 'Board', approved_on: '2026/3/$02', next_review: '2027-03-02' })}\n# AI policy\n`,
    title: 'Change approved_on to 2026-03-02',
    expected: { 'governance/policy.md': ['approved_on: 2026/3/2', 'approved_on: 2026-03-02'] },
    gone: schemaGone('approved_on'),
    crlf: true,
  },
  // kind-inferred
  {
    name: 'kind-inferred: front matter declaring the inferred kind, with the fields it requires',
    fixture: '//- risk/register.md\n# AI risk re$0gister\n\n| ID | Risk | Likelihood | Impact |\n|---|---|---|---|\n| R-001 | Biased ranking | 3 | 4 |\n',
    title: 'Declare this AI risk register: add an aims block (kind: risk-register)',
    expected: {
      'risk/register.md': [
        '# AI risk register\n',
        '---\naims:\n  kind: risk-register\n  id: RR-2026\n  title: AI risk register\n  owner: ""\n  version: "0.1"\n  status: draft\n---\n\n# AI risk register\n',
      ],
    },
    gone: kindGone,
    crlf: true,
  },
  {
    // (A BOM is not part of the text the engine is given: the host and editors strip it.)
    name: 'kind-inferred: a free ID and the AI systems the document cites',
    fixture: '//- systems/old.md\n---\naims:\n  kind: ai-system\n  id: AIIA-001\n  title: Old\n  owner: x\n  version: "1"\n  status: draft\n---\n# Old\n//- ia.md\n# AI system impact asse$0ssment\n\nUnder ISO/IEC 42001 we assessed SYS-001 and SYS-002.\n',
    title: 'Declare this AI system impact assessment: add an aims block (kind: impact-assessment)',
    expected: {
      'ia.md': [
        '# AI system',
        '---\naims:\n  kind: impact-assessment\n  id: AIIA-002\n  title: AI system impact assessment\n  owner: ""\n  version: "0.1"\n  status: draft\n  systems: [SYS-001, SYS-002]\n---\n\n# AI system',
      ],
    },
    gone: kindGone,
  },
  {
    name: 'kind-inferred: the first top-level key of a YAML register, informal title and owner kept',
    fixture: '//- risk/register.yaml\nti$0tle: AI risk register\nowner: CRO\n\nrisks:\n  - id: R-001\n    title: Biased ranking\n',
    title: 'Declare this AI risk register: add an aims block (kind: risk-register)',
    expected: {
      'risk/register.yaml': ['title: AI risk register\nowner', 'aims:\n  kind: risk-register\n  id: RR-2026\n  title: AI risk register\n  owner: CRO\n  version: "0.1"\n  status: draft\n\ntitle: AI risk register\nowner'],
    },
    gone: kindGone,
    crlf: true,
  },
  {
    name: 'kind-inferred: an aims key at the end of front matter that declares nothing',
    fixture: '//- governance/ai-policy.md\n-$0--\nlayout: page\n---\nVeldra\'s commitments for ISO/IEC 42001, first draft.\n',
    title: 'Declare this AI policy: add an aims block (kind: policy)',
    expected: {
      'governance/ai-policy.md': ['layout: page\n---', 'layout: page\naims:\n  kind: policy\n  id: POL-001\n  title: AI policy\n  owner: ""\n  version: "0.1"\n  status: draft\n---'],
    },
    gone: kindGone,
  },
  // review-overdue
  {
    name: 'review-overdue: next_review a year after today when the document states an annual review cycle',
    fixture: overdue({}, '\n**Review cycle:** Annual, or on a significant change.\n'),
    title: 'Set next_review to 2027-11-28 (annual review cycle, from today)',
    expected: { 'governance/policy.md': ['next_review: 2026-01-31', 'next_review: 2027-11-28'] },
    gone: reviewGone,
    crlf: true,
  },
  {
    name: 'review-overdue: a quarterly cycle stated in a table',
    fixture: overdue({}, '\n| Field | Value |\n|---|---|\n| Review frequency | Quarterly |\n'),
    title: 'Set next_review to 2027-02-28 (quarterly review cycle, from today)',
    expected: { 'governance/policy.md': ['next_review: 2026-01-31', 'next_review: 2027-02-28'] },
    gone: reviewGone,
  },
  {
    name: 'review-overdue: without a stated cycle, the last interval (approved_on to next_review)',
    fixture: overdue({ approved_on: '2025-07-31' }),
    title: 'Set next_review to 2027-05-28 (6 months from today, the interval it had last time)',
    expected: { 'governance/policy.md': ['next_review: 2026-01-31', 'next_review: 2027-05-28'] },
    gone: reviewGone,
  },
  {
    name: 'review-overdue: informal metadata of a YAML record, quotes kept, "every 2 years"',
    fixture: '//- systems/talentmatch.yaml\ntitle: TalentMatch AI system record\nreview_cycle: every 2 years\nnext_review: "2026-0$01-31"\nsystem:\n  id: SYS-001\n',
    title: 'Set next_review to 2028-11-28 (review cycle of 24 months, from today)',
    expected: { 'systems/talentmatch.yaml': ['next_review: "2026-01-31"', 'next_review: "2028-11-28"'] },
    gone: reviewGone,
    crlf: true,
  },
  {
    name: 'review-overdue: a year from today when nothing says how often the document is reviewed',
    fixture: overdue({ approved_on: '2025-02-14' }),
    title: 'Set next_review to 2027-11-28 (a year from today; the document states no review cycle)',
    expected: { 'governance/policy.md': ['next_review: 2026-01-31', 'next_review: 2027-11-28'] },
    gone: reviewGone,
  },
];
