import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';
import type { Finding } from '../../server/src/core/index.js';

const codes = ['missing-section'];

/** Several findings on one span: the check helper compares positions; this compares which items they name. */
function missingTitles(findings: readonly Finding[], path: string): string[] {
  return findings
    .filter((f) => f.uri.endsWith(path))
    .flatMap((f) => ((f.data?.['items'] as { title: string }[] | undefined) ?? []).map((i) => i.title))
    .sort();
}

test('missing-section: one finding on the kind value lists every missing item', async () => {
  const findings = await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
        ^^^^^^ missing-section
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: draft
---
# AI policy
## Purpose
Why we have the policy.
## Scope
All AI systems we build.
## Principles
People stay in charge.
## Roles and responsibilities
The CISO owns this policy.
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'ai-policy.md'), ['Continual improvement', 'Framework for AI objectives', 'Meeting applicable requirements', 'Review of the policy']);
});

test('missing-section: synonyms, any order, numbering and punctuation in headings', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: draft
---
# AI policy
## 8. Review and maintenance
Yearly, by the steering committee.
## 1. Introduction
Why we have the policy.
## 2.1 Applicability:
All AI systems we build.
## Our commitments
People stay in charge.
## AI_Objectives
Set yearly.
## Legal & regulatory obligations
We meet them.
## Continuous improvement
We improve.
## Accountabilities
The CISO owns this policy.
`,
    { codes },
  );
});

test('missing-section: a table column header meets an item; the communication plan without a channel', async () => {
  await check(
    `
//- support/communication-plan.md
---
aims:
  kind: communication
        ^^^^^^^^^^^^^ missing-section "How"
  id: COMM-001
  title: Communication plan
  owner: Head of AI Governance
  version: "1.0"
  status: draft
---
# Communication plan

| Topic | Audience | Frequency | Responsible |
|---|---|---|---|
| AI policy changes | All staff | Yearly | Head of AI Governance |

//- support/communication-plan-2027.md
---
aims:
  kind: communication
  id: COMM-002
  title: Communication plan 2027
  owner: Head of AI Governance
  version: "1.0"
  status: draft
---
# Communication plan 2027

| Topic | Audience | Frequency | Channel | Responsible |
|---|---|---|---|---|
| AI policy changes | All staff | Yearly | Intranet | Head of AI Governance |
`,
    { codes },
  );
});

test('missing-section: an undeclared document read by its title reports on its first heading', async () => {
  await check(
    `
//- docs/comms.md
# Communication Plan
^^^^^^^^^^^^^^^^^^^^ missing-section "How"

| Topic | Audience | When | Owner |
|---|---|---|---|
| Policy | Staff | Yearly | CISO |
`,
    { codes },
  );
});

test('missing-section: YAML top-level keys and the keys of listed items count as sections', async () => {
  const findings = await check(
    `
//- governance/objectives.yaml
aims:
  kind: objectives
  id: OBJ-001
  title: AI objectives 2027
  owner: Head of AI Governance
  version: "1"
  status: draft
objectives:
  - id: O-1
    statement: No release without a fairness test
    target: 100% of releases
    owner: ML Engineering Lead
    resources: Two days of testing per release
    due: 2027-06-30
    progress: on track

//- systems/shiftcast.yaml
aims:
  kind: ai-system
        ^^^^^^^^^ missing-section
  id: SYS-002
  title: ShiftCast
  owner: Head of Workforce Products
  version: "1"
  status: draft
purpose: Forecasts staffing demand per store.
intended_use:
  users: Store managers
data:
  sources: Sales history
verification:
  criteria: Error below 15%
deployment:
  method: Weekly batch job
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'shiftcast.yaml'), ['Event logs', 'Monitoring']);
});

