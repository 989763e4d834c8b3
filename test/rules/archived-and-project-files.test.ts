/**
 * What a path says about a document (parse/paths.ts): a copy kept in an archive folder is the
 * same document, not a second definition of its ID; a repository's change log, contribution
 * guide and security policy are about the project, and the IDs they quote are history or
 * examples. A change log that is part of the AIMS is still checked.
 * Fixtures modelled on public AIMS repositories, in our own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';

const head = (id: string, title: string) => `---
aims:
  kind: policy
  id: ${id}
  title: ${title}
  owner: CISO
  version: "1.0"
  status: approved
---`;

test('archived copies: the same document ID in x.md and in _history/<commit>/x.md or archive/x.md is one document', async () => {
  await check(
    `
//- governance/ai-policy.md
${head('POL-001', 'AI policy')}
# AI policy

//- _history/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d/governance/ai-policy.md
${head('POL-001', 'AI policy')}
# AI policy

//- archive/ai-policy.md
${head('POL-001', 'AI policy')}
# AI policy

//- governance/old/ai-policy-2024.md
${head('POL-001', 'AI policy (2024)')}
# AI policy (2024)
`,
    { codes: ['duplicate-id'] },
  );
});

test('archived copies: two current documents with the same ID are still a duplicate, archive or not', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
      ^^^^^^^ duplicate-id The document ID POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: approved
---
# AI policy

//- governance/ai-use-policy.md
---
aims:
  kind: policy
  id: POL-001
      ^^^^^^^ duplicate-id
  title: AI acceptable use policy
  owner: CISO
  version: "1.0"
  status: approved
---
# AI acceptable use policy

//- archive/ai-policy.md
${head('POL-001', 'AI policy')}
# AI policy
`,
    { codes: ['duplicate-id'] },
  );
});

test('project files: a change log, contribution guide or security policy quoting clauses and controls gives nothing', async () => {
  await check(
    `
//- CHANGELOG.md
# Changelog
Notable changes to this ISO/IEC 42001 toolkit.
## [1.3.0] — 2026-05-01
### Fixed
- Removed the invented Clause 8.5 section from the gap assessment.
- Replaced A.6.2.9 and A.4.7, which do not exist, with A.6.2.8 and A.4.6.

//- docs/CHANGELOG.md
# Change Log
- Clause 8.6 removed; A.3.4 renamed (ISO/IEC 42001).

//- CONTRIBUTING.md
# Contributing to the ISO/IEC 42001 toolkit
Check every control ID (A.6.2.9 is a common mistake) and every clause (there is no Clause 8.5).

//- SECURITY.md
# Security Policy
This ISO/IEC 42001 toolkit holds documents only; report problems with A.6.2.10 references by e-mail.
`,
    { codes: ['unknown-control', 'unknown-clause', 'missing-section', 'kind-inferred'] },
  );
});

test('project files: an "AIMS Change Log" that is part of the management system is still checked', async () => {
  await check(
    `
//- planning/AIMS-CHANGE-LOG.md
# AIMS Change Log
Planned changes to our ISO/IEC 42001 AIMS (Clause 6.3).
| Change | Reason | Control |
|---|---|---|
| New logging service | Clause 8.5 audit finding | A.6.2.9 |
                               ^^^ unknown-clause
                                                   ^^^^^^^ unknown-control
`,
    { codes: ['unknown-control', 'unknown-clause'] },
  );
});

test('archived copies: no kind-inferred, missing-section or empty-section notices, but their references are still checked (an undefined ID only as a notice)', async () => {
  const findings = await check(
    `
//- _history/3f2a9c1/governance/ai-policy.md
# AI Policy
Kept for the record (ISO/IEC 42001). It cited A.6.2.9.
                                              ^^^^^^^ unknown-control
The risk register then named SYS-003, since withdrawn.
                             ^^^^^^^ dangling-reference SYS-003
## Scope
TBD
`,
    { codes: ['kind-inferred', 'missing-section', 'empty-section', 'unknown-control', 'dangling-reference'] },
  );
  assert.equal(findings.find((f) => f.code === 'dangling-reference')?.severity, 'information');
});

test('retired documents: "Status: SUPERSEDED" after a header line\'s separator, or a WITHDRAWN banner, retires the document', async () => {
  await check(
    `
//- soa-v1.md
# Statement of Applicability (v1.2, 2024)

Document ID: SOA-001 · Owner: Medical Director · **Status: SUPERSEDED** by SOA-002 on 2025-06-12.

| Control | Applicable | Justification |
|---|---|---|
| A.2.2 | Yes | Policy v1.0 |

//- impact/aiia-triage-legacy.md
# AI Impact Assessment — Triage scoring tool

Document ID: AIIA-001 · Version 1.1 · Next review: 2025-09-30

> ⛔ **WITHDRAWN** 2025-05-30. The system was decommissioned; kept for the record only.

## System description
Under ISO/IEC 42001.

//- impact/aiia-current.md
# AI Impact Assessment — Claims model

Document ID: AIIA-002 · Version 2.0 · Next review: 2025-10-31
                                                   ^^^^^^^^^^ review-overdue 2025-10-31

Older versions of this assessment were superseded in 2024.

## System description
Under ISO/IEC 42001.
`,
    { codes: ['soa-missing-control', 'review-overdue'], today: '2026-12-07' },
  );
});
