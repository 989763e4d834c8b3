/** Snapshots of the document model: what the parser reads from representative documents. */
import { test } from 'node:test';
import { DEFAULT_CONFIG, parseDocument } from '../server/src/core/index.js';
import { dumpModel } from './support/dumpModel.js';
import { matchSnapshot } from './support/snapshot.js';

const parse = (relativePath: string, text: string) => parseDocument({ uri: 'file:///ws/' + relativePath, relativePath, text, version: 1, config: DEFAULT_CONFIG });

test('model: a declared Markdown SoA with a table, ranges and a 27001 column', () => {
  matchSnapshot(
    'model-soa-markdown',
    dumpModel(
      parse(
        'soa.md',
        `---
aims:
  kind: soa
  id: SOA-2026
  title: Statement of applicability
  clauses: ["6.1.3"]
  controls: [A.2.2]
---
# Statement of applicability

| Control | Title | Applicable | Justification | Status | ISO 27001 |
|---|---|---|---|---|---|
| A.2.2 | AI policy | Yes | Required by R-001 | Implemented | A.5.1 |
| **A.8.3** | External reporting | No | No external reporting duty | Not applicable | |
| A.5.2–A.5.4 | Impact | Yes | See AIIA-001 | Partial | |

Summary: 2 applicable, 1 excluded. \`A.9.9\` is code.
`,
      ),
    ),
  );
});

test('model: a YAML risk register with aims key, risks and references', () => {
  matchSnapshot(
    'model-risk-register-yaml',
    dumpModel(
      parse(
        'risk/register.yaml',
        `aims:
  kind: risk-register
  id: RR-2026
  title: AI risk register
  owner: Head of AI Governance
  version: "1.4"
  status: approved
risks:
  - id: R-001
    title: Biased ranking
    owner: ML lead
    systems: [SYS-001]
    likelihood: 4
    impact: likely
    level: critical
    treatment: modify
    controls: [A.5.4, A.7.4]
    status: open
  - id: R-002
    title: Drift
    likelihood: 2
    impact: 2
`,
      ),
    ),
  );
});

test('model: an undeclared document, kind inferred from its title, headings and clause labels', () => {
  matchSnapshot(
    'model-inferred',
    dumpModel(
      parse(
        'docs/ai-risk-assessment.md',
        `# AI Risk Assessment Process
## ISO/IEC 42001:2023 | Clause 6.1.2

**Document ID:** AIMS-RAP-001

## 1. Risk criteria
Risks scoring above 9 need treatment (cl. 6.1.3, §8.2 and Clauses 8.3 and 8.4).

Setext heading
--------------

- A.6.2.2 / A.6.2.3 — Requirements and design
`,
      ),
    ),
  );
});
