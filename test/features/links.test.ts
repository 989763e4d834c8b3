/** Document links: cited IDs to their definitions, relative paths to workspace files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../support/check.js';
import { uriOf, pathOf } from '../support/memoryHost.js';
import { getDocumentLinks } from '../../server/src/core/index.js';
import type { DocumentLinkResult } from '../../server/src/core/index.js';

const show = (links: readonly DocumentLinkResult[]) =>
  links.map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character} -> ${pathOf(l.target)}`);

const WORKSPACE = `
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
risks:
  - id: R-001
    title: Biased ranking
    systems: [SYS-001]
    evidence: [governance/policy.md, ../outside.md]
  - id: R-002
    title: Drift
    notes: see treatment-plan.md and R-001

//- risk/treatment-plan.md
---
aims: { kind: risk-treatment-plan, id: RTP-001, title: Plan, owner: X, version: "1", status: draft }
---
# Plan
R-001 and R-099 are treated; the register is \`register.yaml\` (also ../risk/register.yaml).

//- governance/policy.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CEO
  version: "1"
  status: draft
---
# AI policy
Systems are recorded in \`systems/talentmatch.md\`; \`R-002\` in code is not a link, \`risk/register.yaml\` is.
Not links: https://example.com/systems/talentmatch.md, missing/file.md, .aims.yaml and systems/talentmatch.mdx.
Risks R-001 and R-002 are owned by the CRO.

//- governance/documents.md
# ISO/IEC 42001 master document list
| ID | Title | File |
|---|---|---|
| POL-001 | AI policy | policy.md |
| POL-002 | Retired policy | |

//- systems/talentmatch.md
---
aims: { kind: ai-system, id: SYS-001, title: TalentMatch, owner: X, version: "1", status: draft }
---
# TalentMatch
`;

test('links: YAML values: a system to its record, paths from the root and the folder, not the ID defined here', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(show(getDocumentLinks(service, uriOf('risk/register.yaml'))), [
    '10:14-10:21 -> systems/talentmatch.md#L2',
    '11:15-11:35 -> governance/policy.md',
    '14:15-14:32 -> risk/treatment-plan.md',
    '14:37-14:42 -> risk/register.yaml#L9',
  ]);
});

test('links: Markdown prose and code spans: IDs outside code, paths relative to the folder and the root', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(show(getDocumentLinks(service, uriOf('governance/policy.md'))), [
    '10:25-10:47 -> systems/talentmatch.md',
    '10:82-10:100 -> risk/register.yaml',
    '12:6-12:11 -> risk/register.yaml#L9',
    '12:16-12:21 -> risk/register.yaml#L13',
  ]);
  assert.deepEqual(show(getDocumentLinks(service, uriOf('risk/treatment-plan.md'))), [
    '4:0-4:5 -> risk/register.yaml#L9',
    '4:46-4:59 -> risk/register.yaml',
    '4:67-4:88 -> risk/register.yaml',
  ]);
});

test('links: a row of a master list links to the real definition; a path in a cell too', async () => {
  const { service } = await workspace(WORKSPACE);
  const links = getDocumentLinks(service, uriOf('governance/documents.md'));
  assert.deepEqual(show(links), ['3:2-3:9 -> governance/policy.md#L4', '3:24-3:33 -> governance/policy.md']);
  assert.equal(links[0]!.tooltip, 'Document POL-001: AI policy');
  assert.equal(links[0]!.target, 'file:///ws/governance/policy.md#L4');
});

test('links: an unknown document has none', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(getDocumentLinks(service, uriOf('nowhere.md')), []);
});

test('links: paths from the workspace root when every document sits in one folder', async () => {
  const { service } = await workspace(`
//- aims/policy.md
# ISO/IEC 42001 policy
The register is aims/risk/register.yaml; this policy is aims/policy.md.

//- aims/risk/register.yaml
# ISO/IEC 42001
risks: []
`);
  assert.deepEqual(show(getDocumentLinks(service, uriOf('aims/policy.md'))), ['1:16-1:39 -> aims/risk/register.yaml']);
});
