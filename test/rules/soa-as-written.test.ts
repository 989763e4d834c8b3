/**
 * Statements of applicability as people write them: a control listed twice, an exclusion
 * table, an "Implementation" description column, an "Objective" title column, summaries
 * that contradict the rows, and one finding for many undecided controls.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, workspace } from '../support/check.js';
import { rows } from './annexA.js';

const codes = ['soa-duplicate-control', 'soa-missing-control', 'soa-contradiction', 'control-title-mismatch', 'soa-missing-justification'];

test('soa-duplicate-control: the second row, with the first as related information and the row coverage uses', async () => {
  const findings = await check(
    `
//- planning/STATEMENT-OF-APPLICABILITY.md
# Statement of Applicability (ISO/IEC 42001)

| Control | Applicable | Justification | Status |
|---|---|---|---|
${rows((id) => `| ${id} | Yes | Needed for our AI systems | Implemented |`)}
| A.6.2.4 | No | Not relevant | Not started |
  ^^^^^^^ soa-duplicate-control listed again with a different decision
`,
    { codes },
  );
  assert.match(findings[0]!.message, /first at line 23\); the coverage uses the row at line 23\./);
  assert.equal(findings[0]!.related.length, 1);
});

test('SoA: an exclusion table is a set of decisions; the summary that contradicts it is reported', async () => {
  await check(
    `
//- planning/statement-of-applicability.md
# Statement of Applicability
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 2 controls: A.10.3 (Suppliers), A.10.4 (Customers)

| Control | Objective | Applicable | Justification | Implementation |
|---|---|---|---|---|
${rows((id) => `| ${id} | | Yes | Needed | Described in the AI policy |`, ['A.3.2', 'A.8.4', 'A.10.3', 'A.10.4'])}
| A.3.2 | Reporting of concerns | Yes | Accountability | Owners named in the RACI |
          ^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is the title of A.3.3

## Control exclusion rationale

| Control | Exclusion rationale |
|---|---|
| A.8.4 | We run no AI system whose incidents must be told to users |

## Summary

| Metric | Value |
|---|---|
| Applicable controls | 35 |
| Excluded controls | 0 |
  ^^^^^^^^^^^^^^^^^^^^^ soa-contradiction says 0 excluded, but the table has 1 excluded
| Total controls | 38 |
  ^^^^^^^^^^^^^^^^^^^ soa-contradiction counts 38 controls, but the table lists 36
`,
    { codes },
  );
});

test('SoA: many undecided controls give one finding; a free-text Implementation column is not a status', async () => {
  const findings = await check(
    `
//- planning/soa.md
# Statement of Applicability
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 30 controls: A.2.4, A.3.2
| Control | Control name | Applicable | Justification | Implementation |
|---|---|---|---|---|
| A.2.2 | AI policy | Yes | Needed | Approved by the board |
| A.2.3 | Alignment with other organizational policies | Yes | Needed | Planned |
| A.5.2 | Risk appetite statement | Yes | Needed | Implemented |
          ^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.5.2
| A.6.2.4 | AI system verification and validation | Yes | Needed | Test reports per release |
| A.7.2 | Data for development and enhancement of AI system | No | Bought-in models only | Implemented |
  ^^^^^ soa-contradiction excluded but its status says "Implemented"
| A.7.3 | Acquisition of data | Yes | Needed | Planned |
| A.8.2 | System documentation and information for users | Yes | Needed | Planned |
| A.9.4 | Intended use of the AI system | Yes | Needed | Planned |
`,
    { codes },
  );
  const missing = findings.find((f) => f.code === 'soa-missing-control')!;
  assert.equal((missing.data?.['ids'] as string[]).length, 30);
});

test('soa-duplicate-control: a control restated in the exclusions table with the same decision is not listed twice', async () => {
  await check(
    `
//- planning/soa.md
# Statement of Applicability (ISO/IEC 42001)

| Control | Applicable | Justification | Implementation Status |
|---|---|---|---|
${rows((id) => (id === 'A.10.4' ? `| A.10.4 | No | We have no customers of AI systems | Not applicable |` : `| ${id} | Yes | Needed | Planned |`))}

## Exclusions

| Control | Reason for exclusion |
|---|---|
| A.10.4 | We have no customers of AI systems |
| A.8.3 | External reporting is done by the parent company |
  ^^^^^ soa-duplicate-control listed again with a different decision
`,
    { codes },
  );
});

test('soa-contradiction: counts by stage of implementation that the rows\' statuses do not give', async () => {
  await check(
    `
//- planning/soa.md
# Statement of applicability (ISO/IEC 42001)

| Control | Title | Applicable | Justification | Implementation status |
|---|---|---|---|---|
| A.2.2 | AI policy | Yes | Required | Complete |
| A.2.3 | Alignment with other organizational policies | Yes | Required | In Progress |
| A.2.4 | Review of the AI policy | Yes | Required | Planned |

| Metric | Value |
|---|---|
| **Implemented Controls** | 1 |
| **In Progress Controls** | 2 |
    ^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-contradiction counts 2 controls in progress, but 1 row says so
| **Planned Controls** | 1 |
`,
    { codes: ['soa-contradiction'] },
  );
});

test('SoA as a data model writes it: a `soa_entries:` list citing control records by reference, and `*_count` summaries', async () => {
  const findings = await check(
    `
//- records/StatementOfApplicability-2026.yaml
id: org:soa-2026
name: Statement of Applicability 2026
soa_entries:
  - control_reference: org:control-a-2-2
    is_applicable: true
    inclusion_justification: Needed for leadership commitment.
    implementation_status: implemented
  - control_reference: org:control-a-6-2-4
    is_applicable: false
    inclusion_justification: No models are built in house.
    implementation_status: planned
implemented_count: 1
planned_count: 3
^^^^^^^^^^^^^^^^ soa-contradiction counts 3 controls planned, but 1 row says so
not_applicable_count: 2
^^^^^^^^^^^^^^^^^^^^^^^ soa-contradiction says 2 excluded, but the table has 1 excluded
`,
    { codes: ['soa-contradiction', 'soa-missing-justification'] },
  );
  assert.equal(findings.length, 2);
});

test('SoA: a table indented into a code block is still read; "All N controls are applicable to ..." is a claim; an archived copy still lists its missing decisions; a title column may hold commas', async () => {
  const findings = await check(
    `
//- _history/2025/soa.md
# Statement of applicability (ISO/IEC 42001)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 36 controls

Intro paragraph.

      | Control | Ref | Included | Justification |
      |---|---|---|---|
      | AI policy | A.2.2 | Y | Required |
      | Accuracy, reliability and performance | A.2.3 | Y | Required |
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.2.3

All 38 Annex A controls are applicable to this organisation.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-contradiction says 38 applicable, but the table has 2
`,
    { codes },
  );
  assert.equal(findings.length, 3);
});

test('an SoA written one section per control: each heading and its fields are a decision', async () => {
  const sections = (id: string) => `### ${id}\n\n**Applicable:** Yes  \n**Justification:** Required by our risk assessment.  \n**Status:** Implemented\n`;
  const findings = await check(
    `
//- soa/soa.md
---
aims:
  kind: soa
        ^^^ soa-missing-control no decision for A.10.4 (Customers)
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
---
# Statement of applicability

${rows(sections, ['A.10.3', 'A.10.4'])}
## Control A.10.3 — Suppliers
           ^^^^^^ soa-missing-justification A.10.3 is excluded without a justification

- Applicable: No
- Status: Not applicable
`,
    { codes },
  );
  assert.equal(findings.length, 2);
});

test('an SoA exported with a grouping row above the column names: the names are the header, the group names what they leave unnamed', async () => {
  const findings = await check(
    `
//- soa/statement-of-applicability.md
# Statement of Applicability
| Control | | Applicable | | Implementation |
|---|---|---|---|---|
| ID | Title | Yes/No | Justification | Status |
| A.2.2 | AI policy | Yes | Required by our risk treatment | Implemented |
| A.2.3 | Alignment with other organizational policies | Yes | | Implemented |
  ^^^^^ soa-missing-justification A.2.3 is included without a justification
| A.10.4 | Customers | No | We provide no AI system to customers | |

//- soa/statement-of-applicability.csv
Control,,Applicable,,Implementation
ID,Title,Yes/No,Justification,Status
A.2.2,AI policy,Yes,Required by our risk treatment,Implemented
A.10.4,Customers,No,,N/A
^^^^^^ soa-missing-justification A.10.4 is excluded without a justification
`,
    { codes: ['soa-missing-justification'] },
  );
  assert.equal(findings.length, 2);
  // "Yes/No" is read under its group's name: A.10.4, with no status, is decided.
  const { service: s } = await workspace(`
//- soa/statement-of-applicability.md
# Statement of Applicability
| Control | | Applicable | | Implementation |
|---|---|---|---|---|
| ID | Title | Yes/No | Justification | Status |
| A.10.4 | Customers | No | We provide no AI system to customers | |
`);
  assert.ok(!s.getAllFindings().some((f) => f.code === 'soa-missing-control' && /without a decision/.test(f.message)));
  await check(
    `
//- soa/statement-of-applicability.md
# Statement of Applicability
| Control | | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Required by our risk treatment |
| A.10.4 | Customers | No | |
  ^^^^^^ soa-missing-justification A.10.4 is excluded without a justification
`,
    { codes: ['soa-missing-justification'] },
  );
});

test('an SoA written as a list, one item per control: the decision after the title or as the leading mark, the words after it the justification', async () => {
  const item = (id: string) => (id === 'A.10.4' ? `- ❌ **${id} Customers** — excluded: we provide no AI system to customers.` : `- ✅ **${id}** — applicable: required by our risk treatment plan.`);
  await check(
    `
//- soa/soa.md
# Statement of Applicability
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for A.10.3 (Suppliers)

${rows(item, ['A.10.3', 'A.9.4', 'A.9.3'])}
- A.9.3 Objectives for responsible use of AI system: Yes
  ^^^^^ soa-missing-justification A.9.3 is included without a justification
- A.9.4 Intended use of the AI system - Applicable - Implemented
  ^^^^^ soa-missing-justification A.9.4 is included without a justification
- A.10.3 Suppliers (see the supplier procedure)

\`\`\`
- A.10.3 Suppliers — applicable: only an example in a code block
\`\`\`
`,
    { codes },
  );
});
