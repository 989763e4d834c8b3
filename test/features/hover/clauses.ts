/** Hover cases: clauses. */
import { type Case, WORKSPACE } from './case.js';

export const CLAUSES: readonly Case[] = [
  {
    name: 'a clause: title, parent, summary, documented information and who provides it',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
Treatment follows Clause 6.1$0.3.
`,
    includes: ['Clause 6.1.3 — AI risk treatment', '6.1 (Actions to address risks and opportunities)', 'statement of applicability', 'Statement of applicability (`risk/soa.md`)', 'AI risk treatment plan', '**missing**', 'AI risk treatment plan'],
    covers: '6.1.3',
  },
  {
    name: 'a top-level clause lists its sub-clauses and their documented information',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Planning is in Clause 6$0.
`,
    includes: ['Clause 6 — Planning', '6.1.2', '6.2 AI objectives', 'clause 6.1.3)'],
  },
  {
    name: 'a clause in a clauses: field of the front matter',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  clauses: ["5$0.2"]
---
# AI policy
`,
    includes: ['Clause 5.2 — AI policy', 'provided by AI policy (`policy.md`)'],
    covers: '5.2',
  },
  {
    name: 'an unknown clause says so and lists its siblings',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Changes are controlled under Clause 8.$05.
`,
    includes: ['Clause 8.5', 'does not exist', '8.1, 8.2, 8.3, 8.4', '10 Improvement'],
  },
  {
    name: 'an introductory clause sets no requirements',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Terms are in Clause 3$0.
`,
    includes: ['Clause 3', 'Terms and definitions', 'no requirements'],
  },
  {
    name: 'a clause of another standard is not checked',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Quality records follow ISO 9001 clause 7.$05.
`,
    includes: ['Clause 7.5', 'another standard', 'not checked'],
    excludes: ['Documented information'],
  },
];
