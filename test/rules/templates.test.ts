/**
 * Templates (parse/template.ts): a form to copy and fill in is not the document it prepares, so
 * it is not held to its kind's sections, its blanks are not empty sections and its review date
 * is not overdue. Its control references are still checked. A declared kind is never a template.
 * Fixtures modelled on public AIMS toolkits, in our own words.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['missing-section', 'empty-section', 'review-overdue', 'unknown-control'];
const today = '2026-12-03';

test('templates: a subtitle or a note that says so, the organisation left as a placeholder, blank fields, many placeholders', async () => {
  await check(
    `
//- clause5/subtitle.md
---
next_review: 2025-01-01
---
# AI Policy
## ISO/IEC 42001 | Clause 5.2 — Template
## Purpose
TBD

//- clause5/note.md
---
next_review: 2025-01-01
---
# AI Policy
> This is a template: copy it and replace every example.
## Scope
TBD

//- clause5/organisation.md
---
next_review: 2025-01-01
---
# AI Policy
[Organisation Name] uses AI systems under ISO/IEC 42001.
## Scope
TBD

//- clause5/blanks.md
---
next_review: 2025-01-01
---
# AI Policy
**Owner:** ______________
**Approved by:** ______________
**Effective date:** ______________
## Scope
TBD

//- clause5/placeholders.md
---
next_review: 2025-01-01
---
# AI Policy
Approved by [CEO] on [Date] for [Business Unit], owned by [Policy Owner].
It covers [AI System Name] and [Second System] in [Country], reviewed by [Review Board].
## Scope
TBD
`,
    { codes, today },
  );
});

test('templates: a control reference that does not exist is still reported in a template', async () => {
  await check(
    `
//- clause5/policy.md
# AI Policy
## ISO/IEC 42001 | Clause 5.2 — Template
[Organisation Name] logs the events of its AI systems (A.6.2.9).
                                                       ^^^^^^^ unknown-control
`,
    { codes, today },
  );
});

test('templates: a filled-in document with a few blanks, links and checkboxes is checked', async () => {
  await check(
    `
//- clause5/policy.md
---
next_review: 2025-01-01
             ^^^^^^^^^^ review-overdue
---
# AI Policy
^^^^^^^^^^^ missing-section
**Owner:** Head of AI Governance
**Approved by:** ______________
**Effective date:** ______________
Kestrel Analytics applies this policy under ISO/IEC 42001; see [Annex A](annex-a.md).
- [x] Published on the intranet
- [ ] Translated
## Scope
^^^^^^^^ empty-section
TBD
`,
    { codes, today },
  );
});

test('templates: a declared kind is never a template', async () => {
  await check(
    `
//- clause5/policy.md
---
aims:
  kind: policy
        ^^^^^^ missing-section
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: draft
  next_review: 2025-01-01
               ^^^^^^^^^^ review-overdue
---
# AI Policy — Template
[Organisation Name] uses AI systems under ISO/IEC 42001.
## Scope
^^^^^^^^ empty-section
TBD
`,
    { codes, today },
  );
});
