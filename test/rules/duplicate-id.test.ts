import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['duplicate-id'];

test('duplicate-id: the same risk twice in one YAML register', async () => {
  await check(
    `
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
        ^^^^^ duplicate-id The risk ID R-001 is defined 2 times
    title: Biased ranking
  - id: R-002
    title: Forecast drift
  - id: R-001
        ^^^^^ duplicate-id
    title: Supplier outage
`,
    { codes },
  );
});

test('duplicate-id: the same risk, system or document ID in two files (case does not matter)', async () => {
  await check(
    `
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
      ^^^^^^ duplicate-id The document ID RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
risks:
  - id: r-002
        ^^^^^ duplicate-id The risk ID R-002
    title: Forecast drift

//- risk/register-copy.md
---
aims:
  kind: risk-register
  id: RR-001
      ^^^^^^ duplicate-id
  title: AI risk register (copy)
  owner: CRO
  version: "1"
  status: draft
---
# AI risk register (copy)
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-002 | Forecast drift | 3 | 3 |
  ^^^^^ duplicate-id

//- systems/talentmatch.md
---
aims:
  kind: ai-system
  id: SYS-001
      ^^^^^^^ duplicate-id The system ID SYS-001
  title: TalentMatch
  owner: CPO
  version: "1"
  status: draft
---
# TalentMatch

//- systems/inventory.md
# AI system inventory (ISO/IEC 42001)
| ID | Name |
|---|---|
| SYS-001 | FraudGuard |
  ^^^^^^^ duplicate-id
`,
    { codes },
  );
});

test('duplicate-id: an AI system record and the inventory rows that list it by name are one system', async () => {
  await check(
    `
//- systems/claims-triage.yaml
aims:
  kind: ai-system
  id: SYS-101
  title: Claims triage model
  owner: Claims Operations
  version: "4.1"
  status: approved
intended_purpose: Rank claims for review.

//- systems/chat.md
---
aims:
  kind: ai-system
  id: SYS-102
  title: Patient chat assistant
  owner: Patient Services
  version: "1"
  status: draft
---
# Patient chat assistant

//- inventory.md
# AI system inventory
| System ID | Name | Owner |
|---|---|---|
| SYS-101 | Claims triage (gradient boosted trees) | Claims Ops |
| SYS-102 | | Patient Services |

//- risk/tiering.md
# AI system inventory by risk tier
| ID | System | Tier |
|---|---|---|
| SYS-101 | Claims Triage | High |
`,
    { codes },
  );
});

test('duplicate-id: two records of one system ID still clash, with the inventory row beside them', async () => {
  await check(
    `
//- systems/a.md
---
aims:
  kind: ai-system
  id: SYS-201
      ^^^^^^^ duplicate-id The document ID SYS-201 is defined 2 times
      ^^^^^^^ duplicate-id
  title: Claims triage
  owner: Claims Operations
  version: "1"
  status: draft
---
# Claims triage

//- systems/b.md
---
aims:
  kind: ai-system
  id: SYS-201
      ^^^^^^^ duplicate-id
      ^^^^^^^ duplicate-id
  title: Invoice OCR
  owner: Finance
  version: "1"
  status: draft
---
# Invoice OCR

//- inventory.md
# AI system inventory
| ID | Name |
|---|---|
| SYS-201 | Claims triage |
  ^^^^^^^ duplicate-id The system ID SYS-201 is defined 3 times
`,
    { codes },
  );
});

test('duplicate-id: lists that merely name IDs (master list, treatment plan, impact assessment) are not definitions', async () => {
  await check(
    `
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
| Risk | Action |
|---|---|
| R-001 | Add a fairness test |

//- support/master-document-list.md
# Master document list (ISO/IEC 42001)
| ID | Title |
|---|---|
| RR-001 | AI risk register |
| RTP-001 | Risk treatment plan |

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
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-001 | Biased ranking | 3 | 4 |
`,
    { codes },
  );
});

test('duplicate-id: a retired earlier version keeps its document ID without clashing', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "2.0"
  status: draft
---
# AI policy

//- archive/ai-policy-v1.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: retired
---
# AI policy
`,
    { codes },
  );
});

test('duplicate-id: a register row and a heading for the same risk are one definition', async () => {
  await check(
    `
//- risk/register.md
---
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
---
# AI risk register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-001 | Biased ranking | 3 | 4 |

## R-001: Biased ranking
The ranking model learnt from past hiring decisions.
`,
    { codes },
  );
});

test('duplicate-id: an archived copy of the same file (_history/<commit>/, archive/) is not a second definition', async () => {
  await check(
    `
//- planning/ai-risk-register.md
# AI risk register

| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| OPS-001 | Drift | 3 | 3 |
| OPS-002 | Outage | 2 | 4 |
  ^^^^^^^ duplicate-id The risk ID OPS-002 is defined 2 times

//- _history/ab96585616df52bf32f8824e4eb7b681fc3b1fcd/planning/ai-risk-register.md
# AI risk register

| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| OPS-001 | Drift | 3 | 3 |

//- planning/other-register.md
# AI risk register (operations)

| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| OPS-002 | Outage again | 2 | 4 |
  ^^^^^^^ duplicate-id The risk ID OPS-002 is defined 2 times
`,
    { codes },
  );
});

test('duplicate-id: a risk in a register\'s identification and analysis tables is one definition; twice in one table, two', async () => {
  await check(
    `
//- risk/register.md
---
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
---
# AI risk register
## Identification
| ID | Risk | Owner |
|---|---|---|
| R-001 | Biased ranking | CRO |
| R-002 | Forecast drift | CRO |
  ^^^^^ duplicate-id The risk ID R-002 is defined 2 times
| R-002 | Supplier outage | CRO |
  ^^^^^ duplicate-id

## Analysis
| ID | Likelihood | Impact |
|---|---|---|
| R-001 | 3 | 4 |
| R-002 | 2 | 2 |
`,
    { codes },
  );
});

test('duplicate-id: an inventory that lists one system ID in two of its rows defines it twice; an overview elsewhere does not', async () => {
  await check(
    `
//- systems/ai-system-inventory.md
# AI System Inventory (ISO/IEC 42001)
| System ID | System | Owner |
|---|---|---|
| NHL-SYS-03 | Driver Fatigue Detection | Fleet |
| NHL-SYS-04 | Damage Detection | Warehouse |
  ^^^^^^^^^^ duplicate-id The system ID NHL-SYS-04 is defined 2 times
| NHL-SYS-04 | Dock Scheduling Optimiser | Warehouse |
  ^^^^^^^^^^ duplicate-id The system ID NHL-SYS-04 is defined 2 times

//- scope.md
# AIMS scope (ISO/IEC 42001)
| System ID | System |
|---|---|
| NHL-SYS-03 | Driver Fatigue Detection |
`,
    { codes: ['duplicate-id'] },
  );
});
