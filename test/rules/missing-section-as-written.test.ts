/**
 * missing-section on documents as people write them (rules/missingSection.ts,
 * rules/sectionContent.ts): content is found under headings, in table row labels, in
 * "**Field:** value" lines, in YAML keys and in specific phrases of the prose. One finding per
 * document lists what is missing; a notice when the kind was read from the title, a warning
 * when it was declared. Fixtures modelled on public AIMS repositories, in our own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';
import type { Finding } from '../../server/src/core/index.js';

const codes = ['missing-section'];
/** The kind is observed too, so a case where nothing is missing is not one where no kind was read. */
const withKinds = ['missing-section', 'kind-inferred'];

function findingsOf(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => f.uri.endsWith('/' + path) && f.code === 'missing-section');
}

function missingTitles(findings: readonly Finding[], path: string): string[] {
  return findingsOf(findings, path)
    .flatMap((f) => ((f.data?.['items'] as { title: string }[] | undefined) ?? []).map((i) => i.title))
    .sort();
}

test('missing-section as written: an audit report whose parts are table row labels and field lines', async () => {
  await check(
    `
//- audit/2026-q3.md
# Internal Audit Report — Q3 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: audit-report

| Field | Value |
|---|---|
| Audit scope | The recruitment screening model and its data pipeline |
| Auditor | Jane Okafor, independent of the data team |
| Date | 2026-09-14 |

**Audit criteria:** ISO/IEC 42001:2023, clauses 4 to 10, and our AI policy

## Findings
Two minor nonconformities in event logging.

## Conclusion
The AIMS is effective for the audited scope.

**Reported to:** the management review of October 2026
`,
    { codes: withKinds },
  );
});

test('missing-section as written: an inferred audit report with findings only gets one notice listing the rest', async () => {
  const findings = await check(
    `
//- audit/2026-q4.md
# Internal Audit — Q4 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section nothing on 5 of the 6 parts
## Findings
Two minor nonconformities in event logging.
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'audit/2026-q4.md'), ['Audit criteria', 'Audit scope', 'Audit team', 'Conclusion', 'Reported to']);
  assert.equal(findingsOf(findings, 'audit/2026-q4.md')[0]!.severity, 'information');
});

test('missing-section as written: the same audit report declared is a warning', async () => {
  const findings = await check(
    `
//- audit/2026-q4.md
---
aims:
  kind: audit-report
        ^^^^^^^^^^^^ missing-section
  id: AUD-2026-04
  title: Internal audit report Q4 2026
  owner: Internal audit lead
  version: "1.0"
  status: draft
---
# Internal Audit — Q4 2026
## Findings
Two minor nonconformities in event logging.
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'audit/2026-q4.md'), ['Audit criteria', 'Audit scope', 'Audit team', 'Conclusion', 'Reported to']);
  assert.equal(findingsOf(findings, 'audit/2026-q4.md')[0]!.severity, 'warning');
});

test('missing-section as written: YAML keys with their own names', async () => {
  await check(
    `
//- audit/2026-q2.yaml
title: Internal audit report Q2 2026
^^^^^ kind-inferred kind: audit-report
scope: Customer support chatbot
criteria: ISO/IEC 42001:2023
auditors:
  - name: Jane Okafor
    independent: true
findings:
  - id: F-1
    observation: Prompt logs kept for 30 days instead of 90
conclusion: Effective, with one minor nonconformity
reported_to: Management review, July 2026
`,
    { codes: withKinds },
  );
});

