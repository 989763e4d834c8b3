import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';

const codes = ['risk-out-of-scale'];

const registerHead = (id: string) => `aims:
  kind: risk-register
  id: ${id}
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft`;

test('risk-out-of-scale: numbers outside 1-5, fractions and words the scale does not define (YAML)', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: 7
                ^ risk-out-of-scale The likelihood of R-001 is 7, outside the scale 1-5
    impact: 0
            ^ risk-out-of-scale The impact of R-001 is 0
  - id: R-002
    likelihood: sometimes
                ^^^^^^^^^ risk-out-of-scale "sometimes", is not on the scale
    impact: 2.5
            ^^^ risk-out-of-scale not a whole number
`,
    { codes },
  );
});

test('risk-out-of-scale: Markdown tables, in a declared register and in a recognised one', async () => {
  await check(
    `
//- risk/register.md
---
${registerHead('RR-002')}
---
# AI risk register
| ID | Risk | L | I | Score |
|---|---|---|---|---|
| R-010 | Biased ranking | 6 | 3 | 18 |
                           ^ risk-out-of-scale
| R-011 | Drift | 3 | 10% | 30 |
                      ^^^ risk-out-of-scale

//- ai-risk-register.md
# AI Risk Register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-020 | Supplier outage | 8 | 3 |
                            ^ risk-out-of-scale
`,
    { codes },
  );
});

test('risk-out-of-scale: labels, numbers with labels, bold, and blanks are on the scale or not rated yet', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: likely
    impact: catastrophic
  - id: R-002
    likelihood: "4 - likely"
    impact: High (4)
  - id: R-003
    likelihood: TBD
    impact: ""
  - id: R-004
    likelihood: Almost certain
    impact: very low

//- risk/register.md
---
${registerHead('RR-002')}
---
# AI risk register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-010 | Biased ranking | **3** | Medium |
| R-011 | Drift | - | N/A |
`,
    { codes },
  );
});

test('risk-out-of-scale: the scale and its words come from .aims.yaml', async () => {
  await check(
    `
//- .aims.yaml
risk:
  likelihood: { min: 1, max: 3, labels: { frequent: 3, seldom: 1 } }
  impact: { min: 1, max: 4 }

//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-001
    likelihood: frequent
    impact: 4
  - id: R-002
    likelihood: 4
                ^ risk-out-of-scale outside the scale 1-3
    impact: 5
            ^ risk-out-of-scale outside the scale 1-4
  - id: R-003
    likelihood: seldom
    impact: 1
`,
    { codes },
  );
});

test('risk-out-of-scale: a table of some other document with numbers in a likelihood column is not a register', async () => {
  await check(
    `
//- risk/risk-assessment-process.md
---
aims:
  kind: risk-assessment-process
  id: RAP-001
  title: AI risk assessment process
  owner: CRO
  version: "1"
  status: draft
---
# AI risk assessment process
| ID | Example | Likelihood | Impact |
|---|---|---|---|
| R-001 | Worked example with a ten-point scale | 8 | 9 |
`,
    { codes },
  );
});

test("risk-out-of-scale: the register's own scale (1-3 with its own words); residual values too", async () => {
  const findings = await check(
    `
//- risk/ai-risk-register.md
# AI risk register

## Likelihood scale

| Score | Label |
|---|---|
| 1 | Remote |
| 2 | Plausible |
| 3 | Expected |

## Impact scale

| Score | Label |
|---|---|
| 1 | Slight |
| 2 | Serious |
| 3 | Severe |

## Register

| Risk ID | Risk | Likelihood | Impact | Residual likelihood | Residual impact |
|---|---|---|---|---|---|
| AIR-1 | Drift | Expected | Serious | 1 | 2 |
| AIR-2 | Bias | 4 | Severe | 2 | 5 |
                 ^ risk-out-of-scale The likelihood of AIR-2 is 4, outside the scale 1-3
                                  ^ risk-out-of-scale The residual impact of AIR-2 is 5, outside the scale 1-3
`,
    { codes },
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['error', 'error'],
  );
});

test('risk-out-of-scale: with no scale stated or configured, 1-5 is ours, so only a notice', async () => {
  const findings = await check(
    `
//- ai-risk-register.md
# AI risk register

| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| AIR-7 | Drift | 8 | 2 |
                  ^ risk-out-of-scale outside the scale 1-5
`,
    { codes },
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['information'],
  );
});

