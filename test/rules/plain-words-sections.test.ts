/**
 * Required parts written in plain words, as a startup's wiki writes them ("What's out", "How we
 * find risks", "Actions from last review", "How we choose a treatment"): each is found. Fixtures
 * in our own words, modelled on a Notion workspace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../support/check.js';

test('missing-section: required parts under plain-words headings are found', async () => {
  const { service } = await workspace(`
//- scope.md
# AIMS Scope
## Boundaries
Hiring products in the EU (ISO/IEC 42001).
## AI systems in scope
TalentRank and ShiftPredict.
## What's out
The website chatbot: a vendor's, covered by the vendor's terms.
## Interested parties
Candidates, customers.

//- review.md
# Management Review — October 2026
## Attendees
CEO, CTO.
## Actions from last review (April 2026)
- [x] Bias tests monthly
## What changed
## Decisions

//- treatment.md
# Risk Treatment Plan
## How we choose a treatment
Modify, avoid, share or retain.
## Actions
| Risk | Action | Owner | Due |
|---|---|---|---|
| AIR-1 | Monthly bias test | Maya | 2026-12-01 |

//- method.md
# AI Risk Method
## How we find risks
Workshops and incidents.
## Likelihood
| Value | Word |
|---|---|
| 1 | Rare |
## Score and levels
Score = Likelihood × Impact.
`);
  const said = service
    .getAllFindings()
    .filter((f) => f.code === 'missing-section')
    .map((f) => f.message)
    .join('\n');
  for (const part of ['"Exclusions"', '"Status of previous actions"', '"Treatment options"', '"Risk identification"', '"Method"']) assert.ok(!said.includes(part), `${part} reported:\n${said}`);
});
