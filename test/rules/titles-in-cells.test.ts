/**
 * control-title-mismatch on words before an ID in a table's cell that are no title: an action
 * to take ("Re-decide A.10.3"), a sentence ("SoA lists A.6.2.6", "Covered by A.8.2"), and the
 * name of the organisation's own control in a mapping keyed by its IDs (refs/titles.ts,
 * parse/tableRegions.ts). Our own wording.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['unknown-control', 'control-title-mismatch', 'clause-title-mismatch', 'unknown-clause'];

test('control-title-mismatch: an action ("Re-decide A.10.3") or a sentence ("SoA lists A.6.2.6") before an ID in a cell is no title', async () => {
  await check(
    `
//- audit/internal-audit-2026.md
# Internal audit report 2026 (ISO/IEC 42001)

| No. | Finding | Agreed action | Due |
|---|---|---|---|
| F1 | The SoA excludes suppliers while the scoring model is bought in. | Re-decide A.10.3 | 2026-10-31 |
| F2 | Monitoring rows are duplicated. | Update A.6.2.6 | 2026-11-30 |
| F3 | Duplicate row. | SoA lists A.6.2.6 | 2026-11-30 |
| F4 | A wrong title is cited. | Reliability A.4.3 | 2026-12-15 |
                                 ^^^^^^^^^^^ control-title-mismatch is not the subject of A.4.3
`,
    { codes },
  );
});

test('control-title-mismatch: a mapping keyed by the organisation\'s own control IDs names its own controls; "Covered by A.8.2" is no title', async () => {
  await check(
    `
//- mappings/control-mapping.md
# Control mapping: SOC 2 and ISO/IEC 42001

| Internal Control | Control Name | SOC 2 TSC | ISO/IEC 42001 Annex A | Owner |
|---|---|---|---|---|
| PW-AI-10 | AI event logging and retention | CC7.2 | A.6.2.8 | Platform lead |
| PW-AI-11 | Customer-facing AI documentation | CC2.3 | A.6.2.7 | Product lead |

//- soa.md
# Statement of Applicability (ISO/IEC 42001)

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.8.5 | Information for interested parties | No | Covered by A.8.2 |
`,
    { codes },
  );
});
