import { test } from 'node:test';
import { check } from '../support/check.js';
import { soaHead } from './annexA.js';

const codes = ['soa-contradiction'];

test('soa-contradiction: an excluded control whose own row says it is implemented (Markdown and YAML)', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability
| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.2.2 | Yes | Direction for every AI system | Implemented |
| A.7.3 | No | We acquire no data from third parties | Implemented |
  ^^^^^ soa-contradiction A.7.3 is excluded but its status says "Implemented"
| A.8.3 | No | No duty to report publicly | Not implemented |
| A.10.4 | No | No customers use our AI systems | N/A |

//- risk/soa-2027.yaml
aims:
  kind: soa
  id: SOA-002
  title: Statement of applicability 2027
  owner: CISO
  version: "1"
  status: draft
controls:
  - id: A.8.3
        ^^^^^ soa-contradiction
    applicable: false
    justification: No duty to report publicly
    status: in place
  - id: A.8.4
    applicable: true
    justification: Customers must hear about incidents
    status: operational
`,
    { codes },
  );
});

test('soa-contradiction: summary counts that disagree with the rows', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability

**Summary:** 4 applicable; 2 excluded.
             ^^^^^^^^^^^^ soa-contradiction the table has 3 applicable controls
                           ^^^^^^^^^^ soa-contradiction the table has 1 excluded control

| Summary | Count |
|---|---|
| Applicable controls | 3 |
| Excluded controls | 2 |
  ^^^^^^^^^^^^^^^^^^^^^ soa-contradiction

| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.2.2 | Yes | Direction | Implemented |
| A.2.3 | Yes | Alignment | Partial |
| A.2.4 | Yes | Review | Planned |
| A.7.3 | No | We acquire no data | Not applicable |
`,
    { codes },
  );
});

test('soa-contradiction: counts written before their stage, with excluded rows marked not applicable', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability

**Summary:** 3 applicable, 1 excluded. 3 implemented, 1 in progress.
                                       ^^^^^^^^^^^^^ soa-contradiction counts 3 controls implemented, but 2 rows say so
                                                      ^^^^^^^^^^^^^ soa-contradiction counts 1 controls in progress, but 0 rows say so
Phase 2 implemented the logging; release 3 in progress. Of the rest, 2 implemented and 1 planned.

| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.2.2 | Yes | Direction | Implemented |
| A.2.3 | Yes | Alignment | Implemented |
| A.2.4 | Yes | Review | Planned |
| A.7.3 | No | We acquire no data | Not applicable |
`,
    { codes },
  );
});

test('soa-contradiction: summaries that agree, in the forms SoAs write them', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability

**Summary:** 4 controls; 3 applicable (2 implemented, 1 partial); 1 not applicable.
Of these, 3 controls are applicable and 1 excluded. Applicable: 3. **Excluded:** 1

| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.2.2 | Yes | Direction | Implemented |
| A.2.3 | Yes | Alignment | Implemented |
| A.2.4 | Yes | Review | Partial |
| A.7.3 | No | We acquire no data | Not applicable |
`,
    { codes },
  );
});

test('soa-contradiction: a risk treated with a control that the SoA in another file excludes', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability
| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.2.2 | Yes | Direction | Implemented |
| A.7.3 | No | We acquire no data from third parties | Not applicable |
| A.10.4 | No | No customers use our AI systems | Not applicable |

//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
risks:
  - id: R-001
    title: Biased ranking
    likelihood: 3
    impact: 4
    treatment: modify
    controls: [A.2.2, A.7.3]
                      ^^^^^ soa-contradiction A.7.3 is used to treat a risk, but the statement of applicability excludes it
  - id: R-002
    title: Leak through the model supplier
    likelihood: 3
    impact: 4
    treatment: share
    controls: "ISO/IEC 27001 A.5.19"
  - ref: R-003
    title: Drift after a new depot opens
    likelihood: 4
    impact: 3
    treatment: {option: mitigate, controls: [A.2.2, A.10.4]}
                                                    ^^^^^^ soa-contradiction A.10.4 is used to treat a risk
  - ref: R-004
    title: Supplier changes the model
    likelihood: 2
    impact: 3
    treatment:
      option: transfer
      notes: A.7.3 is excluded, so the contract carries it

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
| Risk | Option | Controls | Owner |
|---|---|---|---|
| R-001 | modify | A.2.2, A.10.4 | CPO |
                          ^^^^^^ soa-contradiction

A.7.3 is excluded in the SoA. R-002 relies on A.10.4 instead.
                                              ^^^^^^ soa-contradiction
`,
    { codes },
  );
});

test('soa-contradiction: notes on an exclusion, other documents and a retired SoA do not contradict', async () => {
  await check(
    `
//- archive/soa-2025.md
${soaHead('SOA-2025', 'retired')}
# Statement of applicability 2025
| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.7.3 | No | We bought no data in 2025 | Not applicable |

//- risk/soa.md
${soaHead('SOA-2026')}
# Statement of applicability 2026
| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.7.3 | Yes | We now license a labelled data set | Implemented |
| A.8.3 | No | No duty to report publicly | Not applicable |

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
| Risk | Option | Controls |
|---|---|---|
| R-001 | modify | A.7.3 |
| R-002 | retain | none; A.8.3 is excluded in the SoA |

A.8.3 (External reporting) is not applicable to us, so R-002 is retained. R-003 is treated with A.8.4.

//- risk/aiia-001.md
---
aims:
  kind: impact-assessment
  id: AIIA-001
  title: Impact assessment
  owner: CPO
  version: "1"
  status: draft
  systems: [SYS-001]
---
# Impact assessment
Public reporting under A.8.3 was considered and is not planned.
`,
    { codes },
  );
});

test('soa-contradiction: where business units keep SoAs that disagree, the one nearest the register decides', async () => {
  const soa = (decision: string, why: string) => `${soaHead()}
# Statement of applicability
| Control | Applicable | Justification | Status |
|---|---|---|---|
| A.5.5 | ${decision} | ${why} | Planned |
`;
  // The row, and under it the fixture's mark where a finding is expected.
  const register = (id: string, mark = '') => `# AI risk register (ISO/IEC 42001)

| Risk ID | Risk | Likelihood | Impact | Treatment | Controls |
|---|---|---|---|---|---|
| ${id} | Harm to customers | 3 | 4 | Modify | A.5.5 |
${mark}`;
  await check(
    `
//- retail/soa.md
${soa('Yes', 'Shoppers are affected')}
//- retail/risk-register.md
${register('RET-R-003')}
//- logistics/soa.md
${soa('No', 'No one outside the company is affected')}
//- logistics/risk-register.md
${register('LOG-R-001', `${' '.repeat(51)}^^^^^ soa-contradiction\n`)}
//- group/risk-register.md
${register('GRP-R-001')}
`,
    { codes: ['soa-contradiction'] },
  );
});
