import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';

const codes = ['yaml-syntax'];

test('yaml-syntax: front matter that is never closed', async () => {
  await check(
    `
//- governance/ai-policy.md
---
^^^ yaml-syntax never closed
aims:
  kind: policy
  id: POL-001
# AI policy
The policy text.
`,
    { codes },
  );
});

test('yaml-syntax: a second YAML document in a register file (valid YAML the engine does not read: a notice)', async () => {
  const findings = await check(
    `
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
risks:
  - id: R-001
    title: Biased ranking
---
^^^ yaml-syntax only the first is read
aims:
  kind: policy
`,
    { codes },
  );
  assert.deepEqual(findings.filter((f) => f.code === 'yaml-syntax').map((f) => f.severity), ['information']);
});

test('yaml-syntax: a mistake in the first document is still an error beside a second document', async () => {
  const findings = await check(
    `
//- systems/claims.yaml
aims:
  kind: ai-system
  id: SYS-001
owner: [Claims
---
^ yaml-syntax indentation
^^^ yaml-syntax
changes: []
`,
    { codes },
  );
  assert.deepEqual(findings.filter((f) => f.code === 'yaml-syntax').map((f) => f.severity).sort(), ['error', 'information']);
});

test('yaml-syntax: a top-level key indented by mistake, and a tab used for indentation', async () => {
  await check(
    `
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
 title: AI risk register
^ yaml-syntax indentation
risks: []

//- governance/policy.yaml
aims:
  kind: policy
\tid: POL-001
^ yaml-syntax Tabs
`,
    { codes },
  );
});

test('yaml-syntax: thematic breaks, "..." closing fences, quoted colons and YAML inside code blocks are fine', async () => {
  await check(
    `
//- governance/ai-policy.md
---
aims:
  kind: policy
  id: POL-001
  title: "AI policy: responsible use"
...
# AI policy

---

Text between two thematic breaks.

---

\`\`\`yaml
risks: [unclosed
  - id: R-001
     title: example of what not to write
\`\`\`

//- risk/register.yaml
# Ratings follow RAP-001: score = likelihood x impact.
aims:
  kind: risk-register
  id: RR-001
  title: 'AI risk register: 2026'
risks:
  - { id: R-001, title: "Bias: ranking", likelihood: 3, impact: 4 }
`,
    { codes },
  );
});

test('yaml-syntax: broken YAML that is no AIMS document (a CI workflow) is not reported', async () => {
  await check(
    `
//- .github/workflows/ci.yml
on: push
jobs:
  build:
   runs-on: ubuntu-latest
    steps: []
`,
    { codes },
  );
});
