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

test('risk-untreated: a band that "must be treated" is not accepted, though its residual risk "requires CEO acceptance"; an AI risk management policy states the method', async () => {
  await check(
    `
//- policies/ai-risk-management-policy.md
# AI Risk Management Policy

Under ISO/IEC 42001. Likelihood and impact are rated 1 to 5; the score is their product.

| Score | Level | Acceptance |
|---|---|---|
| 1–5 | Low | May be accepted by the risk owner |
| 6–12 | Medium | May be accepted by the CTO with documented rationale |
| 15–25 | High | Must be treated; residual High risk requires CEO acceptance |

//- registers/ai-risk-register.md
# AI Risk Register

| ID | Risk | Likelihood | Impact | Score | Level | Treatment |
|---|---|---|---|---|---|---|
| AIR-007 | Drift in the ranking model | 3 | 4 | 12 | Medium | |
| AIR-008 | High-risk obligations unmet | 4 | 5 | 20 | High | |
  ^^^^^^^ risk-untreated above 12
`,
    { codes: ['risk-untreated'] },
  );
});
