/**
 * Numbers and IDs that belong to something else than ISO/IEC 42001, as organisations write
 * them beside it: clauses of other ISO/IEC standards (42005, 42006, 17021-1) and of contracts,
 * an integrated SoA that lists ISO/IEC 27001 rows by a Framework column, a risk register whose
 * title column names the risk (not the controls of its row), a GRC export's metadata table
 * whose header row is its "Document ID", a system inventory's model names, and an audit
 * report quoting a wrong ID to say it does not exist. Each test holds the false positive gone
 * and a true positive of the same rule still found.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';
import { rows } from './annexA.js';

test('unknown-clause: any ISO or IEC standard named before the number owns it, and so does a contract; past 10 only a notice', async () => {
  const findings = await check(
    `
//- crosswalk.md
# Crosswalk to ISO/IEC 42001
| Impact assessment | ISO/IEC 42005:2025 clause 5.8 | Clause 6.1.4 |
| Certification | ISO/IEC 42006 clause 7.1.3 and ISO/IEC 17021-1 clause 9.5 | Clause 9.2 |
| Vendor terms | Share: contract clause 12.4; the DPA's § 7.6 | A.10.3 |
| Changes | ISO/IEC 42001 clause 7.6 | Clause 8.5 |
                                 ^^^ unknown-clause
                                              ^^^ unknown-clause
See Clause 12.4 too.
           ^^^^ unknown-clause name that document
Dates follow ISO 8601 and clause 8.5 governs changes.
                                 ^^^ unknown-clause
`,
    { codes: ['unknown-clause'] },
  );
  const severities = findings.map((f) => f.severity).sort();
  if (severities.join() !== 'error,error,error,information') throw new Error(`severities ${severities.join()}`);
});

test('SoA: an integrated SoA row whose Framework cell names ISO/IEC 27001 is not a 42001 decision', async () => {
  await check(
    `
//- soa.md
# Integrated Statement of Applicability (ISO/IEC 27001:2022 + ISO/IEC 42001:2023)

| Framework | Control | Title | Applicable | Justification |
|---|---|---|---|---|
| 27001 | A.5.1 | Policies for information security | Yes | Baseline |
| ISO/IEC 27001:2022 | A.7.4 | Physical security monitoring | Yes | Offices |
${rows((id) => `| 42001 | ${id} | | Yes | Needed for our AI systems |`)}
| 42001 | A.6.2.4 | | Yes | Listed twice |
          ^^^^^^^ soa-duplicate-control
| 42001 | A.9.1 | | Yes | An objective |
          ^^^^^ objective-as-control
`,
    { codes: ['objective-as-control', 'soa-duplicate-control'] },
  );
});

test('SoA: an integrated SoA\'s "ISO/IEC 27001 Annex A" section holds that standard\'s controls, not 42001 decisions', async () => {
  await check(
    `
//- soa.md
# Integrated Statement of Applicability – ISO/IEC 27001:2022 and ISO/IEC 42001:2023

## ISO/IEC 27001 Annex A

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.5.1 | Policies for information security | Yes | Baseline |
| A.8.16 | Monitoring activities | Yes | SOC |

## ISO/IEC 42001 Annex A

| Control | Title | Applicable | Justification |
|---|---|---|---|
${rows((id) => `| ${id} | | Yes | Needed for our AI systems |`)}
| A.9.1 | | Yes | An objective |
  ^^^^^ objective-as-control
`,
    { codes: ['objective-as-control', 'soa-missing-control', 'unknown-control'] },
  );
});

test('control-title-mismatch: in a table of two ID columns the title is that of the IDs beside it', async () => {
  await check(
    `
//- mapping.md
# Mapping of ISO/IEC 27001:2022 controls to ISO/IEC 42001:2023

| ISO/IEC 27001:2022 | Title | ISO/IEC 42001:2023 |
|---|---|---|
| A.5.1 | Policies for information security | A.2.2 |
| A.5.19 | Information security in supplier relationships | A.10.3 |

//- controls.md
# ISO/IEC 42001 controls and related controls

| Title | Control | Related controls |
|---|---|---|
| AI policy | A.2.2 | A.2.3 |
| Cloud cost budget | A.4.5 | A.4.2 |
  ^^^^^^^^^^^^^^^^^ control-title-mismatch is not the title of A.4.5
`,
    { codes: ['control-title-mismatch', 'unknown-control'] },
  );
});

test("control-title-mismatch: a risk register's title column names the risk, not the controls of its row (by an ID column, titles led by IDs, or likelihood and impact)", async () => {
  await check(
    `
//- risk/risk-register.csv
Risk ID,Title,Likelihood,Impact,Controls,Owner
AIR-2025-101,Hallucinated citations in legal summaries,4,4,A.6.2.4;A.9.2,Legal
AIR-2025-103,Vendor changes model without notice,3,3,A.10.3,Procurement
AIR-2025-104,Low-quality labels,3,2,A.7.4 Human oversight,Data
                                          ^^^^^^^^^^^^^^^ control-title-mismatch
//- notion/AI-Risk-Register-3f2a9c0b1d7e.md
# AI Risk Register
| Name | Likelihood | Impact | Rating | Controls | Status |
| --- | --- | --- | --- | --- | --- |
| R-101 Model drift in fraud scoring | Likely | Major | High | A.6.2.6 | Open |
| R-103 Third-party LLM outage | Possible | Moderate | Medium | A.10.3 | Open |
//- watchlist.md
# AI Risk Register: emerging risks
| Name | Controls | Status |
| --- | --- | --- |
| **R-201:** Deepfake fraud | A.6.2.4 | Open |
| R-202 Shadow AI use | A.9.2 | Open |
//- risk/heat-map.md
# AI Risk Register: heat map
| Name | Likelihood | Impact | Controls |
| --- | --- | --- | --- |
| Model drift in fraud scoring | Likely | Major | A.6.2.6 |
| Staff paste secrets into chatbots | Likely | Severe | A.9.2 |
//- soa-extract.md
# Controls of ISO/IEC 42001
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.7.4 | Human oversight | Yes | Needed |
          ^^^^^^^^^^^^^^^ control-title-mismatch
`,
    { codes: ['control-title-mismatch'] },
  );
});

test('dangling-reference: a metadata table whose header row is "| Document ID | POL-AI-001 |" defines the document; a model name is no system ID', async () => {
  await check(
    `
//- policies/ai-policy.md
# Artificial Intelligence Policy

| Document ID | POL-AI-001 |
|---|---|
| Version | v4.2.1 |

Related: POL-AI-002.
         ^^^^^^^^^^ dangling-reference
//- audit/report.md
# Internal audit report
Criteria: ISO/IEC 42001:2023 and POL-AI-001.
//- inventory.yaml
aims:
  kind: ai-system
  id: AIS-INV
  title: AI system inventory
systems:
  - id: AIS-007
    model: gpt-4o-2024-08-06
    endpoint: LB-10-20
    depends_on: AIS-009
                ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('unknown-control: an ID quoted to say it does not exist is not reported; one cited is', async () => {
  await check(
    `
//- audit/report.md
# Internal audit report (ISO/IEC 42001)
The SoA previously referenced "A.6.2.9", which does not exist in the standard; corrected.
Logging follows \u201cA.6.2.10\u201d.
                 ^^^^^^^^ unknown-control
`,
    { codes: ['unknown-control'] },
  );
});

test('unknown-control: an ID past A.10 (ISO/IEC 27001:2013 numbering) is only a notice; a near miss stays an error', async () => {
  const findings = await check(
    `
//- mapping.md
# Mapping to ISO/IEC 42001
The old A.12.4.1 (event logging) maps to A.6.2.8; logging follows A.6.2.9.
        ^^^^^^^^ unknown-control Annex A ends at A.10
                                                                  ^^^^^^^ unknown-control
`,
    { codes: ['unknown-control'] },
  );
  const severities = findings.map((f) => f.severity).sort();
  if (severities.join() !== 'error,information') throw new Error(`severities ${severities.join()}`);
});

test('control-title-mismatch: a list of objectives citing a control in some rows does not title it; a control table does', async () => {
  await check(
    `
//- objectives.md
# AI objectives (ISO/IEC 42001 clause 6.2)
| # | Objective | Target | Clause |
|---|---|---|---|
| 1 | Reduce unreviewed drift alerts | 95% | 6.2 |
| 2 | Train data scientists | 100% | 7.2 |
| 4.2 | Customer notice for chatbot | yes | A.8.2 |
//- controls.md
# Controls of ISO/IEC 42001
| Control | Objective |
|---|---|
| A.8.2 | Customer notice for chatbot |
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch
| A.8.3 | External reporting |
`,
    { codes: ['control-title-mismatch'] },
  );
});
