/** Quick-fix cases: risk-level-mismatch and duplicate-id. */
import { type FixCase, fm } from './case.js';

/** Bands an organisation states (without stated bands no level is judged). */
export const BANDS = `//- .aims.yaml
risk:
  bands:
    - { level: low, min: 1, max: 4 }
    - { level: medium, min: 5, max: 9 }
    - { level: high, min: 10, max: 14 }
    - { level: critical, min: 15, max: 25 }
`;

const levelGone = (id: string) => (f: { code: string; data?: Readonly<Record<string, unknown>> }) => f.code === 'risk-level-mismatch' && f.data?.['id'] === id;
const dupGone = (id: string) => (f: { code: string; data?: Readonly<Record<string, unknown>> }) => f.code === 'duplicate-id' && f.data?.['id'] === id;

const REGISTER = (items: string) => `//- risk/register.yaml\n${fm('risk-register', 'RR-2026', false, { title: 'AI risk register' })}risks:\n${items}`;
const item = (id: string, rest: string) => `  - id: ${id}\n    title: Risk ${id.replace('$0', '')}\n    owner: CRO\n${rest}    treatment: modify\n    status: open\n`;

export const REGISTER_CASES: readonly FixCase[] = [
  // risk-level-mismatch
  {
    name: 'risk-level-mismatch: a level set to the band of likelihood x impact (YAML, case kept)',
    fixture: `${BANDS}${REGISTER(item('R-004', '    likelihood: 4\n    impact: 4\n    level: Med$0ium\n'))}`,
    title: 'Set the level of R-004 to Critical',
    expected: { 'risk/register.yaml': ['level: Medium', 'level: Critical'] },
    gone: levelGone('R-004'),
    crlf: true,
  },
  {
    name: 'risk-level-mismatch: a score and the level in the same cell follow likelihood x impact (Markdown)',
    fixture: `${BANDS}//- risk/register.md\n${fm('risk-register', 'RR-2026')}\n# AI risk register\n\n| ID | Risk | Owner | Likelihood | Impact | Score | Treatment | Status |\n|---|---|---|---|---|---|---|---|\n| R-001 | Drift | CRO | 4 | 4 | **1$02 (High)** | modify | open |\n`,
    title: 'Set the score of R-001 to 16 (critical)',
    expected: { 'risk/register.md': ['**12 (High)**', '**16 (Critical)**'] },
    gone: levelGone('R-001'),
    crlf: true,
  },
  {
    name: 'risk-level-mismatch: a residual level in capitals',
    fixture: `${BANDS}${REGISTER(item('R-007', '    likelihood: 2\n    impact: 2\n    residual_likelihood: 3\n    residual_impact: 4\n    residual_level: LO$0W\n'))}`,
    title: 'Set the residual level of R-007 to HIGH',
    expected: { 'risk/register.yaml': ['residual_level: LOW', 'residual_level: HIGH'] },
    gone: levelGone('R-007'),
  },
  // duplicate-id
  {
    name: 'duplicate-id: the second definition gets the next free number (YAML)',
    fixture: `//- notes.md\n# Notes\n\nUnder ISO/IEC 42001, R-003 is watched.\n${REGISTER(item('R-001', '    likelihood: 2\n    impact: 2\n') + item('R-002', '    likelihood: 2\n    impact: 2\n') + item('R-0$001', '    likelihood: 3\n    impact: 3\n'))}`,
    title: 'Renumber this risk to R-004 (an ID the workspace does not use)',
    // R-003 is free of definitions but cited in notes.md: not free.
    expected: { 'risk/register.yaml': ['  - id: R-001\n    title: Risk R-001\n    owner: CRO\n    likelihood: 3', '  - id: R-004\n    title: Risk R-001\n    owner: CRO\n    likelihood: 3'] },
    gone: dupGone('R-001'),
    crlf: true,
  },
  {
    name: 'duplicate-id: a document ID that another document declares (Markdown front matter)',
    fixture: `//- governance/policy.md\n${fm('policy', 'POL-001')}\n# AI policy\n//- governance/policy-2.md\n${fm('policy', 'POL-0$001', true, { title: 'Acceptable use of AI' })}\n# Acceptable use of AI\n`,
    title: 'Renumber this document to POL-002 (an ID the workspace does not use)',
    expected: { 'governance/policy-2.md': ['id: POL-001', 'id: POL-002'] },
    gone: dupGone('POL-001'),
  },
  {
    name: 'duplicate-id: fix all keeps the first of a file\'s duplicates and gives the others different free IDs',
    fixture: `//- risk/register.md\n${fm('risk-register', 'RR-2026')}\n# AI risk register\n\n| ID | Risk | Owner | Likelihood | Impact | Treatment | Status |\n|---|---|---|---|---|---|---|\n| R-0$005 | Drift | CRO | 2 | 2 | modify | open |\n| R-005 | Bias | CRO | 2 | 2 | modify | open |\n| R-005 | Outage | CRO | 2 | 2 | modify | open |\n`,
    title: 'Fix all duplicate-id in this file',
    kind: 'source.fixAll',
    expected: { 'risk/register.md': ['| R-005 | Bias | CRO | 2 | 2 | modify | open |\n| R-005 | Outage', '| R-006 | Bias | CRO | 2 | 2 | modify | open |\n| R-007 | Outage'] },
    gone: (f) => f.code === 'duplicate-id',
  },
];
