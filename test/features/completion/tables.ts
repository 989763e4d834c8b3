/** Completion in Markdown tables and headings, and where nothing is offered. */
import { CONTROL, DEFINITIONS, type Case } from './case.js';

export const tableCases: Case[] = [
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
