/**
 * Registers and mappings kept as CSV or JSON: a CSV file is one table read by the same
 * readers as a Markdown table (risks, SoA rows, definitions, references per cell), and a
 * JSON file is read as the YAML it is. The kind comes from the file name, as for any file.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';
import { rows } from './annexA.js';

test('a CSV risk register: an AI system ID no document defines is dangling; its own risk IDs of any shape are defined', async () => {
  await check(
    `
//- registers/ai-risk-register.csv
Risk ID,AI System,Risk description,Likelihood,Impact,Score,Owner,Treatment,Status
AIR-1,AIS-010,Unfair outcomes for older applicants,3,4,12,Head of lending,Mitigate,Open
AIR-2,AIS-011,"Drift after a product change, unnoticed for weeks",2,3,6,ML lead,Mitigate,Open
      ^^^^^^^ dangling-reference AIS-011
//- inventory.md
# AI system inventory

| System ID | Name |
|---|---|
| AIS-010 | Credit scoring model |

//- treatment.md
# AI risk treatment plan (ISO/IEC 42001)

AIR-1 and AIR-2 are treated by A.7.4 and human review.
`,
    { codes: ['dangling-reference'] },
  );
});

test('a CSV statement of applicability: an objective listed as a control, and the controls it leaves out', async () => {
  await check(
    `
//- soa/statement-of-applicability.csv
Control ID,Control,Applicable,Justification,Status
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control A.2.2 (AI policy)
A.2.1,AI policy,Yes,Leadership sets direction,Implemented
^^^^^ objective-as-control
${rows((id) => `${id},,Yes,Needed for our AI systems,Implemented`, ['A.2.2', 'A.2.3', 'A.2.4'])}
A.2.3,Alignment with other organizational policies,Yes,"Aligned with security, privacy and quality policies",Planned
A.2.4,Review of the AI policy,No,"Reviewed with the ""management system"" as a whole",
`,
    { codes: ['objective-as-control', 'soa-missing-control'] },
  );
});

test('a JSON control mapping: an ID that is not an Annex A control, and references in any string value', async () => {
  await check(
    `
//- controls/annex-a-mapping.json
{
  "framework": "ISO/IEC 42001",
  "groups": {
    "A.6": {
      "controls": [
        { "id": "A.6.2.4", "name": "AI system verification and validation", "evidence": "test-report.md" },
        { "id": "A.6.3", "name": "Deployment", "evidence": "release-checklist.md" },
                 ^^^^^ unknown-control
        { "id": "A.6.2.6", "notes": "Logs kept as A.6.2.9 asks" }
                                                  ^^^^^^^ unknown-control
      ]
    }
  }
}
`,
    { codes: ['unknown-control'] },
  );
});

test('a JSON statement of applicability: a "controls" array of objects reads like a YAML controls list', async () => {
  await check(
    `
//- soa.json
{
  "aims": { "kind": "soa", "id": "SOA-002", "title": "Statement of applicability", "owner": "CISO", "version": "1", "status": "draft" },
                    ^^^^^ soa-missing-control A.10.4 (Customers)
  "controls": [
${rows((id) => `    { "id": "${id}", "applicable": true, "justification": "Needed", "status": "implemented" },`, ['A.10.4', 'A.10.3'])}
    { "id": "A.10.3", "applicable": "perhaps", "justification": "Under review" }
             ^^^^^^ soa-missing-control without a decision
  ]
}
`,
    { codes: ['soa-missing-control'] },
  );
});

test('CSV and JSON files that are not AIMS documents give nothing', async () => {
  await check(
    `
//- data/metrics.csv
date,latency_ms,requests
2026-11-01,120,5400
//- package.json
{ "name": "tools", "version": "1.0.0", "scripts": { "test": "node --test" } }
//- config/settings.json
{ "retries": 3, "regions": ["eu-west-1"] }
`,
    { codes: ['dangling-reference', 'unknown-control', 'kind-inferred', 'missing-section', 'missing-field', 'file-skipped'] },
  );
});

test('a malformed CSV: a notice where it cannot be read as written, and what can be read is still checked', async () => {
  await check(
    `
//- risk-register.csv
ID,Risk,Likelihood,Impact,Owner,Treatment,Status,Controls
R-01,Opaque decisions,2,2,Ops,Mitigate,Open,A.8.2
R-02,Bias in training data,4,4,Data lead,Mitigate,Open,A.7.4,A.6.2.99,extra
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ file-skipped 10 fields but the header names 8
                                                             ^^^^^^^^ unknown-control
R-03,"Prompt injection via uploaded files,3,4,Sec,Mitigate,Open,A.6.2.10
     ^ file-skipped never closed
                                                                ^^^^^^^^ unknown-control
`,
    { codes: ['file-skipped', 'unknown-control'] },
  );
});

test('a JSON mapping that groups control items under their groups: each item is read as a row, with its name as the title', async () => {
  await check(
    `
//- mappings/annex-a.json
{
  "standard": "ISO/IEC 42001",
  "annexA": {
    "A.6": {
      "name": "AI system life cycle",
      "controls": [
        { "id": "A.6.2", "name": "Development", "applicable": true },
                 ^^^^^ objective-as-control the group
        { "id": "A.6.2.4", "name": "AI system verification and validation", "applicable": true }
      ]
    },
    "A.9": {
      "controls": [
        { "id": "A.9.1", "name": "Use of AI", "applicable": true },
                 ^^^^^ objective-as-control the objective
        { "id": "A.9.2", "name": "Intended use of the AI system", "applicable": true }
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch A.9.4
      ]
    }
  }
}
`,
    { codes: ['objective-as-control', 'control-title-mismatch', 'unknown-control'] },
  );
});

test('the same items as a YAML list: the title key beside the ID is checked as a row title is', async () => {
  await check(
    `
//- controls.yaml
# ISO/IEC 42001 controls in use
controls:
  - id: A.3.2
    name: Reporting of concerns
          ^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch A.3.3
  - control: A.7.4
    title: Quality of data for AI systems
`,
    { codes: ['objective-as-control', 'control-title-mismatch', 'unknown-control'] },
  );
});

test('a CSV risk register whose controls column carries the treatment: no missing treatment column', async () => {
  await check(
    `
//- risk/ai-risk-register.csv
Risk ID,Risk statement,Likelihood,Impact,Key controls,Risk owner,Status
RSK-01,Unreviewed model changes reach production,3,4,Change approval; A.6.2.5,Head of ML,Open
`,
    { codes: ['missing-field'] },
  );
  await check(
    `
//- risk/ai-risk-register.csv
Risk ID,Risk statement,Likelihood,Impact,Risk owner,Status
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-field "treatment"
RSK-01,Unreviewed model changes reach production,3,4,Head of ML,Open
`,
    { codes: ['missing-field'] },
  );
});

test('a GRC tool export: RSK- IDs and inherent likelihood and impact, in a CSV named only "register", define its risks', async () => {
  await check(
    `
//- risk/register.csv
Risk Ref,Risk Title,Inherent Likelihood,Inherent Impact,Inherent Rating,Controls,Residual Likelihood,Residual Impact,Residual Rating,Owner,Status
RSK-01,Training data bias,Likely,Major,High,A.7.4,Possible,Moderate,Medium,Data Science Lead,Open
RSK-02,Model drift,Possible,Major,High,A.6.2.6,Unlikely,Moderate,Low,ML Ops Lead,Treated

//- risk/treatment-plan.md
# AI risk treatment plan

| Risk | Action | Owner |
|---|---|---|
| RSK-01 | Re-weight the training data | Data Science Lead |
| RSK-06 | Retire the legacy spreadsheet | Finance |
  ^^^^^^ dangling-reference RSK-06
`,
    { codes: ['dangling-reference', 'missing-field', 'duplicate-id'] },
  );
});
