/** Document outline and workspace symbols. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../support/check.js';
import { uriOf, pathOf } from '../support/memoryHost.js';
import { getDocumentSymbols } from '../../server/src/core/index.js';
import { getWorkspaceSymbols } from '../../server/src/core/index.js';
import type { DocumentSymbolResult, Range, WorkspaceSymbolResult } from '../../server/src/core/index.js';

const r = (x: Range) => `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;

/** One line per symbol, indented by depth: kind name (detail) range / selection. */
function outline(symbols: readonly DocumentSymbolResult[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''} ${r(s.range)} / ${r(s.selectionRange)}`,
    ...outline(s.children, depth + 1),
  ]);
}

const WORKSPACE = `
//- register.md
---
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
---
# AI risk register
Intro.

## Method
Scores are likelihood x impact.

### Scales
Five steps.

## Risks

| ID | Title | Likelihood | Impact |
|---|---|---|---|
| R-001 | Biased ranking | 4 | 5 |
| R-002 | Drift | 2 | 2 |

# Appendix
None.

//- soa.yaml
aims:
  kind: soa
  id: SOA-001
  title: Statement of applicability
  owner: CRO
  version: "1"
  status: draft
controls:
  - id: A.2.2
    applicable: true
    justification: Needed
  - id: A.8.3
    title: External reporting
    applicable: false
    justification: No duty
notes: none

//- risks.yaml
# ISO/IEC 42001 risks and systems
risks:
  - id: R-003
    title: Leak
    likelihood: 2
    impact: 4
systems:
  - id: SYS-001
    name: TalentMatch

//- soa.md
# ISO/IEC 42001 statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.9.2 | Responsible use | Yes | Needed |
| A.9.3 | | | |
`;

test('symbols: Markdown gives the aims: block and the risks, not the headings (the editor\'s Markdown outline lists those)', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(outline(getDocumentSymbols(service, uriOf('register.md'))), [
    'document RR-001 (risk-register: AI risk register) 1:0-7:15 / 3:6-3:12',
    'risk R-001 (Biased ranking) 22:2-22:32 / 22:2-22:7',
    'risk R-002 (Drift) 23:2-23:23 / 23:2-23:7',
  ]);
});

test('symbols: plain Markdown headings and JSON keys are no symbols; YAML keys are (VS Code has no YAML outline of its own)', async () => {
  const { service } = await workspace(`
//- notes.md
# ISO/IEC 42001 notes
## Purpose
Text citing A.6.2.2.
### Detail
More.

//- list.json
{ "aims": { "kind": "risk-register" }, "risks": [ { "id": "R-010", "title": "Leak", "likelihood": 2, "impact": 3 } ], "notes": "none" }

//- plain.yaml
# ISO/IEC 42001 notes
purpose: text
review: yearly
`);
  assert.deepEqual(getDocumentSymbols(service, uriOf('notes.md')), [], 'headings alone: nothing of ours');
  assert.deepEqual(outline(getDocumentSymbols(service, uriOf('list.json'))).map((l) => l.replace(/ \d.*$/, '')), ['document aims (risk-register)', 'risk R-010 (Leak)']);
  assert.deepEqual(outline(getDocumentSymbols(service, uriOf('plain.yaml'))).map((l) => l.replace(/ \d.*$/, '')), ['section purpose', 'section review']);
});

test('symbols: YAML top-level keys, with SoA items (title, decision) as children', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(outline(getDocumentSymbols(service, uriOf('soa.yaml'))), [
    'document SOA-001 (soa: Statement of applicability) 0:0-6:15 / 2:6-2:13',
    'section controls 7:0-14:26 / 7:0-7:8',
    '  soa-row A.2.2 (AI policy (applicable)) 8:4-10:25 / 8:8-8:13',
    '  soa-row A.8.3 (External reporting (excluded)) 11:4-14:26 / 11:8-11:13',
    'section notes 15:0-15:11 / 15:0-15:5',
  ]);
});

test('symbols: YAML risks and systems, with no aims block', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(outline(getDocumentSymbols(service, uriOf('risks.yaml'))), [
    'section risks 1:0-5:13 / 1:0-1:5',
    '  risk R-003 (Leak) 2:4-5:13 / 2:8-2:13',
    'section systems 6:0-8:21 / 6:0-6:7',
    '  system SYS-001 (TalentMatch) 7:4-8:21 / 7:8-7:15',
  ]);
});

test('symbols: a Markdown SoA table, undecided rows included', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(outline(getDocumentSymbols(service, uriOf('soa.md'))), [
    'soa-row A.9.2 (Responsible use (applicable)) 3:2-3:40 / 3:2-3:7',
    'soa-row A.9.3 (Objectives for responsible use of AI system (undecided)) 4:2-4:15 / 4:2-4:7',
  ]);
});

test('symbols: an unknown document has no outline; a document without headings has an empty one', async () => {
  const { service } = await workspace('//- a.md\nJust text.\n');
  assert.deepEqual(getDocumentSymbols(service, uriOf('nowhere.md')), []);
  assert.deepEqual(getDocumentSymbols(service, uriOf('a.md')), []);
});

const ws = (list: readonly WorkspaceSymbolResult[]) => list.map((s) => `${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''} @${pathOf(s.location.uri)}:${r(s.location.range)}`);

test('workspace symbols: risks, systems, documents and decided controls, by kind then ID', async () => {
  const { service } = await workspace(WORKSPACE);
  assert.deepEqual(ws(getWorkspaceSymbols(service, '')), [
    'risk R-001 Biased ranking (AI risk register) @register.md:22:2-22:7',
    'risk R-002 Drift (AI risk register) @register.md:23:2-23:7',
    'risk R-003 Leak @risks.yaml:2:8-2:13',
    'system SYS-001 TalentMatch @risks.yaml:7:8-7:15',
    'document RR-001 AI risk register @register.md:3:6-3:12',
    'document SOA-001 Statement of applicability @soa.yaml:2:6-2:13',
    'control A.2.2 AI policy (applicable) @soa.yaml:8:8-8:13',
    'control A.8.3 External reporting (excluded) @soa.yaml:11:8-11:13',
    'control A.9.2 Processes for responsible use of AI systems (applicable) @soa.md:3:2-3:7',
  ]);
});

test('workspace symbols: case-insensitive subsequence of "ID title"', async () => {
  const { service } = await workspace(WORKSPACE);
  const names = (q: string) => getWorkspaceSymbols(service, q).map((s) => s.name);
  assert.deepEqual(names('drift'), ['R-002 Drift']);
  assert.deepEqual(names('r002'), ['R-002 Drift']);
  assert.deepEqual(names('SYS talent'), ['SYS-001 TalentMatch']);
  assert.deepEqual(names('a83'), ['A.8.3 External reporting']);
  assert.deepEqual(names('extrep'), ['A.8.3 External reporting']);
  assert.deepEqual(names('zzz'), []);
});

test('workspace symbols: weak definitions are not symbols; an AI system record is listed once; at most 500', async () => {
  const rows = Array.from({ length: 600 }, (_, i) => `  - id: R-${String(i + 1).padStart(3, '0')}\n    title: Risk ${i + 1}\n`).join('');
  const { service } = await workspace(`
//- big.yaml
aims: { kind: risk-register, id: RR-009, title: Big, owner: X, version: "1", status: draft }
risks:
${rows}
//- list.md
# ISO/IEC 42001 master document list
| ID | Title |
|---|---|
| POL-001 | AI policy |

//- talentmatch.md
---
aims: { kind: ai-system, id: SYS-001, title: TalentMatch, owner: X, version: "1", status: draft }
---
# TalentMatch
`);
  assert.equal(getWorkspaceSymbols(service, '').length, 500);
  assert.deepEqual(ws(getWorkspaceSymbols(service, 'POL')), []);
  assert.deepEqual(ws(getWorkspaceSymbols(service, 'talentmatch')), ['system SYS-001 TalentMatch @talentmatch.md:1:29-1:36']);
});
