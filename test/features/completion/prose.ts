/** Completion in Markdown prose. */
import { CONTROL, DEFINITIONS, type Case } from './case.js';

export const proseCases: Case[] = [
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
];
