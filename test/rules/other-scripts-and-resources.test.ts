/**
 * Documents as a sixth trial's workspaces write them: a Japanese AIMS (titles with their English
 * in parentheses beside an acronym, "AIMS適用範囲 (Scope of the AIMS)"; registers and SoAs headed
 * in Japanese, parse/columns.ts; decisions ○ and ×; a scope's "システムID | システム名" table;
 * "文書番号" as a document's number, parse/definitions.ts), and a title naming a procedure before
 * the records it is about ("Procedure: AI risk assessment ... and impact assessment", parse/meta.ts);
 * AI system records kept as Kubernetes-style resources (`kind: AISystem`, the record under `spec:`,
 * parse/cards.ts resourceKindOf), which define their system and are read without naming 42001;
 * a European spreadsheet's CSV register: ";" between fields though a header holds a comma
 * (parse/csv.ts), decimal commas in ratings (rules/util.ts scaleValue, riskScore.ts readRating),
 * and a file name ending in its version ("_v3"); a Portuguese register's "ID do risco" column, and
 * subject words not guessed in a description in another language (rules/controlTitleMismatch.ts);
 * a Confluence page titled "AIMS Home" whose HTML table lists the systems in scope
 * (catalogue/aimsTitles.ts: the acronym in capitals names the AIMS); a decision record whose
 * header says it is superseded (parse/meta.ts withHeaderStatus, isRetiredByStatus); a YAML register
 * titled in its `meta:` block (parse/meta.ts yamlTitle), stating its risk method in a `method:`
 * block (parse/riskMethodYaml.ts); a Chinese AIMS whose headers put Chinese and English side by
 * side without parentheses ("控制编号 Control", parse/columns.ts englishOfHeader) or are Chinese only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';

test('Japanese: the SoA decides with ○ and ×, registers and scope tables headed in Japanese are read', async () => {
  await check(
    `
//- 02_適用範囲.md
# AIMS適用範囲 (Scope of the AIMS)

文書番号: AIMS-SCP-001 ／ 版数: 1.3

| システムID | システム名 | 役割 |
|---|---|---|
| SYS-001 | HireMatch スコアリング | AI開発者 |
//- 03_リスク登録簿.md
# AIリスク登録簿 (AI Risk Register)

| リスクID | 対象システム | リスク内容 | リスク所有者 | 発生可能性 | 影響度 | リスク値 | 対応方針 | 管理策 | 状況 |
|---|---|---|---|---|---|---|---|---|---|
| AIR-001 | SYS-001 | 応募者の属性による不公平なスコア | 人事部長 | 3 | 4 | 12 | 公平性テスト | A.5.4 | 対応中 |
| AIR-008 | SYS-002 | 説明不足 | | 2 | 5 | 10 | | | 未着手 |
  ^^^^^^^ risk-untreated AIR-008 scores 10
            ^^^^^^^ dangling-reference The AI system SYS-002
//- 04_適用宣言書.md
# 適用宣言書 (Statement of Applicability)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 35 controls

| 管理策 (Control) | 管理策名 | 適用 | 理由 (Justification) | 実施状況 |
|---|---|---|---|---|
| A.2.2 | AI方針 | ○ | 箇条5.2の要求 | 実施済 |
| A.8.4 | Information for interested parties | ○ | 顧客への説明 | 実施済 |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.8.5
| A.10.4 | 顧客 | × | |
  ^^^^^^ soa-missing-justification A.10.4 is excluded without a justification
`,
    { codes: ['risk-untreated', 'dangling-reference', 'soa-missing-control', 'soa-missing-justification', 'control-title-mismatch', 'duplicate-id'] },
  );
});

test('titles: a part naming a procedure governs the record kinds named after it', async () => {
  const { service } = await workspace(`//- procedure.md
# Procedure: AI risk assessment, risk treatment and impact assessment

Under ISO/IEC 42001 clauses 6.1.2 to 6.1.4.
//- assessment.md
# AI Impact Assessment: Fraud scoring

Under ISO/IEC 42001 clause 6.1.4.
`);
  const kind = (name: string) => service.documents().find((d) => d.uri.endsWith(name))!.meta.kind;
  assert.equal(kind('procedure.md'), undefined);
  assert.equal(kind('assessment.md'), 'impact-assessment');
});

test('resources: a Kubernetes-style AISystem is an AI system record defining the system under spec', async () => {
  await check(
    `
//- systems/support-assistant.yaml
apiVersion: governance.example.io/v1beta1
kind: AISystem
metadata:
  name: support-assistant
spec:
  id: SYS-002
  displayName: Support chat assistant
  purpose: Answers customer questions from the help centre.
  deployment: Blue-green rollout behind a feature flag.
  logging: Prompts and answers kept 90 days.
  risks: [R-014]
          ^^^^^ dangling-reference The risk R-014
  controls: [A.6.2.4, A.6.2.9]
                      ^^^^^^^ unknown-control
//- docs/register.md
# AI Risk Register (ISO/IEC 42001)

| Risk ID | Risk | System | Likelihood | Impact | Owner | Treatment |
|---|---|---|---|---|---|---|
| R-001 | Wrong answers | SYS-002 | 2 | 3 | Support lead | Retrieval grounding |
`,
    { codes: ['dangling-reference', 'unknown-control'] },
  );
});

test('CSV: a semicolon-separated register with decimal commas and a versioned name is read; a weighted fraction is a notice', async () => {
  await check(
    `
//- registers/AI_Risk_Register_v3.csv
Risk ID;AI system;Risk description;Likelihood (1-5);Impact (1-5, weighted);Score;Treatment measures;Annex A controls;Risk owner
KR-01;Forecast;Rural stock-outs;3;4,5;13,5;"Regional features; back-tests";A.7.4, A.6.2.4;M. de Vries
                                  ^^^ risk-out-of-scale 4.5, not a whole number
KR-02;Forecast;Pandemic-era training data;4;3,0;13,0;Down-weight 2020 data;A.7.4.9;S. Müller
                                                ^^^^ risk-level-mismatch written as 13, but likelihood x impact is 12
                                                                           ^^^^^^^ unknown-control
`,
    { codes: ['risk-level-mismatch', 'unknown-control', 'risk-out-of-scale'] },
  );
});

test('Portuguese: "ID do risco" defines the risks; a description in Portuguese is not judged by English subject words', async () => {
  await check(
    `
//- registro-de-riscos-de-ia.md
# Registro de Riscos de IA

| ID do risco | Risco | Probabilidade | Impacto | Responsável | Tratamento |
|---|---|---|---|---|---|
| RIA-004 | Viés no modelo de crédito | 3 | 4 | Gerente de risco | Testes de equidade |
  ^^^^^^^ duplicate-id
| RIA-004 | Vazamento de dados pessoais | 2 | 5 | DPO | Mascaramento |
  ^^^^^^^ duplicate-id
| RIA-009 | Decisões sem explicação | 3 | 4 | | |
  ^^^^^^^ risk-untreated
//- escopo-do-sgia.md
# Escopo do Sistema de Gestão de IA (ISO/IEC 42001)

Este documento define o escopo do sistema de gestão de inteligência artificial da empresa, os
sistemas de IA abrangidos, as partes interessadas e as exclusões, conforme a norma.

| Área | Controles |
|---|---|
| Crédito | Testes de viés, explicações na negativa (A.8.2) |
`,
    { codes: ['duplicate-id', 'risk-untreated', 'control-title-mismatch'] },
  );
});

test('relevance: a page titled with the AIMS acronym defines the systems its HTML table lists', async () => {
  await check(
    `
//- AIGOV/AIMS-Home_98304001.md
# AI Governance : AIMS Home

<table>
<tbody>
<tr>
<th><p>System ID</p></th>
<th><p>System</p></th>
</tr>
<tr>
<td><p>SYS-001</p></td>
<td><p>RouteAI</p></td>
</tr>
</tbody>
</table>
//- AIGOV/AI-Risk-Register_98304012.md
# AI Risk Register (ISO/IEC 42001)
SYS-001 is covered; SYS-009 is not.
                    ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('decision records: a record whose header says "Status: Superseded by 0007" is retired; its successor is the policy', async () => {
  const { service } = await workspace(`//- docs/aims/0001-ai-policy.md
# 1. AI policy

Date: 2025-03-04
Status: Superseded by [0007](0007-ai-policy-v2.md)

## Context

We implement ISO/IEC 42001 and need an AI policy (clause 5.2).
//- docs/aims/0007-ai-policy-v2.md
# 7. AI policy v2

Status: Accepted

## Context

The AI policy of our ISO/IEC 42001 AIMS, replacing 0001.
`);
  const doc = (name: string) => service.documents().find((d) => d.uri.endsWith(name))!;
  assert.equal(service.index.isRetired(doc('0001-ai-policy.md').uri), true);
  assert.equal(service.index.isRetired(doc('0007-ai-policy-v2.md').uri), false);
  assert.ok(!service.getFindings(doc('0001-ai-policy.md').uri).some((f) => f.code === 'missing-section'), 'a superseded policy need not be complete');
});

test('YAML: a data file that is the SoA list itself is read; "Nonconformity reports 2026" names the log', async () => {
  await check(
    `
//- _data/soa.yml
# Statement of applicability data (ISO/IEC 42001)
- control: A.2.2
  applicable: true
  justification: Required
- control: A.10.4
           ^^^^^^ soa-missing-justification A.10.4 is excluded without a justification
  applicable: false
  justification: ""
`,
    { codes: ['soa-missing-justification', 'missing-section'] },
  );
  const { service } = await workspace(`//- nc/reports.md
# Nonconformity reports 2026

NC-2026-01 under ISO/IEC 42001 clause 10.2.
`);
  assert.equal(service.documents()[0]!.meta.kind, 'nonconformity-log');
});

test('YAML: a register titled in its header block (meta: { title: ... }) is of that kind', async () => {
  const { service } = await workspace(`//- aims/register.yaml
meta:
  title: AI risk register
  owner: head-of-safety
risks:
  RSK-001:
    title: Vision model misclassifies packaging
    likelihood: 4
    impact: 2
`);
  assert.equal(service.documents()[0]!.meta.kind, 'risk-register');
});

test('YAML: a register states its method in a method block: scales in its own words, bands and the acceptance sentence', async () => {
  await check(
    `
//- aims/register.yaml
meta:
  title: AI risk register
method:
  likelihood: { 1: rare, 2: unlikely, 3: possible, 4: likely, 5: almost certain }
  impact: { 1: negligible, 2: minor, 3: moderate, 4: major, 5: severe }
  bands:
    low: 1-5
    medium: 6-11
    high: 12-25
  acceptance: risks scoring 6 or more need a treatment
risks:
  - id: RSK-006
    likelihood: 2
    impact: 4
    level: low
           ^^^ risk-level-mismatch "medium" (6-11) under the document's own bands
    treatment: modify
  - id: RSK-007
        ^^^^^^^ risk-untreated above 5, the highest score the document's own bands accept
    likelihood: 3
    impact: 3
    owner: ops
  - id: RSK-008
    likelihood: three
                ^^^^^ risk-out-of-scale one of rare, unlikely, possible, likely, almost certain
    impact: 2
    treatment: accept
`,
    { codes: ['risk-level-mismatch', 'risk-untreated', 'risk-out-of-scale'] },
  );
});

test('Chinese: bilingual headers side by side ("控制编号 Control") and Chinese-only register headers are read', async () => {
  await check(
    `
//- 适用性声明.md
# 适用性声明 (Statement of Applicability)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 36 controls

| 控制编号 Control | 控制名称 Control title | 适用 Applicable | 理由 Justification |
|---|---|---|---|
| A.2.2 | AI方针 | 是 | 必须 |
| A.8.3 | 外部报告 | 否 | |
  ^^^^^ soa-missing-justification A.8.3 is excluded without a justification
//- 风险登记册.md
# 风险登记册 (AI Risk Register)

| 风险编号 | 风险描述 | 负责人 | 可能性 | 影响 | 风险值 | 处置措施 | 状态 |
|---|---|---|---|---|---|---|---|
| HX-R-001 | 模型偏见 | 数据负责人 | 3 | 3 | 9 | 公平性测试 | 进行中 |
| HX-R-009 | 无法解释的拒绝 | | 4 | 4 | 16 | | 未开始 |
  ^^^^^^^^ risk-untreated HX-R-009 scores 16
`,
    { codes: ['soa-missing-control', 'soa-missing-justification', 'risk-untreated', 'missing-field'] },
  );
});
