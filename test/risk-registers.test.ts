/** Risk registers as people write them: own ID shapes, record cards, rating cells, the stated method, tables linked to risks. * Unit also: rules/riskScore.ts (readRating).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseDocument } from '../server/src/core/index.js';
import { readRating } from '../server/src/core/rules/riskScore.js';

const parse = (relativePath: string, text: string) => parseDocument({ uri: 'file:///ws/' + relativePath, relativePath, text, version: 1, config: DEFAULT_CONFIG });
const attrs = (r: { attributes: ReadonlyMap<string, { text: string }> }) => Object.fromEntries([...r.attributes].map(([k, v]) => [k, v.text]));

test('risk registers: the ID column holds risk IDs whatever their shape', () => {
  const doc = parse(
    'governance/ai-risk-register.md',
    `# AI risk register

| Risk ID | Description | Likelihood | Impact | Rating | Residual likelihood | Residual impact | Residual rating | Treatment |
|---|---|---|---|---|---|---|---|---|
| AIR-01 | Scoring model drifts | 4 | 3 | High: 12 | 2 | 3 | Medium – 6 | Monthly drift review |
| NFS-R-003 | Vendor outage | 2 | 2 | 4 (Low) | | | | Accept |
| R1 | Prompt injection | 3 | 4 | 12 (High) | | | | |
| RISK-NNN | [Template row] | | | | | | | |
`,
  );
  assert.deepEqual(
    doc.risks.map((r) => r.id),
    ['AIR-01', 'NFS-R-003', 'R1'],
  );
  assert.deepEqual(attrs(doc.risks[0]!), {
    title: 'Scoring model drifts',
    likelihood: '4',
    impact: '3',
    level: 'High: 12',
    residual: '2',
    'residual-likelihood': '2',
    'residual-impact': '3',
    'residual-level': 'Medium – 6',
    treatment: 'Monthly drift review',
  });
  // They define the risks, so citing them elsewhere is not dangling.
  assert.deepEqual(
    doc.definitions.filter((d) => d.type === 'risk' && !d.weak).map((d) => d.id),
    ['AIR-01', 'NFS-R-003', 'R1'],
  );
});

test('risk registers: a column headed "Supplier ID" is not a risk ID column', () => {
  const doc = parse(
    'ops/supplier-risk-register.md',
    `# AI supplier risk register

| Supplier ID | Key risk area | Risk score (H/M/L) | Treatment |
|---|---|---|---|
| SUP-001 | Transparency | H | Contract clause |
| SUP-001 | Privacy | M | DPA |
`,
  );
  assert.deepEqual(doc.risks, []);
  assert.deepEqual(
    doc.definitions.filter((d) => d.type === 'risk'),
    [],
  );
});

test('risk registers: risks written as headings with field/value tables and "**Field:** value" lines', () => {
  const doc = parse(
    'risk/risk-catalogue.md',
    `# AI risk catalogue

## Scoring

| Score | Likelihood | Impact |
|---|---|---|
| 1 | Remote — hardly ever | Trivial — no lasting harm |
| 2 | Occasional — a few times | Limited — some harm |
| 3 | Frequent — often | Grave — lasting harm |

| Score range | Level |
|---|---|
| 1-2 | Low |
| 3-5 | Medium |
| 6-9 | High |

## AI-R03 — Model drift

| Field | Value |
|---|---|
| Likelihood | 3 |
| Impact | Limited |
| Risk score | 6 (High) |
| Residual risk score | 2 (Low) |

### Current controls

Weekly drift dashboard.

## Entry 2: Data leak

| Field | Entry |
|---|---|
| **Risk ID** | LEAK-7 |
| **Owner** | Data protection officer |

**Likelihood:** 1
**Impact:** 3 - Grave
- Rating: Medium – 3
`,
  );
  assert.deepEqual(
    doc.risks.map((r) => [r.id, attrs(r)]),
    [
      ['AI-R03', { likelihood: '3', impact: 'Limited', score: '6 (High)', residual: '2 (Low)', 'residual-score': '2 (Low)', title: 'Model drift', controls: 'Weekly drift dashboard.' }],
      ['LEAK-7', { owner: 'Data protection officer', likelihood: '1', impact: '3 - Grave', level: 'Medium – 3' }],
    ],
  );
  assert.deepEqual(doc.riskMethod, {
    bands: [
      { level: 'low', min: 1, max: 2 },
      { level: 'medium', min: 3, max: 5 },
      { level: 'high', min: 6, max: 9 },
    ],
    likelihood: { min: 1, max: 3, labels: { remote: 1, occasional: 2, frequent: 3 } },
    impact: { min: 1, max: 3, labels: { trivial: 1, limited: 2, grave: 3 } },
  });
});

test('risk registers: bands written as a list, and scales under their own headings', () => {
  const doc = parse(
    'risk/method.md',
    `# AI risk assessment methodology

Ratings: Low 1 to 8 / Medium 9 to 15 / High 16 to 25.

### Likelihood scale

| Value | Descriptor |
|---|---|
| 1 | Rare |
| 2 | Unlikely |
| 3 | Possible |
| 4 | Likely |
| 5 | Almost certain |

### Steps

| # | Step |
|---|---|
| 1 | Identify |
| 2 | Analyse |
| 3 | Evaluate |
`,
  );
  assert.deepEqual(doc.riskMethod, {
    bands: [
      { level: 'low', min: 1, max: 8 },
      { level: 'medium', min: 9, max: 15 },
      { level: 'high', min: 16, max: 25 },
    ],
    likelihood: { min: 1, max: 5, labels: { rare: 1, unlikely: 2, possible: 3, likely: 4, 'almost certain': 5 } },
  });
});

test('risk registers: rating cells as people write them', () => {
  assert.deepEqual(readRating('High: 12'), { level: 'high', score: 12 });
  assert.deepEqual(readRating('12 (High)'), { score: 12, level: 'high' });
  assert.deepEqual(readRating('Medium – 9'), { level: 'medium', score: 9 });
  assert.deepEqual(readRating('**Critical** (20)'), { level: 'critical', score: 20 });
  assert.deepEqual(readRating('3 - Moderate'), { score: 3, level: 'moderate' });
  assert.deepEqual(readRating('Medium — controls reduce it'), { level: 'medium' });
  assert.deepEqual(readRating('16'), { score: 16 });
  assert.deepEqual(readRating(''), {});
});

test('risk registers: a register whose table of risks has no risk IDs is never said to list no risks', async () => {
  const { workspace } = await import('./support/check.js');
  const { service } = await workspace(`
//- ops/ai-supplier-risk-register.md
---
aims:
  kind: risk-register
---
# AI supplier risk register

| Supplier ID | Key risk area | Risk score (H/M/L) | Treatment |
|---|---|---|---|
| SUP-001 | Transparency | H | Contract clause |

//- ops/empty-risk-register.md
---
aims:
  kind: risk-register
---
# AI risk register

Nothing recorded yet.
`);
  const said = service
    .getAllFindings()
    .filter((f) => /lists no risks/.test(f.message))
    .map((f) => f.uri.replace(/.*\/ops\//, ''));
  assert.deepEqual(said, ['empty-risk-register.md']);
});

test('risk registers: a table of tasks keyed by their own IDs cites the risks in its Risk column, it registers none', () => {
  const doc = parse(
    'grc/ai-risk-register.md',
    `# AI risk register

| Risk ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| RSK-11 | Forecast causes stock-outs | 3 | 4 | Modify |
| RSK-12 | Pricing model discriminates | 2 | 5 | Modify |

## Linked treatment tasks

| Task | Risk | Control | Due | Status |
|---|---|---|---|---|
| TSK-301 | RSK-11 | A.5.5 | 2027-01-31 | Open |
| TSK-304 | RSK-16 | A.8.2 | 2027-02-28 | Open |

## Risks by category

| Category | Risk | Treatment |
|---|---|---|
| Fairness | RSK-21 | Modify |
`,
  );
  // The category table's rows are no IDs of their own: its risk column is the register's.
  assert.deepEqual(
    doc.risks.map((r) => r.id),
    ['RSK-11', 'RSK-12', 'RSK-21'],
  );
  assert.deepEqual(
    doc.definitions.filter((d) => d.type === 'risk').map((d) => d.id),
    ['RSK-11', 'RSK-12', 'RSK-21'],
  );
  assert.ok(doc.references.some((r) => r.id === 'RSK-16'));
});
