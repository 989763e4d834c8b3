/**
 * What a path says about a document (parse/paths.ts): a copy kept in an archive folder is the
 * same document, not a second definition of its ID; a repository's change log, contribution
 * guide and security policy are about the project, and the IDs they quote are history or
 * examples. A change log that is part of the AIMS is still checked.
 * Fixtures modelled on public AIMS repositories, in our own words.
 */
import { test } from 'node:test';
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

test('archived copies: no kind-inferred, missing-section or empty-section notices, but their references are still checked', async () => {
  await check(
    `
//- _history/3f2a9c1/governance/ai-policy.md
# AI Policy
Kept for the record (ISO/IEC 42001). It cited A.6.2.9.
                                              ^^^^^^^ unknown-control
## Scope
TBD
`,
    { codes: ['kind-inferred', 'missing-section', 'empty-section', 'unknown-control'] },
  );
});
