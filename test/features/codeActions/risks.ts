/** Quick-fix cases: dangling-reference. */
import { type FixCase, fm, REGISTER_YAML, REVIEW_NOTES, riskGone } from './case.js';

export const RISKS_CASES: readonly FixCase[] = [
  // dangling-reference
  {
    name: 'dangling-reference: a stub item in the YAML risk register',
    fixture: `//- notes/steering.md\n${REVIEW_NOTES}\n//- risk/register.yaml\n${REGISTER_YAML}`,
    title: 'Create R-042 in the risk register',
    expected: {
      'risk/register.yaml': [
        '    controls: [A.6.2.6]\n    status: open\n',
        '    controls: [A.6.2.6]\n    status: open\n\n  - id: R-042\n    title: ""\n    owner: ""\n    likelihood:\n    impact:\n    treatment: ""\n    controls: []\n    status: ""\n',
      ],
    },
    gone: riskGone('R-042'),
    crlf: true,
  },
  {
    name: 'dangling-reference: a row in the Markdown risk register, ID in the ID column',
    fixture: `//- notes/steering.md\n${REVIEW_NOTES}\n//- risk/register.md\n${fm('risk-register', 'RR-1')}\n# AI risk register\n\n| Risk | ID | Owner | L | I | Treatment | Status |\n|------|----|-------|---|---|-----------|--------|\n| Biased ranking | R-001 | CPO | 2 | 3 | modify | open |\n| Forecast drift | R-002 | CTO | 3 | 3 | modify | open |\n\nRatings follow the risk assessment process.\n`,
    title: 'Create R-042 in the risk register',
    expected: { 'risk/register.md': ['| modify | open |\n\nRatings', '| modify | open |\n| | R-042 | | | | | |\n\nRatings'] },
    gone: riskGone('R-042'),
    crlf: true,
  },
  {
    name: 'dangling-reference: fix all creates each missing risk once',
    fixture: `//- notes/steering.md\n${REVIEW_NOTES.replace('R-0$042.', 'R-0$042, then R-043 and R-042 again.')}\n//- risk/register.yaml\n${REGISTER_YAML.trimEnd()}`,
    title: 'Fix all dangling-reference in this file',
    kind: 'source.fixAll',
    expected: {
      'risk/register.yaml': [
        '    controls: [A.6.2.6]\n    status: open',
        '    controls: [A.6.2.6]\n    status: open\n\n  - id: R-042\n    title: ""\n    owner: ""\n    likelihood:\n    impact:\n    treatment: ""\n    controls: []\n    status: ""\n\n  - id: R-043\n    title: ""\n    owner: ""\n    likelihood:\n    impact:\n    treatment: ""\n    controls: []\n    status: ""',
      ],
    },
    gone: (f) => f.code === 'dangling-reference',
  },
];
