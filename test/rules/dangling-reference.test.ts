import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['dangling-reference'];

test('dangling-reference: risk, system and document IDs defined nowhere in the workspace', async () => {
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
    systems: [SYS-001]
  - id: R-002
    title: Forecast drift
    systems: [SYS-009]
              ^^^^^^^ dangling-reference The AI system SYS-009 is not defined

//- systems/talentmatch.md
---
aims:
  kind: ai-system
  id: SYS-001
  title: TalentMatch
  owner: CPO
  version: "1"
  status: draft
  risks: [R-001, R-004]
                 ^^^^^ dangling-reference The risk R-004
---
# TalentMatch
Risks R-001 and R-003 apply; the policy is POL-001.
                ^^^^^ dangling-reference
                                           ^^^^^^^ dangling-reference The document POL-001

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
| Risk | Action | Owner |
|---|---|---|
| R-001 | Add a fairness test | CPO |
| R-005 | Add drift alerts | CPO |
  ^^^^^ dangling-reference in a risk register
`,
    { codes },
  );
});

test('dangling-reference: definitions in other files resolve (register rows, records, inventories, document IDs)', async () => {
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

### R-002: Forecast drift

//- risk/more-risks.yaml
aims:
  kind: risk-register
  id: RR-002
  title: Supplier risks
  owner: CRO
  version: "1"
  status: draft
risks:
  - id: r-003
    title: Model supplier outage

//- systems/inventory.md
# AI system inventory (ISO/IEC 42001)
| ID | Name |
|---|---|
| SYS-005 | ShiftCast |

//- systems/talentmatch.yaml
aims:
  kind: ai-system
  id: SYS-001
  title: TalentMatch
  owner: CPO
  version: "1"
  status: draft
purpose: Ranks applicants.

//- evaluation/management-review.md
# Management review 2026 (ISO 42001)
Risks R-001, R-002 and R-003 were discussed for SYS-001 and SYS-005.
The register RR-001 and the supplier list RR-002 were reviewed, as was AIMS-SOA-001.
\`R-099\` is a placeholder in code.

//- risk/soa.md
# Statement of Applicability
**Document ID:** AIMS-SOA-001
`,
    { codes },
  );
});

test('dangling-reference: a master document list and a retired document still define their IDs', async () => {
  await check(
    `
//- support/master-document-list.md
# Master document list (ISO/IEC 42001)
| ID | Title | Status |
|---|---|---|
| AIMS-POL-003 | Acceptable use of AI | Approved |

//- archive/ai-policy-v1.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy (first edition)
  owner: CISO
  version: "1.0"
  status: retired
---
# AI policy (first edition)

//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-002
  title: AI policy
  owner: CISO
  version: "2.0"
  status: draft
  supersedes: POL-001
---
# AI policy
Replaces POL-001 and is read with AIMS-POL-003.
`,
    { codes },
  );
});

