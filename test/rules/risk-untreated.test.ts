import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';
import { uriOf } from '../support/memoryHost.js';

const codes = ['risk-untreated'];

const registerHead = (id: string) => `aims:
  kind: risk-register
  id: ${id}
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft`;

test('risk-untreated: a YAML register whose items are keyed "ref:" or "risk_id:" rather than "id:" is read', async () => {
  await check(
    `
//- aims/ai-risk-register.yaml
risks:
  - ref: R-004
         ^^^^^ risk-untreated R-004 scores 20
    title: Optimistic ETAs breach SLAs
    likelihood: 5
    impact: 4
    treatment: {}
  - risk_id: R-005
             ^^^^^ risk-untreated R-005 scores 16
    likelihood: 4
    impact: 4
  - ref: R-006
    likelihood: 5
    impact: 5
    treatment: Mitigate
    controls: [A.6.2.4]

//- aims/monitoring.md
# AI monitoring report
Part of our ISO/IEC 42001 AIMS: R-004, R-005 and R-006 are watched.
`,
    { codes: ['risk-untreated', 'dangling-reference'] },
  );
});

test('risk-untreated: above the threshold with no treatment and no controls (YAML)', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
        ^^^^^ risk-untreated R-001 scores 20, above the acceptance threshold of 9
    likelihood: 4
    impact: 5
    treatment: ""
    controls: []
  - id: R-002
        ^^^^^ risk-untreated scores 10
    likelihood: 2
    impact: 5
    treatment: TBD
  - id: R-003
        ^^^^^ risk-untreated
    likelihood: high
    impact: major
`,
    { codes },
  );
});

test('risk-untreated: blank, dash and N/A cells in a Markdown register', async () => {
  await check(
    `
//- risk/register.md
---
${registerHead('RR-002')}
---
# AI risk register
| ID | Risk | Likelihood | Impact | Treatment | Controls |
|---|---|---|---|---|---|
| R-010 | Biased ranking | 5 | 4 | | |
  ^^^^^ risk-untreated
| R-011 | Drift | 5 | 4 | - | N/A |
  ^^^^^ risk-untreated
| R-012 | Misuse | Likely | Major | Avoid: withdraw the feature | |
| R-013 | Outage | 4 | 4 | | A.6.2.6 |
`,
    { codes },
  );
});

test('risk-untreated: at or below the threshold, retained, controlled, or not scored', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: 3
    impact: 3
  - id: R-002
    likelihood: 5
    impact: 5
    treatment: retain
  - id: R-003
    likelihood: 4
    impact: 4
    controls: [A.6.2.6]
  - id: R-004
    likelihood: 9
    impact: 4
  - id: R-005
    likelihood: TBD
    impact: 5
`,
    { codes },
  );
});

test('risk-untreated: the treatment is recorded in a treatment plan or in a later table of the register', async () => {
  await check(
    `
//- risk/register.md
---
${registerHead('RR-001')}
---
# AI risk register
## Analysis
| Risk ID | Description | Likelihood | Impact |
|---|---|---|---|
| R-001 | Biased ranking | 4 | 4 |
| R-002 | Forecast drift | 4 | 4 |
| R-003 | Supplier outage | 4 | 4 |
  ^^^^^ risk-untreated

## Treatment
| Risk ID | Treatment decision | Owner |
|---|---|---|
| R-001 | Modify: fairness test before each release | CPO |

//- risk/treatment-plan.md
---
aims:
  kind: risk-treatment-plan
  id: RTP-001
  title: Risk treatment plan
  owner: CRO
  version: "1"
  status: draft
---
# Risk treatment plan
| Risk | Option | Controls | Owner | Due |
|---|---|---|---|---|
| R-002 | modify | A.6.2.6 | CPO | 2027-01-31 |

//- archive/treatment-plan-2025.md
---
aims:
  kind: risk-treatment-plan
  id: RTP-2025
  title: Risk treatment plan 2025
  owner: CRO
  version: "1"
  status: retired
---
# Risk treatment plan 2025
| Risk | Option | Controls |
|---|---|---|
| R-003 | share | A.10.3 |
`,
    { codes },
  );
});

