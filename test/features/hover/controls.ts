/** Hover cases: controls, groups, objectives, ranges and Annex B guidance. */
import { type Case, WORKSPACE } from './case.js';

export const CONTROLS: readonly Case[] = [
  {
    name: 'a control: title, group and objective, guidance, evidence, related clauses',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Testing follows A.6.2$0.4 before each release.
`,
    includes: ['A.6.2.4 — AI system verification and validation', 'Annex A.6.2 AI system life cycle', 'Criteria and requirements are defined', 'test methods, datasets', 'Typical evidence', 'release sign-off', '8.1 Operational planning', '9.1'],
    excludes: ['**applicable**'],
    covers: 'A.6.2.4',
  },
  {
    name: 'a control without a statement of applicability in the workspace says so',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
See A.6.2.4$0.
`,
    includes: ['No statement of applicability', 'Cited in 1 document', '`notes.md`'],
  },
  {
    name: 'a control: the SoA decision from another file, and the documents citing it',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
Release testing: A.6.$02.4.
`,
    includes: ['**applicable**', 'Every model release needs test evidence', 'Implemented', '`risk/soa.md`, line 11', 'Cited in 3 documents', 'AI policy (`governance/policy.md`)', 'Statement of applicability (`risk/soa.md`)', '`notes.md`'],
  },
  {
    name: 'an excluded control shows the exclusion and its justification',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
We do not report externally (A.8.3$0).
`,
    includes: ['A.8.3 — ', '**excluded**', 'No regulator requires external reporting'],
  },
  {
    name: 'a control the SoA has no row for',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
Data quality: A.7$0.4.
`,
    includes: ['A.7.4 — Quality of data for AI systems', 'has no row for A.7.4'],
  },
  {
    name: 'a control hovered inside the SoA row itself',
    fixture: `
//- soa.md
---
aims: { kind: soa, id: SOA-1, title: SoA }
---
# SoA
| Control | Title | Applicable | Justification | Status |
|---|---|---|---|---|
| A.2$0.2 | AI policy | Yes | Needed | Planned |
`,
    includes: ['A.2.2 — AI policy', '**applicable**', 'Needed', 'Planned'],
    covers: 'A.2.2',
  },
  {
    name: 'a control group: title, objective and its controls',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
The life cycle group A.6$0.2 applies.
`,
    includes: ['A.6.2 — AI system life cycle', 'Criteria and requirements are defined', 'A.6.2.2', 'A.6.2.8', 'part of A.6'],
    excludes: ['A.6.1.2'],
    covers: 'A.6.2',
  },
  {
    name: 'the A.6 group lists both sub-groups',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Group A$0.6 covers the life cycle.
`,
    includes: ['A.6 — AI system life cycle', 'A.6.1 Management guidance for AI system development', 'A.6.1.2', 'A.6.2.8'],
  },
  {
    name: 'an objective (A.x.1) is the objective of its group, with the group\'s controls',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Objective A.2.$01 is met.
`,
    includes: ['A.2.1', 'objective', 'A.2 — Policies related to AI', 'A.2.2 — AI policy', 'A.2.4'],
  },
  {
    name: 'a range lists every control in it',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Impact controls A.5$0.2-A.5.4 apply.
`,
    includes: ['A.5.2', 'A.5.3', 'A.5.4', '3 controls'],
    covers: 'A.5.2-A.5.4',
  },
  {
    name: 'Annex B guidance points to its control and shows the control',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
See the guidance in B.6.$02.4.
`,
    includes: ['B.6.2.4', 'implementation guidance for control A.6.2.4', 'A.6.2.4 — AI system verification and validation', 'Typical evidence'],
    covers: 'B.6.2.4',
  },
  {
    name: 'Annex B guidance for an objective shows its group',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
The objective guidance B.2$0.1 helps.
`,
    includes: ['B.2.1', 'A.2 — Policies related to AI'],
    excludes: ['does not exist'],
  },
  {
    name: 'a risk defined by a heading shows where, without inventing attributes',
    fixture: `
//- register.md
---
aims: { kind: risk-register, id: RR-1, title: Risks }
---
# Risks
### R-0$003: Drift of the ranking model
The model degrades.
`,
    includes: ['R-003 — Drift of the ranking model', '`register.md`, line 5'],
    excludes: ['No treatment'],
  },
  {
    name: 'a 27001 control is noted, not checked',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Also ISO/IEC 27001 A.8.1$05 applies.
`,
    includes: ['A.8.15', 'ISO/IEC 27001', 'not checked'],
    excludes: ['does not exist'],
  },
  {
    name: 'an unknown control says it does not exist and lists the closest',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Logs are kept under A.6.2$0.9.
`,
    includes: ['A.6.2.9', 'does not exist', 'A.6.2.8', 'AI system recording of event logs'],
    covers: 'A.6.2.9',
  },
  {
    name: 'an unknown group',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Group A.1$01 is new.
`,
    includes: ['A.11', 'not an ISO/IEC 42001 Annex A control group', 'A.10'],
  },
];
