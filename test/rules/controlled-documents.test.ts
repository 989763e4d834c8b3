/**
 * Controlled documents as a twelfth trial's workspaces write them: a document ID stated in HTML
 * exported from Confluence ("<p><strong>Document ID:</strong> RR-2026"), a procedure numbered
 * for the subject it governs ("PRO-RISK-001", no risk), and the ID a record's title gives it.
 * Fixtures in our own words, modelled on exported wikis and configuration-controlled documents.
 * Unit also: config/config.ts (the default risk ID shape, asked directly for its cases).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';
import { DEFAULT_ID_PATTERNS } from '../../server/src/core/config/config.js';

const codes = ['dangling-reference', 'duplicate-id'];

test('dangling-reference: a document ID stated in an HTML header line defines the document', async () => {
  await check(
    `
//- AI-Risk-Register.md
# AIMS : AI Risk Register

<p><strong>Document ID:</strong> RR-2026 &nbsp;|&nbsp; <strong>Owner:</strong> AI Risk Lead</p>

Under ISO/IEC 42001.

| ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| R-001 | Drift of the claims model | 2 | 3 | Monitor |

//- Statement-of-Applicability.md
# Statement of Applicability (ISO/IEC 42001)

Risks are taken from RR-2026; the objectives from OBJ-2026.
                                                  ^^^^^^^^ dangling-reference OBJ-2026
`,
    { codes },
  );
});

test('dangling-reference: a procedure numbered for risk ("PRO-RISK-001") is no risk', async () => {
  await check(
    `
//- procedures/risk-procedure.md
# PRO-RISK-001 AI Risk Management Procedure

Document No. DOC-00130 · Procedure ID PRO-RISK-001 · Revision B

//- policy.md
# AI Policy (ISO/IEC 42001)

Risks are assessed under PRO-RISK-001 and SOP-RISK-02; ACME-RISK-007 is still open.
                                                       ^^^^^^^^^^^^^ dangling-reference ACME-RISK-007
`,
    { codes },
  );
  const risk = new RegExp(DEFAULT_ID_PATTERNS.risk);
  for (const id of ['R-001', 'RSK-12', 'DE-R-01', 'GRP-R-02', 'ACME-RISK-007', 'AI-R-003']) assert.ok(risk.test(id), id);
  for (const id of ['PRO-RISK-001', 'SOP-RISK-02', 'POL-R-01', 'PROC-RSK-004']) assert.ok(!new RegExp(`^${DEFAULT_ID_PATTERNS.risk}$`).test(id), id);
});

test('dangling-reference: a document we do not read as the AIMS\'s still states its own ID, and answers citations of it', async () => {
  await check(
    `
//- Obiettivi-IA-2026.md
# Obiettivi IA 2026

Codice documento: OBJ-IA-2026 · Approvato dall'Amministratore Delegato il 20/01/2026

//- smia/objectifs.md
# Objectifs IA 2026

**Référence :** OBJ-001 · **Propriétaire :** Présidente · **Prochaine revue :** 15/01/2027

//- Dichiarazione-di-applicabilita.md
# Statement of Applicability (ISO/IEC 42001)

Objectives: OBJ-IA-2026 and OBJ-001; the plan is RTP-2026.
                                                 ^^^^^^^^ dangling-reference RTP-2026
`,
    { codes },
  );
});

test('dangling-reference: a record\'s title gives its ID after the kind\'s name, beside its document number; other words before an ID do not', async () => {
  await check(
    `
//- DOC-00180_Management-Review.md
# Management Review MR-2026 — AIMS

Document No. DOC-00180 · Meeting date: 2026-11-18 · Chair: Managing Director

//- audit-of-policy.md
# Audit of POL-007
           ^^^^^^^ dangling-reference POL-007

Under ISO/IEC 42001.

//- DOC-00170_Internal-Audit-Report.md
# Internal Audit Report (ISO/IEC 42001)

Reported to MR-2026 (DOC-00180); the policy POL-007 was sampled.
                                            ^^^^^^^ dangling-reference POL-007
`,
    { codes },
  );
});

test('duplicate-id: a subsidiary\'s register rating the group\'s risks under "Inherited group risks" cites them; its own risks are its own', async () => {
  await check(
    `
//- group/group-risk-register.md
# Group AI Risk Register (ISO/IEC 42001)

| ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| GRP-R-02 | Staff paste customer data into public chatbots | 3 | 4 | Modify: DLP |
| GRP-R-03 | Supplier model changes without notice | 3 | 3 | Share: contract |
  ^^^^^^^^ duplicate-id GRP-R-03

//- de/risk-register-de.md
# DE AI Risk Register (ISO/IEC 42001)

## Local risks

| ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| DE-R-01 | Forklift model misses a hydraulic failure | 2 | 5 | Modify: thresholds |
| GRP-R-03 | Supplier model changes without notice | 3 | 3 | Share: contract |
  ^^^^^^^^ duplicate-id GRP-R-03

## Inherited group risks (local rating)

| ID | Local rating | Local note |
|---|---|---|
| GRP-R-02 | Likelihood 3 × Impact 3 = 9 (Medium) | DLP rolled out |
`,
    { codes: ['duplicate-id'] },
  );
});
