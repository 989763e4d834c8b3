/** Go to definition: risk, system and document IDs to their definitions, controls to their SoA rows. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { pathOf } from '../support/memoryHost.js';
import { getDefinition } from '../../server/src/core/index.js';
import type { LocationResult } from '../../server/src/core/index.js';

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
  - id: "R-002"
    title: Drift

//- systems/talentmatch.md
---
aims:
  kind: ai-system
  id: SYS-001
  title: TalentMatch
  owner: CPO
  version: "1"
  status: draft
---
# TalentMatch
Risks R-001 and R-002 apply; see POL-001 and the ISO/IEC 42001 SoA for A.2.2.
In code, \`R-001\` is not a reference. R-099 is defined nowhere.

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
Implements A.2.2 and A.5.2–A.5.4 for SYS-001; A.6.2.4 is planned.

//- governance/documents.md
# ISO/IEC 42001 master document list
| ID | Title |
|---|---|
| POL-001 | AI policy |
| AUD-001 | Audit report |

Audits are reported in AUD-001.

//- risk/soa.md
---
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CRO
  version: "1"
  status: draft
---
# Statement of applicability
| Control | Title | Applicable | Justification | Status |
|---|---|---|---|---|
| A.2.2 | AI policy | Yes | Required by R-001 | Implemented |
| A.5.2 | AI system impact assessment process | Yes | Hiring decisions | Partial |
`;

/** The workspace with the cursor placed where `needle` (which holds `$0`) stands in `path`. */
function cursorAt(path: string, needle: string): string {
  const plain = needle.replace('$0', '');
  const header = `//- ${path}\n`;
  const start = WORKSPACE.indexOf(header);
  assert.ok(start >= 0, `no file ${path}`);
  const at = WORKSPACE.indexOf(plain, start);
  const next = WORKSPACE.indexOf('\n//- ', start + 1);
  assert.ok(at >= 0 && (next < 0 || at < next), `"${plain}" not in ${path}`);
  return WORKSPACE.slice(0, at) + needle + WORKSPACE.slice(at + plain.length);
}

const show = (ls: readonly LocationResult[]) => ls.map((l) => `${pathOf(l.uri)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`);

const cases: { name: string; path: string; needle: string; expected: string[] }[] = [
  { name: 'a risk cited in Markdown goes to its YAML item', path: 'systems/talentmatch.md', needle: 'Risks R-0$001', expected: ['risk/register.yaml:8:8-8:13'] },
  { name: 'a quoted YAML ID: the range is the ID without its quotes', path: 'systems/talentmatch.md', needle: 'and R-002$0 apply', expected: ['risk/register.yaml:11:9-11:14'] },
  { name: 'the cursor at the start of an ID', path: 'systems/talentmatch.md', needle: 'Risks $0R-001', expected: ['risk/register.yaml:8:8-8:13'] },
  { name: 'the cursor at the end of an ID', path: 'systems/talentmatch.md', needle: 'Risks R-001$0 and', expected: ['risk/register.yaml:8:8-8:13'] },
  { name: 'a system cited in YAML goes to the aims.id of its record', path: 'risk/register.yaml', needle: 'systems: [SYS-$0001]', expected: ['systems/talentmatch.md:3:6-3:13'] },
  { name: 'a document ID: its aims.id (not the weak row of the master list)', path: 'systems/talentmatch.md', needle: 'see POL-0$001', expected: ['governance/policy.md:3:6-3:13'] },
  { name: 'a document only listed in a master list: that (weak) row', path: 'governance/documents.md', needle: 'reported in AUD$0-001', expected: ['governance/documents.md:4:2-4:9'] },
  { name: 'a weak row leads to the real definition', path: 'governance/documents.md', needle: '| POL$0-001 | AI policy |', expected: ['governance/policy.md:3:6-3:13'] },
  { name: 'on a definition: itself', path: 'risk/register.yaml', needle: 'id: R-0$001', expected: ['risk/register.yaml:8:8-8:13'] },
  { name: 'on an aims.id: itself', path: 'governance/policy.md', needle: 'id: POL-001$0', expected: ['governance/policy.md:3:6-3:13'] },
  { name: 'a control goes to the SoA row deciding it', path: 'governance/policy.md', needle: 'Implements A.2$0.2', expected: ['risk/soa.md:12:2-12:7'] },
  { name: 'a control range goes to the row of its first control', path: 'governance/policy.md', needle: 'and A.5$0.2–A.5.4', expected: ['risk/soa.md:13:2-13:7'] },
  { name: 'on an SoA row: itself', path: 'risk/soa.md', needle: '| A.5.$02 | AI system', expected: ['risk/soa.md:13:2-13:7'] },
  { name: 'a control decided by no SoA: nothing', path: 'governance/policy.md', needle: 'A.6.2.4$0 is planned', expected: [] },
  { name: 'an undefined risk: nothing', path: 'systems/talentmatch.md', needle: 'R-0$099 is', expected: [] },
  { name: 'plain text: nothing', path: 'systems/talentmatch.md', needle: 'Risks R-001 and R-002 ap$0ply', expected: [] },
  { name: 'an ID in a code span: nothing', path: 'systems/talentmatch.md', needle: '`R-0$001`', expected: [] },
  { name: 'a heading: nothing', path: 'risk/soa.md', needle: '# Statement of$0 applicability', expected: [] },
];

for (const c of cases)
  test(`definition: ${c.name}`, async () => {
    const { service, uri, position } = await atCursor(cursorAt(c.path, c.needle));
    assert.deepEqual(show(getDefinition(service, uri, position)), c.expected);
  });

test('definition: several non-weak definitions of one ID are all returned, sorted by document', async () => {
  const { service, uri, position } = await atCursor(`
//- b/register.md
---
aims: { kind: risk-register, id: RR-002, title: Second register, owner: X, version: "1", status: draft }
---
# Register
| ID | Title | Likelihood | Impact |
|---|---|---|---|
| R-001 | Drift | 2 | 2 |

//- a/register.yaml
aims: { kind: risk-register, id: RR-001, title: First register, owner: X, version: "1", status: draft }
risks:
  - id: R-001
    title: Bias

//- notes.md
# ISO/IEC 42001 notes
See R-00$01.
`);
  assert.deepEqual(show(getDefinition(service, uri, position)), ['a/register.yaml:2:8-2:13', 'b/register.md:6:2-6:7']);
});

test('definition: an unknown document gives nothing', async () => {
  const { service } = await atCursor(cursorAt('risk/soa.md', '| A.5.$02 |'));
  assert.deepEqual(getDefinition(service, 'file:///ws/nowhere.md', { line: 0, character: 0 }), []);
});