test('dangling-reference: a definition is not a dangling reference to itself', async () => {
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
`,
    { codes },
  );
});

test('dangling-reference: risk IDs of any shape defined by a register (ID column or record card) resolve', async () => {
  await check(
    `
//- risk/ai-risk-register.md
# AI risk register

| Risk ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| AI-R01 | Drift | 3 | 3 | Retrain |
| RISK-0042 | Bias | 2 | 4 | Test |

### R-077 — Prompt injection

| Field | Value |
|---|---|
| Likelihood | 3 |
| Impact | 4 |

//- risk/ai-risk-treatment-plan.md
# AI risk treatment plan

| Action | Risk | Owner |
|---|---|---|
| Monthly retraining | AI-R01 | Data science |
| Fairness tests | RISK-0042 | QA |
| Input filtering | R-077 | Platform |
| Vendor exit plan | AI-R09 | Procurement |
                     ^^^^^^ dangling-reference The risk AI-R09
`,
    { codes },
  );
});

test('dangling-reference: a master document list names documents, it does not define them', async () => {
  await check(
    `
//- support/master-document-list.md
# Master document list (ISO/IEC 42001)

| Doc ID | Document title | Owner |
|---|---|---|
| AIMS-POL-001 | AI policy | CEO |
| AIMS-POLICY-002 | Acceptable use of AI | CIO |
  ^^^^^^^^^^^^^^^ dangling-reference

//- governance/ai-policy.md
# AI policy
**Document ID:** AIMS-POL-001

//- planning/objectives.md
# AI objectives register (ISO/IEC 42001)

| Obj ID | Objective | Owner |
|---|---|---|
| OBJ-01 | Fewer complaints | COO |

Progress on OBJ-01 is reviewed quarterly.
`,
    { codes: ['dangling-reference'] },
  );
});

test('dangling-reference: long ID segments are IDs; a document declaring "AIMS-AUDITPROG-[YEAR]" defines the whole family', async () => {
  await check(
    `
//- support/master-document-list.md
# Master document list (ISO/IEC 42001)

| Doc ID | Document title | Owner |
|---|---|---|
| AIMS-AUDITPROG-2026 | Annual audit programme | Audit lead |
| AIMS-MODELCARD-001 | Model card | ML lead |
| AIMS-LIFECYCLE-001 | AI lifecycle procedure | ML lead |
  ^^^^^^^^^^^^^^^^^^ dangling-reference

//- audit/programme.md
# Annual audit programme (ISO/IEC 42001)
**Document ID:** AIMS-AUDITPROG-[YEAR]

//- ops/model-card-template.md
# Model card (ISO/IEC 42001)
**Document ID:** AIMS-MODELCARD-XXX

//- ops/lifecycle.md
# AI lifecycle procedure
**Document ID:** AIMS-PROC-002
`,
    { codes },
  );
});

test('dangling-reference: a "System ID" column holds system IDs of any shape, defined by an inventory\'s System ID column', async () => {
  await check(
    `
//- risks/ai-risk-register.csv
Risk ID,System ID,Risk Statement,Severity,Likelihood,Inherent Rating,Risk Owner
R-001,AI-001,Biased data skews approvals,5,3,15,Risk lead
      ^^^^^^ dangling-reference The AI system AI-001 is not defined
R-002,LOAN-UW-2,Drift lowers accuracy,4,3,12,Risk lead
//- inventory/ai-system-inventory.md
# AI system inventory (ISO/IEC 42001)

| System ID | Name | Owner |
|---|---|---|
| LOAN-UW-2 | Loan underwriting model | Credit |
`,
    { codes },
  );
});

test('dangling-reference: an AI system record that names its system near the top ("System ID: SYS-020") defines it', async () => {
  const record = `
//- systems/invoice-ocr.md
# AI system record: Invoice OCR

System ID: SYS-020.

## Intended purpose
Reads supplier invoices for the finance team (SYS-020). Replaces SYS-019.
                                                                 ^^^^^^^ dangling-reference SYS-019
`;
  await check(record, { codes: ['dangling-reference', 'duplicate-id'] });
  // Listed in the inventory too: one system, not two definitions.
  await check(`${record}
//- inventory.md
# AI system inventory
| System ID | Name |
|---|---|
| SYS-020 | Invoice OCR |
`,
    { codes: ['dangling-reference', 'duplicate-id'] },
  );
});

test('dangling-reference: a YAML inventory kept as "ai_systems:" with "system_id:" keys defines its systems', async () => {
  await check(
    `
//- registers/ai-inventory.yaml
ai_systems:
  - system_id: SYS-101
    name: Fraud Scoring Service
  - systemId: SYS-102
    name: Support Chatbot

//- src/train.py
# aims: A.6.2.4 SYS-101 "validation before release"
# aims: A.6.2.6 SYS-102
# aims: A.6.2.6 SYS-103
                ^^^^^^^ dangling-reference SYS-103
`,
    { codes: ['dangling-reference'] },
  );
});
