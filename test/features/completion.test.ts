/**
 * Completion, data-driven: each case is a fixture with a `$0` cursor, the
 * labels that must (and must not) be offered, the kinds every entry must have,
 * and the text the entries replace. An empty `kinds` list means "nothing".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { getCompletions } from '../../server/src/core/features/completion.js';
import type { CompletionEntry, CompletionKind } from '../../server/src/core/features/types.js';

interface Case {
  readonly name: string;
  readonly fixture: string;
  /** Every entry has one of these kinds; [] means no entries at all. */
  readonly kinds: readonly CompletionKind[];
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  /** The document text the entries' range covers. */
  readonly replaces?: string;
  /** Fragments of one entry's detail, documentation or insert text. */
  readonly entry?: { readonly label: string; readonly detail?: string; readonly documentation?: string; readonly insertText?: string };
  readonly count?: number;
}

/** Definitions the ID completions draw on, spread over several files. */
const DEFINITIONS = `
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-2026
  title: AI risk register
risks:
  - id: R-001
    title: Biased ranking of applicants
    likelihood: 3
    impact: 4
  - id: R-002
    title: Model drift

//- systems/talentmatch.md
---
aims: { kind: ai-system, id: SYS-001, title: TalentMatch }
---
# TalentMatch

//- governance/policy.md
---
aims: { kind: policy, id: POL-001, title: AI policy }
---
# AI policy
`;

const CONTROL = ['control'] as const;

