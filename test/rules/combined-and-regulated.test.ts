/**
 * Organisations that run the AIMS beside other systems write their documents with both in view:
 * one statement of applicability for ISO/IEC 27001 and ISO/IEC 42001 with a summary per part, a
 * medical-device maker citing sections of the EU MDR, a site's index filing pages under clauses,
 * and record titles dated the way people date them ("Management review, November 2026").
 * Fixtures in our own words, modelled on integrated management systems and regulated vendors.
 * Unit also: parse/meta.ts (kindOfTitle, the titles' own reading, asked directly for its cases).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';
import { kindOfTitle } from '../../server/src/core/parse/meta.js';
import { ANNEX_A } from './annexA.js';

/** An SoA part for ISO/IEC 42001: every control applicable but the last, which is excluded. */
function ourPart(): string {
  const rows = ANNEX_A.map((id, i) => `| ${id} | ${i === ANNEX_A.length - 1 ? 'No | Not relevant to us' : 'Yes | Needed for our systems'} |`);
  return ['| Control | Applicable | Justification |', '|---|---|---|', ...rows].join('\n');
}

test('soa-contradiction: a combined SoA\'s summary of its ISO/IEC 27001 part is not checked against our rows', async () => {
  await check(
    `
//- planning/soa.md
---
aims:
  kind: soa
---
# Statement of Applicability — ISO/IEC 27001:2022 and ISO/IEC 42001:2023

## Part A — ISO/IEC 27001:2022 Annex A

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.5.1 | Policies for information security | Yes | Required |

Summary Part A: 93 controls, 91 applicable, 2 excluded.

## Part B — ISO/IEC 42001:2023 Annex A

${ourPart()}

Summary Part B: 38 controls, 38 applicable, 0 excluded.
                             ^^^^^^^^^^^^^ soa-contradiction The summary says 38 applicable, but the table has 37
                                            ^^^^^^^^^^ soa-contradiction The summary says 0 excluded, but the table has 1
`,
    { codes: ['soa-contradiction'] },
  );
});

test('unknown-clause: a section of the EU MDR or of 21 CFR is not a clause of ours', async () => {
  await check(
    `
//- qms/ai-policy.md
# AI policy
A significant change is notified to the notified body first (MDR Annex IX §4.10).
Design controls follow 21 CFR 820.30.

Our operational control is clause 8.1; see also clause 4.10.
                                                       ^^^^ unknown-clause Clause 4.10 does not exist
`,
    { codes: ['unknown-clause'] },
  );
});

test('clause-title-mismatch: a one-word area of a site index ("Systems", "Support") is no subject of its clause', async () => {
  await check(
    `
//- docs/index.md
# AIMS handbook

| Area | Clause |
|---|---|
| Systems | 8.1 |
| Support | 7.2 |
| Supplier onboarding | 7.2 |
  ^^^^^^^^^^^^^^^^^^^ clause-title-mismatch is not about clause 7.2
`,
    { codes: ['clause-title-mismatch'] },
  );
});

test('titles: a record dated after a comma or by month, and titles as organisations word them, name their kind', () => {
  const cases: [string, string | null | undefined][] = [
    ['Management review, November 2026', 'management-review'],
    ['Management Review November 2026', 'management-review'],
    ['Internal audit report, Q3 2026', 'audit-report'],
    ['AI Policy, v2', 'policy'],
    ['AI Risk Register, 12 Nov 2026', 'risk-register'],
    ['Management Review Meeting Minutes — AIMS 2026', 'management-review'],
    ['Risk Method', 'risk-assessment-process'],
    ['CAPA Log', 'nonconformity-log'],
    // A US agency's weaknesses and their corrective actions: its clause 10.2 log.
    ['Agency AI POA&M (FY2026)', 'nonconformity-log'],
    // A CAP answering a certification audit's nonconformities is their record; a procedure is not.
    ['Response to Stage 2 Nonconformities and Corrective Action Plan', 'nonconformity-log'],
    ['Corrective Action Procedure', null],
    // An AI risk management policy or an AI Act risk management system states the risk method.
    ['AI Risk Management Policy', 'risk-assessment-process'],
    ['Risk Management System (AI Act Article 9)', 'risk-assessment-process'],
    // Not an information security one.
    ['Information Security Risk Management Policy', undefined],
    ['AI POA&M 2026', 'nonconformity-log'],
    ['Post-Market Surveillance Report', 'monitoring-report'],
    ['Competence & Awareness Record', 'competence'],
    // Staff rules for using AI tools: a topic-specific policy, not the AI policy.
    ['Acceptable Use of AI Policy', null],
    // A phrase going on after the comma is no date.
    ['Management review, may apply', null],
    // An ID whose prefix is a kind's abbreviation names no kind: the heading or file name may.
    ['AIIA-001: TriageAssist', undefined],
  ];
  for (const [title, kind] of cases) assert.equal(kindOfTitle(title), kind, title);
});

test("relevance: an AI steering group's minutes are AIMS records, read though they never name ISO/IEC 42001", async () => {
  await check(
    `
//- aims/risk-register.md
# AI risk register
| ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| RSK-001 | Screening model ranks older applicants lower | 3 | 4 | Modify |

//- minutes/2026-10-07-ai-steering.md
# AI Steering Group — 2026-10-07
Documented information is controlled as clause 7.6 asks.
                                               ^^^ unknown-clause Clause 7.6 does not exist
RSK-001 stays open; RSK-019 was raised by the product team.
                    ^^^^^^^ dangling-reference The risk RSK-019

//- minutes/2026-10-08-platform-sync.md
# Platform sync — 2026-10-08
RSK-019 and clause 7.6 of the vendor contract.
`,
    { codes: ['unknown-clause', 'dangling-reference'] },
  );
});

test('objective-as-control: one of our objectives\' numbers with a title that names nothing of AI is ISO/IEC 27001\'s control, in a document that cites 27001', async () => {
  await check(
    `
//- risk-register.md
# Integrated risk register: ISMS and AIMS

Controls are cited from ISO/IEC 27001:2022 or ISO/IEC 42001:2023 Annex A.

| ID | Risk | Controls |
|---|---|---|
| RSK-003 | Security policy drifts after a reorganisation | A.5.1 Policies for information security |
| RSK-004 | Lost laptops expose customer data | A.8.1 User end point devices |
| RSK-005 | Impact of the scoring model never assessed | A.5.1 Assessing impacts of AI systems |
                                                         ^^^^^ objective-as-control A.5.1 is the objective
| RSK-006 | Data sources unknown | A.7.1 |
                                   ^^^^^ objective-as-control A.7.1 is the objective
`,
    { codes: ['objective-as-control', 'unknown-control'] },
  );
});

test('unknown-clause: a column headed for another body\'s standard (AS9100D, DO-178C) holds its clauses, not ours', async () => {
  await check(
    `
//- traceability.md
# Traceability matrix (ISO/IEC 42001)

| ISO/IEC 42001 clause | AS9100D clause | Procedure |
|---|---|---|
| 8.1 | 8.5.6 | PR-CHG |
| 10.2 | 8.7 | PR-NCR |
| 7.1 | 7.1.5 | PR-CAL |
| 7.9 | 7.2 | PR-TRN |
  ^^^ unknown-clause 7.9

Software is developed to DO-178C section 6.4 and clause 11.3 of ARP4754A.
`,
    { codes: ['unknown-clause'] },
  );
});
