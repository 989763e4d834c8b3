import { test } from 'node:test';
import { check } from '../support/check.js';
import { soaHead } from './annexA.js';

const codes = ['soa-missing-justification'];

test('soa-missing-justification: empty, dash, TBD, N/A and template text do not justify (Markdown)', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability
| Control | Ref | Included | Justification | Status |
|---|---|---|---|---|
| AI policy | A.2.2 | Y | Top management direction for every AI system | Implemented |
| Alignment with other organizational policies | A.2.3 | Y | | Implemented |
                                                 ^^^^^ soa-missing-justification A.2.3 is included without a justification
| Review of the AI policy | A.2.4 | Y | TBD | Implemented |
                            ^^^^^ soa-missing-justification
| Acquisition of data | A.7.3 | N | N/A | Not applicable |
                        ^^^^^ soa-missing-justification A.7.3 is excluded without a justification
| External reporting | A.8.3 | N | - | Not applicable |
                       ^^^^^ soa-missing-justification
| Suppliers | A.10.3 | Y | [Insert justification] | Planned |
              ^^^^^^ soa-missing-justification
| Customers | A.10.4 | N | No customer uses our AI systems directly | Not applicable |
`,
    { codes },
  );
});

test('soa-missing-justification: YAML items, with the justification under another name', async () => {
  await check(
    `
//- risk/soa.yaml
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CISO
  version: "1"
  status: draft
controls:
  - id: A.2.2
    applicable: true
    justification: Top management direction for every AI system
  - id: A.2.3
        ^^^^^ soa-missing-justification excluded
    applicable: false
    justification: ""
  - id: A.2.4
        ^^^^^ soa-missing-justification
    applicable: no
  - id: A.3.2
    applicable: true
    rationale: Clear ownership of each system and risk
  - id: A.3.3
        ^^^^^ soa-missing-justification
    applicable: true
    reason: TODO
`,
    { codes },
  );
});

test('soa-missing-justification: no justification column at all is one finding, on the first row', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability
| Control | Applicable | Status |
|---|---|---|
| A.2.2 | Yes | Implemented |
  ^^^^^ soa-missing-justification no justification column
| A.2.3 | Yes | Implemented |
`,
    { codes },
  );
});

test('soa-missing-justification: reason columns, undecided rows and non-SoA tables', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability
| Control ID | Applicable | Reason for inclusion or exclusion |
|---|---|---|
| A.2.2 | Yes | Top management direction for every AI system |
| A.7.5 | To be decided | |

//- mapping.md
# ISO/IEC 42001 control mapping
| Control | Applicable | Owner |
|---|---|---|
| A.2.2 | Yes | CISO |
`,
    { codes },
  );
});

test('soa-missing-justification: the reason written after the decision in its cell justifies it; a bare decision in such a table does not', async () => {
  await check(
    `
//- risk/soa.md
${soaHead()}
# Statement of applicability
| Control | Title | Applicable? | Status |
|---|---|---|---|
| A.2.2 | AI policy | Yes – required to direct every AI system | Implemented |
| A.2.3 | Alignment with other organizational policies | ✅ Yes (one policy set with the ISMS) | Implemented |
| A.2.4 | Review of the AI policy | Yes | Implemented |
  ^^^^^ soa-missing-justification A.2.4 is included without a justification
| A.10.4 | Customers | No: we supply no AI system to customers | — |

//- risk/soa-bare.md
${soaHead()}
# Statement of applicability
| Control | Title | Applicable? | Status |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Implemented |
  ^^^^^ soa-missing-justification no justification column
| A.10.4 | Customers | No | — |
`,
    { codes },
  );
});

test('soa-missing-justification: a terse SoA\'s "Why" column holds its justifications', async () => {
  await check(
    `
//- aims/soa.md
${soaHead()}
# Statement of applicability
| Control | Applicable | Why | Status |
|---|---|---|---|
| A.2.2 | ✅ | need a policy | done |
| A.2.3 | ✅ | | done |
  ^^^^^ soa-missing-justification A.2.3 is included without a justification
`,
    { codes },
  );
});
