import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['empty-section'];

const policyHead = `---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: draft
---`;

test('empty-section: no content, or only placeholders (TBD, TODO, [Insert ...], lorem ipsum, blanks)', async () => {
  await check(
    `
//- governance/ai-policy.md
${policyHead}
# AI policy
## Purpose
^^^^^^^^^^ empty-section
TBD
## Scope
^^^^^^^^ empty-section is empty
## Objectives
^^^^^^^^^^^^^ empty-section
- TODO
## Requirements
^^^^^^^^^^^^^^^ empty-section
[Insert the applicable legal requirements here]
## Improvement
^^^^^^^^^^^^^^ empty-section Lorem ipsum
Lorem ipsum dolor sit amet.
## Review
^^^^^^^^^ empty-section
<!-- to be written -->
## Roles
^^^^^^^^ empty-section
_____
`,
    { codes },
  );
});

test('empty-section: the heading is marked, at any level, in an undeclared but recognised document', async () => {
  await check(
    `
//- governance/AI-POLICY.md
# AI Policy
## Principles
### Fairness
We test every release for unjustified differences between groups.
### Transparency
^^^^^^^^^^^^^^^^ empty-section "TBC"
TBC
`,
    { codes },
  );
});

test('empty-section: a section whose content is in its subsections, or that says why it is short', async () => {
  await check(
    `
//- governance/ai-policy.md
${policyHead}
# AI policy
## Principles
### Fairness
We test every release for unjustified differences between groups.
## Requirements
N/A - no sector regulation applies to our products yet.
## Exclusions
None: every AI system we build or use is in scope.
## Roles
| Role | Responsibility |
|---|---|
| CISO | Owns this policy |
## Pending decisions
The board decides on the use of generative AI in March.
`,
    { codes },
  );
});

test('empty-section: notes that are no AIMS document are not held to completeness', async () => {
  await check(
    `
//- notes.md
# Notes on ISO/IEC 42001
## Open questions
TBD
`,
    { codes },
  );
});

test('empty-section: a promise of text ("TBD — to be defined by ...", "To be determined") is a placeholder; a decision is not', async () => {
  await check(
    `
//- governance/ai-policy.md
${policyHead}
# AI policy
## Review of the policy
^^^^^^^^^^^^^^^^^^^^^^^ empty-section placeholder
TBD — to be defined by the AI Governance Committee.
## Exceptions
^^^^^^^^^^^^^ empty-section placeholder
To be determined.
## Objectives
Objectives are set each year and will be reviewed by the board in March.
`,
    { codes },
  );
});
