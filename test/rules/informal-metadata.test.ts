/**
 * Metadata as docs sites and data models write it (parse/meta.ts readAimsBlock/informalFields,
 * rules/reviewOverdue.ts): top-level `next_review`, `review_date`, `status` without an `aims:`
 * block are read, so an overdue review is found; a retired document or a template is left alone.
 * Fixtures modelled on public AIMS repositories, in our own words.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['review-overdue'];
const today = '2026-12-03';

test('informal metadata: a top-level next_review in the front matter of a recognised document', async () => {
  await check(
    `
//- governance/ai-policy.md
---
title: AI Policy
owner: Head of AI Governance
version: 2.1
status: approved
next_review: 2025-01-01
             ^^^^^^^^^^ review-overdue was due on 2025-01-01; today is 2026-12-03
---
# AI Policy
Kestrel Analytics governs its AI systems under ISO/IEC 42001.

//- governance/model-governance.md
---
Next-Review: 2026-11-30
             ^^^^^^^^^^ review-overdue
---
# Model governance notes
How model changes are approved under our ISO/IEC 42001 AIMS.

//- blog/2024-retro.md
---
next_review: 2025-01-01
---
# What we learned in 2024
Nothing about management systems here.
`,
    { codes, today },
  );
});

test('informal metadata: review_date and its synonyms in a YAML record', async () => {
  await check(
    `
//- records/risk-assessment-q1.yaml
id: kestrel:risk-assessment-2026-q1
name: Q1 2026 AI risk assessment
framework: iso42001
owner: Chief AI Officer
review_date: "2026-06-30"
             ^^^^^^^^^^^^ review-overdue was due on 2026-06-30
status: approved

//- records/impact-assessment.yaml
name: Impact assessment of the churn model
framework: ISO/IEC 42001
review_due: 2026-09-01
            ^^^^^^^^^^ review-overdue
status: approved

//- records/supplier-review.yaml
name: Supplier review
framework: ISO/IEC 42001
next_review_date: 2027-02-01
status: approved
`,
    { codes, today },
  );
});

test('informal metadata: retired, superseded, templates, no date yet: nothing', async () => {
  await check(
    `
//- governance/ai-policy-2023.md
---
status: retired
next_review: 2024-01-01
---
# AI Policy (2023)
Replaced by the 2025 ISO/IEC 42001 policy.

//- records/old-assessment.yaml
name: 2024 AI risk assessment
framework: iso42001
review_date: "2025-01-31"
status: superseded

//- templates-ethics/ethics-review.md
---
id: ETH-YYYY-MM-DD-NNN
title: "[Ethical review title]"
status: draft
next_review: 2025-01-01
---
# ETH: [Ethical Review Title]
## ISO/IEC 42001 | Clause 8.4 — Template
[Organisation Name] reviews the ethics of each AI system.

//- records/undated.yaml
name: Monitoring report
framework: iso42001
review_date: YYYY-MM-DD
status: draft
`,
    { codes, today },
  );
});
