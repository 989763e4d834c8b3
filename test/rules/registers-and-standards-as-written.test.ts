/**
 * Registers, standards and converted documents as a fifth trial's workspaces write them: YAML
 * registers and inventories keyed by ID (`risks: { RSK-001: { ... } }`, `systems: { SYS-10: { ... } }`);
 * an integrated management system's ISMS statement of applicability, whose Annex A numbers are
 * ISO/IEC 27001's because its title says so (parse/meta.ts frameworksOf), and whose rows decide
 * none of ours; and word-processor documents converted by pandoc: a title block of bold lines
 * above numbered headings with attributes ("# 1 Purpose {#purpose}"), a simple table whose
 * dashes make a setext heading, and a decision column headed "Appl."; a column named for two
 * things ("Controls / treatment", parse/columns.ts); a scope's "System ID" column of IDs in the
 * organisation's own shape; a Korean AIMS: titles with their English in parentheses, registers
 * and SoAs headed in Korean (parse/columns.ts; util/text.ts foldAccents keeps Hangul composed),
 * decisions "적용" and "제외"; an appendix whose header names its report's reference; and from a
 * seventh trial: an inventory and its CSV export listing the same systems (rules/duplicateId.ts),
 * ISO 14971's "Risk control measures" column, a Spanish "Aplica" decision column, and a licence
 * footer's "[Company Name]" in a written document (parse/template.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';
import { isTemplateDoc } from '../../server/src/core/parse/template.js';

test('YAML: risks and systems keyed by their IDs are defined, and the risks are judged', async () => {
  await check(
    `
//- aims/register.yaml
# ISO/IEC 42001 AI risk register
risks:
  RSK-001:
    title: Vision model misclassifies transparent packaging
    system: SYS-10
    owner: perception-lead
    likelihood: 4
    impact: 2
    treatment: modify
    controls: [A.6.2.4]
  RSK-007:
  ^^^^^^^ risk-untreated
    title: Operators over-trust the pick-rate dashboard
    system: SYS-11
    owner: ops-lead
    likelihood: 3
    impact: 4
//- aims/systems.yaml
systems:
  SYS-10:
    name: Picking-arm vision model
  SYS-11:
    name: Pick-rate dashboard
//- aims/plan.md
# AI risk treatment plan (ISO/IEC 42001)
RSK-001 runs on SYS-10 and SYS-11; RSK-009 is treated here too.
                                   ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference', 'risk-untreated'] },
  );
});

test('ISMS: a statement of applicability titled for the ISMS numbers its controls as ISO/IEC 27001 does', async () => {
  await check(
    `
//- isms-soa.md
# ISMS Statement of Applicability

This SoA covers ISO/IEC 27001:2022 Annex A only; the AI controls of ISO/IEC 42001 are decided in the AIMS SoA.

| Control | Title | Inc | Justification |
|---|---|---|---|
| A.5.1 | Policies for information security | Y | Risk treatment |
| A.5.2 | Information security roles and responsibilities | Y | Risk treatment |
| A.5.5 | Contact with authorities | Y | Legal |
| A.5.6 | Contact with special interest groups | Y | Risk treatment |
| A.8.6 | Capacity management | Y | Risk treatment |

Our AIMS's ISO/IEC 42001 A.6.2.9 is cited here by mistake.
                         ^^^^^^^ unknown-control
//- aims-soa.md
# AIMS Statement of Applicability (ISO/IEC 42001)

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.5.2 | Information security roles | Yes | Supported by the ISMS |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch
`,
    { codes: ['unknown-control', 'control-title-mismatch', 'objective-as-control', 'soa-missing-justification'] },
  );
});

test('pandoc: a bold title block above numbered headings names the document; heading attributes are not words', async () => {
  const { service } = await workspace(`//- Procedure_v2.3.md
**Corvid Analytics GmbH**

**AI Risk Management Procedure**

**Document No.:** CA-AIMS-PR-02

# 1 Purpose {#purpose}

Risks to people and the company are assessed before release (ISO/IEC 42001 clause 6.1.2).

# 2 Scope {#scope .unnumbered}

Every AI system.
//- Corvid_AI_Policy.md
**Corvid Analytics GmbH -- AI Policy**

**1. Purpose**

This policy states the commitment of the Board under ISO/IEC 42001.

  Role                          Duty
  ----------------------------- -----------------------------------------
  All staff                     Follow this policy; report concerns via
  -----------------------------------------------------------------------
//- notes.md
**Draft**

# AI Objectives

Fair scores for every applicant (ISO/IEC 42001 clause 6.2).
`);
  const doc = (name: string) => service.getDocument(service.documents().find((d) => d.uri.endsWith(name))!.uri)!;
  assert.equal(doc('Procedure_v2.3.md').title, 'Corvid Analytics GmbH \u2014 AI Risk Management Procedure');
  assert.equal(doc('Procedure_v2.3.md').meta.kind, 'risk-assessment-process');
  assert.deepEqual(doc('Procedure_v2.3.md').sections.map((s) => s.title), ['1 Purpose', '2 Scope']);
  assert.equal(doc('Corvid_AI_Policy.md').meta.kind, 'policy');
  // One unnumbered H1 is the title, whatever bold line stands above it.
  assert.equal(doc('notes.md').title, 'AI Objectives');
  const kindNotice = service.getFindings(doc('Corvid_AI_Policy.md').uri).find((f) => f.code === 'kind-inferred');
  assert.equal(kindNotice?.range.start.line, 0, 'the notice is on the title line, not on the heading the table made');
});

test('SoA: an abbreviated decision column ("Appl.", "Inc") holds the decisions', async () => {
  await check(
    `
//- soa.md
# Statement of Applicability (ISO/IEC 42001)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 34 controls

| Control | Title | Appl. | Justification | Status |
|---|---|---|---|---|
| A.2.2 | AI policy | Yes | Required by clause 5.2 | Implemented |
| A.4.2 | Resource documentation | Yes | System cards | Partially |
| A.10.4 | Customers | No | B2B only | Not applicable |
| A.10.3 | Suppliers | | Vendors assessed | Partially |
  ^^^^^^ soa-missing-control A.10.3 is listed without a decision
`,
    { codes: ['soa-missing-control'] },
  );
});

test('columns: a header naming two columns ("Controls / treatment") is the one the rules rank first; two ratings are neither', async () => {
  await check(
    `
//- register.md
# AI Risk Register (ISO/IEC 42001)

| Risk ID | Risk | Likelihood | Impact | Owner / approver | Controls / treatment |
|---|---|---|---|---|---|
| R-01 | Missed sepsis alert | 4 | 5 | CMIO | A.6.2.4; clinician double check |
| R-02 | Biased triage | 4 | 4 | CMIO | |
  ^^^^ risk-untreated

| Risk ID | Risk | L / I |
|---|---|---|
| R-03 | Alert fatigue | 4 / 4 |
`,
    { codes: ['risk-untreated', 'risk-out-of-scale', 'missing-section'] },
  );
});

test('systems: a scope\'s "System ID" column defines IDs in the organisation\'s own shape; a bare "ID" column only the configured shape', async () => {
  await check(
    `
//- scope.md
# Scope of the AIMS (ISO/IEC 42001)

| System ID | System | Purpose | Status |
|---|---|---|---|
| ORP-AIS-01 | Claim Triage Model | Orders claims for checking | Live |
| SLH-AI-002 | Radiology triage | Flags urgent scans | Pilot |

| ID | System | Purpose |
|---|---|---|
| KX-9 | Chat assistant | Answers questions |
//- plan.md
# AI risk treatment plan (ISO/IEC 42001)
ORP-AIS-01 and SLH-AI-002 are treated; SYS-404 is not in the scope.
                                       ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('titles: the longest control title (A.5.4, ten words) written next to another control is that control\'s', async () => {
  await check(
    `
//- assessment.md
# AI System Impact Assessment (ISO/IEC 42001)
We assessed this under A.5.5 (Assessing AI system impact on individuals or groups of individuals)
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch
and under A.5.4 (Assessing AI system impact on individuals or groups of individuals).
`,
    { codes: ['control-title-mismatch'] },
  );
});

test('Korean: titles with English in parentheses give the kind; Korean headers and decisions are read', async () => {
  await check(
    `
//- 적용성보고서_SoA.md
# 적용성보고서 (Statement of Applicability)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 35 controls

| 통제 ID | 통제명 | 적용 여부 | 적용/제외 사유 | 이행 상태 |
|---|---|---|---|---|
| A.2.2 | AI policy | 적용 | AI 정책 수립 필요 | 이행 |
| A.7.4 | Data provenance | 적용 | 데이터 품질 관리 | 이행 |
          ^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.7.5
| A.8.3 | External reporting | 제외 | |
  ^^^^^ soa-missing-justification A.8.3 is excluded without a justification
//- AI_위험관리대장.md
# AI 위험관리대장 (AI Risk Register)

| 위험 ID | 위험명 | 위험 소유자 | 발생가능성 | 영향도 | 위험점수 | 처리방안 | 관련 통제 |
|---|---|---|---|---|---|---|---|
| AIR-001 | 특정 연령대에 불리한 점수 | 신용모델팀장 | 3 | 4 | 12 | 감소 - 공정성 모니터링 | A.5.4 |
| AIR-008 | 설명 불가로 인한 민원 | | 4 | 4 | 16 | | |
  ^^^^^^^ risk-untreated AIR-008 scores 16
`,
    { codes: ['control-title-mismatch', 'soa-missing-justification', 'soa-missing-control', 'risk-untreated'] },
  );
});

test('documents: an appendix naming its report\'s reference in its header does not define it again', async () => {
  await check(
    `
//- CA-MMI-2026-017-readiness-report.md
# AIMS readiness assessment (ISO/IEC 42001)
**Client:** Meridian · **Report ref:** CA-MMI-2026-017 · **Version:** Final 1.0
                                       ^^^^^^^^^^^^^^^ duplicate-id
//- appendix-a-detailed-assessment.md
# Appendix A — Detailed assessment against ISO/IEC 42001
**Client:** Meridian · **Report ref:** CA-MMI-2026-017 · **Version:** Final 1.0
//- other-report.md
# AIMS readiness assessment, second site (ISO/IEC 42001)
**Report ref:** CA-MMI-2026-017
                ^^^^^^^^^^^^^^^ duplicate-id
`,
    { codes: ['duplicate-id', 'dangling-reference'] },
  );
});

test('inventories: a Markdown index and its CSV export list the same systems once; two names for one ID are a duplicate', async () => {
  await check(
    `
//- algorithms/index.md
# Algorithm register (AI system inventory, ISO/IEC 42001)

| ID | Name | Department |
|---|---|---|
| ALG-2023-001 | Number-plate recognition | Parking |
| ALG-2024-003 | Pothole detection | Roads |
  ^^^^^^^^^^^^ duplicate-id
//- algorithms/algorithm-register-export.csv
ID,Name,Department,ISO 42001 controls
ALG-2023-001,Number-plate recognition,Parking,A.9.2
ALG-2024-003,Benefit fraud scoring,Social services,A.9.2
^^^^^^^^^^^^ duplicate-id
`,
    { codes: ['duplicate-id'] },
  );
});

test('columns: ISO 14971\'s "Risk control measures" hold the treatment; a Spanish "Aplica" column the decision', async () => {
  await check(
    `
//- RMF-LumiRead.md
# Risk management file: AI risk register (ISO 14971, ISO/IEC 42001)

| Risk ID | Hazard | Likelihood | Impact | Owner | Risk control measures |
|---|---|---|---|---|---|
| HAZ-01 | Missed finding on a poor image | 3 | 5 | QA lead | Image quality gate; IFU warning |
//- soa.md
# Statement of Applicability (ISO/IEC 42001)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 36 controls

| Control | Título | Aplica | Justificación |
|---|---|---|---|
| A.2.2 | Política de IA | Sí | Requerida |
| A.8.3 | Reporte externo | No | |
  ^^^^^ soa-missing-justification
`,
    { codes: ['risk-untreated', 'soa-missing-control', 'soa-missing-justification'] },
  );
});

test('templates: one "[Company Name]" in a written document\'s footer does not make it a form', async () => {
  const { service } = await workspace(`//- 07-AI-Risk-Treatment-Plan.md
# AI Risk Treatment Plan (ISO/IEC 42001)

Owner: Head of Risk. Approved 2026-02-01.

| Risk | Option | Action | Owner | Due |
|---|---|---|---|---|
| R-01 | Modify | Fairness tests | DS lead | 2026-06-30 |

${'Actions are reviewed monthly by the AI risk forum and closed when evidence is filed.\n\n'.repeat(14)}
Licensed for use by [Company Name] only.
//- template.md
# AI Risk Treatment Plan for [Company Name]

Owner: [Name]
`);
  const template = (name: string) => isTemplateDoc(service.getDocument(service.documents().find((d) => d.uri.endsWith(name))!.uri)!);
  assert.equal(template('07-AI-Risk-Treatment-Plan.md'), false);
  assert.equal(template('template.md'), true);
});
