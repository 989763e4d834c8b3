/** Cases found while testing the rules, each once reported wrongly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from './support/check.js';

test('a clause owned by the standard or agreement named after it is not an ISO/IEC 42001 clause', async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 notes
Clause 6.4 of ISO/IEC 23894 describes risk treatment.
Under clause 14.2 of the supplier agreement, logs are kept.
Clause 10.3 of ISO/IEC 42001 does not exist.
       ^^^^ unknown-clause
`,
    { codes: ['unknown-clause'] },
  );
});

test('a standard named inside a YAML key (iso27001_control) owns the value', async () => {
  await check(
    `
//- mapping.yaml
aims:
  kind: policy
mapping:
  - iso27001_clause: "6.4"
    iso27001_control: A.8.15
    iso42001_control: A.6.2.9
                      ^^^^^^^ unknown-control
`,
    { codes: ['unknown-clause', 'unknown-control'] },
  );
});

test('"..." alone is placeholder text', async () => {
  await check(
    `
//- policy.md
---
aims:
  kind: policy
---
# AI policy
## Purpose
^^^^^^^^^^ empty-section
...
## Scope
All AI systems.
`,
    { codes: ['empty-section'] },
  );
});

test('an undeclared AI system inventory still defines its systems', async () => {
  await check(
    `
//- inventory.md
# AI system inventory
| System ID | Name |
|---|---|
| SYS-005 | ShiftCast |
//- policy.yaml
aims:
  kind: policy
  systems: [SYS-005, SYS-006]
                     ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('a risk listed in two tables of one register is one risk', async () => {
  await check(
    `
//- register.md
---
aims:
  kind: risk-register
---
# Risk register
## Identification
| ID | Risk | Owner |
|---|---|---|
| R-001 | Bias | ML lead |
## Analysis
| ID | Likelihood | Impact | Level |
|---|---|---|---|
| R-001 | 2 | 2 | low |
`,
    { codes: ['duplicate-id'] },
  );
});

test('SoA summary counts are counts of controls, not of other things', async () => {
  const { service } = await workspace(`
//- soa.md
---
aims:
  kind: soa
---
# SoA
This SoA lists the 3 applicable legal requirements from our legal register.
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Needed |
Summary: 1 applicable, 0 excluded.
`);
  assert.deepEqual(service.getAllFindings().filter((f) => f.code === 'soa-contradiction'), []);
});

test('"| Control | Title |": the Title column holds the title', async () => {
  await check(
    `
//- soa.md
# ISO/IEC 42001 statement of applicability
| Control | Title | Applicable |
|---|---|---|
| A.7.4 | Human oversight | Yes |
          ^^^^^^^^^^^^^^^ control-title-mismatch
| A.2.2 | AI policy | Yes |
`,
    { codes: ['control-title-mismatch'] },
  );
});

test('an SoA with only a status column: "Implemented" means applicable', async () => {
  const { service } = await workspace(`
//- soa.md
---
aims:
  kind: soa
---
# SoA
| Control ID | Title | Status | Evidence |
|---|---|---|---|
| A.2.2 | AI policy | Implemented | POL-001 |
| A.8.3 | External reporting | Excluded | - |
`);
  const soa = service.documents()[0]!.soa;
  assert.deepEqual(
    soa.map((e) => [e.controlId, e.applicable]),
    [
      ['A.2.2', true],
      ['A.8.3', false],
    ],
  );
});

test('templates and guides are not taken for documents, whatever their title', async () => {
  const { service } = await workspace(`
//- templates/AI-POLICY-TEMPLATE.md
# AI Policy
//- guides/risk-register-guide.md
# How to write a risk register
//- policies/ai-policy.md
# AI Policy
`);
  const kinds = Object.fromEntries(service.documents().map((d) => [d.uri.split('/ws/')[1], d.meta.kind ?? null]));
  assert.deepEqual(kinds, { 'templates/AI-POLICY-TEMPLATE.md': null, 'guides/risk-register-guide.md': null, 'policies/ai-policy.md': 'policy' });
});

test('a skipped file gets the notice and nothing else; small limits are written in bytes', async () => {
  const big = 'x'.repeat(100);
  const { service } = await workspace({ files: { 'risk/risk-log.md': big }, annotations: [] }, { settings: { max_file_size: 64 } });
  const findings = service.getAllFindings();
  assert.deepEqual(
    findings.map((f) => f.code),
    ['file-skipped'],
  );
  assert.match(findings[0]!.message, /100 bytes, above the 64 bytes limit/);
});

test('a duplicate YAML key is underlined whole', async () => {
  await check(
    `
//- p.yaml
aims:
  kind: policy
  owner: A
  owner: B
  ^^^^^ yaml-syntax
`,
    { codes: ['yaml-syntax'] },
  );
});

test('IDs are matched whole: SYS-001 inside AIMS-SYS-001 and AIMS-INC-2025 inside AIMS-INC-2025-001 are not IDs', async () => {
  const { service } = await workspace(`
//- notes.md
# ISO/IEC 42001 incident
Affects CreditIQ (AIMS-SYS-001); incident AIMS-INC-2025-001; see R-001-a and SYS-002.
`);
  const refs = service.documents()[0]!.references.map((r) => `${r.type}:${r.id}`);
  assert.deepEqual(refs, ['document:AIMS-SYS-001', 'document:AIMS-INC-2025-001', 'system:SYS-002']);
});

test('record cards ("| Risk ID | AIMS-RISK-001 |") and YAML document_reference define their IDs', async () => {
  await check(
    `
//- risk-entry.md
# ISO/IEC 42001 risk entry
| Field | Entry |
|---|---|
| **Risk ID** | AIMS-RISK-001 |
| **AI System** | CreditIQ (AIMS-SYS-001) |
//- model-card.md
# Model card (ISO/IEC 42001)
| Field | Value |
|---|---|
| System ID | AIMS-SYS-001 |
//- review.yaml
id: iso42001:review
document_reference: MR-2026
//- notes.md
# ISO/IEC 42001 notes
See AIMS-RISK-001, MR-2026 and AIMS-RISK-002; formats look like AIMS-XXX-001.
                               ^^^^^^^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('a retired statement of applicability is not asked to be complete', async () => {
  await check(
    `
//- soa-2025.md
---
aims:
  kind: soa
  status: retired
---
# SoA 2025
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | |
`,
    { codes: ['soa-missing-control', 'soa-missing-justification'] },
  );
});
