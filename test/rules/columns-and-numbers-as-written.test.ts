/**
 * Columns and numbers as an eighth trial's workspaces write them: a Dutch "Systeem-ID" column
 * and a Backstage "Component" column listing the systems in scope, a bank's "Model owner", a
 * table of validation findings linked to risks, a contract's "clause: 30-day notice", and
 * tracker and certificate numbers shaped like document IDs.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('systems: a Dutch "Systeem-ID" column and a "System ID | Component" table define the systems they list', async () => {
  await check(
    `
//- toepassingsgebied-AIMS.md
# Toepassingsgebied van het AIMS (ISO/IEC 42001)

| Systeem-ID | Systeem | Doel |
|---|---|---|
| SYS-001 | Schadetriage | Indelen van schademeldingen |

//- docs/index.md
# AI management system (ISO/IEC 42001)

| System ID | Component | Owner (Backstage group) |
|---|---|---|
| AIS-01 | fraud-scorer | risk-ml |

//- register.md
# AI risk register (ISO/IEC 42001)

| Risk ID | Risk | System | Likelihood | Impact |
|---|---|---|---|---|
| R-001 | Wrong triage | SYS-001 | 3 | 3 |
| R-002 | Missed fraud | AIS-01 | 3 | 3 |
| R-003 | Unknown | SYS-009 | 3 | 3 |
                    ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('registers: "Model owner" is the owner; a table of findings linked to risks is no risk table', async () => {
  await check(
    `
//- model-risk-register.md
---
aims:
  kind: risk-register
  id: MRR-001
  title: Model risk register
  owner: CRO
  status: draft
  version: 1.0
---
# Model risk register

| Risk ID | Risk | Likelihood | Impact | Treatment | Model owner | Status |
|---|---|---|---|---|---|---|
| BFS-R-001 | Disparate impact via proxies | 3 | 5 | Fair lending tests | Head of Credit Analytics | Open |

## Open validation findings

| Finding | Model | Severity | Due | Linked risk |
|---|---|---|---|---|
| VAL-2026-031 | M-0142 | High | 2026-12-31 | BFS-R-001 |
`,
    { codes: ['missing-field', 'duplicate-id'] },
  );
});

test('clauses: "contract clause: 30-day notice" and "clause 15-year archiving" hold no clause numbers; "Clause 10.4" of the standard does', async () => {
  await check(
    `
//- ai-policy.md
# AI policy (ISO/IEC 42001)

Vendor changes are covered by the contract clause: 30-day notice before a model change.
Retention follows clause 15-year archiving at the bank, and Clause 10.4 of the standard.
                                                                   ^^^^ unknown-clause
`,
    { codes: ['unknown-clause'] },
  );
});

test('dangling-reference: tracker tickets and certificate numbers shaped like document IDs are not documents', async () => {
  await check(
    `
//- audit.md
# Internal audit report 2026 (ISO/IEC 42001)

Corrective actions are tracked in Jira project AIMS (AIMS-211 to AIMS-214).
Our certificate AIMS-0417 was issued in 2025.
The procedure AIMS-PR-004 is cited but held nowhere.
              ^^^^^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});
