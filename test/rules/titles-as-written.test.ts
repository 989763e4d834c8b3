/**
 * Titles, descriptions and clause labels as real repositories write them (issue 12): a control's
 * own requirement row or checklist item judged by its subject, group titles, a more specific
 * sibling's title, documents numbered like the standard's clauses, and IDs in a numbered
 * sequence of invented 42001 controls, and a title a soft line break splits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, workspace } from '../support/check.js';

const codes = ['unknown-control', 'control-title-mismatch', 'clause-title-mismatch', 'unknown-clause'];

test("control-title-mismatch: a control's own requirement row or checklist item that says nothing of its subject is a notice", async () => {
  const findings = await check(
    `
//- readiness-checklist.md
# Readiness checklist (ISO/IEC 42001 Annex A)

| Control | Requirement | Status |
|---|---|---|
| A.3.3 | Duties are segregated between model builders and approvers | Open |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch says nothing of the subject of A.3.3
| A.7.2 | Training data quality thresholds are agreed with owners | Open |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch describes the subject of A.7.4
| A.5.2 | Impact assessments are done before each deployment | Open |
| A.6.2.6 | Models are operated and monitored for drift | Open |
| A.8.2 | Capabilities and limitations are explained to users | Open |

## Before training

- [ ] Consent records checked with the privacy office (A.7.6)
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch says nothing of the subject of A.7.6
- [ ] Labelling guide agreed with annotators (A.7.6)
- [ ] Source licences recorded for each dataset (A.7.3)

### Data readiness (A.7.4)

| Activity | Description | Control |
|---|---|---|
| OPS-4 | Consent records checked with the privacy office | A.7.6 |
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['information', 'information', 'information']);
});

test("control-title-mismatch: descriptions in other languages, and a crosswalk's rows keyed by another framework, are not judged by English subjects", async () => {
  const findings = await check(
    `
//- politica/politica-ia.md
# Política de Inteligência Artificial

Esta política estabelece os princípios para o desenvolvimento e o uso responsável dos sistemas de IA da empresa, conforme a norma ISO/IEC 42001, e aplica-se a todos os sistemas desenvolvidos ou utilizados pela empresa e pelos seus fornecedores.

- Supervisão humana (A.9.2, A.9.3);
- Qualidade dos dados (A.7.4).

//- richtlinie/ki-richtlinie.md
# KI-Richtlinie

Diese Richtlinie gilt für alle KI-Systeme der Firma und setzt die Anforderungen der ISO/IEC 42001 um. Sie wird jährlich von der Geschäftsführung überprüft und bei Bedarf angepasst, damit sie mit den Zielen übereinstimmt.

- Menschliche Aufsicht über Entscheidungen (A.9.2)
- Data quality thresholds agreed (A.7.2)
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch describes the subject of A.7.4

//- crosswalk/nist-ai-rmf.md
# NIST AI RMF to ISO/IEC 42001 crosswalk

| AI RMF subcategory | Outcome (summary) | ISO/IEC 42001 |
|---|---|---|
| MEASURE 2.3 | Performance is measured in deployment-like conditions | A.6.2.4 |
| MANAGE 4.1 | Post-deployment monitoring is in place | A.6.2.6 |
| GOVERN 2.1 | Roles and responsibilities are documented | A.3.2 |

//- crosswalk/controls.md
# Readiness checklist (ISO/IEC 42001 Annex A)

| Control | Description | Status |
|---|---|---|
| A.6.2.4 | Deployment plans are approved by the release board | Open |
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch starts with the subject of A.6.2.5
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['information', 'information']);
});

test('control-title-mismatch: a lifecycle stage said as a time ("before deployment", "before each release") does not name that stage\'s control', async () => {
  await check(
    `
//- policies/ai-policy.md
# AI Policy

Northwind develops and uses AI to plan routes and forecast demand, in line with ISO/IEC 42001.

1. **Fairness**: we test for unequal outcomes before deployment (A.5.4).
2. **Oversight**: drivers can refuse routes during operation (A.9.3).
3. **Records**: logs kept post-deployment for two years (A.6.2.8).
| Fairness | Models are tested across protected characteristics before each release (A.5.4, A.6.2.4). |
4. **Validation**: deployment approvals by the release board (A.6.2.4).
                                               ^^^^^^^^^^^^^ control-title-mismatch A.6.2.5
`,
    { codes },
  );
});

test('clause numbering: headings that follow the standard make a bare "8.5" a clause; unrelated titles, quoted clause lists and lower-case titles are judged', async () => {
  const findings = await check(
    `
//- gap/checklist.md
# AIMS gap checklist (ISO/IEC 42001)

### 4.1 Understanding the organization and its context
### 4.2 Understanding the needs of interested parties
### 8.1 Operational planning and control
### 8.4 AI system impact assessment
### 8.5 Model lifecycle
    ^^^ unknown-clause Clause 8.5 does not exist
### 9.2 Internal audit
### 9.3 Model registry
        ^^^^^^^^^^^^^^ clause-title-mismatch is not about clause 9.3

| Audit | Audit area | Clause |
|---|---|---|
| AUD-1 | Operations — Planning and control | 8.1 |
| AUD-2 | Operations — Supplier management | 8.4 |
                       ^^^^^^^^^^^^^^^^^^^ clause-title-mismatch is not about clause 8.4
| AUD-3 | Supplier register | 8.1 |

References:
- ISO/IEC 42001:2023 Clause 8.4 — Externally provided services
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch is not about clause 8.4
- ISO/IEC 42001:2023 Clause 9.2 — Internal audit

The log serves Clause 10.1 nonconformity and corrective action records.
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch is the title of clause 10.2
Clause 4.1 — Template.
//- policy/own-numbering.md
# Acceptable use policy

## 8.1 Operational planning and control
## 8.3 Roles
## 8.5 Exceptions
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['error', 'information', 'information', 'information', 'warning']);
});

test("control-title-mismatch: a group's title is judged by its controls' words; a phrase before a bracketed list is said of each ID in it", async () => {
  const findings = await check(
    `
//- ethics/framework.md
# AI ethics framework (ISO/IEC 42001)

This framework is aligned with:
- ISO/IEC 42001:2023 Annex A.7 — Responsible and Trustworthy AI
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is not about A.7
- ISO/IEC 42001:2023 Annex A.6 — AI System Lifecycle
- ISO/IEC 42001:2023 Annex A.2 — Policies for AI
- ISO/IEC 42001:2023 Annex A.4 — Resources for AI systems

Requirements must be traceable to the evaluation and testing phase (A.6.2.6, A.6.2.8).
                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.6.2.4
                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.6.2.4
Data is checked at the data quality gate (A.7.4, A.7.5).

*Clause 5.2 / Annex A.7 — AI Ethics Framework*
//- contracts/supplier.md
# Supplier clauses (ISO/IEC 42001)

**A.1 — Identification:** the supplier names each AI system.

**A.2 — Fairness:** the supplier tests for bias.
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['information', 'information', 'information']);
});

test("control-title-mismatch: a title holding a more specific sibling's whole title is the sibling's; a title that fits another control as well and leaves out the own one's distinctive word is a notice", async () => {
  const findings = await check(
    `
//- planning/soa.md
# Statement of applicability (ISO/IEC 42001)

| Control | Objective | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy reviewed yearly | Yes | Needed |
          ^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.2.4
| A.2.4 | Review of the AI policy | Yes | Needed |
| A.5.2 | Impact assessment | Yes | Needed |
| A.5.3 | Impact assessment | Yes | Needed |
          ^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.5.2
| A.5.4 | Impact on individuals | Yes | Needed |
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['warning', 'information']);
});

test('unknown-control: an ID read as ISO/IEC 27001 only because 27001 is mentioned is 42001 between numbered 42001 neighbours', async () => {
  await check(
    `
//- plan/roadmap.md
# AIMS roadmap (ISO/IEC 42001)

We align it with our ISO/IEC 27001 ISMS.

**A.6.3 Deployment Controls:**
  ^^^^^ unknown-control A.6.3 is not an ISO/IEC 42001 Annex A control
- [ ] Gate releases

**A.6.4 Monitoring Controls:**
  ^^^^^ unknown-control A.6.4 is not an ISO/IEC 42001 Annex A control
- [ ] Watch drift

**A.6.5 Decommissioning Controls:**
  ^^^^^ unknown-control A.6.5 is not an ISO/IEC 42001 Annex A control

Our ISMS keeps ISO/IEC 27001 A.5.7 threat intelligence next to A.6.6.
`,
    { codes },
  );
});

test('control-title-mismatch: a row\'s title is not held to the controls it cites in a column away from it headed otherwise ("Related")', async () => {
  await check(
    `
//- objectives.md
# AI Objectives 2026

| Objective | Measure | Target | Owner | Due | Related |
|---|---|---|---|---|---|
| Fair lending decisions | Demographic parity difference | < 0.05 | DS Lead | 2026-06-30 | A.6.1.2, AIR-01 |
| Explainable outcomes | Share of decisions with reason codes | 100% | Product | 2026-03-31 | A.8.2 |
| Trained staff | Staff with AI awareness training | 95% | HR | 2026-12-31 | A.4.6 |

//- ai-policy.md
# AI Policy

## Controls in use

| Title | Description | Control ref |
|---|---|---|
| Explainable outcomes | Reason codes for each decision | A.8.2 |
  ^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.8.2
| AI policy | The policy and its yearly review | A.2.2 |
`,
    { codes },
  );
});

test("clause-title-mismatch: exactly another clause's title in brackets after the number; a note, its own title or its parent's are not", async () => {
  await check(
    `
//- management-review.md
# Management review, November 2026 (ISO/IEC 42001)

Corrective actions are handled under clause 10.1 (Nonconformity and corrective action) and tracked.
                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ clause-title-mismatch is the title of clause 10.2
The audit programme is set by clause 9.2 ( management review ) each year.
                                           ^^^^^^^^^^^^^^^^^ clause-title-mismatch is the title of clause 9.3
Nonconformities follow clause 10.2 (Nonconformity and corrective action).
Risks are assessed under clause 6.1.2 (AI risk assessment) and clause 8.2 (AI risk assessment).
Clause 6.1 (Actions to address risks and opportunities) and clause 7.2 (see the training log).
Clause 10.1 (corrective action) is a note, not a title.
`,
    { codes },
  );
});

test('control-title-mismatch: a parenthesised title a soft line break splits is read whole, its range across the break', async () => {
  const { service } = await workspace(
    `
//- policies/acceptable-use.md
# AI acceptable use policy (ISO/IEC 42001)

Before release, each system is assessed following ISO/IEC 42001 control A.5.3 (AI system impact
assessment process). A.5.2 (AI system impact
  assessment process) is the process itself, and A.7.4 (Quality of data for AI systems)
is one line.

> Quoted: A.6.2.6 (AI system recording of
> event logs), in a quote.
`,
  );
  const mismatches = service.getAllFindings().filter((f) => f.code === 'control-title-mismatch');
  assert.deepEqual(
    mismatches.map((f) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]),
    [
      [2, 79, 3, 18],
      [7, 19, 8, 12],
    ],
  );
  assert.match(mismatches[0]!.message, /"AI system impact assessment process" is the title of A\.5\.2/);
  assert.match(mismatches[1]!.message, /"AI system recording of event logs" is the title of A\.6\.2\.8/);
});

test("control-title-mismatch: another control's whole title after an ID in a sentence is its title, however the sentence goes on", async () => {
  await check(
    `
//- records/aiia-routewise.md
# AI system impact assessment: RouteWise
Under A.5.4 Assessing societal impacts of AI systems we assessed how allocation affects drivers.
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.5.5
Under A.5.5 Assessing societal impacts of AI systems we assessed the towns on each route.
Under A.5.4 assessing societal impacts was left to the board.
`,
    { codes: ['control-title-mismatch'] },
  );
});

test("control-title-mismatch: an action before a bracketed ID in a register's cell that only shares another control's subject is a notice; another control's exact title is a warning", async () => {
  const findings = await check(
    `
//- risk-register.md
# AI Risk Register (ISO/IEC 42001)

| Risk ID | Risk | Likelihood | Impact | Treatment | Status |
|---|---|---|---|---|---|
| R-001 | Lower performance for some groups | 3 | 4 | Subgroup monitoring monthly (A.7.4) | Open |
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.6.2.6
| R-002 | Drift | 3 | 4 | Data provenance (A.7.4) | Open |
                          ^^^^^^^^^^^^^^^ control-title-mismatch names the subject of A.7.5
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['information', 'warning']);
});
