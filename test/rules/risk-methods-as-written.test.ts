/**
 * missing-section on risk assessment methods as people write them (rules/missingSection.ts,
 * catalogue/kinds.ts): the method written as its steps, each a section ("Risk identification",
 * "Analysis and evaluation"), meets "Method" (an item met by other items, `metBy`); bands that
 * say "acceptable" state the criteria. Fixtures modelled on trial workspaces, in our own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';

const codes = ['missing-section'];

/** A risk method declared as such: responsibilities, scales and frequency, then `sections`. */
function riskMethod(sections: string): string {
  return `
//- planning/risk-method.md
---
aims:
  kind: risk-assessment-process
  id: RAP-001
  title: AI risk assessment method
  owner: CRO
  version: "1.0"
  status: draft
---
# AI risk assessment method
## Responsibilities
The risk owner rates each risk; the CRO challenges the rating.
## Likelihood scale
| Value | Meaning |
|---|---|
| 1 | Rare |
## Impact scale
| Value | Meaning |
|---|---|
| 1 | Negligible harm to people |
## Frequency and triggers
Every year and before each deployment.
${sections}`;
}

test('missing-section as written: a risk method written as its steps has its method; "acceptable" states the criteria', async () => {
  await check(
    riskMethod(`## Risk identification
Workshops per AI system, using the Annex C risk sources.
## Analysis and evaluation
Score = likelihood x impact. Low (1-4): acceptable, monitored. High (15-25): not acceptable without treatment.
`),
    { codes },
  );
});

test('missing-section as written: a risk method without its steps or criteria still lacks them', async () => {
  const findings = await check(
    riskMethod(`## Risk identification
Workshops per AI system, using the Annex C risk sources.
`).replace('  kind: risk-assessment-process\n', '  kind: risk-assessment-process\n        ^^^^^^^^^^^^^^^^^^^^^^^ missing-section\n'),
    { codes },
  );
  assert.match(findings[0]!.message, /"Risk criteria and acceptance".*"Method".*"Analysis and evaluation"/);
});
