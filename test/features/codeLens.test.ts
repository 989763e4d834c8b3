/** Code lenses: how many other documents cite a risk, an SoA row's control, or a document; a table's rows summed up in one lens. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../support/check.js';
import { uriOf } from '../support/memoryHost.js';
import { getCodeLenses } from '../../server/src/core/index.js';
import type { CodeLensResult } from '../../server/src/core/index.js';

const show = (lenses: readonly CodeLensResult[]) => lenses.map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character} ${l.title}`);

const WORKSPACE = `
//- risk/register.yaml
aims:
  kind: risk-register
  id: "RR-001"
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
risks:
  - id: R-001
    title: Biased ranking
    systems: [SYS-001]
  - id: R-002
    title: Drift
    notes: related to R-001 and R-002

//- risk/plan.md
---
aims: { kind: risk-treatment-plan, id: RTP-001, title: Plan, owner: X, version: "1", status: draft }
---
# Plan
R-001 is treated with A.5.2 and A.5.4 (see RR-001); R-001 again.

//- risk/soa.md
---
aims: { kind: soa, id: SOA-001, title: SoA, owner: X, version: "1", status: draft }
---
# Statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.5.2 | AI system impact assessment process | Yes | R-001 |
| A.5.3 | Documentation of AI system impact assessments | Yes | Required |

//- systems/talentmatch.md
---
aims: { kind: ai-system, id: SYS-001, title: TalentMatch, owner: X, version: "1", status: draft }
---
# TalentMatch
Governed by RR-001; controls A.5.2.

//- notes.md
Not an AIMS document: R-001 here is not counted.
`;

test('code lens: a YAML register: its aims.id and each risk', async () => {
  const { service } = await workspace(WORKSPACE);
  const lenses = getCodeLenses(service, uriOf('risk/register.yaml'));
  assert.deepEqual(show(lenses), ['2:7-2:13 referenced by 2 documents', '8:8-8:13 cited by 2 documents', '11:8-11:13 not cited elsewhere']);
  assert.deepEqual(lenses[1]!.command, { id: 'aims.showReferences', arguments: ['file:///ws/risk/register.yaml', { line: 8, character: 8 }] });
});

test('code lens: SoA rows count the other documents citing the control (tableRows: one lens per row)', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(show(getCodeLenses(service, uriOf('risk/soa.md'), { tableRows: true })), ['1:23-1:30 not referenced elsewhere', '6:2-6:7 cited by 2 documents', '7:2-7:7 not cited elsewhere']);
});

test('code lens: by default a table gets one summary lens above it, not one per row', async () => {
  const { service } = await workspace(WORKSPACE);
  const lenses = getCodeLenses(service, uriOf('risk/soa.md'));
  assert.deepEqual(show(lenses), ['1:23-1:30 not referenced elsewhere', '4:0-4:0 2 controls: 1 cited, 1 not cited by other documents']);
  assert.equal(lenses[1]!.command, undefined, 'a summary, not a jump to one row');
  const all = (n: number, title: (i: number) => string) => Array.from({ length: n }, (_, i) => `| A.${i + 2}.2 | ${title(i)} | Yes | Needed |`).join('\n');
  const { service: big } = await workspace(`
//- soa.md
# ISO/IEC 42001 statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
${all(4, () => '')}

Text.

| Control | Applicable |
|---|---|
| A.10.3 | No |

//- cites.md
# ISO/IEC 42001 notes
A.2.2 A.3.2 A.4.2 A.5.2 and A.10.3.
`);
  assert.deepEqual(show(getCodeLenses(big, uriOf('soa.md'))), ['1:0-1:0 4 controls: all cited by other documents', '10:0-10:0 1 control: cited by other documents']);
  assert.equal(getCodeLenses(big, uriOf('soa.md'), { tableRows: true }).length, 5);
});

test('code lens: an AI system record counts references to the document and to the system', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(show(getCodeLenses(service, uriOf('systems/talentmatch.md'))), ['1:29-1:36 referenced by 1 document']);
});

test('code lens: Markdown register rows; a weak row of another list gets none; unknown documents none', async () => {
  const { service } = await workspace(`
//- register.md
# AI risk register
| ID | Title | Likelihood | Impact |
|---|---|---|---|
| R-001 | Bias | 2 | 3 |

//- assessment.md
---
aims: { kind: impact-assessment, id: AIIA-001, title: Assessment, owner: X, version: "1", status: draft }
---
# Assessment
| ID | Risk |
|---|---|
| R-001 | Bias again |
`);
  assert.deepEqual(show(getCodeLenses(service, uriOf('register.md'), { tableRows: true })), ['3:2-3:7 cited by 1 document']);
  assert.deepEqual(show(getCodeLenses(service, uriOf('register.md'))), ['1:0-1:0 1 risk: cited by other documents']);
  assert.deepEqual(show(getCodeLenses(service, uriOf('assessment.md'))), ['1:37-1:45 not referenced elsewhere']);
  assert.deepEqual(getCodeLenses(service, uriOf('nowhere.md')), []);
});
