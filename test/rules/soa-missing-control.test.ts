import { test } from 'node:test';
import { check } from '../support/check.js';
import { ANNEX_A, rows, soaHead } from './annexA.js';

const codes = ['soa-missing-control'];

test('soa-missing-control: a control with no row, and a row with no decision (Markdown)', async () => {
  await check(
    `
//- risk/soa.md
---
aims:
  kind: soa
        ^^^ soa-missing-control A.10.4 (Customers)
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1.0"
  status: draft
---
# Statement of applicability
| Control | Applicable | Justification | Status |
|---|---|---|---|
${rows((id) => `| ${id} | Yes | Needed for our AI systems | Implemented |`, ['A.7.3', 'A.10.4'])}
| A.7.3 | To be decided | Under review | Planned |
  ^^^^^ soa-missing-control A.7.3 is listed without a decision
`,
    { codes },
  );
});

test('soa-missing-control: YAML controls list, with an undecided item', async () => {
  await check(
    `
//- risk/soa.yaml
aims:
  kind: soa
        ^^^ soa-missing-control A.9.4 (Intended use of the AI system)
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
controls:
${rows((id) => `  - id: ${id}\n    applicable: true\n    justification: Needed\n    status: implemented`, ['A.9.4', 'A.8.3'])}
  - id: A.8.3
        ^^^^^ soa-missing-control without a decision
    applicable: perhaps
    justification: Under review
`,
    { codes },
  );
});

test('soa-missing-control: an undeclared SoA reports on its first heading', async () => {
  await check(
    `
//- STATEMENT-OF-APPLICABILITY.md
# Statement of Applicability (ISO/IEC 42001)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control A.2.2 (AI policy)
| Control | Applicable | Justification |
|---|---|---|
${rows((id) => `| ${id} | Y | Needed |`, ['A.2.2'])}
`,
    { codes },
  );
});

test('soa-missing-control: all 38 decided, split per group, in the written forms real SoAs use', async () => {
  // One table per group of Annex A, the ID in a second "Ref" column, bold and prefixed with "Annex".
  const table = (groups: readonly string[]) =>
    `| Control | Ref | Included | Justification | Status |
|---|---|---|---|---|
${ANNEX_A.filter((id) => groups.some((g) => id.startsWith(g + '.')))
  .map((id) => `| Some title | **Annex ${id}** | ${id === 'A.7.3' ? 'N' : 'Y'} | Reason | Implemented |`)
  .join('\n')}`;
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability

### Policies and organisation (A.2, A.3, A.4)
${table(['A.2', 'A.3', 'A.4'])}

### Impact and life cycle (A.5, A.6)
${table(['A.5', 'A.6'])}

### Data, information, use and third parties (A.7 to A.10)
${table(['A.7', 'A.8', 'A.9', 'A.10'])}

//- risk/soa-v2.md
${soaHead('SOA-002')}
# Statement of applicability
| Control ID | Applies | Justification | Implementation status |
|---|---|---|---|
${rows((id) => `| ${id} | ${id === 'A.8.3' ? 'Excluded' : '✓'} | Reason | ${id === 'A.8.3' ? 'Not applicable' : 'Implemented'} |`)}
`,
    { codes },
  );
});

test('soa-missing-control: a control mapping that is no SoA, and an SoA with no rows at all', async () => {
  await check(
    `
//- mapping.md
# ISO/IEC 42001 control mapping
| Control | Applicable | Owner |
|---|---|---|
| A.2.2 | Yes | CISO |

//- risk/soa.md
${soaHead()}
# Statement of applicability
To be written.
`,
    { codes },
  );
});

test('soa-missing-control: an SoA kept in parts that decide different controls is judged as one; SoAs deciding some of the same controls are each judged alone', async () => {
  const part = (ids: readonly string[]) =>
    `| Control | Applicable | Justification | Status |
|---|---|---|---|
${ids.map((id) => `| ${id} | Yes | Needed to treat our AI risks | Implemented |`).join('\n')}`;
  const first = ANNEX_A.filter((id) => !/^A\.(?:7|8|9|10)\./.test(id));
  const second = ANNEX_A.filter((id) => /^A\.(?:7|8|9)\./.test(id));
  await check(
    `
//- soa/part-1.md
# Statement of Applicability — Part 1 (A.2 to A.6)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 3 controls: A.10.2 (Allocating responsibilities), A.10.3 (Suppliers), A.10.4 (Customers)
${part(first)}

//- soa/part-2.md
# Statement of Applicability — Part 2 (A.7 to A.9)
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 3 controls
${part(second)}
`,
    { codes },
  );
  await check(
    `
//- soa/soa.md
# Statement of Applicability
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for A.10.4 (Customers)
${part(ANNEX_A.filter((id) => id !== 'A.10.4'))}

//- business-units/retail-soa.md
# Statement of Applicability — Retail
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 36 controls
${part(['A.2.2', 'A.10.4'])}

//- business-units/logistics-soa.md
# Statement of Applicability — Logistics
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ soa-missing-control no decision for 37 controls
${part(['A.10.3'])}
`,
    { codes },
  );
});

test('soa-missing-control: YAML decisions keyed by control, and an annex_a list deciding with included/reason, are read', async () => {
  await check(
    `
//- soa/soa.yaml
aims:
  kind: soa
        ^^^ soa-missing-control no decision for 35 controls
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
controls:
  A.2.2: { applicable: yes, justification: Required for all AI work }
  A.2.3: { applicable: yes, justification: IMS alignment }
  A.10.4: { applicable: no, justification: No AI provided to customers }

//- soa/unit-b.yaml
aims:
  kind: soa
        ^^^ soa-missing-control no decision for 35 controls
  id: SOA-002
  title: Statement of applicability (unit B)
  owner: CISO
  version: "1"
  status: draft
annex_a:
  - control: A.2.2
    included: true
    reason: Required for all AI work
  - control: A.2.3
    included: true
    reason: IMS alignment
  - control: A.10.4
             ^^^^^^ soa-missing-control A.10.4 is listed without a decision
    included: maybe
    reason: Not decided yet
`,
    { codes },
  );
});
