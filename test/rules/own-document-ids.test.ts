/**
 * A document's own ID, as documents write it when they declare none in front matter: a header
 * line's "Document ID:" after a separator, the label in other languages, a front-matter key,
 * and a master list's row naming the list's own file (parse/definitions.ts). An ID so given is
 * defined: citing it is no dangling reference.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('dangling-reference: a document\'s own ID in a header line after a separator, in another language, or in its front matter defines it', async () => {
  await check(
    `
//- aims/risk-method.md
# AI risk assessment method (ISO/IEC 42001)
Owner: Head of Operations · Document ID: RAP-003 · Last reviewed 2026-06-01

//- politiche/politica-ia.md
---
titolo: Politica per l'intelligenza artificiale
codice: POL-IA-001
---
# Politica per l'intelligenza artificiale (ISO/IEC 42001)

//- rischi/dichiarazione.md
# Dichiarazione di applicabilità (ISO/IEC 42001)
**Codice documento:** SOA-2026

//- procedures/impact.md
# Impact assessment procedure (ISO/IEC 42001)
**Dokument-ID:** AIMS-OPS-001

//- operation/ai-impact-procedure.md
# AI System Impact Assessment Procedure
**Document ID:** AIMS-OPS-002

//- planning/plan.md
# AI objectives (ISO/IEC 42001)
Method: RAP-003. Policy: POL-IA-001. Applicability: SOA-2026. Procedure: AIMS-OPS-001, AIMS-OPS-002. Missing: AIMS-OPS-404.
                                                                                                              ^^^^^^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('dangling-reference: a master list that lists itself gives its own ID by the row naming its file', async () => {
  await check(
    `
//- governance/document-master-list.md
# Document master list (ISO/IEC 42001)

| Doc ID | Title | Location |
|---|---|---|
| AIMS-GOV-001 | AI policy | \`governance/ai-policy.md\` |
| AIMS-GOV-002 | Document master list | \`governance/document-master-list.md\` |
| AIMS-GOV-003 | Old master list | \`governance/old-document-master-list.md\` |
  ^^^^^^^^^^^^ dangling-reference

//- governance/ai-policy.md
# AI policy
**Document ID:** AIMS-GOV-001
`,
    { codes: ['dangling-reference'] },
  );
});

test("dangling-reference: a document-control table at the top, one row under its fields, gives the document's own ID; another table's row does not", async () => {
  await check(
    `
//- risk/statement-of-applicability.md
# Statement of Applicability — ISO/IEC 42001:2023 Annex A

| Document ID | Version | Owner | Approved | Next review |
|---|---|---|---|---|
| SOA-042 | 1.4 | Chief Model Risk Officer | 2026-05-12 | 2027-05-12 |

| Control | Applicable | Justification |
|---|---|---|
| A.2.2 | Yes | Sets direction |

//- policies/ai-policy.md
# AI Policy (ISO/IEC 42001)

Controls are decided in SOA-042. The retired policy was POL-009.
                                                        ^^^^^^^ dangling-reference

| Document ID | Title |
|---|---|
| POL-009 | Former AI policy |
  ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test("dangling-reference: a header's bare reference gives the document's ID whatever its shape when the line goes on with its control fields; cited, it is defined", async () => {
  await check(
    `
//- risques/procedure.md
# Procédure d'appréciation des risques IA (ISO/IEC 42001)

**Référence :** PRO-RISK-001 · **Propriétaire :** Responsable SMIA · **Version :** 1.1

//- risques/plan.md
# Plan de traitement des risques (ISO/IEC 42001)

Selon la procédure PRO-RISK-001. Voir aussi RISK-404.
                                            ^^^^^^^^ dangling-reference

//- notes/meeting.md
# Meeting notes (ISO/IEC 42001)

Reference: RISK-405
           ^^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});
