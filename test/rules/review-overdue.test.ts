import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['review-overdue'];

test('review-overdue: next_review before today (2026-11-28), in front matter and in YAML', async () => {
  await check(
    `
//- support/competence.md
---
aims:
  kind: competence
  id: COMP-001
  title: Competence record
  owner: HR
  version: "1"
  status: approved
  approved_by: Head of AI Governance
  approved_on: 2025-09-30
  next_review: 2026-09-30
               ^^^^^^^^^^ review-overdue was due on 2026-09-30; today is 2026-11-28
---
# Competence record

//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: approved
  next_review: "2026-11-27"
               ^^^^^^^^^^^^ review-overdue
risks: []
`,
    { codes },
  );
});

test('review-overdue: due today or later, retired, undated or not a date', async () => {
  await check(
    `
//- a.md
---
aims:
  kind: policy
  id: POL-001
  status: approved
  next_review: 2026-11-28
---
# AI policy

//- b.md
---
aims:
  kind: policy
  id: POL-002
  status: approved
  next_review: 2027-03-02
---
# AI policy

//- archive/c.md
---
aims:
  kind: policy
  id: POL-000
  status: retired
  next_review: 2020-01-01
---
# AI policy (withdrawn)

//- d.md
---
aims:
  kind: scope
  id: SCOPE-001
  status: draft
  next_review: 31/01/2026
---
# AIMS scope

//- e.md
# AI policy (ISO 42001)
Next review: 2020-01-01
`,
    { codes },
  );
});

test('review-overdue: today comes from the host clock, or from .aims.yaml when it fixes one', async () => {
  const fixture = `
//- .aims.yaml
today: 2027-04-01

//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  status: approved
  next_review: 2027-03-02
               ^^^^^^^^^^ review-overdue today is 2027-04-01
---
# AI policy
`;
  await check(fixture, { codes, today: '2026-11-28' });
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  status: approved
  next_review: 2027-03-02
               ^^^^^^^^^^ review-overdue
---
# AI policy
`,
    { codes, today: '2027-03-03' },
  );
});
