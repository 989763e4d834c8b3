import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['risk-level-mismatch'];

const registerHead = (id: string) => `aims:
  kind: risk-register
  id: ${id}
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft`;

test('risk-level-mismatch: a level or a score that likelihood x impact does not give (YAML)', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-004
    likelihood: 4
    impact: 3
    level: medium
           ^^^^^^ risk-level-mismatch = 12, which is "high" (10-14)
  - id: R-005
    likelihood: 5
    impact: 3
    score: 12
           ^^ risk-level-mismatch The score of R-005 is written as 12, but likelihood x impact is 15
    level: Critical
  - id: R-006
    likelihood: 3
    impact: 5
    rating: "**High**"
            ^^^^^^^^^^ risk-level-mismatch "critical" (15-25)
`,
    { codes },
  );
});

test('risk-level-mismatch: Markdown table with words for likelihood and impact', async () => {
  await check(
    `
//- risk/register.md
---
${registerHead('RR-002')}
---
# AI risk register
| ID | Risk | Likelihood | Impact | Score | Level |
|---|---|---|---|---|---|
| R-010 | Biased ranking | 3 | 5 | 15 | Critical |
| R-011 | Drift | Likely | Major | 16 | High |
                                        ^^^^ risk-level-mismatch R-011 is rated "high"
| R-012 | Leak | 2 | 3 | 8 | Medium |
                         ^ risk-level-mismatch written as 8
| R-013 | Outage | 2 | 2 | 4 | Low |
`,
    { codes },
  );
});

test('risk-level-mismatch: band edges, labels with scores, residual levels and unrated risks agree', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: 2
    impact: 2
    level: Low (4)
    residual: high
  - id: R-002
    likelihood: 1
    impact: 5
    score: 5
    level: medium
  - id: R-003
    likelihood: 3
    impact: 3
    score: 9
    level: Medium
  - id: R-004
    likelihood: 2
    impact: 5
    level: high
  - id: R-005
    likelihood: 3
    impact: 5
    level: critical
  - id: R-006
    likelihood: 2
    impact: 5
    level: very high
  - id: R-007
    likelihood: 7
    impact: 2
    level: low
  - id: R-008
    likelihood: TBD
    impact: 4
    level: high
`,
    { codes },
  );
});

test('risk-level-mismatch: bands and their names come from .aims.yaml', async () => {
  await check(
    `
//- .aims.yaml
risk:
  bands:
    - { level: acceptable, min: 1, max: 6 }
    - { level: tolerable, min: 7, max: 12 }
    - { level: intolerable, min: 13, max: 25 }

//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: 3
    impact: 3
    level: tolerable
  - id: R-002
    likelihood: 4
    impact: 4
    level: tolerable
           ^^^^^^^^^ risk-level-mismatch "intolerable" (13-25)
  - id: R-003
    likelihood: 4
    impact: 3
    level: medium
`,
    { codes },
  );
});
