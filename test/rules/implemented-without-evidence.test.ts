import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['implemented-without-evidence', 'code-tag-excluded'];

const SOA_HEAD = `---
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1.0"
  status: approved
---
# Statement of applicability
`;

test('implemented-without-evidence: an implemented row with an empty evidence cell, unless code is tagged with the control or a document declares it', async () => {
  await check(
    `
//- soa.md
${SOA_HEAD}
| Control | Title | Applicable | Justification | Status | Evidence |
|---|---|---|---|---|---|
| A.2.2 | AI policy | Yes | R-001 | Implemented | docs/policy.md |
| A.6.2.8 | AI system recording of event logs | Yes | R-001 | Implemented | |
  ^^^^^^^ implemented-without-evidence A.6.2.8 is marked implemented, but no evidence is recorded
| A.6.2.6 | AI system operation and monitoring | Yes | R-001 | Implemented | |
| A.6.2.4 | AI system verification and validation | Yes | R-001 | Implemented | |
| A.7.4 | Quality of data for AI systems | Yes | R-001 | Planned | |
| A.10.4 | Customers | No | We have no customers | Not applicable | |

//- src/monitor.py
# aims: A.6.2.6 "drift monitor"
# aims: A.10.4
        ^^^^^^ code-tag-excluded A.10.4 is excluded in the statement of applicability

//- docs/validation.md
---
aims:
  kind: monitoring-report
  id: MON-001
  title: Validation report
  controls: [A.6.2.4]
---
# Validation report
`,
    { codes },
  );
});

test('implemented-without-evidence: an SoA with no evidence at all gets one notice naming the controls; a retired SoA none', async () => {
  await check(
    `
//- soa.md
${SOA_HEAD}
| Control | Title | Applicable | Justification | Status |
|---|---|---|---|---|
| A.2.1 | Objective | Yes | R-001 | Implemented |
| A.2.2 | AI policy | Yes | R-001 | Implemented |
  ^^^^^ implemented-without-evidence records no evidence for the 2 controls it marks implemented (A.2.2, A.2.3)
| A.2.3 | Alignment with other organizational policies | Yes | R-001 | In place |
| A.2.4 | Review of the AI policy | Yes | R-001 | Partial |

//- old/soa-2024.md
---
aims:
  kind: soa
  id: SOA-2024
  title: Statement of applicability 2024
  status: retired
---
| Control | Title | Applicable | Justification | Status |
|---|---|---|---|---|
| A.9.2 | Processes for responsible use of AI | Yes | R-001 | Implemented |
`,
    { codes },
  );
});

test('code-tag-excluded: not when any statement in force includes the control, nor for a control no SoA decides, nor outside a tag', async () => {
  await check(
    `
//- soa.md
${SOA_HEAD}
| Control | Title | Applicable | Justification | Status | Evidence |
|---|---|---|---|---|---|
| A.10.3 | Suppliers | No | No suppliers | Not applicable | - |
| A.10.2 | Allocating responsibilities | No | None | Not applicable | - |

//- soa-b.md
---
aims:
  kind: soa
  id: SOA-002
  title: Statement of applicability, product line B
  status: approved
---
| Control | Title | Applicable | Justification | Status | Evidence |
|---|---|---|---|---|---|
| A.10.2 | Allocating responsibilities | Yes | Vendor model | Planned | - |

//- src/vendor.ts
// aims: A.10.2 "responsibility split with the model vendor"
// aims: A.9.4
const note = "aims: A.10.3";
`,
    { codes },
  );
});

test('implemented-without-evidence: a document that is itself evidence of the control, or a system record naming it, is its evidence; an AI policy is no evidence of its review', async () => {
  await check(
    `
//- governance/soa.md
${SOA_HEAD}
| Control | Title | Applicable | Justification | Status | Evidence |
|---|---|---|---|---|---|
| A.2.2 | AI policy | Yes | R-001 | Implemented | governance/policy.md |
| A.5.2 | AI system impact assessment process | Yes | R-001 | Implemented | |
| A.6.2.6 | AI system operation and monitoring | Yes | R-001 | Implemented | |
| A.6.2.7 | AI system technical documentation | Yes | R-001 | Implemented | |
| A.4.3 | Data resources | Yes | R-001 | Implemented | |
  ^^^^^ implemented-without-evidence A.4.3 is marked implemented, but no evidence is recorded
| A.2.4 | Review of the AI policy | Yes | R-001 | Implemented | |
  ^^^^^ implemented-without-evidence A.2.4 is marked implemented, but no evidence is recorded
| A.6.2.2 | AI system requirements and specification | Yes | R-001 | Implemented | |
  ^^^^^^^ implemented-without-evidence A.6.2.2 is marked implemented, but no evidence is recorded

//- governance/impact-assessments/fraud-scoring-aiia.md
# AI system impact assessment – SYS-001 Fraud Scoring

//- governance/AI_POLICY.md
# Parcelio AI Policy

//- services/recommender/aims.yaml
# AI system record – recommender (SYS-002)
system:
  id: SYS-002
  name: Product recommender
controls: [A.6.2.6]

//- services/recommender/model-card/README.md
---
license: apache-2.0
tags: [recommendation]
model-index:
  - name: recsys-two-tower
---
# Model card: recsys-two-tower
`,
    { codes },
  );
});