const cases: Case[] = [
  // ---- the aims block
  {
    name: 'aims keys not yet present, at a key position of the block',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  title: AI policy
  $0
---
# AI policy
`,
    kinds: ['field'],
    includes: ['id', 'owner', 'version', 'status', 'approved_on', 'next_review', 'controls'],
    excludes: ['kind', 'title'],
    entry: { label: 'owner', detail: 'required', insertText: 'owner: ' },
  },
  {
    name: 'aims keys in a YAML document, the one being typed replaced',
    fixture: `
//- register.yaml
aims:
  kind: risk-register
  app$0
risks: []
`,
    kinds: ['field'],
    includes: ['approved_by', 'approved_on'],
    excludes: ['kind', 'risks:'],
    replaces: 'app',
  },
  {
    name: 'aims keys in a flow mapping',
    fixture: `
//- policy.md
---
aims: { kind: policy, owner: CEO, ti$0 }
---
# AI policy
`,
    kinds: ['field'],
    includes: ['title', 'status'],
    excludes: ['kind', 'owner'],
    replaces: 'ti',
  },
  {
    name: 'kind values: the 20 kinds with their names',
    fixture: `
//- policy.md
---
aims:
  kind: ri$0
---
# x
`,
    kinds: ['value'],
    includes: ['policy', 'risk-register', 'soa', 'ai-system'],
    count: 20,
    entry: { label: 'soa', detail: 'Statement of applicability', documentation: '6.1.3' },
    replaces: 'ri',
  },
  {
    name: 'status values, and no control IDs even when the value starts like one',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  status: A$0
---
# x
`,
    kinds: ['value'],
    includes: ['draft', 'approved', 'retired'],
    count: 3,
  },
  {
    name: 'next_review offers today and a year from today',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  next_review: $0
---
# x
`,
    kinds: ['value'],
    includes: ['2026-11-28', '2027-11-28'],
  },
  {
    name: 'approved_on offers today',
    fixture: `
//- policy.md
---
aims: { kind: policy, approved_on: 20$0 }
---
# x
`,
    kinds: ['value'],
    includes: ['2026-11-28'],
    replaces: '20',
  },
  {
    name: 'controls in a flow list of the front matter (groups too)',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  controls: [A.2.2, A.$0]
---
# x
`,
    kinds: CONTROL,
    includes: ['A.2.3', 'A.6.2.4', 'A.6.2', 'A.10.4'],
    excludes: ['A.2.1', 'A.6.2.1'],
    entry: { label: 'A.6.2.4', detail: 'AI system verification and validation', documentation: 'acceptance criteria' },
    replaces: 'A.',
    count: 49,
  },
  {
    name: 'controls in a block list, before anything is typed',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  controls:
    - A.2.2
    - $0
---
# x
`,
    kinds: CONTROL,
    includes: ['A.2.4'],
  },
  {
    name: 'clauses in a clauses: list, with titles',
    fixture: `
//- rtp.md
---
aims:
  kind: risk-treatment-plan
  clauses: ["6.1.2", "6.$0"]
---
# x
`,
    kinds: ['clause'],
    includes: ['6.1.3', '8.3', '10.2'],
    entry: { label: '6.1.3', detail: 'AI risk treatment' },
    replaces: '6.',
  },
  {
    name: 'risks: field offers the risks defined in the workspace, with titles',
    fixture: `${DEFINITIONS}
//- rtp.md
---
aims:
  kind: risk-treatment-plan
  risks: [R-001, $0]
---
# x
`,
    kinds: ['risk'],
    includes: ['R-001', 'R-002'],
    excludes: ['SYS-001', 'POL-001'],
    entry: { label: 'R-002', detail: 'Model drift', documentation: '`risk/register.yaml`, line 10' },
  },
  {
    name: 'systems: field offers AI systems only',
    fixture: `${DEFINITIONS}
//- rtp.md
---
aims:
  kind: risk-treatment-plan
  systems:
    - S$0
---
# x
`,
    kinds: ['system'],
    includes: ['SYS-001'],
    entry: { label: 'SYS-001', detail: 'TalentMatch' },
  },
  {
    name: 'the id of an item of a YAML SoA controls: list',
    fixture: `
//- soa.yaml
aims:
  kind: soa
controls:
  - id: A.2.2
    applicable: true
  - id: A.$0
`,
    kinds: CONTROL,
    includes: ['A.2.3'],
  },
  {
    name: 'a YAML risk item: source offers Annex C names over the whole value',
    fixture: `
//- register.yaml
aims:
  kind: risk-register
risks:
  - id: R-001
    source: level of au$0
`,
    kinds: ['annex-c'],
    includes: ['Level of automation', 'Risk sources related to machine learning', 'Fairness'],
    entry: { label: 'Level of automation', detail: 'risk source' },
    replaces: 'level of au',
  },
  {
    name: 'a YAML risk item: its id, status, likelihood and treatment get nothing',
    fixture: `
//- register.yaml
aims:
  kind: risk-register
risks:
  - id: R-001
    status: A.$0
`,
    kinds: [],
  },
  {
    name: 'a YAML risk item: controls offers controls',
    fixture: `
//- register.yaml
aims:
  kind: risk-register
risks:
  - id: R-001
    treatment: modify
    controls: [A.5.4, $0]
`,
    kinds: CONTROL,
    includes: ['A.7.4'],
  },
  {
    name: 'a YAML comment gets nothing',
    fixture: `
//- register.yaml
aims:
  kind: risk-register   # see A.$0
`,
    kinds: [],
  },
  // ---- Markdown prose
  {
    name: 'a word starting with A. in prose offers controls and groups',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Testing is covered by A.6$0 in our plan.
`,
    kinds: CONTROL,
    includes: ['A.6.2.4', 'A.6', 'A.6.2'],
    replaces: 'A.6',
  },
  {
    name: 'a lone A after a word boundary offers controls',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
See (A$0
`,
    kinds: CONTROL,
    includes: ['A.2.2'],
    replaces: 'A',
  },
  {
    name: '"Annex " offers controls before anything is typed',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
As Annex $0 requires.
`,
    kinds: CONTROL,
    includes: ['A.9.4'],
  },
  {
    name: 'a word that only starts with A is not a control',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
An Apple$0 a day.
`,
    kinds: [],
  },
  {
    name: '"Clause " offers clauses with titles',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Treatment follows Clause $0
`,
    kinds: ['clause'],
    includes: ['4', '6.1.3', '10.2'],
    entry: { label: '9.2', detail: 'Internal audit' },
  },
  {
    name: '"cl. " offers clauses',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
See cl. 6.1$0 for the method.
`,
    kinds: ['clause'],
    includes: ['6.1.2'],
    replaces: '6.1',
  },
  {
    name: '"§" offers clauses',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Impact assessment (§6$0)
`,
    kinds: ['clause'],
    includes: ['6.1.4'],
    replaces: '6',
  },
  {
    name: 'the next clause of a list offers clauses',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Clauses 6.1.2 and 8$0
`,
    kinds: ['clause'],
    includes: ['8.2'],
  },
  {
    name: 'an ID prefix offers the IDs defined anywhere in the workspace',
    fixture: `${DEFINITIONS}
//- notes.md
# ISO/IEC 42001 notes
Tracked as R-$0 in the register.
`,
    kinds: ['risk', 'document'],
    includes: ['R-001', 'R-002', 'RR-2026'],
    excludes: ['SYS-001', 'POL-001'],
    entry: { label: 'R-001', detail: 'Biased ranking of applicants' },
    replaces: 'R-',
  },
  {
    name: 'a hyphenated word is not taken for an ID prefix',
    fixture: `${DEFINITIONS}
//- notes.md
# ISO/IEC 42001 notes
Three high-$0 risks remain.
`,
    kinds: [],
  },
  {
    name: 'an ID prefix of one type narrows to the IDs starting with its letters',
    fixture: `${DEFINITIONS}
//- notes.md
# ISO/IEC 42001 notes
See SYS-0$0.
`,
    kinds: ['system'],
    includes: ['SYS-001'],
    replaces: 'SYS-0',
  },
  {
    name: 'a word without a dash or digit is not an ID prefix',
    fixture: `${DEFINITIONS}
//- notes.md
# ISO/IEC 42001 notes
The policy$0 applies.
`,
    kinds: [],
  },
  {
    name: '"**Clause:** " offers clauses',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
**Clause:** $0
`,
    kinds: ['clause'],
    includes: ['7.5.3'],
  },
  {
    name: 'no aims keys in the indentation in front of an existing key',
    fixture: `
//- policy.md
---
aims:
 $0 kind: policy
---
# x
`,
    kinds: [],
  },
  {
    name: 'an aims key already written is not offered again',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  ow$0ner: CEO
---
# x
`,
    kinds: [],
  },
  // ---- Markdown tables
  {
    name: 'a Control column of an SoA offers controls, undecided ones first',
    fixture: `
//- soa.md
---
aims: { kind: soa }
---
# Statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Needed |
| $0
`,
    kinds: CONTROL,
    includes: ['A.2.2', 'A.2.3'],
  },
  {
    name: 'an Annex A column of a risk register offers controls',
    fixture: `
//- register.md
# AI risk register
| ID | Risk | Likelihood | Impact | Annex A |
|---|---|---|---|---|
| R-001 | Bias | 3 | 4 | A.5.4, A.$0 |
`,
    kinds: CONTROL,
    includes: ['A.7.4'],
    replaces: 'A.',
  },
  {
    name: 'a Control column that holds the names (IDs in a Ref column) is free text',
    fixture: `
//- soa.md
---
aims: { kind: soa }
---
# SoA
| Ref | Control | Applicable |
|---|---|---|
| A.2.2 | AI po$0 | Yes |
`,
    kinds: [],
  },
  {
    name: 'a Clause column offers clauses',
    fixture: `
//- map.md
# ISO/IEC 42001 mapping
| Clause | Document |
|---|---|
| 6.$0 | RAP-001 |
`,
    kinds: ['clause'],
    includes: ['6.1.2'],
  },
  {
    name: 'a Source column offers Annex C names over the cell',
    fixture: `
//- register.md
---
aims: { kind: risk-register }
---
# Risks
| ID | Risk | Source | Likelihood |
|---|---|---|---|
| R-001 | Bias | risk sources $0 | 3 |
`,
    kinds: ['annex-c'],
    includes: ['Risk sources related to machine learning'],
    replaces: 'risk sources ',
  },
  {
    name: 'a Source column of a data table is not a risk source',
    fixture: `
//- systems/x.md
---
aims: { kind: ai-system }
---
# X
| Data set | Source | Use |
|---|---|---|
| History | Customers $0 | Training |
`,
    kinds: [],
  },
  {
    name: 'a Risk column of a treatment plan offers risks',
    fixture: `${DEFINITIONS}
//- rtp.md
---
aims: { kind: risk-treatment-plan }
---
# Plan
| Risk | Option |
|---|---|
| $0 | Modify |
`,
    kinds: ['risk'],
    includes: ['R-001'],
  },
  {
    name: 'a Status column gets nothing, even for A.',
    fixture: `
//- soa.md
---
aims: { kind: soa }
---
# SoA
| Control | Applicable | Status |
|---|---|---|
| A.2.2 | Yes | A.$0 |
`,
    kinds: [],
  },
  {
    name: 'a Likelihood column gets nothing',
    fixture: `
//- register.md
# AI risk register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-001 | Bias | R-$0 | 4 |
`,
    kinds: [],
  },
  {
    name: 'an ISO 27001 column gets no 42001 controls',
    fixture: `
//- map.md
# ISO/IEC 42001 mapping
| ISO 42001 | ISO 27001:2022 |
|---|---|
| A.6.2.8 | A.$0 |
`,
    kinds: [],
  },
  // ---- headings
  {
    name: 'at the start of a line: the required sections the document lacks',
    fixture: `
//- policy.md
---
aims: { kind: policy }
---
# AI policy
## Purpose
Why.
## Scope
All AI.
## Po$0
`,
    kinds: ['heading'],
    includes: ['## Policy statement and principles', '## Review of the policy', '## Roles and responsibilities'],
    excludes: ['## Purpose', '## Scope'],
    entry: { label: '## Review of the policy', insertText: 'When and by whom the policy is reviewed' },
    replaces: '## Po',
  },
  {
    name: 'on an empty line of an AI system record',
    fixture: `
//- systems/x.md
---
aims: { kind: ai-system }
---
# X
## Purpose
Ranks CVs.

$0
`,
    kinds: ['heading'],
    includes: ['## Intended use', '## Event logs'],
    excludes: ['## Purpose'],
  },
  {
    name: 'no headings for a document of no known kind',
    fixture: `
//- notes.md
# Notes about ISO/IEC 42001
$0
`,
    kinds: [],
  },
  // ---- nowhere
  {
    name: 'nothing inside a code span',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Inline \`A.$0\` is code.
`,
    kinds: [],
  },
  {
    name: 'nothing in a code span still being typed',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Inline \`A.$0
`,
    kinds: [],
  },
  {
    name: 'nothing inside fenced code',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
\`\`\`yaml
controls: [A.$0]
\`\`\`
`,
    kinds: [],
  },
  {
    name: 'nothing inside an HTML comment',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
<!-- see A.$0 -->
`,
    kinds: [],
  },
  {
    name: 'no 42001 controls right after ISO/IEC 27001',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Also ISO/IEC 27001 A.$0
`,
    kinds: [],
  },
  {
    name: 'nothing on the front matter fence',
    fixture: `
//- policy.md
---
aims: { kind: policy }
---$0
# x
`,
    kinds: [],
  },
];

function show(list: readonly CompletionEntry[]): string {
  return list.map((e) => `${e.kind}:${e.label}`).join(', ');
}

for (const c of cases)
  test(`completion: ${c.name}`, async () => {
    const { service, uri, position } = await atCursor(c.fixture);
    const list = getCompletions(service, uri, position);
    if (c.kinds.length === 0) {
      assert.deepEqual(show(list), '', 'expected no completions');
      return;
    }
    assert.ok(list.length > 0, 'expected completions');
    for (const e of list) assert.ok(c.kinds.includes(e.kind), `unexpected ${e.kind} entry ${e.label}; got ${show(list)}`);
    const labels = new Set(list.map((e) => e.label));
    for (const l of c.includes ?? []) assert.ok(labels.has(l), `expected ${l} in ${show(list)}`);
    for (const l of c.excludes ?? []) assert.ok(!labels.has(l), `did not expect ${l} in ${show(list)}`);
    if (c.count !== undefined) assert.equal(list.length, c.count, show(list));
    if (c.entry) {
      const e = list.find((x) => x.label === c.entry!.label);
      assert.ok(e, `no entry ${c.entry.label}`);
      for (const [field, want] of [
        ['detail', c.entry.detail],
        ['documentation', c.entry.documentation],
        ['insertText', c.entry.insertText],
      ] as const)
        if (want !== undefined) assert.ok((e[field] ?? '').includes(want), `${field} of ${e.label} should include "${want}": ${e[field]}`);
    }
    const doc = service.getDocument(uri)!;
    const covered = new Set(list.map((e) => doc.text.slice(doc.lines.offsetAt(e.range.start), doc.lines.offsetAt(e.range.end))));
    assert.equal(covered.size, 1, 'all entries replace the same text');
    if (c.replaces !== undefined) assert.equal([...covered][0], c.replaces);
  });

test('completion: controls the SoA already decides sort after the undecided ones', async () => {
  const { service, uri, position } = await atCursor(`
//- soa.md
---
aims: { kind: soa }
---
# SoA
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Needed |
| A.$0
`);
  const list = getCompletions(service, uri, position);
  const sort = (label: string) => list.find((e) => e.label === label)!.sortText!;
  assert.ok(sort('A.2.3') < sort('A.2.2'));
  assert.ok(sort('A.10.4') < sort('A.2.2'));
});

test('completion: snippets escape the hint, and every entry is well formed at every offset', async () => {
  const { service, uri } = await atCursor(`${DEFINITIONS}
//- policy.md
---
aims:
  kind: policy
  controls: [A.2.2]
  status: draft
---
# AI policy $0
| Control | Clause | Source |
|---|---|---|
| A.2.2 | 5.2 | bias |
See Clause 6.1, R-001, \`A.2\` and § 9.
`);
  assert.equal(getCompletions(service, 'file:///elsewhere.md', { line: 0, character: 0 }).length, 0);
  const doc = service.getDocument(uri)!;
  for (let o = 0; o <= doc.text.length; o++) {
    const at = doc.lines.positionAt(o);
    for (const e of getCompletions(service, uri, at)) {
      const start = doc.lines.offsetAt(e.range.start);
      const end = doc.lines.offsetAt(e.range.end);
      assert.ok(start <= o && o <= end, `range of ${e.label} at ${o} does not contain the cursor`);
      assert.equal(e.range.start.line, e.range.end.line, 'single-line range');
      if (e.snippet) assert.ok(!/(?<!\\)\$(?![0-9{])/.test(e.insertText ?? ''), `unescaped $ in ${e.insertText}`);
    }
  }
});
