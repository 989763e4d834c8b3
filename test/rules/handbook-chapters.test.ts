/**
 * A handbook's chapters (parse/chapters.ts): one Markdown file of no kind, titled a manual or
 * handbook, whose top-level chapters name two or more kinds holds those documents. Each chapter provides its kind's
 * documented information (rules/provides.ts), and an SoA chapter's rows are checked as an
 * SoA's (soa-missing-justification, soa-duplicate-control via rules/util.ts soaRowsUnderCheck).
 * A chapter that only points elsewhere, a record kind named as a process ("Internal audit"), or
 * a single heading naming a kind in a file of no kind is not a chapter. The chapters are kept
 * through the persistent cache's encoding (workspace/codec.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';
import { computeCoverage, computeCoverageModel } from '../../server/src/core/index.js';

const PARA = 'This chapter is the documented information itself, kept in the manual so that one file holds the whole AIMS.';

const HANDBOOK = `//- AIMS-Manual.md
# Kestrel AI Management System Manual

Version 1.2, owned by the Head of AI Governance.

## 1. AI Policy

${PARA} Kestrel commits to fair, transparent and accountable AI (ISO/IEC 42001 clause 5.2).

## 2. Scope of the AIMS

${PARA} The AIMS covers fraud scoring and the support chat assistant in the EU business.

## 3. Internal audit

${PARA} Audits run yearly against the whole standard; the programme is set by the Board.

## 4. Risk Register

| Risk ID | Description | Likelihood | Impact | Owner | Treatment |
|---|---|---|---|---|---|
| R-01 | Biased fraud scores | 3 | 4 | Data Science Lead | Mitigate: fairness testing |

## 5. Statement of Applicability

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Chapter 1 is the policy |
| A.6.2.4 | AI system verification and validation | Yes | Models are tested before release |
| A.10.4 | Customers | No | |
  ^^^^^^ soa-missing-justification A.10.4 is excluded without a justification.
| A.6.2.4 | AI system verification and validation | Yes | Tested again |
  ^^^^^^^ soa-duplicate-control

## 6. Security policy (ISO 27001)

Out of the AIMS.
`;

test('handbook: an SoA chapter is checked as a statement of applicability', async () => {
  await check(HANDBOOK, { codes: ['soa-missing-justification', 'soa-duplicate-control'] });
});

test('handbook: chapters provide their kinds\' documented information; a process chapter of a record kind does not', async () => {
  const { service } = await workspace(HANDBOOK.replace(/^ +\^+.*\n/gm, ''));
  const doc = service.documents().find((d) => d.uri.endsWith('AIMS-Manual.md'))!;
  assert.equal(doc.meta.kind, undefined);
  assert.deepEqual(doc.meta.chapters?.map((c) => c.kind), ['policy', 'scope', 'risk-register', 'soa']);
  // Each chapter spans its section: the policy chapter ends where the scope's heading starts.
  const [policy, scope] = doc.meta.chapters!;
  assert.equal(doc.text.slice(policy!.span.start, policy!.span.start + 15), '## 1. AI Policy');
  assert.equal(policy!.span.end, scope!.span.start);
});

test('handbook: the coverage counts each chapter by the findings inside it', async () => {
  const { service } = await workspace(HANDBOOK.replace(/^ +\^+.*\n/gm, ''));
  const model = computeCoverageModel(service);
  const providers = (clause: string) => model.clauses.clauses.find((c) => c.id === clause)!.requirements[0]!.providers;
  // The SoA chapter's missing justification makes the SoA incomplete, not the policy or the scope.
  assert.deepEqual(providers('5.2').map((p) => [p.path, p.via, p.complete]), [['AIMS-Manual.md', 'chapter', true]]);
  assert.deepEqual(providers('4.3').map((p) => [p.via, p.complete]), [['chapter', true]]);
  const soa = model.clauses.clauses.find((c) => c.id === '6.1.3')!.requirements.find((r) => r.kinds.includes('soa'))!;
  assert.deepEqual(soa.providers.map((p) => [p.via, p.complete, p.problems.map((x) => x.code)]), [['chapter', false, ['soa-missing-justification']]]);
  assert.equal(computeCoverage(service).requirementsProvided, model.clauses.clauses.flatMap((c) => c.requirements).filter((r) => r.provided).length);
});

test('handbook: the gaps count the chapters', async () => {
  const { service } = await workspace(`${HANDBOOK.replace(/^ +\^+.*\n/gm, '')}
//- objectives.md
# AI Objectives

| Objective | Measure | Target |
|---|---|---|
| Fair scores | Disparate impact ratio | 0.8 or more |
//- treatment.md
# AI Risk Treatment Plan

R-01 is treated by fairness testing before each release (A.6.2.4).
`);
  const clauses = service.getAllFindings().filter((f) => f.code === 'missing-documented-information').map((f) => String(f.data?.['clause']));
  // The policy (5.2), the scope (4.3) and the SoA (6.1.3) are chapters; audit results (9.2) are not:
  // "Internal audit" names the process, not its results.
  for (const provided of ['5.2', '4.3', '6.1.3']) assert.ok(!clauses.includes(provided), `${provided} in ${clauses.join(', ')}`);
  assert.ok(clauses.includes('9.2.2'), clauses.join(', '));
});

test('handbook: no chapters from one heading naming a kind, pointers, a procedure\'s own scope and roles, or a document of a kind', async () => {
  const { service } = await workspace(`//- notes.md
# ISO/IEC 42001 handbook: working notes

## Risk register

${PARA}

## Meeting notes

${PARA}

## Open questions

${PARA}
//- pointers.md
# ISO/IEC 42001 handbook

## AI Policy

See policy.md.

## Statement of Applicability

See soa.md.

## Risk register

Kept in Jira.
//- procedure.md
# AI Lifecycle Management Manual: procedure

## 1. Scope

${PARA}

## 2. Roles and responsibilities

${PARA}
//- policy.md
# AI Policy

## Scope

${PARA}

## Risk register

${PARA}

## Statement of applicability

${PARA}
`);
  for (const d of service.documents()) assert.equal(d.meta.chapters, undefined, d.uri);
});

test('handbook: the chapters survive the persistent cache (a closed document\'s summary)', async () => {
  const { service } = await workspace(HANDBOOK.replace(/^ +\^+.*\n/gm, ''));
  const { encodeAnalysis, decodeAnalysis } = await import('../../server/src/core/workspace/codec.js');
  const doc = service.getDocument(service.documents()[0]!.uri)!;
  const back = decodeAnalysis(encodeAnalysis({ summary: doc, local: [] }), { uri: doc.uri, version: 1, text: doc.text });
  assert.deepEqual(back?.summary.meta.chapters, doc.meta.chapters);
});

test('handbook: a small team\'s one file titled for the AIMS ("AIMS — Fernhill Labs") holds its chapters too', async () => {
  const { service } = await workspace(`//- docs/AIMS.md
# AIMS — Fernhill Labs

Everything for our ISO/IEC 42001 AI management system in one file.

## Scope

${PARA} It covers the two products we sell and the models behind them.

## Risk register

| Risk ID | Risk | Likelihood | Impact | Owner | Treatment |
|---|---|---|---|---|---|
| RSK-01 | Wrong answers | 3 | 3 | CTO | Evaluation set |

## Statement of Applicability

| Control | Applicable | Justification |
|---|---|---|
| A.2.2 | Yes | Policy signed by the board |
| A.10.4 | No | |
`);
  const doc = service.documents()[0]!;
  assert.deepEqual(doc.meta.chapters?.map((c) => c.kind), ['scope', 'risk-register', 'soa']);
  assert.ok(service.getFindings(doc.uri).some((f) => f.code === 'soa-missing-justification'));
});

test('handbook: a read-me titled for the AIMS ("# Quillmate AIMS") holds its chapters; a read-me titled for a toolkit does not', async () => {
  const body = `
## Scope

${PARA} It covers the drafting assistant and the clause tagger.

## AI policy

${PARA} We use AI only where a lawyer reviews what it writes (ISO/IEC 42001 clause 5.2).
`;
  const { service } = await workspace(`//- README.md
# Quillmate AIMS
${body}
//- toolkit/README.md
# ISO/IEC 42001 AIMS template toolkit
${body}`);
  const chapters = (p: string) => service.documents().find((d) => service.relativePathOf(d.uri) === p)?.meta.chapters?.map((c) => c.kind);
  assert.deepEqual(chapters('README.md'), ['scope', 'policy']);
  assert.equal(chapters('toolkit/README.md'), undefined);
});
