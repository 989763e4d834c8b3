/**
 * What defines a system or document ID, as documents outside the corpus write it: a YAML AI
 * system record beside the code, a header's bare "Reference" label, a table of the systems in
 * scope, a CSV inventory known by its file name (parse/definitions.ts). A trial of new documents
 * found each of them reported as a dangling reference. Fixtures in our own words.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('dangling-reference: a YAML AI system record beside the code names its system at its top ("id:", "system_id:", "system: { id: }")', async () => {
  for (const head of ['id: SYS-031', 'system_id: SYS-031', 'system:\n  id: SYS-031']) {
    await check(
      `
//- models/credit-scoring/ai-system.yaml
# AI system record, kept next to the code
${head}
name: Lendwise Credit Score
purpose: Estimate probability of default
risks: [R-031]

//- models/credit-scoring/MODEL_CARD.md
# Credit scoring model

System: SYS-031, replacing SYS-030.
                           ^^^^^^^ dangling-reference SYS-030

//- risk/register.md
# AI risk register
| ID | Risk | System |
|---|---|---|
| R-031 | Unfair declines | SYS-031 |
`,
      { codes: ['dangling-reference', 'duplicate-id'] },
    );
  }
  // A record that is not an AI system record (a plain config file) names no system by its "id:".
  await check(
    `
//- deploy/service.yaml
id: SYS-031
replicas: 3

//- risk/register.md
# AI risk register
| ID | Risk | System |
|---|---|---|
| R-031 | Unfair declines | SYS-031 |
                            ^^^^^^^ dangling-reference SYS-031
`,
    { codes: ['dangling-reference'] },
  );
});

test("dangling-reference: a document's own ID under a bare 'Reference' label in its header, or in a YAML 'document:' block", async () => {
  await check(
    `
//- docs/politique-ia.md
# Politique d'intelligence artificielle

**Référence :** POL-002 — **Version :** 3.0

La présente politique constitue la politique IA exigée par ISO/IEC 42001 (POL-002).

//- docs/procedure.md
# AI incident procedure

Ref: PROC-007

Part of our ISO/IEC 42001 AI management system; implements POL-002 and POL-009.
                                                                       ^^^^^^^ dangling-reference POL-009

//- aims/statement-of-applicability.yaml
document:
  title: Statement of Applicability
  reference: SOA-001
controls:
  - id: A.2.2
    applicable: true
    justification: "Policy required by clause 5.2 (POL-002, SOA-001)"
`,
    { codes: ['dangling-reference', 'duplicate-id'] },
  );
  // Weak: a document that declares the ID is the one that defines it, not a duplicate of a header that names it.
  await check(
    `
//- policy.md
---
aims:
  kind: ai-policy
  id: POL-002
  title: AI policy
  owner: CEO
  version: "1"
  status: approved
---
# AI policy

//- standard.md
# AI development standard

Reference: POL-002

How we build AI systems under our ISO/IEC 42001 AI management system.
`,
    { codes: ['duplicate-id'] },
  );
});

test('dangling-reference: an overview of the systems in scope ("| ID | System | ... |") lists them as an inventory does; a page titled "AI management system" is an AIMS document', async () => {
  await check(
    `
//- docs/aims/index.md
# AI management system

Two AI systems are in the scope of our AIMS:

| ID | System | What it does | Owner |
|---|---|---|---|
| SYS-001 | GraspNet-K | Predicts grasp points | Head of Perception |
| SYS-002 | PickPlanner | Orders picks | Head of Motion |

//- docs/aims/operations/monitoring.md
# AI monitoring report, Q3 2026

Part of our ISO/IEC 42001 AIMS. Systems: SYS-001 (GraspNet-K), SYS-002 and SYS-003.
                                                                           ^^^^^^^ dangling-reference SYS-003

| ID | Metric | Value |
|---|---|---|
| SYS-004 | Drift | 0.02 |
  ^^^^^^^ dangling-reference SYS-004
`,
    { codes: ['dangling-reference', 'duplicate-id'] },
  );
  // A treatment plan's rows cite systems; they define none.
  await check(
    `
//- plan/treatment-plan.md
# AI risk treatment plan
ISO/IEC 42001 clause 6.1.3.

| ID | System | Action |
|---|---|---|
| SYS-007 | Chat assistant | Add a human review step |
  ^^^^^^^ dangling-reference SYS-007
`,
    { codes: ['dangling-reference'] },
  );
});

test('dangling-reference: a CSV inventory, known by its file name, defines its systems', async () => {
  await check(
    `
//- exports/AI_Systems_Inventory_4a8b2c6d.csv
System ID,Name,Owner
SYS-002,LoanAssist,Priya

//- registers/ai-system-inventory.csv
id,name,owner
SYS-003,Helio Help,Jonas

//- exports/model-metrics.csv
System ID,Metric,Value
SYS-009,AUC,0.81

//- aiia.md
# AI Impact Assessment – LoanAssist
ISO/IEC 42001 clause 8.4. AI systems: SYS-002, SYS-003 and SYS-009.
                                                           ^^^^^^^ dangling-reference SYS-009
`,
    { codes: ['dangling-reference'] },
  );
});
