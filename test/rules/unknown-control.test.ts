/**
 * Cases for unknown-control, objective-as-control and control-title-mismatch that
 * test/references.test.ts does not cover: YAML forms, SoA rows, the frameworks field and
 * the document's own numbering.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['unknown-control', 'objective-as-control', 'control-title-mismatch'];

test('unknown-control: YAML controls fields, in the aims block and in SoA items', async () => {
  await check(
    `
//- systems/talentmatch.yaml
aims:
  kind: ai-system
  id: SYS-001
  controls: [A.6.2.8, A.6.2.10, A.10.1]
                      ^^^^^^^^ unknown-control Did you mean A.6.2.8
                                ^^^^^^ objective-as-control Cite the group (A.10)
purpose: Ranks applicants for recruiters.

//- risk/soa.yaml
aims:
  kind: soa
  id: SOA-001
controls:
  - id: A.5.1
        ^^^^^ objective-as-control decide on its controls instead: A.5.2, A.5.3, A.5.4, A.5.5
    applicable: true
  - id: A.9.5
        ^^^^^ unknown-control A.9.4 (Intended use of the AI system)
    applicable: true
  - id: A.9.4
    applicable: true
`,
    { codes },
  );
});

test('objective-as-control: SoA rows for an objective or a group are reported once, on the ID', async () => {
  await check(
    `
//- risk/soa.md
# Statement of Applicability
| Control ID | Title | Applicable | Justification |
|---|---|---|---|
| A.3.1 | Internal organization | Yes | Accountability |
  ^^^^^ objective-as-control A.3.1 is the objective "Internal organization"
| A.6.2 | AI system life cycle | Yes | We develop AI |
  ^^^^^ objective-as-control A.6.2 is the group "AI system life cycle"
| A.3.2 | AI roles and responsibilities | Yes | Accountability |
| A.7.4 | Human oversight | Yes | Label quality |
          ^^^^^^^^^^^^^^^ control-title-mismatch Quality of data for AI systems
`,
    { codes },
  );
});

test('unknown-control: a frameworks field naming ISO/IEC 27001 makes its real controls 27001 references', async () => {
  await check(
    `
//- systems/talentmatch.md
---
aims:
  kind: ai-system
  id: SYS-001
  frameworks: [iso42001, iso27001]
---
# TalentMatch
Logging follows A.8.15 and A.6.2.8; A.6.2.9 is a typo in either standard.
                                    ^^^^^^^ unknown-control

//- isms/information-security-policy.md
---
aims:
  kind: policy
  id: POL-009
  frameworks: [iso27001]
---
# Information security policy
Controls A.5.1, A.8.16 and A.6.2.9 belong to the ISMS.
`,
    { codes },
  );
});

test("unknown-control: the document's own appendices, tables and figures are not Annex A", async () => {
  await check(
    `
//- notes.md
# ISO/IEC 42001 implementation notes
See Appendix A.1, Table A.12, Figure A.3.4 and Section A.9.9 of this document.
`,
    { codes },
  );
});

test('unknown-control: a YAML SoA keyed by the controls it decides has its keys checked; a crosswalk keyed by another standard does not', async () => {
  await check(
    `
//- aims/statement-of-applicability.yaml
controls:
  A.2.2: {applicable: true, justification: "Policy required by clause 5.2"}
  A.6.2.9: {applicable: true, justification: "Retirement of models"}
  ^^^^^^^ unknown-control A.6.2.9 is not an ISO/IEC 42001 Annex A control

//- mapping/crosswalk.yaml
title: Our ISO/IEC 42001 crosswalk
mapping:
  A.8.24: A.6.2.4
  A.5.37: [A.6.2.7, A.6.2.8]
`,
    { codes },
  );
});

test('unknown IDs quoted to say they do not exist are not reported; the same IDs cited as real are', async () => {
  await check(
    `
//- audit/internal-audit-2026.md
# Internal audit report
Scope: the AIMS, against ISO/IEC 42001.

## Findings
- NC-1: the risk register cites controls that do not exist (A.6.2.9–A.6.2.13, A.3.4, A.4.7–A.4.10).
- NC-2: the SoA lists A.6.2.11, which does not exist in ISO/IEC 42001.
- NC-3: the lifecycle procedure cites non-existent A.6.2.9/10/11 and invented clauses 8.5/8.6.
- OBS-1: the objectives use .1-style IDs (A.2.1, A.3.1 … A.10.1: not controls).
- OBS-2: section 3 is headed **A.6.4.1** (invented).
- OBS-3: some templates cite non-existent controls such as A.6.2.11, and invented clauses like 10.3.
- OBS-4: some cite controls that do not exist, such as A.6.2.12 or an "A.4.7".
- NC-5: the SoA lists a control \\"A.9.5 Human oversight\\", which is not an Annex A control.
- NC-6: the plan cited "A.6.2.10 event logs", a control that does not exist in ISO/IEC 42001.
- OBS-5: "A.9.7 Oversight" is cited by the plan and is not a gap.
          ^^^^^ unknown-control Did you mean
- A.6.2.13 is a control such as A.6.2.4; non-existent logs like A.6.2.9 are a gap.
  ^^^^^^^^ unknown-control Did you mean
                                                                ^^^^^^^ unknown-control
- Where event logs do not exist and A.6.2.11 applies, the team adds them.
                                    ^^^^^^^^ unknown-control Did you mean
- Logging follows A.6.2.9; Clause 8.5 covers changes.
                  ^^^^^^^ unknown-control
                                  ^^^ unknown-clause
- A.3.1 sets the objective for roles.
  ^^^^^ objective-as-control
- NC-4: the supplier list is non-existent
A.6.2.12 is cited by the plan: the words are read on the ID's own line only.
^^^^^^^^ unknown-control
`,
    { codes: [...codes, 'unknown-clause'] },
  );
});

test('objective-as-control: a control of another standard named on the line before, across a soft line break, is that standard\'s', async () => {
  await check(
    `
//- policies/acceptable-use.md
# AI acceptable use (ISO/IEC 42001)

Staff follow this policy together with the information security policy (ISO/IEC 27001
A.5.1). The AI policy itself sits under
A.2.2, and its objective
A.5.1 is about impact assessment.
^^^^^ objective-as-control

## Notes
ISO/IEC 27001
## A.5.1 heading
   ^^^^^ objective-as-control
`,
    { codes },
  );
});

test('unknown-control: an ID past A.10 on a line naming the 2013 edition is that edition\'s; elsewhere a notice', async () => {
  await check(
    `
//- audit/internal-audit-report.md
# Internal audit report (ISO/IEC 42001)
Logging follows A.12.4.1 (2013 numbering, now 27001 A.8.15).
Backups follow A.12.3.1.
               ^^^^^^^^ unknown-control Its Annex A ends at A.10
`,
    { codes: ['unknown-control'] },
  );
});

test('unknown-control: a denial the line break cuts ("A.4.7 which is not a" / "control of the standard") is read', async () => {
  await check(
    `
//- audit/internal-audit-report.md
# Internal audit report (ISO/IEC 42001)
1. **Minor nonconformity:** the SoA contains an entry A.4.7 which is not a
   control of the standard.
2. The treatment plan cites A.4.8 which is not yet implemented.
                            ^^^^^ unknown-control A.4.8 is not an ISO/IEC 42001 Annex A control
`,
    { codes: ['unknown-control'] },
  );
});

test('unknown-control: a sentence the line break cuts after "2013" names the edition of the ID on the next line', async () => {
  await check(
    `
//- README.md
# AIMS repository (ISO/IEC 42001)
Older tickets still use the 2013
numbering (e.g. A.12.4.1); new ones use 27001:2022.
A mapping row:

| ID | Note |
|----|------|
| 2013 edition | kept |
| A.12.6.1 | patching |
  ^^^^^^^^ unknown-control Its Annex A ends at A.10
`,
    { codes: ['unknown-control'] },
  );
  // The same with CRLF line ends.
  await check(
    `
//- README.md\r
# AIMS repository (ISO/IEC 42001)\r
Older tickets still use the 2013\r
numbering (e.g. A.12.4.1).\r
`,
    { codes: ['unknown-control'] },
  );
});

