/**
 * Systems, statements of applicability and records as a fourth trial's workspaces write them:
 * system tables in Spanish, Dutch and bilingual Chinese ("| ID | Sistema |", "Naam", "系统
 * (System)"), an SoA's own "AI systems in scope" table, an assessment's own ID on an
 * "Assessment ID:" line, a wiki page titled by its slug in front matter, titles with a
 * full-width aside ("AI Policy（人工智能方针）"), SoA decisions in Chinese and Dutch, a YAML
 * SoA keyed by control under a nested key, and YAML flow sequences that are no placeholders.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('systems: tables that list them in Spanish, Dutch and Chinese, and an SoA\'s systems in scope, define them', async () => {
  await check(
    `
//- es/inventario-sistemas-ia.md
# Inventario de sistemas de IA

| ID | Sistema | Propietario |
|---|---|---|
| SYS-010 | Scoring de crédito | Riesgos |

//- nl/algoritmeregister.md
# Algoritmeregister gemeente Dalfsen

| ID | Naam | Eigenaar |
|---|---|---|
| SYS-001 | Toeslagencheck | Team Inkomen |

//- zh/ai-policy.md
# AI Policy（人工智能方针）

| ID | 系统 (System) | 负责人 (Owner) |
|---|---|---|
| SYS-901 | 理赔助手 | 理赔部 |

//- soa.md
# Statement of Applicability (ISO/IEC 42001)

## AI systems in scope

ID | System | Owner
--- | --- | ---
SYS-801 | PickVision | Head of Vision

//- register.md
# AI risk register (ISO/IEC 42001)

| Risk ID | Risk | System | Likelihood | Impact |
|---|---|---|---|---|
| R-001 | Wrong score | SYS-010 | 3 | 3 |
| R-002 | Wrong benefit | SYS-001 | 3 | 3 |
| R-003 | Wrong claim | SYS-901 | 3 | 3 |
| R-004 | Missed part | SYS-801 | 3 | 3 |
| R-005 | Unknown | SYS-999 | 3 | 3 |
                    ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('own IDs and titles: an "Assessment ID:" line, a slug front-matter title, a full-width aside', async () => {
  await check(
    `
//- wiki/Impact-Assessment-TriageBot.md
---
title: Impact-Assessment-TriageBot
---
# AI system impact assessment: TriageBot
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

**Assessment ID:** AIIA-301-2026 · **Owner:** Clinical safety officer

See also AIIA-301-2026 in the register of assessments.

//- zh/soa.md
# Statement of Applicability（适用性声明）
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

| Control | 适用 (Applicable) | Justification |
|---|---|---|
| A.2.2 | 是 Yes | 方针 |
| A.8.3 | 否 No | 无外部报告义务 |
`,
    { codes: ['dangling-reference', 'kind-inferred', 'soa-missing-justification'] },
  );
});

test('SoA: a YAML SoA keyed by control under a nested key is read; a Dutch "Motivering" is its justification', async () => {
  await check(
    `
//- docs/statement-of-applicability.yaml
# Statement of applicability, ISO/IEC 42001:2023
statement_of_applicability:
  organisation: Quillon Software B.V.
  controls:
    A.2.2:
      applicable: true
      justification: "Policy approved by the Leadership Team"
      systems: [SYS-201, SYS-202]
    A.2.3:
    ^^^^^ soa-missing-justification
      applicable: false
      justification: ""

//- nl/verklaring-van-toepasselijkheid.md
# Verklaring van toepasselijkheid (SoA)

| Beheersmaatregel | Toepasselijk | Motivering |
|---|---|---|
| A.2.2 | Ja | Vereist door het AI-beleid |
| A.8.3 | Nee | Geen externe rapportageplicht |
`,
    { codes: ['soa-missing-justification'] },
  );
});
