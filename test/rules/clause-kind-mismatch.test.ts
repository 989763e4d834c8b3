import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['clause-kind-mismatch'];

test('clause-kind-mismatch: a clauses field naming only clauses the kind does not serve', async () => {
  await check(
    `
//- risk/soa.md
---
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1.0"
  status: draft
  clauses: ["6.1.4"]
             ^^^^^ clause-kind-mismatch serves clause 6.1.3
---
# Statement of applicability

//- governance/policy.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: draft
  clauses: [6.2, 7.4]
            ^^^ clause-kind-mismatch 6.2 (AI objectives and planning to achieve them), 7.4 (Communication)
---
# AI policy
`,
    { codes },
  );
});

test('clause-kind-mismatch: YAML document with the aims block as a top-level key', async () => {
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
  clauses: ["6.1.4"]
             ^^^^^ clause-kind-mismatch An AI risk register serves clause 6.1.2, 8.2
risks: []
`,
    { codes },
  );
});

test('clause-kind-mismatch: an undeclared document labelled in its title area', async () => {
  await check(
    `
//- 05-planning/STATEMENT-OF-APPLICABILITY.md
# Statement of Applicability (SoA)
## ISO/IEC 42001:2023 | Clause 6.1.4
                               ^^^^^ clause-kind-mismatch

Body text may cite Clause 8.4 and Clause 6.1.4 freely.
`,
    { codes },
  );
});

test('clause-kind-mismatch: own clause, one own clause among others, a parent clause, body citations', async () => {
  await check(
    `
//- soa.md
# Statement of Applicability
## ISO/IEC 42001:2023 | Clause 6.1.3

## Inputs
The impact assessment (Clause 6.1.4) and risk treatment (Clause 8.3) feed this statement.

//- policy.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: draft
  clauses: ["5.2", "6.2"]
---
# AI policy
Objectives are set under Clause 6.2 and communicated under Clause 7.4.

//- register.yaml
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
  clauses: ["6.1"]
risks: []

//- audit.md
---
aims:
  kind: audit-report
  id: AUD-001
  title: Internal audit 2026
  owner: Quality lead
  version: "1"
  status: draft
  clauses: [9.2.2]
---
# Internal audit 2026
`,
    { codes },
  );
});

test('clause-kind-mismatch: unknown clauses, other standards and unknown kinds are left to other rules', async () => {
  await check(
    `
//- soa.md
---
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1.0"
  status: draft
  clauses: ["6.4"]
---
# Statement of applicability

//- isms-soa.md
# Statement of Applicability
## ISO/IEC 27001:2022 Clause 6.1.3 d) and ISO/IEC 27701 clause 7.2.5

//- policy.md
---
aims:
  kind: polcy
  id: POL-001
  clauses: ["8.4"]
---
# AI policy
`,
    { codes },
  );
});

test('clause-kind-mismatch: a label line in the header counts; a clause in the first section\'s body does not', async () => {
  await check(
    `
//- audits/soa-labelled.md
# Statement of Applicability
**Clause:** 6.1.4
            ^^^^^ clause-kind-mismatch serves clause 6.1.3

## Controls

//- audits/internal-audit.md
# Internal Audit Report – AIMS 2025

**Audit ID:** IA-2025-02 · **Auditor:** External consultant

## Scope

Clauses 4 to 10 of ISO/IEC 42001:2023 and the Annex A controls in the Statement of Applicability.
`,
    { codes },
  );
});
