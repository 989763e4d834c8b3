import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['kind-inferred'];

test('kind-inferred: from the title, on the first heading', async () => {
  await check(
    `
//- risk/register.md
# AI Risk Register
^^^^^^^^^^^^^^^^^^ kind-inferred Read as an AI risk register because its title "AI Risk Register"
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-001 | Biased ranking | 3 | 4 |

//- 05-planning/STATEMENT-OF-APPLICABILITY.md
# Statement of Applicability (SoA)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: soa
`,
    { codes },
  );
});

test('kind-inferred: from the file name, and from a YAML title key', async () => {
  await check(
    `
//- governance/ai-policy.md
Veldra's commitments for ISO/IEC 42001, first draft.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred its file name "ai policy"

//- risk/register.yaml
title: AI risk register
^^^^^ kind-inferred a top-level key: aims: { kind: risk-register }
risks:
  - id: R-001
    title: Biased ranking
`,
    { codes },
  );
});

test('kind-inferred: from a documents.kinds glob in .aims.yaml', async () => {
  await check(
    `
//- .aims.yaml
documents:
  kinds:
    - glob: "registers/**"
      kind: risk-register

//- registers/2026.md
# Register 2026
^^^^^^^^^^^^^^^ kind-inferred the path matches "registers/**"
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-001 | Biased ranking | 3 | 4 |
`,
    { codes },
  );
});

test('kind-inferred: declared kinds (even a misspelt one), read-mes and other kinds of policy are not inferred', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
---
# Risk register of the policy team

//- governance/typo.md
---
aims:
  kind: polcy
---
# AI Policy

//- README.md
# README
The ISO 42001 risk register lives in risk/.

//- governance/templates/AI-Policy-Template.md
# AI Policy Template
[Insert the purpose of the policy]

//- isms/information-security-policy.md
# Information Security Policy
Written for ISO/IEC 27001.

//- privacy/dpia.md
# Data Protection Impact Assessment
Refers to ISO 42001 where AI is involved.

//- assessments/eqia-housing-repairs-triage.md
# Equality Impact Assessment – Housing Repairs Triage
Feeds the AI system impact assessment (ISO/IEC 42001 A.5.4).
`,
    { codes },
  );
});

test('kind-inferred: a record titled with its own ID or as minutes ("Internal Audit Report IA-2026-01", "Management Review Minutes — MR-2026-Q1")', async () => {
  await check(
    `
//- audit/ia-2026-01.md
# Internal Audit Report IA-2026-01
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred internal audit report
Criteria: ISO/IEC 42001:2023.

//- reviews/mr.md
# Management Review Minutes — MR-2026-Q1
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred management review
Attendees: CEO, CRO (ISO/IEC 42001).

//- board/minutes.md
# Minutes of the AI ethics board 2026-03
Discussed ISO/IEC 42001 certification.

//- audit/plan.md
# Internal Audit Report Template Checklist AB-12
Prepared for ISO/IEC 42001.
`,
    { codes },
  );
});

test('kind-inferred: a glossary or list of abbreviations is not the document whose name it carries', async () => {
  await check(
    `
//- governance/annex-glossary.md
# AI Policy – Annex A: Glossary and Abbreviations
ISO/IEC 42001 terms used in the policy.
`,
    { codes },
  );
});

test('kind-inferred: an emoji in the title is decoration', async () => {
  await check(
    `
//- governance/roles.md
# AI Roles and Responsibilities 🧭
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: roles
Who does what in the ISO/IEC 42001 AIMS.

//- governance/policy.md
# ✅ AI Policy
^^^^^^^^^^^^^ kind-inferred kind: policy
Our ISO/IEC 42001 policy.
`,
    { codes },
  );
});

test('kind-inferred: a title naming another policy settles it, whatever the file is called; "AI Management Policy" is the AI policy', async () => {
  await check(
    `
//- governance/ai-policy.md
# Artificial Intelligence Acceptable Use Policy
How staff may use AI tools (ISO/IEC 42001 A.9.2).

//- governance/policy.md
# AI Management Policy
^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: policy
Our ISO/IEC 42001 AI policy.
`,
    { codes },
  );
});

test('kind-inferred: a title naming another management system (ISMS, information security, ISO/IEC 27001) is that system\'s document; one naming AI too is ours', async () => {
  await check(
    `
//- isms/scope.md
# ISMS Scope
The information security management system; an AI management system under ISO/IEC 42001 comes later.

//- isms/treatment.md
# Information Security Risk Treatment Plan 2026
Treatments for the ISMS risks; AI risks will follow ISO/IEC 42001.

//- isms/Statement-of-Applicability.md
# Statement of Applicability — ISO/IEC 27001:2022
Annex A of ISO/IEC 27001; ISO/IEC 42001 is planned.

//- isms/integrated-soa.md
# Integrated ISMS and AIMS Statement of Applicability
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: soa
ISO/IEC 27001 and ISO/IEC 42001 controls together.
`,
    { codes },
  );
});

test('kind-inferred: on a docs site\'s page titled in its front matter, the finding is on that title, not on the first section', async () => {
  await check(
    `
//- content/governance/ai-policy.md
---
title: "AI Policy"
       ^^^^^^^^^^^ kind-inferred kind: policy
weight: 10
---
## Purpose
Our ISO/IEC 42001 policy.
`,
    { codes },
  );
});

test('kind-inferred: a document without headings, as a Google Docs export writes one, is titled by its bold first line; its bold lines name its sections', async () => {
  await check(
    `
//- audits/internal-audit-2026.md
**Internal Audit Report – AI Management System (ISO/IEC 42001:2023)**
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: audit-report

**1\\. Audit scope**

Clauses 6 to 9 and the controls of A.6, for the claims triage system.

**2\\. Audit criteria**

ISO/IEC 42001:2023 and our AI policy.

**3\\. Findings**

One minor nonconformity: the monitoring log was not reviewed in August.

**4\\. Conclusion**

The AIMS conforms, with one minor nonconformity. Auditor: K. Laine. Audit date: 2026-10-02.

**5\\. Distribution**

Reported to the AI steering committee on 2026-10-05.
`,
    { codes: [...codes, 'missing-section'] },
  );
});
