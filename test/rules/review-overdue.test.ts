import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['review-overdue'];

test('review-overdue: next_review before today (2026-11-28), in front matter and in YAML', async () => {
  await check(
    `
//- support/competence.md
---
aims:
  kind: competence
  id: COMP-001
  title: Competence record
  owner: HR
  version: "1"
  status: approved
  approved_by: Head of AI Governance
  approved_on: 2025-09-30
  next_review: 2026-09-30
               ^^^^^^^^^^ review-overdue was due on 2026-09-30; today is 2026-11-28
---
# Competence record

//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: approved
  next_review: "2026-11-27"
               ^^^^^^^^^^^^ review-overdue
risks: []
`,
    { codes },
  );
});

test('review-overdue: due today or later, retired, undated or not a date; a date in the header counts', async () => {
  await check(
    `
//- a.md
---
aims:
  kind: policy
  id: POL-001
  status: approved
  next_review: 2026-11-28
---
# AI policy

//- b.md
---
aims:
  kind: policy
  id: POL-002
  status: approved
  next_review: 2027-03-02
---
# AI policy

//- archive/c.md
---
aims:
  kind: policy
  id: POL-000
  status: retired
  next_review: 2020-01-01
---
# AI policy (withdrawn)

//- d.md
---
aims:
  kind: scope
  id: SCOPE-001
  status: draft
  next_review: 31/01/2026
---
# AIMS scope

//- e.md
# AI policy (ISO 42001)
Next review: 2020-01-01
             ^^^^^^^^^^ review-overdue due on 2020-01-01
`,
    { codes },
  );
});

test('review-overdue: today comes from the host clock, or from .aims.yaml when it fixes one', async () => {
  const fixture = `
//- .aims.yaml
today: 2027-04-01

//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  status: approved
  next_review: 2027-03-02
               ^^^^^^^^^^ review-overdue today is 2027-04-01
---
# AI policy
`;
  await check(fixture, { codes, today: '2026-11-28' });
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  status: approved
  next_review: 2027-03-02
               ^^^^^^^^^^ review-overdue
---
# AI policy
`,
    { codes, today: '2027-03-03' },
  );
});

test('review-overdue: without the field, the next review date a document\'s header states (ISO, or a day, a month and a year)', async () => {
  await check(
    `
//- people/competence.md
**Competence record – claims AI team (ISO/IEC 42001)**

Document ID: VI-COMP-04 · Owner: Head of Claims AI · Next review: 31 August 2026
                                                                  ^^^^^^^^^^^^^^ review-overdue due on 2026-08-31

//- procedures/risk.md
# AI risk assessment procedure (ISO/IEC 42001)

| Field | Value |
|---|---|
| Next review date | November 30, 2025 |
                     ^^^^^^^^^^^^^^^^^ review-overdue due on 2025-11-30

//- procedures/later.md
# AI policy (ISO/IEC 42001)
**Next review:** 2027-03-01

//- risk/register.md
# AI risk register (ISO/IEC 42001)
| ID | Risk | Owner | Next review |
|---|---|---|---|
| R-001 | Drift | CPO | 2025-01-01 |
`,
    { codes },
  );
});

test('review-overdue: dates as vaults, Hugo sites and other languages write them (inline fields, TOML, 年月日, dotted)', async () => {
  await check(
    `
//- AIMS/ai-policy.md
# AI Policy (ISO/IEC 42001)
owner:: [[Priya]]
next-review:: 2026-09-01
              ^^^^^^^^^^ review-overdue due on 2026-09-01

//- content/risk/method.md
+++
title = "AI Risk Assessment Method (ISO/IEC 42001)"
[params]
  next_review = 2026-09-30
                ^^^^^^^^^^ review-overdue due on 2026-09-30
+++
Body.

//- 01_方針/AI方針.md
# AI方針（ISO/IEC 42001）

| 項目 | 内容 |
|---|---|
| 次回見直し予定日 | 2026年9月30日 |
             ^^^^^^^^^^ review-overdue due on 2026-09-30

//- de/ki-richtlinie.md
# KI-Richtlinie (ISO/IEC 42001)
**Nächste Überprüfung:** 30.09.2026
                         ^^^^^^^^^^ review-overdue due on 2026-09-30

//- de/later.md
# KI-Ziele (ISO/IEC 42001)
**Nächste Überprüfung:** 30.09.2027
`,
    { codes },
  );
});

test('review-overdue: page properties in HTML, a bilingual label, a header table\'s column, a slashed date only when it cannot be misread', async () => {
  await check(
    `
//- LOGAI/AI-Policy_196612.md
# Nordhaven AI Governance : AI Policy (ISO/IEC 42001)
<table><tbody>
<tr><th class="confluenceTh">Next review date</th><td class="confluenceTd">2026-10-31</td></tr>
                                                                           ^^^^^^^^^^ review-overdue due on 2026-10-31
</tbody></table>

//- docs/ai-policy.md
# KI-Richtlinie / AI Policy (ISO/IEC 42001)
| | |
|---|---|
| Nächste Überprüfung / Next review | 31.10.2026 |
                                      ^^^^^^^^^^ review-overdue due on 2026-10-31

//- AI-Risk-Register.md
| Owner | Last review | Next review |
|---|---|---|
| Head of Quality (ISO/IEC 42001) | 2026-08-28 | 2026-11-30 |
                                                 ^^^^^^^^^^ review-overdue due on 2026-11-30

//- docs/politica-de-ia.md
# Política de IA (ISO/IEC 42001)
**Próxima revisão:** 30/09/2026
                     ^^^^^^^^^^ review-overdue due on 2026-09-30

//- docs/ambiguous.md
# AI Objectives (ISO/IEC 42001)
Next review: 03/04/2026
`,
    { codes, today: '2026-12-07' },
  );
});
