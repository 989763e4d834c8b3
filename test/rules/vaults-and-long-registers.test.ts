/**
 * Registers as people keep them outside one table: an Obsidian vault with a note per risk (its
 * properties in front matter) listed by a Dataview query; a long register that opens with a
 * summary table and a heat map before one section per risk; a Japanese SoA's reason column; an
 * automotive supplier citing UN regulations and ISO/PAS 8800. Fixtures in our own words,
 * modelled on such workspaces.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';

const NOTE = (id: string, title: string, likelihood: number, treatment = 'Modify: reviewed by a person') => `
//- Risks/${id}-${title.toLowerCase().replace(/ /g, '-')}.md
---
id: ${id}
tags: [risk]
owner: Dana Whitlock
likelihood: ${likelihood}
impact: 3
treatment: ${treatment}
status: open
---
# ${id} ${title}

What could happen, and to whom.
`;

test('vaults: a note per risk defines the risk its front matter names; two notes with one ID are a duplicate', async () => {
  await check(
    NOTE('AIR-01', 'Attendance model over-flags pupils', 3) +
      NOTE('AIR-02', 'Tutor retains chat data', 2).replace('id: AIR-02', 'id: AIR-02\n    ^^^^^^ duplicate-id The risk ID AIR-02 is defined 2 times') +
      NOTE('AIR-02', 'Tutor gives wrong answers', 2).replace('id: AIR-02', 'id: AIR-02\n    ^^^^^^ duplicate-id The risk ID AIR-02 is defined 2 times') +
      `
//- AIMS/management-review-2026-11.md
# Management review 2026-11
AIR-01 stays open; AIR-09 is new.
                   ^^^^^^ dangling-reference The risk AIR-09
`,
    { codes: ['dangling-reference', 'duplicate-id'] },
  );
});

test("vaults: a page's own front-matter ID (\"id: intro\", a document's number) is no risk", async () => {
  const { service } = await workspace(`
//- docs/intro.md
---
id: intro
title: Introduction
likelihood: scale 1-5
impact: scale 1-5
---
# Introduction to our AIMS (ISO/IEC 42001)
`);
  assert.deepEqual(service.documents().flatMap((d) => d.risks.map((r) => r.id)), []);
});

test('vaults: a register note listing its risks by a Dataview query, naming the template in code, is a register with rows', async () => {
  const { service } = await workspace(
    NOTE('AIR-01', 'Attendance model over-flags pupils', 3) +
      `
//- AIMS/risk-register.md
# Risk Register

Every AI risk is a note in \`Risks/\`; this note lists them.

\`\`\`dataview
TABLE id AS "ID", likelihood AS "L", impact AS "I", treatment AS "Treatment" FROM "Risks"
\`\`\`

> [!tip] Adding a risk
> Create a note from \`Templates/Risk.md\` in \`Risks/\`.

//- AIMS/ai-policy.md
# AI Policy

//- AIMS/scope.md
# AIMS Scope
All AI systems of the trust.

//- AIMS/objectives.md
# AI Objectives
Fewer false flags of pupils.
`,
  );
  const findings = service.getAllFindings().filter((f) => f.code === 'missing-section' || f.code === 'missing-documented-information');
  // The register provides the risk assessment's results (8.2): it is no template. (The rule speaks: 6.1.2 has no document.)
  assert.ok(findings.some((f) => f.message.includes('Clause 6.1.2')));
  assert.ok(!findings.some((f) => f.message.includes('Clause 8.2')), findings.map((f) => f.message).join('\n'));
  assert.ok(!findings.some((f) => f.message.includes('lists no risks')));
});

test('long registers: a summary table of the risks written out below, and a heat map, are not risk tables missing columns', async () => {
  await check(
    `
//- 04-ai-risk-register.md
# AI Risk Register

## Executive summary

| Risk ID | Risk Title | Score | Level | Owner | Status |
|---|---|---|---|---|---|
| R-001 | Tutor gives age-inappropriate content | 10 | High | ML lead | Open |
| R-002 | Grader under-scores language learners | 16 | High | Learning science | Open |

## Risks

### R-001: Tutor gives age-inappropriate content
- **Likelihood:** 2
- **Impact:** 5
- **Treatment:** Modify
- **Status:** Open

### R-002: Grader under-scores language learners
- **Likelihood:** 4
- **Impact:** 4
- **Treatment:** Modify
- **Status:** Open

## Heat map

| | Impact 1 | Impact 2 | Impact 3 | Impact 4 | Impact 5 |
|---|---|---|---|---|---|
| **Likelihood 4** | | | | R-002 | |
| **Likelihood 2** | | | | | R-001 |
`,
    { codes: ['missing-field', 'duplicate-id'] },
  );
});

test('long registers: a summary table whose risks are not written out below is still asked for its columns', async () => {
  await check(
    `
//- 04-ai-risk-register.md
# AI Risk Register

| Risk ID | Risk Title | Score | Level | Owner | Status |
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field no "likelihood", "impact", "treatment" column
|---|---|---|---|---|---|
| R-001 | Tutor gives age-inappropriate content | 10 | High | ML lead | Open |

### R-002: Grader under-scores language learners
- **Likelihood:** 4
`,
    { codes: ['missing-field'] },
  );
});

test('other languages: a Japanese SoA\'s "適用・除外の理由" column is its justification', async () => {
  await check(
    `
//- 02_計画/適用宣言書.md
---
aims:
  kind: soa
---
# 適用宣言書

| 管理策 (Control) | 管理策名 | 適用 | 適用・除外の理由 | 実施状況 |
|---|---|---|---|---|
| A.2.2 | AI方針 | ○ | AI方針を定める | 実施済 |
| A.8.4 | インシデントの伝達 | × |  | - |
  ^^^^^ soa-missing-justification A.8.4 is excluded without a justification
`,
    { codes: ['soa-missing-justification'] },
  );
});

test('dangling-reference: UN vehicle regulations ("UNECE R156", "R157" after "UN R152") are no risks', async () => {
  await check(
    `
//- aims/risk-register.md
# AI risk register
| ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| R-001 | Missed pedestrian at dusk | 2 | 5 | Modify |

//- aims/scope.md
# AIMS scope
External requirements: UNECE R156 software updates; UN R152 (AEBS), R157 for future work.
Open risks: R-001, R-009.
                   ^^^^^ dangling-reference The risk R-009
`,
    { codes: ['dangling-reference'] },
  );
});

test('unknown-clause: ISO/PAS 8800 and PAS 8800 number their own clauses', async () => {
  await check(
    `
//- aims/soa.md
# AIMS notes
Data for the perception model follows ISO/PAS 8800 clauses 9, 11.

| Control | Link |
|---|---|
| A.7.4 | PAS 8800 cl. 11 |
`,
    { codes: ['unknown-clause'] },
  );
});

test('kinds: a page titled by an AI system ID and a name is that system\'s record; an ID and a plan is not', async () => {
  const findings = await check(
    `
//- Systems/sys-01-attendance-insight.md
---
system-id: SYS-01
---
# SYS-01 Attendance Insight
^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred Read as an AI system record because its title "SYS-01 Attendance Insight" is the AI system ID SYS-01

## Purpose
Early warning of pupils likely to become persistently absent.

//- docs/systems/sys-002.md
# SYS-002 — TriageAssist { #sys-002 }
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred is the AI system ID SYS-002

//- Systems/sys-01-retirement.md
# SYS-01 retirement plan
The model is switched off at the end of the school year (ISO/IEC 42001).
`,
    { codes: ['kind-inferred'] },
  );
  assert.equal(findings.length, 2);
});

test("control-title-mismatch: an objective's name is not the title of the controls in its \"Control Mapping\" column", async () => {
  await check(
    `
//- 08-ai-objectives-2026.md
# AI Objectives 2026

| # | Objective | Measure | Owner | Control Mapping |
|---|---|---|---|---|
| 3 | Meaningful teacher review | Calibration essays detected | CPO | A.9.2 |
| 5 | AI literacy | Staff trained | Head of People | A.4.6 |

| Control | Objective | Applicable |
|---|---|---|
| A.9.3 | Intended use of the AI system | Yes |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.9.4
`,
    { codes: ['control-title-mismatch'] },
  );
});
