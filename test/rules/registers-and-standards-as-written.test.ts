/**
 * Registers and standards as a fifth trial's workspaces write them: YAML registers and
 * inventories keyed by ID (`risks: { RSK-001: { ... } }`, `systems: { SYS-10: { ... } }`), and
 * an integrated management system's ISMS statement of applicability, whose Annex A numbers are
 * ISO/IEC 27001's because its title says so (parse/meta.ts frameworksOf), and whose rows decide
 * none of ours.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('YAML: risks and systems keyed by their IDs are defined, and the risks are judged', async () => {
  await check(
    `
//- aims/register.yaml
# ISO/IEC 42001 AI risk register
risks:
  RSK-001:
    title: Vision model misclassifies transparent packaging
    system: SYS-10
    owner: perception-lead
    likelihood: 4
    impact: 2
    treatment: modify
    controls: [A.6.2.4]
  RSK-007:
  ^^^^^^^ risk-untreated
    title: Operators over-trust the pick-rate dashboard
    system: SYS-11
    owner: ops-lead
    likelihood: 3
    impact: 4
//- aims/systems.yaml
systems:
  SYS-10:
    name: Picking-arm vision model
  SYS-11:
    name: Pick-rate dashboard
//- aims/plan.md
# AI risk treatment plan (ISO/IEC 42001)
RSK-001 runs on SYS-10 and SYS-11; RSK-009 is not in the register.
                                   ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference', 'risk-untreated'] },
  );
});

test('ISMS: a statement of applicability titled for the ISMS numbers its controls as ISO/IEC 27001 does', async () => {
  await check(
    `
//- isms-soa.md
# ISMS Statement of Applicability

This SoA covers ISO/IEC 27001:2022 Annex A only; the AI controls of ISO/IEC 42001 are decided in the AIMS SoA.

| Control | Title | Inc | Justification |
|---|---|---|---|
| A.5.1 | Policies for information security | Y | Risk treatment |
| A.5.2 | Information security roles and responsibilities | Y | Risk treatment |
| A.5.5 | Contact with authorities | Y | Legal |
| A.5.6 | Contact with special interest groups | Y | Risk treatment |
| A.8.6 | Capacity management | Y | Risk treatment |

Our AIMS's ISO/IEC 42001 A.6.2.9 is cited here by mistake.
                         ^^^^^^^ unknown-control
//- aims-soa.md
# AIMS Statement of Applicability (ISO/IEC 42001)

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.5.2 | Information security roles | Yes | Supported by the ISMS |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch
`,
    { codes: ['unknown-control', 'control-title-mismatch', 'objective-as-control', 'soa-missing-justification'] },
  );
});