test('missing-section as written: a specific phrase in the prose meets an item, a generic word does not', async () => {
  const findings = await check(
    `
//- governance/ai-policy.md
# AI Policy
^^^^^^^^^^^ kind-inferred kind: policy
## Purpose
Why Kestrel Analytics governs its AI systems.
## Scope
Every AI system we build or buy.
## Principles
People stay in charge of decisions that affect them. We are committed to continual improvement of the AIMS.
## AI objectives
Set each year by the steering committee.
## Legal and regulatory requirements
We meet the laws that apply to us.
## Roles and responsibilities
The Head of AI Governance owns this policy.
## Review
Every year, or after a major incident.

//- labs/ai-policy.md
# Kestrel Labs — AI Policy
^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section "Continual improvement"
^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy
## Purpose
Why Kestrel Labs governs its AI systems.
## Scope
All staff and contractors.
## Principles
People stay in charge of decisions that affect them. We improve this policy when we learn.
## AI objectives
Set each year by the steering committee.
## Legal and regulatory requirements
We meet the laws that apply to us.
## Roles and responsibilities
The Head of AI Governance owns this policy.
## Review
Every year, or after a major incident.

//- studio/ai-policy.md
# Kestrel Studio — AI Policy
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy
## Purpose
Why Kestrel Studio governs its AI systems.
## Scope
All staff and contractors.
## Commitments
We meet the requirements that apply to us and continually improve the AI management system.
## AI objectives
Set each year by the steering committee.
## Legal and regulatory requirements
We meet the laws that apply to us.
## Roles and responsibilities
The Head of AI Governance owns this policy.
## Review
Every year, or after a major incident.
`,
    { codes: withKinds },
  );
  assert.deepEqual(missingTitles(findings, 'labs/ai-policy.md'), ['Continual improvement']);
});

test('missing-section as written: RACI rows and commitment lines in a leadership statement', async () => {
  await check(
    `
//- leadership/commitment.md
# Leadership Commitment Statement
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: leadership
Top management of Kestrel Analytics commits to the ISO/IEC 42001 AIMS:
- We will set the AI policy and objectives and keep them in line with our strategy.
- We will give the AIMS the people and budget it needs.

| Name | Role | Signature | Date |
|---|---|---|---|
| A. Moreau | Chief Executive Officer | A. Moreau | 2026-02-01 |
`,
    { codes: withKinds },
  );
});

test('missing-section as written: the title heading names the document, it is not one of its parts', async () => {
  const findings = await check(
    `
//- audit/2026.md
# Internal Audit Report 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: audit-report
## Scope
The recruitment screening model.
## Criteria
ISO/IEC 42001:2023.
## Audit team
Jane Okafor, independent of the data team.
## Findings
Two minor nonconformities in event logging.
## Conclusion
Effective for the audited scope.

//- leadership/commitment.md
# Leadership Commitment Statement
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section "Commitments of top management"
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: leadership
Approved by: the board of Kestrel Analytics, 2026-02-01.

//- leadership/statement.md
# Statement of Management Commitment
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: leadership
## Our commitments
Top management backs the ISO/IEC 42001 AIMS with people and budget.
Approved by: the board of Kestrel Analytics, 2026-02-01.
`,
    { codes: withKinds },
  );
  assert.deepEqual(missingTitles(findings, 'audit/2026.md'), ['Reported to']);
});

