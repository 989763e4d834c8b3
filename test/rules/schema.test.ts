import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, workspace } from '../support/check.js';

const codes = ['schema'];

test('schema: unknown kind, status and fields, with suggestions (front matter)', async () => {
  await check(
    `
//- risk/register.md
---
aims:
  kind: risk-regster
        ^^^^^^^^^^^^ schema Did you mean "risk-register"?
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: final
          ^^^^^ schema Unknown status "final"; use draft, approved, retired
  aproved_by: Board
  ^^^^^^^^^^ schema Did you mean "approved_by"?
  reviewer: Jane Doe
  ^^^^^^^^ schema Unknown field "reviewer"
---
# AI risk register
`,
    { codes },
  );
});

test("schema: a kind written in words that name one of ours is read as it, and its ID asked for", async () => {
  const fixture = `
//- soa.md
---
aims:
  kind: statement-of-applicability
        ^^^^^^^^^^^^^^^^^^^^^^^^^^ schema "statement-of-applicability" is read as the kind "soa" (Statement of applicability); write kind: soa.
  id: SOA-001
  title: Statement of applicability
---
# Statement of applicability

//- systems/router.md
---
aims:
  kind: ai-system-record
        ^^^^^^^^^^^^^^^^ schema write kind: ai-system
  id: SYS-ROUTER
  title: ticket-router
---
# ticket-router

//- other.md
---
aims:
  kind: playbook
        ^^^^^^^^ schema Unknown kind "playbook"
  id: PB-001
  title: Playbook
---
# Playbook
`;
  const findings = await check(fixture, { codes });
  assert.deepEqual(findings.map((f) => f.severity).sort(), ['error', 'warning', 'warning']);
  // Read as their kinds, the documents are checked as such; an unknown word is no kind.
  const { service } = await workspace(fixture);
  const kindOf = (path: string) => service.index.documents.find((d) => d.uri.endsWith(path))?.meta.kind;
  assert.deepEqual([kindOf('/soa.md'), kindOf('/router.md'), kindOf('/other.md')], ['soa', 'ai-system', undefined]);
});

test('schema: dates must be real and written YYYY-MM-DD; list fields must be lists', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: approved
  approved_by: Board
  approved_on: 2026-02-30
               ^^^^^^^^^^ schema "2026-02-30" is not a real date
  next_review: 31/01/2027
               ^^^^^^^^^^ schema must be a date written YYYY-MM-DD (found "31/01/2027")
  clauses: { main: 6.1.2 }
           ^^^^^^^^^^^^^^^ schema "clauses" must be a list
---
# AI policy

//- governance/scope.md
---
aims:
  kind: scope
  id: SCOPE-001
  title: AIMS scope
  owner: CISO
  version: "1.0"
  status: approved
  approved_by: Board
  approved_on: 2026-13-01
               ^^^^^^^^^^ schema not a real date
  next_review: 2028-02-29
---
# AIMS scope
`,
    { codes },
  );
});

test('schema: an aims key that holds no mapping, and SoA applicability that is not yes or no (YAML)', async () => {
  await check(
    `
//- governance/notes.yaml
aims: draft
^^^^ schema must hold a mapping of fields
title: Notes

//- risk/soa.yaml
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
controls:
  - id: A.2.2
    applicable: maybe
                ^^^^^ schema "applicable" of A.2.2 must be true or false (found "maybe")
    justification: Direction
  - id: A.2.3
    applicable: "yes"
    justification: Alignment
  - id: A.2.4
    applicable: Partially
                ^^^^^^^^^ schema
    justification: Review
  - id: A.3.2
    applicable: false
    justification: Roles are in the ISMS
`,
    { codes },
  );
});

test('schema: every known field, numbers for versions, and front matter without an aims block', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-002
  title: AI policy
  owner: CISO
  version: 2
  status: approved
  approved_by: Board
  approved_on: 2026-03-02
  next_review: 2027-03-02
  clauses: ["5.2"]
  controls: [A.2.2, A.2.3, A.2.4]
  frameworks: [iso42001, iso27001]
  systems: [SYS-001]
  risks: [R-001]
  supersedes: POL-001
  classification: internal
---
# AI policy

//- notes.md
---
title: Meeting notes
status: whatever
owner: someone
---
# Notes on ISO/IEC 42001
`,
    { codes },
  );
});

test('schema: problems in .aims.yaml are reported on the offending key', async () => {
  await check(
    `
//- .aims.yaml
risk:
  acceptance_threshold: high
  ^^^^^^^^^^^^^^^^^^^^ schema "acceptance_threshold" must be a number
rulez: {}
^^^^^ schema Unknown configuration key "rulez"
`,
    { codes },
  );
});
