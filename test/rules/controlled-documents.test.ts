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