test("missing-section: an inventory of AI systems is not held to one system's record; a record of one system is", async () => {
  await check(
    `
//- systems/inventory.yaml
aims:
  kind: ai-system
  id: AIS-REGISTER
  title: AI system inventory
  owner: AI Governance Lead
  version: "2"
  status: draft
systems:
  - id: AIS-001
    name: LoanScreen
    purpose: Pre-screening of loan applications
  - id: AIS-002
    name: HelpBot
    purpose: Customer support answers

//- systems/loanscreen.yaml
aims:
  kind: ai-system
        ^^^^^^^^^ missing-section
  id: SYS-LOAN
  title: LoanScreen
  owner: Head of Credit
  version: "1"
  status: draft
systems:
  - id: AIS-001
    name: LoanScreen
    purpose: Pre-screening of loan applications
`,
    { codes },
  );
});

test('missing-section: a register without entries, in Markdown and YAML', async () => {
  await check(
    `
//- risk/register.md
---
aims:
  kind: risk-register
        ^^^^^^^^^^^^^ missing-section lists no risks
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
---
# AI risk register
No risks have been recorded yet.

//- risk/register.yaml
aims:
  kind: risk-register
        ^^^^^^^^^^^^^ missing-section lists no risks
  id: RR-002
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
risks: []

//- risk/soa.yaml
aims:
  kind: soa
        ^^^ missing-section lists no controls
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
controls: []
`,
    { codes },
  );
});

test('missing-section: templates, guides and documents of no kind are not held to a kind', async () => {
  await check(
    `
//- templates/ai-policy-template.md
# AI Policy Template
## Purpose
[Insert purpose]

//- notes.md
# Notes on ISO/IEC 42001
## Policy
We still need a policy.

//- governance/unknown.md
---
aims:
  kind: polcy
  id: POL-009
---
# AI policy
`,
    { codes },
  );
});

test('missing-section: an SoA written as an HTML table has entries the reader does not read as rows; an empty one has none', async () => {
  await check(
    `
//- soa/soa.md
---
aims:
  kind: soa
  id: SOA-HTML
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
---
# Statement of applicability
<table>
<tr><th>Control</th><th>Applicable</th><th>Justification</th></tr>
<tr><td>A.2.2</td><td>Yes</td><td>Required</td></tr>
</table>

//- soa/empty.md
---
aims:
  kind: soa
        ^^^ missing-section lists no controls
  id: SOA-EMPTY
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
---
# Statement of applicability
Controls will be listed here.
`,
    { codes: ['missing-section'] },
  );
});

test('missing-section: a risk assessment process that says in its prose when assessments are made has its frequency and triggers', async () => {
  const findings = await check(
    `
//- procedures/ai-risk-assessment-procedure.md
# AI Risk Assessment Procedure
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section
## Purpose
How we identify, analyse and evaluate AI risks.
## Risk criteria
Likelihood: Rare (1) to Almost certain (5).
Impact: Minor (1) to Critical (5).
Rating = likelihood x impact: 1-6 Low, 8-12 Medium, 15-25 High.
## Identification
Risks are identified per AI system at design, before deployment and yearly, from Annex C risk sources.
## Analysis and evaluation
Each risk is rated and compared against the criteria.
## Records
Results are kept in the risk register.
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'ai-risk-assessment-procedure.md'), ['Responsibilities']);
});

test('missing-section: a policy "reviewed annually" and objectives "evaluated quarterly" say so in their prose', async () => {
  await check(
    `
//- aims/02-ai-policy.md
# Artificial Intelligence Policy
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy

Owner: Chief Risk Officer. Approved by the Board on 2025-04-10. Reviewed annually by the CRO.

## Purpose
Sets the direction for responsible AI and a framework for setting AI objectives.
## Commitments
We commit to satisfy applicable requirements and to continually improve the AIMS.
## Principles
Fairness, transparency, human oversight.
## Roles
The CRO owns this policy.

//- aims/05-objectives.md
# AI Objectives
^^^^^^^^^^^^^^^ kind-inferred kind: objectives

| # | Objective | KPI | Target | Owner | Due | Resources |
|---|---|---|---|---|---|---|
| O1 | Reduce false positives | FP rate | < 2% | Fraud lead | 2026-06 | 0.5 FTE |

Evaluated quarterly by the AI Governance Office.
`,
    // The kind is observed too: nothing missing is not nothing read.
    { codes: [...codes, 'kind-inferred'] },
  );
});
