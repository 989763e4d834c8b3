/** framework-obligation-excluded (issue 17): an SoA excluding the only controls an enabled framework's item maps to. */
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['framework-obligation-excluded'];

const SOA = `
//- soa.md
---
aims:
  kind: soa
  id: SOA-001
---
# Statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.6.2.8 | AI system recording of event logs | No | We keep no logs |
  ^^^^^^^ framework-obligation-excluded EU AI Act Article 12, EU AI Act Article 19
| A.8.4 | Communication of incidents | Yes | Incidents are communicated |
| A.7.4 | Quality of data for AI systems | No | Data quality is the vendor's |
`;

test('framework-obligation-excluded: with eu-ai-act enabled, excluding A.6.2.8 leaves Articles 12 and 19 without evidence', async () => {
  // A.7.4 is excluded too, but Article 10 still has A.7.2, A.7.3, A.7.5 and A.7.6.
  await check(`\n//- .aims.yaml\nframeworks: [iso42001, eu-ai-act]\n${SOA}`, { codes });
});

test('framework-obligation-excluded: nothing without the framework enabled', async () => {
  await check(SOA.replace(/\n {2}\^+ framework-obligation-excluded[^\n]*/, ''), { codes });
});

// MEASURE 2.12: the published crosswalk maps it to A.5.5 and A.4.5, and to nothing else.
test('framework-obligation-excluded: an AI RMF subcategory whose every mapped control is excluded (MEASURE 2.12: A.5.5, A.4.5)', async () => {
  await check(
    `
//- .aims.yaml
frameworks: [iso42001, nist-ai-rmf]
//- soa.md
---
aims:
  kind: soa
  id: SOA-001
---
# Statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.5.5 | Assessing societal impacts of AI systems | No | Out of scope |
  ^^^^^ framework-obligation-excluded NIST AI RMF MEASURE 2.12
| A.4.5 | System and computing resources | No | Cloud only |
  ^^^^^ framework-obligation-excluded NIST AI RMF MEASURE 2.12
| A.6.2.2 | AI system requirements and specification | Yes | We build systems |
`,
    { codes },
  );
});

test('framework-obligation-excluded: one of the two controls still included, nothing', async () => {
  await check(
    `
//- .aims.yaml
frameworks: [iso42001, nist-ai-rmf]
//- soa.md
---
aims:
  kind: soa
  id: SOA-001
---
# Statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.5.5 | Assessing societal impacts of AI systems | No | Out of scope |
| A.4.5 | System and computing resources | Yes | Our cluster |
`,
    { codes },
  );
});
