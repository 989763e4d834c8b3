import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';

const codes = ['risk-level-mismatch'];

/** The bands the tests judge by, configured as an organisation would (no bands stated, no level is judged). */
const CONFIG = `//- .aims.yaml
risk:
  bands:
    - { level: low, min: 1, max: 4 }
    - { level: medium, min: 5, max: 9 }
    - { level: high, min: 10, max: 14 }
    - { level: critical, min: 15, max: 25 }
`;

const registerHead = (id: string) => `aims:
  kind: risk-register
  id: ${id}
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft`;

test('risk-level-mismatch: a level or a score that likelihood x impact does not give (YAML)', async () => {
  await check(
    `
${CONFIG}
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-004
    likelihood: 4
    impact: 3
    level: medium
           ^^^^^^ risk-level-mismatch = 12, which is "high" (10-14)
  - id: R-005
    likelihood: 5
    impact: 3
    score: 12
           ^^ risk-level-mismatch The score of R-005 is written as 12, but likelihood x impact is 15
    level: Critical
  - id: R-006
    likelihood: 3
    impact: 5
    rating: "**High**"
            ^^^^^^^^^^ risk-level-mismatch "critical" (15-25)
`,
    { codes },
  );
});

test('risk-level-mismatch: Markdown table with words for likelihood and impact', async () => {
  await check(
    `
${CONFIG}
//- risk/register.md
---
${registerHead('RR-002')}
---
# AI risk register
| ID | Risk | Likelihood | Impact | Score | Level |
|---|---|---|---|---|---|
| R-010 | Biased ranking | 3 | 5 | 15 | Critical |
| R-011 | Drift | Likely | Major | 16 | High |
                                        ^^^^ risk-level-mismatch R-011 is rated "high"
| R-012 | Leak | 2 | 3 | 8 | Medium |
                         ^ risk-level-mismatch written as 8
| R-013 | Outage | 2 | 2 | 4 | Low |
`,
    { codes },
  );
});