test('risk-out-of-scale: ratings nested by stage ("inherent:", "residual:") are read as the risk\'s and its residual ones (YAML)', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: R-101
    title: Hallucinated answers
    owner: HR Director
    status: open
    treatment: modify
    inherent:
      likelihood: 7
                  ^ risk-out-of-scale likelihood of R-101 is 7
      impact: 4
    residual: { likelihood: 2, impact: 3 }
  - id: R-102
    title: Salary data in prompts
    owner: DPO
    status: open
    treatment: accept
    inherent_risk: { likelihood: 3, impact: 5 }
`,
    { codes: ['risk-out-of-scale', 'missing-field'] },
  );
});

test('risk-out-of-scale: a GRC export\'s ratings under "assessment:" or "rating:" are the risk\'s (YAML)', async () => {
  await check(
    `
//- risk/register.yaml
${registerHead('RR-001')}
risks:
  - id: AIR-001
    title: Hallucinated answers in the advice assistant
    owner: Head of Product
    status: open
    treatment: mitigate
    assessment:
      likelihood: 4
      impact: 6
              ^ risk-out-of-scale impact of AIR-001 is 6
      score: 24
      level: Critical
  - id: AIR-002
    title: Bias in CV ranking
    owner: HR Director
    status: open
    treatment: avoid
    rating: { likelihood: 3, impact: 4 }
`,
    { codes: ['risk-out-of-scale', 'missing-field'] },
  );
});

test('risk-out-of-scale: a register rated by letter (H, M, L, VH) is on the default scale; other letters are not', async () => {
  await check(
    `
//- risk/register.md
# AI risk register

| Ref | Risk | L | I | Rating | Response | Owner | Status |
|---|---|---|---|---|---|---|---|
| R-301 | Prompt injection exposes internal documents | H | VH | High | Reduce: input filtering | Security | Open |
| R-302 | Outdated prices in answers | M | L | Low | Accept | Sales ops | Accepted |
| R-303 | Staff over-rely on summaries | X | M | Medium | Reduce: training | HR | Open |
                                         ^ risk-out-of-scale "X"
`,
    { codes },
  );
});

test("risk-out-of-scale: a 1-5 scale stated in the register's own words has those words only (not the default ones)", async () => {
  await check(
    `
//- risk/ai-risk-register.md
# AI risk register

## Impact scale

| Score | Label |
|---|---|
| 1 | Insignificant |
| 2 | Minor |
| 3 | Moderate |
| 4 | Major |
| 5 | Severe |

## Register

| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| RSK-10 | Feedback inconsistent with the marking scheme | 3 | Major |
| RSK-11 | A wrongful misconduct finding is publicised | 1 | Catastrophic |
                                                             ^^^^^^^^^^^^ risk-out-of-scale "Catastrophic", is not on the scale
`,
    { codes },
  );
});

test('risk-out-of-scale: each scale on its own: a stated likelihood scale makes a likelihood off it an error, while an impact on the default scale stays a notice', async () => {
  const findings = await check(
    `
//- risk/ai-risk-register.md
# AI risk register

### Likelihood scale

| Score | Likelihood |
|---|---|
| 1 | Rare |
| 2 | Unlikely |
| 3 | Possible |
| 4 | Likely |
| 5 | Almost certain |

| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-007 | Scoring drift | 6 | 7 |
                          ^ risk-out-of-scale The likelihood of R-007 is 6
                              ^ risk-out-of-scale The impact of R-007 is 7
`,
    { codes },
  );
  assert.deepEqual(
    findings.map((f) => `${f.message.slice(0, 17)} ${f.severity}`).sort(),
    ['The impact of R-0 information', 'The likelihood of error'],
  );
});

test('risk-out-of-scale: a scale stated in a sentence ("rated 1 (lowest) to 5 (highest)", "se valoran de 1 a 5") is the writer\'s; a band line is not a scale', async () => {
  const findings = await check(
    `
//- en/ai-risk-register.md
# AI risk register

Likelihood and impact are each rated 1 (lowest) to 5 (highest); the score is their product (1-25).
Bands: Low 1-4, Medium 5-9, High 10-25.

| Risk ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-007 | Scoring drift | 6 | 3 |
                          ^ risk-out-of-scale The likelihood of R-007 is 6

//- es/registro-riesgos.md
# Registro de riesgos de IA

Probabilidad e impacto se valoran de 1 a 5.

| ID | Riesgo | Probabilidad | Impacto |
|---|---|---|---|
| PL-R-007 | Fuga de datos | 2 | 7 |
                                 ^ risk-out-of-scale The impact of PL-R-007 is 7
`,
    { codes },
  );
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['error', 'error'],
  );
});

test('risk-out-of-scale: a column headed "Impact assessment" (a status) or an impact written in words in every row rates nothing', async () => {
  await check(
    `
//- docs/index.md
# AI systems (ISO/IEC 42001)

| System | Name | Owner | Impact assessment |
|---|---|---|---|
| SYS-001 | fraud-scoring | Risk team | [done](impact/fraud-scoring.md) |
| SYS-002 | claims-triage | Claims | pending |

//- impact/folgenabschaetzung.md
# Folgenabschätzung QualiVision (ISO/IEC 42001)

| Auswirkung | Maßnahme | Bezug |
|---|---|---|
| unentdeckte Fehler | Stichprobenprüfung durch die Qualitätssicherung | KI-R-01 |
| Dequalifizierung | Schulung der Prüfer | KI-R-10 |

//- valutazione-impatto.md
# Valutazione d'impatto (ISO/IEC 42001)

| Rischio | Impatto | Gravità |
|---|---|---|
| R-001 | Ritardo nel risarcimento per falsi positivi antifrode | 3 |

//- risk/register.md
# AI risk register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-020 | Supplier outage | Likely | Catastrophic |
| R-021 | Model drift | Possible | Enormous |
                                   ^^^^^^^^ risk-out-of-scale "Enormous"
`,
    { codes },
  );
});
