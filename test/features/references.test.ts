/** Find all references: citations of risks, systems, documents and controls across Markdown and YAML. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { pathOf } from '../support/memoryHost.js';
import { getReferences } from '../../server/src/core/index.js';
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
    controls: [A.5.4]
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
  risks: [R-001]
---
# TalentMatch
R-001 and R-002 apply. Impact work follows A.5.2–A.5.4; ISO/IEC 27001 A.5.4 is another standard's.
Again R-001, and \`R-001\` in code. Clause 6.1.2 applies.

//- risk/soa.yaml
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CRO
  version: "1"
  status: draft
controls:
  - id: A.5.4
    applicable: true
    justification: R-001 needs it (clause 6.1.2)
    status: implemented
  - id: A.5.3
    applicable: true
    justification: Required
    status: implemented

//- notes/untracked.md
Nothing here is an AIMS document, so R-001 here is not indexed.
`;

function cursorAt(path: string, needle: string): string {
  const plain = needle.replace('$0', '');
  const start = WORKSPACE.indexOf(`//- ${path}\n`);
  const at = WORKSPACE.indexOf(plain, start);
  const next = WORKSPACE.indexOf('\n//- ', start + 1);
  assert.ok(start >= 0 && at >= 0 && (next < 0 || at < next), `"${plain}" not in ${path}`);
  return WORKSPACE.slice(0, at) + needle + WORKSPACE.slice(at + plain.length);
}

const show = (ls: readonly LocationResult[]) => ls.map((l) => `${pathOf(l.uri)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`);

const R001_CITATIONS = [
  'risk/soa.yaml:10:19-10:24',
  'systems/talentmatch.md:8:10-8:15',
  'systems/talentmatch.md:11:0-11:5',
  'systems/talentmatch.md:12:6-12:11',
];

const cases: { name: string; path: string; needle: string; includeDeclaration: boolean; expected: string[] }[] = [
  { name: 'a risk, without its declaration', path: 'systems/talentmatch.md', needle: 'Again R-0$001', includeDeclaration: false, expected: R001_CITATIONS },
  {
    name: 'a risk, with its declaration, sorted by document then position',
    path: 'systems/talentmatch.md',
    needle: 'Again R-0$001',
    includeDeclaration: true,
    expected: ['risk/register.yaml:8:8-8:13', ...R001_CITATIONS],
  },
  { name: 'from the definition itself, at the end of the ID', path: 'risk/register.yaml', needle: 'id: R-001$0', includeDeclaration: false, expected: R001_CITATIONS },
  {
    name: 'a quoted YAML definition is reported without its quotes',
    path: 'systems/talentmatch.md',
    needle: 'and R-00$02 apply',
    includeDeclaration: true,
    expected: ['risk/register.yaml:12:9-12:14', 'systems/talentmatch.md:11:10-11:15'],
  },
  {
    name: 'an AI system: its aims.id is both the document and the system',
    path: 'risk/register.yaml',
    needle: 'systems: [SYS-0$001]',
    includeDeclaration: true,
    expected: ['risk/register.yaml:10:14-10:21', 'systems/talentmatch.md:3:6-3:13'],
  },
  {
    name: 'a control: a range counts once, 27001 controls not at all, the SoA row is the declaration',
    path: 'risk/register.yaml',
    needle: 'controls: [A.5.$04]',
    includeDeclaration: true,
    expected: ['risk/register.yaml:11:15-11:20', 'risk/soa.yaml:8:8-8:13', 'systems/talentmatch.md:11:43-11:54'],
  },
  {
    name: 'a control without its declaration (the SoA row)',
    path: 'risk/register.yaml',
    needle: 'controls: [A.5.$04]',
    includeDeclaration: false,
    expected: ['risk/register.yaml:11:15-11:20', 'systems/talentmatch.md:11:43-11:54'],
  },
  {
    name: 'a control inside a range, from its SoA row',
    path: 'risk/soa.yaml',
    needle: 'id: A.5.3$0',
    includeDeclaration: true,
    expected: ['risk/soa.yaml:12:8-12:13', 'systems/talentmatch.md:11:43-11:54'],
  },
  { name: 'a clause', path: 'risk/soa.yaml', needle: 'clause 6.1$0.2', includeDeclaration: true, expected: ['risk/soa.yaml:10:42-10:47', 'systems/talentmatch.md:12:41-12:46'] },
  { name: 'plain text: nothing', path: 'systems/talentmatch.md', needle: 'Again$0 R-001', includeDeclaration: true, expected: [] },
  { name: 'a code span: nothing', path: 'systems/talentmatch.md', needle: '`R-0$001`', includeDeclaration: true, expected: [] },
];

for (const c of cases)
  test(`references: ${c.name}`, async () => {
    const { service, uri, position } = await atCursor(cursorAt(c.path, c.needle));
    assert.deepEqual(show(getReferences(service, uri, position, c.includeDeclaration)), c.expected);
  });

test('references: a Markdown register row and table citations, no duplicates', async () => {
  const { service, uri, position } = await atCursor(`
//- register.md
---
aims: { kind: risk-register, id: RR-001, title: Register, owner: X, version: "1", status: draft }
---
# Risk register
| ID | Title | Likelihood | Impact |
|---|---|---|---|
| R-00$01 | Bias | 2 | 3 |

### R-001 details
R-001 is also discussed here.

//- plan.md
---
aims: { kind: risk-treatment-plan, id: RTP-001, title: Plan, owner: X, version: "1", status: draft }
---
# Plan
| Risk | Action |
|---|---|
| R-001 | Retrain |
`);
  assert.deepEqual(show(getReferences(service, uri, position, true)), ['plan.md:6:2-6:7', 'register.md:6:2-6:7', 'register.md:8:4-8:9', 'register.md:9:0-9:5']);
  assert.deepEqual(show(getReferences(service, uri, position, false)), ['plan.md:6:2-6:7', 'register.md:8:4-8:9', 'register.md:9:0-9:5']);
});