test('risk-untreated: an open YAML register that treats a risk in another item of its list, before and after an edit moves the items', async () => {
  // Open, each item is judged on its own and kept while it is unchanged (rules/chunkReports.ts):
  // the treatment in R-001's second item must count across items, and still after an edit.
  const text = `${registerHead('RR-003')}
risks:
  - id: R-001
    likelihood: 4
    impact: 4
  - id: R-002
    likelihood: 4
    impact: 4
  - id: R-001
    treatment: modify
    controls: [A.6.2.6]
`;
  const { service } = await workspace(`//- risk/register.yaml\n${text}`);
  const file = { uri: uriOf('risk/register.yaml'), relativePath: 'risk/register.yaml' };
  const untreated = () => service.getFindings(file.uri).filter((f) => f.code === 'risk-untreated').map((f) => `${f.range.start.line} ${f.message.slice(0, 5)}`);
  service.setDocument(file, text, 1);
  assert.deepEqual(untreated(), ['11 R-002']);
  service.setDocument(file, text.replace('risks:\n', 'risks:\n  - id: R-000\n    likelihood: 1\n    impact: 1\n'), 2);
  assert.deepEqual(untreated(), ['14 R-002']);
});

test('risk-untreated: the acceptance threshold comes from .aims.yaml', async () => {
  await check(
    `
//- .aims.yaml
risk:
  acceptance_threshold: 12

//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: 3
    impact: 4
  - id: R-002
        ^^^^^ risk-untreated above the acceptance threshold of 12
    likelihood: 5
    impact: 3
`,
    { codes },
  );
});

test("risk-untreated: the bands a risk method accepts set the threshold, and its scales' words are read", async () => {
  await check(
    `
//- risk/method.md
# AI risk assessment methodology
## Likelihood
| Score | Likelihood |
|---|---|
| 1 | Rare |
| 2 | Unlikely |
| 3 | Possible |
| 4 | Likely |
| 5 | Almost certain |
## Risk rating
| Score | Rating | Action |
|---|---|---|
| 1–6 | Low | Accept; review yearly |
| 8–12 | Medium | Treat within six months; not acceptable without a plan |
| 15–25 | High | Treat before go-live |

//- risk/register.md
# AI risk register
| ID | Risk | Likelihood | Impact | Score | Rating | Owner |
|---|---|---|---|---|---|---|
| R-01 | Biased screening | 2 | 4 | 8 | Medium | HR |
  ^^^^ risk-untreated R-01 scores 8, above 6, the highest score the bands of method.md accept
| R-02 | Stale model | 2 | 3 | 6 | Low | ML |
| R-03 | Vendor outage | Almost certain | 2 | 10 | Medium | CTO |
  ^^^^ risk-untreated R-03 scores 10

//- lines/register.md
# AI risk register
Risk ratings:

- Low (1-4): acceptable, reviewed yearly
- Medium (5-12): unacceptable without a treatment plan
- High (15-25): not acceptable

| ID | Risk | Likelihood | Impact | Owner |
|---|---|---|---|---|
| R-11 | Prompt injection | 2 | 3 | CISO |
  ^^^^ risk-untreated R-11 scores 6, above 4, the highest score the document's own bands accept
| R-12 | Typos in answers | 2 | 2 | CX |

//- odd/register.md
# AI risk register
| Score | Rating | Action |
|---|---|---|
| 1–4 | Low | Monitor |
| 5–12 | Medium | Accept with sign-off |
| 15–25 | High | Treat |

| ID | Risk | Likelihood | Impact | Owner |
|---|---|---|---|---|
| R-21 | Drift | 2 | 5 | ML |
  ^^^^ risk-untreated R-21 scores 10, above the acceptance threshold of 9
`,
    { codes },
  );
});

test('risk-untreated: bands stated on one line, then restated one per line with whether each is accepted', async () => {
  await check(
    `
//- risk/ai-risk-assessment-process.md
# AI risk assessment process

## Risk criteria and acceptance

Bands: Low 1 to 5 / Medium 6 to 11 / High 12 to 19 / Critical 20 to 25.

- Low (1-5): acceptable; the owner may retain the risk.
- Medium (6-11): treatment required, reviewed quarterly.
- High (12-19): treatment required, reviewed monthly.

//- risk/ai-risk-register.md
# AI risk register

| Risk ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| R-001 | Drift | 1 | 5 | |
| R-002 | Bias | 2 | 3 | |
  ^^^^^ risk-untreated above 5, the highest score the bands of ai-risk-assessment-process.md accept
`,
    { codes },
  );
});