test('missing-section as written: labels after a separator on a metadata line ("Auditor: ... · Scope: ...") count', async () => {
  const findings = await check(
    `
//- audit/2026-q2.md
# Internal Audit — Q2 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section nothing on 2 of the 6 parts

Auditor: K. Laine · Scope: clauses 6 to 8 · Criteria: ISO/IEC 42001 and our AI policy

## Findings
Two minor nonconformities in event logging.
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'audit/2026-q2.md'), ['Conclusion', 'Reported to']);
});

test('missing-section as written: an impact assessment\'s "Who uses it and for what" and "Wider effects" are its intended use and societal impacts', async () => {
  await check(
    `
//- assessments/chat.md
---
aims:
  kind: impact-assessment
  id: AIIA-020
  title: Impact assessment - patient chat assistant
  owner: AI governance lead
  version: "1.0"
  status: draft
---
# Impact assessment - patient chat assistant
## About the system
A chat assistant on the patient portal answers questions on appointments and bills.
## Who uses it and for what
Patients and carers, for admin questions; not for medical advice.
## People affected
Patients, carers and call-centre staff.
## Harms and benefits
Wrong billing answers could cause distress; answers are faster.
## Wider effects
Less phone queueing for everyone.
## Misuse and failure
Prompt injection is prevented by design.
## Mitigations
Answers cite their source page; a human takes over on request.
## Decision
Approved with conditions by the AI governance board.
`,
    { codes },
  );
});

test('missing-section as written: a scope that names its AI systems by ID lists the systems in scope', async () => {
  const findings = await check(
    `
//- aims/scope.md
# AIMS Scope Statement
^^^^^^^^^^^^^^^^^^^^^^ missing-section no "Internal and external issues" section
## In scope
The HR chatbot (SYS-031) and CV screening (SYS-032), run by People Tech in Berlin.
## Out of scope
Marketing copy tools.
## Interfaces and dependencies
IT runs the cloud tenancy.
## Interested parties
Employees and candidates.

//- unit-b/scope.md
# AIMS Scope Statement
^^^^^^^^^^^^^^^^^^^^^^ missing-section nothing on 2 of the 6 parts
## In scope
People Tech's teams in Lisbon.
## Out of scope
Marketing copy tools.
## Interfaces and dependencies
IT runs the cloud tenancy.
## Interested parties
Employees and candidates.
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'unit-b/scope.md'), ['AI systems in scope', 'Internal and external issues']);
});

test('missing-section as written: a RACI matrix assigns roles and responsibilities whatever its headers say', async () => {
  const findings = await check(
    `
//- aims/raci.md
# AIMS RACI matrix
^^^^^^^^^^^^^^^^^^ missing-section nothing on 3 of the 4 parts

| Activity | Board | AI board | System owner | Data science |
|---|---|---|---|---|
| Approve AI policy | A | R | C | I |
| Run AI risk assessment | I | A | R | C |
| Impact assessment | I | A | R | C |
| Validate models | – | I | A | R |
`,
    { codes },
  );
  assert.deepEqual(missingTitles(findings, 'aims/raci.md'), ['Authorities and escalation', 'Reporting of concerns', 'Top management accountability']);
});

test('missing-section as written: a scope that points to where its internal and external issues are has them', async () => {
  await check(
    `
//- aims/scope.md
# AIMS Scope Statement
## In scope
The fraud scoring service (SYS-101) and the support chatbot (SYS-102), at our London office.
## Out of scope
The HR screening pilot.
## Interfaces and dependencies
Cloud hosting and the model provider.

Internal and external issues (clause 4.1) and interested parties (clause 4.2) are in the context register.
`,
    { codes },
  );
});

test('missing-section as written: a chief executive\'s "I commit" and "top management will" are the commitments', async () => {
  await check(
    `
//- leadership/statement.md
# Statement of Leadership Commitment
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: leadership
As Chief Executive Officer, I commit to establishing and continually improving our AI management system (ISO/IEC 42001).

Top management will:

- ensure the AI policy and AI objectives are compatible with our strategy;
- make the resources the AIMS needs available.

Signed: M. Alvarez, CEO, 2025-09-01
`,
    { codes: withKinds },
  );
});

test('missing-section as written: a treatment plan\'s "Approved by" line is its approval', async () => {
  const findings = await check(
    `
//- plan/treatment.md
# AI Risk Treatment Plan

Owner: AI Governance Lead · Approved by: CRO on 2025-06-12

| Risk | Option | Action | Owner | Due | Residual risk |
|---|---|---|---|---|---|
| AIR-01 | Modify | Add fairness tests to the release pipeline | DS Lead | 2025-09-30 | Medium |

//- plan/other-treatment.md
# AI Risk Treatment Plan
^^^^^^^^^^^^^^^^^^^^^^^^ missing-section "Approval by risk owners"

Owner: AI Governance Lead

| Risk | Option | Action | Owner | Due | Residual risk |
|---|---|---|---|---|---|
| AIR-01 | Modify | Add fairness tests to the release pipeline | DS Lead | 2025-09-30 | Medium |
`,
    { codes },
  );
  assert.equal(findingsOf(findings, 'plan/treatment.md').length, 0);
});
