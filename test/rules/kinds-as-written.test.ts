/**
 * Kinds read from titles as people write them (parse/meta.ts inferKind): the kind's name ends
 * the title or one part of it, or only a generic noun follows it. Guides, question lists,
 * procedures, programmes, plans, KPI sets and reviews of a draft name a kind without being one.
 * Fixtures modelled on public AIMS repositories, in our own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';
import type { Finding } from '../../server/src/core/index.js';

const codes = ['kind-inferred'];

function severityAt(findings: readonly Finding[], path: string, code: string): string | undefined {
  return findings.find((f) => f.uri.endsWith('/' + path) && f.code === code)?.severity;
}

test('kinds as written: the kind ends the title or a part of it, or a generic noun follows it', async () => {
  await check(
    `
//- governance/policy.md
# Kestrel Analytics — AI Policy
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy
Kestrel's commitments for its AI management system (ISO/IEC 42001).

//- governance/roles.md
# AI Roles & Responsibilities
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: roles
Who does what in our ISO/IEC 42001 AI management system.

//- planning/objectives.md
# AI Objectives Register
^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: objectives
| ID | Objective | Target | Owner |
|---|---|---|---|
| OBJ-1 | Every model has a model card | 100% | ML lead |

//- planning/risks-worked.md
# AI Risk Register — Worked Examples
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: risk-register
| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| KR-01 | Drift in the fraud model | 3 | 4 |

//- audit/2026.md
# Internal Audit Report 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: audit-report
Scope and results of the ISO/IEC 42001 internal audit.

//- audit/2026-ia-03.md
# Orchard Robotics — Internal Audit Report 2026-IA-03: AI Management System
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: audit-report
An outsourced internal audit of the ISO/IEC 42001 AI management system.

//- governance/soa.md
# Statement of Applicability (v1.2)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: soa
| Control | Applicable | Justification |
|---|---|---|
| A.2.2 | Yes | We publish an AI policy. |
`,
    { codes },
  );
});

test('kinds as written: the four kinds for clauses 4.1, 4.2, 5.1 and 10.1 from their usual titles', async () => {
  await check(
    `
//- clause4/context.md
# Context of the Organisation
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: context
External and internal issues for our ISO/IEC 42001 AIMS.

//- clause4/issues.md
# Internal and External Issues Register
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: context
Issues that shape our ISO/IEC 42001 AIMS.

//- clause4/parties.md
# Interested Parties Register
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: interested-parties
| Party | Needs and expectations | How the AIMS addresses them |
|---|---|---|
| Regulators | Transparency about AI decisions | Published AI policy |

//- clause4/stakeholders.md
# Kestrel Analytics: Stakeholder Analysis
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: interested-parties
Who cares about our ISO/IEC 42001 AIMS, and why.

//- clause5/commitment.md
# Leadership Commitment Statement
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: leadership
The board of Kestrel Analytics commits to ISO/IEC 42001.

//- clause5/statement.md
# Statement of Management Commitment
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: leadership
Our executives support the ISO/IEC 42001 AIMS.

//- clause10/improvement.md
# Continual Improvement Log
^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: improvement
| ID | Opportunity | Action | Owner | Status |
|---|---|---|---|---|
| CI-1 | Faster incident triage | New runbook | Ops lead | Open |
`,
    { codes },
  );
});

test('kinds as written: procedures, programmes, plans, KPIs, guides, question lists and reviews are not the record they name', async () => {
  await check(
    `
//- audit/internal-audit-programme.md
# Internal Audit Programme
Three audits a year against ISO/IEC 42001.

//- audit/procedure.md
# AIMS Internal Audit Procedure and Checklist
How we run an ISO/IEC 42001 internal audit.

//- monitoring/plan.md
# AI Performance Monitoring Plan
What we measure for ISO/IEC 42001 clause 9.1.

//- monitoring/kpis.md
# AI Governance KPIs
Indicators for the ISO/IEC 42001 AIMS.

//- guides/questions.md
# Impact Assessment Questions for Responsible AI
Questions to ask before an ISO/IEC 42001 impact assessment.

//- guides/writing.md
# Writing an Impact Assessment
A how-to for ISO/IEC 42001 clause 8.4.

//- reviews/orca.md
# Review of Draft Impact Assessment for Orca Project
Comments on the ISO/IEC 42001 draft.

//- controls/a-2-2.md
# AI Policy Reference Control
What ISO/IEC 42001 A.2.2 asks of a policy.

//- governance/documentation.md
# Documentation Policy
How ISO/IEC 42001 documents are named and stored.

//- risk/q1.md
# Q1 2026 AI Risk Assessment
Notes from the ISO/IEC 42001 risk workshop.
`,
    { codes },
  );
});

test('kinds as written: an inferred kind makes missing content a notice, a declared one a warning', async () => {
  const findings = await check(
    `
//- clause5/commitment.md
# Leadership Commitment Statement
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section Signature
We will give the ISO/IEC 42001 AIMS the people and budget it needs.

//- clause5/declared.md
---
aims:
  kind: leadership
        ^^^^^^^^^^ missing-section Signature
  id: LEAD-001
  title: Commitment of top management
  owner: CEO
  version: "1.0"
  status: approved
---
# Commitment of top management
We will give the ISO/IEC 42001 AIMS the people and budget it needs.

//- audit/internal-audit-programme.md
# Internal Audit Programme
Three audits a year against ISO/IEC 42001.
`,
    { codes: ['missing-section'] },
  );
  assert.equal(severityAt(findings, 'clause5/commitment.md', 'missing-section'), 'information');
  assert.equal(severityAt(findings, 'clause5/declared.md', 'missing-section'), 'warning');
});

test('kinds as written: a later place where the kind is named can end the title', async () => {
  await check(
    `
//- improvement/ncr.md
# Nonconformity and Corrective Action Register (NCR Register)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: nonconformity-log
| NCR ID | Nonconformity | Root cause | Corrective action | Owner | Effectiveness |
|---|---|---|---|---|---|
| NCR-001 | Model shipped without review | Gate skipped | Gate enforced in CI | ML lead | Checked in audit |
`,
    { codes },
  );
});

test('kind-inferred: a CamelCase file name of a data model names its kind ("AISystem-001.yaml"); "AI System Inventory" is not a system record', async () => {
  await check(
    `
//- models/AISystem-001.yaml
name: Storefront recommender
^^^^ kind-inferred kind: ai-system
purpose: Suggest catalogue items.
//- models/RiskRegister.yaml
name: Risks of the storefront
^^^^ kind-inferred kind: risk-register
//- models/AI-System-Inventory.md
# AI System Inventory
`,
    { codes },
  );
});

test('kinds as written: "Scope of the AI Management System" names the scope, its own object after it', async () => {
  await check(
    `
//- aims/01-scope.md
# 01 – Scope of the AI Management System
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: scope
The AIMS covers fraud detection (SYS-FD) and document OCR (SYS-OCR).

//- aims/scope-aims.md
# Scope of the AIMS
^^^^^^^^^^^^^^^^^^^ kind-inferred kind: scope
All AI systems of the Data Platform team.

//- aims/scope-ops.md
# Scope of the Operations Team
Under ISO/IEC 42001 the operations team runs the platform.
`,
    { codes },
  );
});

test('kinds as written: a policy of another name is ours when its title says in brackets which ("Responsible Release Policy (AI policy)")', async () => {
  await check(
    `
//- policies/responsible-release-policy.md
# Responsible Release Policy (AI policy)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy
The lab's AI policy under ISO/IEC 42001 clause 5.2.

//- policies/release-policy.md
---
title: Release Policy
       ^^^^^^^^^^^^^^ kind-inferred kind: policy
---
# Release Policy (AI policy)
How models are released (ISO/IEC 42001).

//- policies/acceptable-use.md
# Acceptable Use Policy (AUP)
Staff use of AI tools (ISO/IEC 42001).
`,
    { codes },
  );
});
