/**
 * soa-provisional (rules/soaProvisional.ts, parse/soaProvisional.ts): rows the SoA template writes
 * ("Yes", "Included provisionally; ...") list a control without deciding it. One notice per
 * SoA; coverage counts the controls as undecided; a decided row elsewhere still decides.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverageModel } from '../../server/src/core/index.js';
import { PROVISIONAL_JUSTIFICATION } from '../../server/src/core/parse/soaProvisional.js';
import { check, workspace } from '../support/check.js';

const HEAD = '---\naims:\n  kind: soa\n  id: SOA-001\n  title: SoA\n  owner: x\n  version: "1"\n  status: draft\n---\n# SoA\n\n| Control | Title | Applicable | Justification | Status | Evidence |\n|---|---|---|---|---|---|\n';

test('soa-provisional: one notice per SoA at its first provisional row, with the count; decided rows and a retired SoA are silent', async () => {
  await check(
    `
//- soa.md
${HEAD}| A.2.2 | AI policy | Yes | R-001 needs a policy | implemented | POL-001 |
| A.2.3 | Alignment with other organizational policies | Yes | ${PROVISIONAL_JUSTIFICATION} | planned | |
  ^^^^^ soa-provisional 2 of the 4 controls this statement of applicability lists are included only provisionally: A.2.3, A.2.4.
| A.2.4 | Review of the AI policy | Yes | _Included provisionally until the risk assessment is done_ | planned | |
| A.3.2 | AI roles and responsibilities | No | Included provisionally would be odd here: excluded, no AI roles yet | | |

//- old-soa.yaml
aims:
  kind: soa
  id: SOA-000
  title: Old SoA
  status: retired
controls:
  - id: A.2.2
    applicable: true
    justification: ${PROVISIONAL_JUSTIFICATION}
`,
    { codes: ['soa-provisional'] },
  );
});

test('coverage: a provisional row leaves its control undecided (counted apart), and the summary does not count it as decided', async () => {
  const { service } = await workspace({
    files: {
      'soa.yaml': `aims:\n  kind: soa\n  id: SOA-001\n  title: SoA\n  status: draft\ncontrols:\n  - id: A.2.2\n    applicable: true\n    justification: ${PROVISIONAL_JUSTIFICATION}\n  - id: A.2.3\n    applicable: true\n    justification: R-001\n`,
    },
    annotations: [],
  });
  const model = computeCoverageModel(service);
  const byId = (id: string) => model.annexA.controls.find((c) => c.id === id)!;
  assert.equal(byId('A.2.2').decision, 'undecided');
  assert.equal(byId('A.2.2').provisional, true);
  assert.equal(byId('A.2.3').decision, 'applicable');
  assert.equal(byId('A.2.3').provisional, undefined);
  assert.equal(model.annexA.totals.provisional, 1);
  assert.equal(model.annexA.totals.undecided, 37);
  assert.equal(model.summary.controlsDecided, 1);
});
