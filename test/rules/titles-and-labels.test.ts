/**
 * Titles and clause labels as people write them, judged against the whole catalogue:
 * unbracketed titles after a control ID, another control's title next to an ID, paraphrases
 * (a notice), clause numbers with another clause's title, "clause ... of the standard",
 * Annex B IDs, and a document's own numbering that looks like a control.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['unknown-control', 'control-title-mismatch', 'clause-title-mismatch', 'unknown-clause'];

test('control-title-mismatch: titles after an ID without brackets, in prose, at a line start and in a cell', async () => {
  await check(
    `
//- governance/logging-standard.md
# Logging standard (ISO/IEC 42001)

Event records are handled under A.6.2.8 Data Retention Rules, with a weekly export.
                                        ^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.6.2.8
Drift alerts follow A.6.2.6 AI system operation and monitoring, reviewed monthly.
Each release is checked under A.6.2.4 and signed off by the product owner.
The register under A.6.2.6 is kept by operations and reviewed often.
Records under A.6.2.8 Recording of event logs, for every model.

A.6.2.5 Deployment of AI systems: a release needs two approvals.
A.6.2.3 Intended use: written by the product team.
        ^^^^^^^^^^^^ control-title-mismatch is the title of A.9.4

| Control | Covered by |
|---|---|
| A.7.5 Data acquisition | Data intake checklist |
  ^^^^^ control-title-mismatch
`.replace('  ^^^^^ control-title-mismatch\n', '        ^^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.7.3\n'),
    { codes },
  );
});

test("control-title-mismatch: a sibling's title is reported, not accepted for the words it shares", async () => {
  const findings = await check(
    `
//- controls/use-of-ai.md
# Use of AI systems (ISO/IEC 42001 Annex A)

| Control | Title | Owner |
|---|---|---|
| A.9.2 | Objectives for responsible use | Head of AI |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.9.3
| A.9.3 | Objectives for responsible use of AI system | Head of AI |
| A.3.2 | Reporting of staff concerns | Ethics lead |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.3.3
| A.3.3 | Concern reporting channel | Ethics lead |
| A.4.6 | Cloud cost budget | HR |
          ^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.4.6
| A.6.2.3 | Model cards | ML lead |
            ^^^^^^^^^^^ control-title-mismatch paraphrases the title of A.6.2.3
| A.3.2 | AI governance roles | CEO |
          ^^^^^^^^^^^^^^^^^^^ control-title-mismatch paraphrases the title of A.3.2
`,
    { codes },
  );
  // A paraphrase that keeps the subject is a notice; another control's title or an invented one is a warning.
  const bySeverity = findings.map((f) => `${f.range.start.line}:${f.severity}`).sort();
  assert.deepEqual(bySeverity, ['9:information', '10:information', '4:warning', '6:warning', '8:warning'].sort(), findings.map((f) => f.message).join('\n'));
});

test('control-title-mismatch: a title written before the ID is reported only when it names another control', async () => {
  await check(
    `
//- operations/lifecycle.md
# AI lifecycle procedure (ISO/IEC 42001)

- [ ] Data provenance documented (A.7.3)
      ^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch describes the subject of A.7.5
- [ ] Adversarial testing completed (A.6.2.5)
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch describes the subject of A.6.2.4
- [ ] Personal data legal basis confirmed (A.7.4)
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch says nothing of the subject of A.7.4
- [ ] Model card completed and reviewed (A.6.2.7)
- [ ] Release approved by the owner (A.6.2.5)

## CONTRACTUAL REQUIREMENTS CHECKLIST (A.10.3)

| Term | Meaning | Control |
|---|---|---|
| Overfitting | Good on training data, poor on new data | Testing A.6.2.5 |
                                                          ^^^^^^^ control-title-mismatch names the subject of A.6.2.4
| Drift | Inputs change over time | Monitoring A.6.2.6 |
`,
    { codes },
  );
});

test('control-title-mismatch: a description that starts with another control\'s subject is a notice', async () => {
  const findings = await check(
    `
//- gap-assessment.md
# Gap assessment (ISO/IEC 42001 Annex A)

| Control | Requirement | Status |
|---|---|---|
| A.4.3 | Infrastructure for AI systems meets the security needs of teams | Open |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch starts with the subject of A.4.5
| A.5.3 | Assessing impacts of AI systems on individuals | Open |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.5.4
| A.2.4 | AI policy is reviewed at planned intervals | Open |
| A.4.4 | Tooling resources are documented | Open |
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['information', 'information']);
});

test('control-title-mismatch: a noun phrase in running text before the ID naming another control\'s subject, where the sentence says nothing of its own, is a notice; so is an unrelated term in a cell', async () => {
  const findings = await check(
    `
//- guide.md
# Annex A guide (ISO/IEC 42001)

Design notes must be traceable to the evaluation and testing phase (A.6.2.6).
                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.6.2.4
Incidents are handled through the event logging process (A.6.2.8).
The policy is reviewed under the AI system verification and validation (A.2.4).
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.6.2.4

| Term | Meaning | Where |
|---|---|---|
| Hallucination | Confident but wrong output | Reliability A.4.3 |
                                               ^^^^^^^^^^^ control-title-mismatch is not the subject of A.4.3
| Drift | Inputs change over time | Monitoring A.6.2.6 |
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['information', 'information', 'information']);
});

test('clause-title-mismatch: a clause number with the title of another clause', async () => {
  await check(
    `
//- improvement/README.md
# Improvement (ISO/IEC 42001)

## 10.1 Nonconformity and corrective action
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch the title of clause 10.2
## 10.2 Continual improvement
        ^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch the title of clause 10.1
## 9.3 Management review
## 4.2 Incident handling

Audits are planned under Clause 9.2 Management review, twice a year.
                                    ^^^^^^^^^^^^^^^^^ clause-title-mismatch the title of clause 9.3
Findings go to Clause 9.3 (Management review) and to clause 9.2 of ISO 9001.

| Clause | Title | Evidence |
|---|---|---|
| 6.1.2 | AI risk treatment | Treatment plan |
          ^^^^^^^^^^^^^^^^^ clause-title-mismatch the title of clause 6.1.3
| 6.1.3 | AI risk treatment | Treatment plan |
`,
    { codes },
  );
});

test('clause-title-mismatch: the title written before the number, in a clause column, and in other words', async () => {
  await check(
    `
//- governance/process-map.md
# AIMS process map (ISO/IEC 42001)

| Process ID | Process name | Clause | Owner |
|---|---|---|---|
| P-07 | AI Impact Assessment | 8.2 | System owner |
         ^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch names clause 8.4
| P-08 | Corrective Action Tracking Log | 10.1 | Quality lead |
| P-09 | Corrective Action Register | 10.1 | Quality lead |
         ^^^^^^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch names clause 10.2
| P-10 | AI Risk Assessment | 8.2 | Risk lead |
| P-11 | Management review results | 9.3 | CEO |
| P-12 | Operations — AI Impact Assessments | 8.2 | Owners |
                      ^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch names clause 8.4

Each record keeps the date of the last AI System Impact Assessment (Clause 8.2) and its outcome.
                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch AI System Impact Assessment
The AI Risk Assessment Procedure (Clause 6.1) says how.
The annual management review of the AI management system (Clause 9.3) approves it.

## How Corrective Action (10.1) differs from Continual Improvement (10.1)
       ^^^^^^^^^^^^^^^^^ clause-title-mismatch names clause 10.2
Python (3.11) and Release Notes (4.2) are not clauses here.
`,
    { codes },
  );
});

test('clause-title-mismatch: another standard named in the table, or own numbering outside the chapter, stays quiet', async () => {
  await check(
    `
//- mapping/iso27001-2013.md
# Mapping to ISO/IEC 27001:2013

| ISO/IEC 27001:2013 | Title |
|---|---|
| 10.1 | Nonconformity and corrective action |

//- procedures/incident-procedure.md
# Incident procedure (ISO/IEC 42001)

## 3.1 Internal audit
## 5.2 Scope
`,
    { codes },
  );
});

test('unknown-clause: "clause 7.6 of the standard" is ISO/IEC 42001 unless another standard is named', async () => {
  await check(
    `
//- support/document-control.md
# Document control (ISO/IEC 42001)

Records are kept as clause 7.6 of the standard requires.
                           ^^^ unknown-clause Clause 7.6 does not exist
Retention follows clause 7.5.3 of the standard.
Supplier terms follow clause 14.2 of the supplier agreement.
ISO 9001 asks for the same in clause 8.5 of the standard.
`,
    { codes },
  );
});

test('unknown-control: Annex B IDs are checked like Annex A ones', async () => {
  await check(
    `
//- guidance/annex-b-notes.md
# Notes on Annex B of ISO/IEC 42001

B.6.2.4 guides verification and validation; B.6.2.9 adds model retirement.
                                            ^^^^^^^ unknown-control Annex B
B.7.4 and B.9.3 are read with the data controls; B.4.7 is not.
                                                 ^^^^^ unknown-control there is no A.4.7
`,
    { codes },
  );
});

test("unknown-control: a policy's own numbering under a control, and a contract's own clauses, are not citations", async () => {
  await check(
    `
//- policies/responsible-use-policy.md
# Responsible use policy (ISO/IEC 42001)

## A.9.2 Processes for responsible use of AI systems
### A.9.2.1 Purpose
### A.9.2.2 Scope
### A.6.3.1 Deployment controls
    ^^^^^^^ unknown-control

//- suppliers/ai-contract-clauses.md
# AI supplier contract clauses (ISO/IEC 42001 A.10.3)

**Clause A.1.1 - Disclosure of AI use.** The supplier tells the customer which AI systems it uses.
**Clause A.1.2 - Model documentation.** The supplier provides a model card.
`,
    { codes },
  );
});

test("unknown-clause: a contract's own clause headings are its numbering; a cited clause that does not exist is still reported", async () => {
  await check(
    `
//- suppliers/model-supply-agreement.md
# AI model supply agreement (ISO/IEC 42001 A.10.3)

**Clause 11.2 - Termination for convenience.** Either party may end the agreement with notice.
### Clause 4.7 Audit rights
The supplier supports the customer's audits under Clause 9.2 of ISO/IEC 42001.
Lifecycle records are kept as ISO/IEC 42001 Clause 8.5 (AI system lifecycle) asks.
                                                   ^^^ unknown-clause Clause 8.5 does not exist
## Clause 8.6 - Model retirement (ISO/IEC 42001)
          ^^^ unknown-clause Clause 8.6 does not exist
`,
    { codes },
  );
});

test('control-title-mismatch: prose after an ID is only reported when it is another control\'s title or a title-cased one', async () => {
  const findings = await check(
    `
//- governance/monitoring-notes.md
# Monitoring notes (ISO/IEC 42001)

Operations runs A.6.2.6 drift checks, weekly.
Operations runs A.6.2.6 Drift checks, weekly.
Incidents are logged under A.6.2.8 Data Preparation, as agreed.
                                   ^^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.7.6
Dashboards under A.6.2.6 Weekly Drift Dashboards, with alerts.
                         ^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.6.2.6

| ISO/IEC 42001 control | Control description |
|---|---|
| A.3.3 | Segregation of duties — keep approvals apart from development |
          ^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.3.3
| A.3.2 | AI roles and responsibilities — named owners per system |
| A.2.2 | Sets out the direction for AI and is approved by the board |
`,
    { codes },
  );
  assert.equal(findings.length, 3);
});

test('control-title-mismatch: in front matter, read outside the Markdown chunks, and in the items of a YAML register', async () => {
  await check(
    `
//- governance/oversight.md
---
aims:
  kind: policy
  id: POL-7
summary: Oversight follows A.6.2.3 Intended use
                                   ^^^^^^^^^^^^ control-title-mismatch is the title of A.9.4
---
# Oversight policy (ISO/IEC 42001)

Releases follow A.6.2.3 Intended use.
                        ^^^^^^^^^^^^ control-title-mismatch is the title of A.9.4
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-7
risks:
  - id: R-001
    title: Drift
    controls: A.6.2.3 Intended use
                      ^^^^^^^^^^^^ control-title-mismatch is the title of A.9.4
  - id: R-002
    title: Misuse
    controls: A.6.2.6 AI system operation and monitoring
`,
    { codes },
  );
});

test('control-title-mismatch: "people" in a sentence is not the subject of A.4.6 (Human resources)', async () => {
  await check(
    `
//- governance/policy.md
# AI policy
Under ISO/IEC 42001:

3.3 Human oversight is designed into every system that makes decisions about people (A.9.2).

Training keeps our people competent (A.4.6). We assess the impact on people affected by a system (A.5.4).
`,
    { codes },
  );
});

test('control-title-mismatch: what a sentence says it does under an ID, an identifier beside it, and an action row are no titles', async () => {
  await check(
    `
//- governance/ai-policy.md
# AI Policy (ISO/IEC 42001)
The policy is reviewed yearly, or when we adopt a new high-impact AI tool (A.2.4).
Staff follow the Acceptable Use of AI Tools standard (A.9.2).
Revisit the SoA decision on A.6.2.8 (F-03) at the next review.

## Treatment actions
| Action | Description | Owner | Control |
|---|---|---|---|
| TA-13 | Rare-model data acquisition from two more insurers | Data lead | A.7.4 |
| TA-19 | Common AI Act interpretation note for clients | Legal | A.8.5 |

## Controls
| Control | Description | Status |
|---|---|---|
| A.4.3 | Infrastructure for AI systems is sized for peak load | Open |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch starts with the subject of A.4.5
| A.4.5 | Compute is sized for peak load | Open |
`,
    { codes },
  );
});

test('control-title-mismatch: a sentence that names the ID\'s own subject on the line before, across a soft line break, is about it', async () => {
  await check(
    `
//- governance/ai-policy.md
# AI Policy (ISO/IEC 42001)

Reviewed every year by the AI Assurance Board and re-approved by CLT, or sooner after a
significant change in law, a serious incident or a new high-impact AI tool (A.2.4).
`,
    { codes },
  );
});