test('risk-level-mismatch: band edges, labels with scores, residual levels and unrated risks agree', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: 2
    impact: 2
    level: Low (4)
    residual: high
  - id: R-002
    likelihood: 1
    impact: 5
    score: 5
    level: medium
  - id: R-003
    likelihood: 3
    impact: 3
    score: 9
    level: Medium
  - id: R-004
    likelihood: 2
    impact: 5
    level: high
  - id: R-005
    likelihood: 3
    impact: 5
    level: critical
  - id: R-006
    likelihood: 2
    impact: 5
    level: very high
  - id: R-007
    likelihood: 7
    impact: 2
    level: low
  - id: R-008
    likelihood: TBD
    impact: 4
    level: high
`,
    { codes },
  );
});

test('risk-level-mismatch: bands and their names come from .aims.yaml', async () => {
  await check(
    `
//- .aims.yaml
risk:
  bands:
    - { level: acceptable, min: 1, max: 6 }
    - { level: tolerable, min: 7, max: 12 }
    - { level: intolerable, min: 13, max: 25 }

//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: 3
    impact: 3
    level: tolerable
  - id: R-002
    likelihood: 4
    impact: 4
    level: tolerable
           ^^^^^^^^^ risk-level-mismatch "intolerable" (13-25)
  - id: R-003
    likelihood: 4
    impact: 3
    level: medium
`,
    { codes },
  );
});

const severities = (findings: readonly { code: string; severity: string; range: { start: { line: number } } }[]) => findings.map((f) => `${f.range.start.line}:${f.severity}`).sort();

test("risk-level-mismatch: the register's own bands, for inherent and residual ratings, in rating cells as written", async () => {
  const findings = await check(
    `
//- registers/ai-risk-register.md
# AI risk register

## Scoring method

| Score | Rating |
|---|---|
| 1-5 | Low |
| 6-11 | Medium |
| 12-25 | High |

## Risks

| Risk ID | Risk | Likelihood | Impact | Inherent rating | Residual likelihood | Residual impact | Residual rating | Treatment |
|---|---|---|---|---|---|---|---|---|
| AIR-01 | Drift | 3 | 4 | High: 12 | 2 | 2 | Low (4) | Retrain monthly |
| AIR-02 | Bias | 2 | 5 | 10 (High) | 1 | 5 | Medium – 5 | Fairness tests |
                          ^^^^^^^^^ risk-level-mismatch AIR-02 is rated "high", but likelihood x impact = 10, which is "medium" (6-11) under the document's own bands
                                              ^^^^^^^^^^ risk-level-mismatch The residual risk of AIR-02 is rated "medium", but residual likelihood x impact = 5, which is "low" (1-5)
| AIR-03 | Leak | 4 | 4 | 15 (High) | | | | Encrypt |
                          ^^^^^^^^^ risk-level-mismatch The score of AIR-03 is written as 15, but likelihood x impact is 16
`,
    { codes },
  );
  // The writer stated the bands: these are warnings.
  assert.deepEqual(severities(findings), ['15:warning', '15:warning', '16:warning']);
});

test('risk-level-mismatch: record cards (a heading and field/value rows), residual scores judged by their own band', async () => {
  await check(
    `
//- risk/entries.md
---
aims:
  kind: risk-register
---
# Risk register entries

## Entry 1: Model drift

| Field | Entry |
|---|---|
| Risk ID | ENT-R-001 |
| Owner | Head of data science |

### Assessment

| Dimension | Score | Basis |
|---|---|---|
| Likelihood (1-5) | 4 — Likely | seen twice last year |
| Impact (1-5) | 4 — Major | wrong decisions at scale |
| Inherent risk score | 16 (High) | 4 x 4 |
                        ^^^^^^^^^ risk-level-mismatch is rated "high", but likelihood x impact = 16, which is "critical" (14-25)
| Residual risk score | 5 (Low) | after controls |
                        ^^^^^^^ risk-level-mismatch The residual risk of ENT-R-001 is rated "low", but its score = 5, which is "medium" (5-8)

## ENT-R-002 — Outage

**Likelihood:** 2
**Impact:** 2
**Risk rating:** Low (4)

## Rating bands

- Low: 1-4
- Medium: 5-8
- High: 9-13
- Critical: 14-25
`,
    { codes },
  );
});

test("risk-level-mismatch: the bands of the repository's risk assessment process, when the register states none", async () => {
  await check(
    `
//- risk/ai-risk-assessment-process.md
# AI risk assessment process

## Evaluation

| Score | Level | Response |
|---|---|---|
| 1-6 | Low | Accept |
| 7-14 | Medium | Treat within a quarter |
| 15-25 | High | Treat now |

//- risk/ai-risk-register.md
# AI risk register

| ID | Risk | Likelihood | Impact | Level | Treatment |
|---|---|---|---|---|---|
| RSK-10 | Drift | 3 | 3 | Medium | Retrain |
| RSK-11 | Bias | 3 | 5 | Medium | Test |
                          ^^^^^^ risk-level-mismatch under the bands of ai-risk-assessment-process.md
`,
    { codes },
  );
});

test('risk-level-mismatch: with no method stated or configured, no level is judged (the default bands are not the writer\'s); a wrong product still is', async () => {
  const findings = await check(
    `
//- ai-risk-register.md
# AI risk register

| Risk ID | Risk | Likelihood | Impact | Score | Rating | Controls |
|---|---|---|---|---|---|---|
| R-001 | Drift | 2 | 5 | 10 | Medium | Monitoring |
| R-002 | Bias | 3 | 3 | 6 | Medium | Tests |
                         ^ risk-level-mismatch written as 6, but likelihood x impact is 9
`,
    { codes },
  );
  assert.deepEqual(severities(findings), ['5:warning']);
});

/** A process whose bands come with `rule`, and a register rating RSK-20 above its band and RSK-21 below it. */
const withRule = (rule: string) => `
//- risk/ai-risk-assessment-process.md
# AI risk assessment process

## Evaluation

| Score | Level |
|---|---|
| 1-4 | Low |
| 5-9 | Medium |
| 10-25 | High |

${rule}

//- risk/ai-risk-register.md
# AI risk register

| ID | Risk | Likelihood | Impact | Level | Treatment |
|---|---|---|---|---|---|
| RSK-20 | Operator injured | 1 | 5 | High | Interlock |
                                      ^^^^ risk-level-mismatch which is "medium" (5-9)
| RSK-21 | Bias | 3 | 4 | Medium | Test |
                          ^^^^^^ risk-level-mismatch which is "high" (10-25)
`;

test('risk-level-mismatch: a method that raises some risks above their band makes a higher rating a notice, never a lower one', async () => {
  for (const rule of [
    '> **Note:** any risk that could injure a person is treated as at least **High**, whatever its score.',
    'A risk to a person is rated no lower than High.',
    'Risks to children are rated High regardless of the computed score.',
  ]) {
    const findings = await check(withRule(rule), { codes });
    assert.deepEqual(severities(findings), ['4:information', '5:warning'], rule);
    assert.match(findings.find((f) => f.severity === 'information')!.message, /raises some risks above their band/);
  }
});

test('risk-level-mismatch: under such a method, a higher rating that gives its reason in brackets says so already', async () => {
  const findings = await check(
    withRule('Any risk that could injure a person is at least High, whatever its score.').replace('| RSK-20 | Operator injured | 1 | 5 | High | Interlock |\n                                      ^^^^ risk-level-mismatch which is "medium" (5-9)', '| RSK-20 | Operator injured | 1 | 5 | High (safety) | Interlock |'),
    { codes },
  );
  assert.deepEqual(severities(findings), ['5:warning']);
});

test('risk-level-mismatch: "at least" before a word that is not a level raises nothing', async () => {
  for (const rule of ['', 'The register is reviewed at least monthly, and at least one owner is named per risk.', 'Risks of at least high-level concern go to the board.']) {
    const findings = await check(withRule(rule), { codes });
    assert.deepEqual(severities(findings), ['4:warning', '5:warning'], rule);
  }
});

test('risk-level-mismatch: with a scale stated in numbers only, a rating in words is read by our words, so a level it disagrees with is a notice', async () => {
  const findings = await check(
    `
//- risk/ai-risk-register.md
# AI risk register

Likelihood and impact are rated 1 to 5. Bands: Low 1-4, Medium 5-9, High 10-25.

| Risk ID | Risk | Likelihood | Impact | Level |
|---|---|---|---|---|
| R-001 | Drift | 4 | 4 | Medium |
                          ^^^^^^ risk-level-mismatch
| R-002 | Bias | Low | High | High |
                              ^^^^ risk-level-mismatch
`,
    { codes },
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['warning', 'information'],
  );
});

test('risk-level-mismatch: a "Score / level" column holds both ("12 – Medium"), and the level is judged', async () => {
  await check(
    `
//- risk/procedure.md
# Clinical AI risk management procedure (ISO/IEC 42001)
| Score | Level |
|---|---|
| 1-4 | Low |
| 5-9 | Medium |
| 10-25 | High |

//- risk/register.md
# Clinical AI Risk Register
| Risk ID | Risk | P | S | Score / level | Treatment |
|---|---|---|---|---|---|
| CAI-R-004 | Portable films | 3 | 3 | 9 – Medium | Local validation |
| CAI-R-005 | Anchoring on the normal flag | 3 | 4 | 12 – Medium | Flag hidden until drafted |
                                                     ^^^^^^^^^^^ risk-level-mismatch which is "high" (10-25)
`,
    { codes },
  );
});
