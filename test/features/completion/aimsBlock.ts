/** Completion in the `aims:` block and YAML registers. */
import { CONTROL, DEFINITIONS, type Case } from './case.js';

export const aimsBlockCases: Case[] = [
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
    name: 'kind values: the 22 kinds with their names',
    fixture: `
//- policy.md
---
aims:
  kind: ri$0
---
# x
`,
    kinds: ['value'],
    includes: ['policy', 'risk-register', 'soa', 'ai-system', 'model-card', 'dataset-card'],
    count: 22,
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
];
