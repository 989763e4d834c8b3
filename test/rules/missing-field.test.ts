import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['missing-field'];

test('missing-field: absent fields are reported on the aims key, empty ones on their own key', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
^^^^ missing-field no "id" field
  kind: policy
  title: AI policy
  owner:
  ^^^^^ missing-field "owner" is empty
  version: ""
  ^^^^^^^ missing-field
  status: draft
---
# AI policy
`,
    { codes },
  );
});

test('missing-field: approval fields once a document is approved, in front matter and in YAML', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
^^^^ missing-field (required once a document is approved)
^^^^ missing-field
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: approved
  approved_by: AI steering committee
---
# AI policy

//- risk/register.yaml
aims:
^^^^ missing-field
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: 2
  status: approved
  approved_by: ""
  ^^^^^^^^^^^ missing-field "approved_by" is empty
  approved_on: 2026-10-01
risks: []
`,
    { codes },
  );
});

test('missing-field: drafts and retired documents need no approval fields; a complete approved document needs nothing', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-002
  title: AI policy
  owner: CISO
  version: "2.0-draft"
  status: draft
---
# AI policy

//- archive/ai-policy-v1.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy (first edition)
  owner: CISO
  version: "1.0"
  status: retired
  approved_by: Board
  approved_on: 2025-01-10
---
# AI policy (first edition)

//- governance/scope.md
---
aims:
  kind: scope
  id: SCOPE-001
  title: AIMS scope
  owner: CISO
  version: 3
  status: approved
  approved_by: Board
  approved_on: 2026-03-02
  next_review: 2027-03-02
---
# AIMS scope
`,
    { codes },
  );
});

test("missing-field: a kind's own fields (an impact assessment names its systems)", async () => {
  await check(
    `
//- risk/aiia-001.md
---
aims:
^^^^ missing-field "systems"
  kind: impact-assessment
  id: AIIA-001
  title: Impact assessment of TalentMatch
  owner: CPO
  version: "1"
  status: draft
---
# Impact assessment of TalentMatch

//- risk/aiia-002.md
---
aims:
  kind: impact-assessment
  id: AIIA-002
  title: Impact assessment of ShiftCast
  owner: CPO
  version: "1"
  status: draft
  systems: []
  ^^^^^^^ missing-field "systems" is empty
---
# Impact assessment of ShiftCast
`,
    { codes },
  );
});

test('missing-field: register columns (Markdown) and item keys (YAML)', async () => {
  await check(
    `
//- risk/register.md
---
aims:
  kind: risk-register
  id: RR-002
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
---
# AI risk register
| ID | Risk | Owner | L | I | Treatment |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field "status" column
|---|---|---|---|---|---|
| R-010 | Biased ranking | CPO | 3 | 4 | modify |

| Risk ID | Description | Risk owner | Likelihood | Impact | Response | Status |
|---|---|---|---|---|---|---|
| R-011 | Forecast drift | CPO | 3 | 4 | modify | open |

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
        ^^^^^ missing-field Risk R-001 has no "status"
    title: Biased ranking
    owner: CPO
    likelihood: 3
    impact: 4
    treatment: modify
  - id: R-002
    title: Forecast drift
    owner: CPO
    likelihood: 3
    impact: 4
    treatment: modify
    status: open
`,
    { codes },
  );
});

test('missing-field: front matter without an aims block is not an AIMS declaration', async () => {
  await check(
    `
//- notes.md
---
title: Meeting notes
status: whatever
---
# Notes on ISO/IEC 42001
`,
    { codes },
  );
});

test('missing-field: "<System> — Risk Assessment" with a table of risks written without IDs lacks the ID column too; a rating matrix is no risk table', async () => {
  await check(
    `
//- cases/loan-ai/risk-assessment.md
# Loan Underwriting AI — Risk Assessment
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: risk-register

| Risk | Inherent risk | Key controls | Residual target |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field no "id", "owner", "likelihood", "impact", "status" column
|---|---|---|---|
| Biased history skews approvals | High | Fairness testing | Moderate |

| Score | Rating | Description |
|---|---|---|
| 1-3 | Low | Acceptable |
`,
    { codes: ['missing-field', 'kind-inferred'] },
  );
});

test('missing-field: fields written at the top level beside the aims block count (a docs site keeps its title there)', async () => {
  await check(
    `
//- governance/ai-policy.md
---
title: AI policy
owner: CISO
version: "2.1"
aims:
^^^^ missing-field no "status" field
  kind: policy
  id: POL-001
---
# AI policy

//- systems/claims.yaml
aims:
  kind: ai-system
  id: SYS-001
  title: Claims triage model
owner: Claims Operations
status: draft
version: ""
^^^^^^^ missing-field "version" is empty
intended_purpose: Rank claims for review.
`,
    { codes },
  );
});

test('missing-field: beside a table that assesses risks, a table that only lists them (acceptance log, retired risks) is not held to the register columns', async () => {
  await check(
    `
//- risk/register.md
# AI risk register

| Risk ID | Risk | Likelihood | Impact | Treatment | Owner | Status |
|---|---|---|---|---|---|---|
| R-401 | Prompt injection | 4 | 4 | Input filtering (A.6.2.4) | Security | Open |
| R-402 | Drift | 2 | 3 | Monitoring (A.6.2.6) | ML Ops | Open |

## Accepted risks
| ID | Accepted by | Date |
|---|---|---|
| R-402 | CRO | 2026-10-01 |

## Retired risks
| ID | Risk | Retired |
|---|---|---|
| R-101 | Legacy scoring | 2025-06-30 |

//- risk/other-register.md
# AI risk register (unit B)

| ID | Risk | Owner | Status |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field "likelihood", "impact", "treatment"
|---|---|---|---|
| R-501 | Supplier outage | Procurement | Open |
`,
    { codes },
  );
});

test('missing-field: a table of tasks linked to risks ("| Task | Risk | Control | Due |") cites the register\'s risks; a register table listing IDs first is still held to its columns', async () => {
  await check(
    `
//- risk/report.md
# AI risk register report (ISO/IEC 42001)

## RSK-11 Stock-outs in some stores

| Field | Value |
|---|---|
| Risk ID | RSK-11 |
| Owner | Head of Supply Chain |
| Likelihood | 3 |
| Impact | 4 |
| Treatment | Modify |
| Status | Open |

## Linked treatment tasks

| Task | Risk | Control | Due | Status |
|---|---|---|---|---|
| TSK-301 | RSK-11 | A.5.5 | 2027-01-31 | Open |

## Listed

| ID | Risk |
^^^^^^^^^^^ missing-field "owner", "likelihood", "impact", "treatment", "status" column
|---|---|
| RSK-12 | Chatbot invents terms |
`,
    { codes },
  );
});

test("missing-field: a header field still holding a template's placeholder, in a written document; links and templates are not", async () => {
  await check(
    `
//- policies/ai-governance-policy.md
# AI Governance Policy

| | |
|---|---|
| **Policy owner** | [Policy Owner] |
                     ^^^^^^^^^^^^^^ missing-field "Policy owner" is still a template's placeholder
| **Effective date** | <Insert date> |
                       ^^^^^^^^^^^^^ missing-field "Effective date"
| **Approved by** | Jordan Pike, CEO |
| **Version** | 1.1 |

## Purpose
How we govern AI at Tallyhire.

//- AIMS/ai-objectives.md
# AI Objectives
Owner: [[Priya Natarajan]] · Approved by: [Board minutes](minutes/2026-01.md) · Version: <br>

//- templates/ai-policy-template.md
# AI Policy template
| **Policy owner** | [Policy Owner] |
`,
    { codes: ['missing-field'] },
  );
});

test('missing-field: a table of closed risks (a "Closed" column) needs no treatment or status; an open one does', async () => {
  await check(
    `
//- docs/risk/risk-register.md
---
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1.0"
  status: draft
---
# AI risk register

| ID | Risk | Owner | L | I | Treatment | Status |
|---|---|---|---|---|---|---|
| AIR-005 | Summary omits a red-flag symptom | Head of Data Science | 2 | 5 | Modify | Open |

??? note "Closed risks (kept for the record)"

    | ID | Risk | Owner | L | I | Closed | Reason |
    |---|---|---|---|---|---|---|
    | AIR-002 | Training data includes opted-out records | DPO | 2 | 4 | 2026-03-31 | Filter applied |

| ID | Risk | Owner | L | I | Reason |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field no "treatment", "status" column
|---|---|---|---|---|---|
| AIR-011 | Vendor retains prompts | DPO | 2 | 3 | Contract |
`,
    { codes: ['missing-field'] },
  );
});
