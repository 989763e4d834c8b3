/** Hover cases: the kind value, and where there is no hover. */
import { type Case } from './case.js';

export const KINDS: readonly Case[] = [
  {
    name: 'the kind value: name, clauses, controls, required sections',
    fixture: `
//- policy.md
---
aims:
  kind: pol$0icy
---
# AI policy
`,
    includes: ['AI policy', '5.2', 'A.2.2', 'Purpose', 'Review of the policy'],
    covers: 'policy',
  },
  {
    name: 'the kind value of a register names its entries',
    fixture: `
//- register.yaml
aims:
  kind: risk-register$0
risks: []
`,
    includes: ['AI risk register', '6.1.2', '8.2', 'risks:', 'likelihood'],
  },
  {
    name: 'an unknown kind lists the known ones',
    fixture: `
//- policy.md
---
aims:
  kind: polcy$0
---
# AI policy
`,
    includes: ['polcy', 'not a document kind', '`policy`', '`ai-system`'],
  },
  {
    name: 'plain text has no hover',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Plain te$0xt about nothing.
`,
  },
  {
    name: 'a control inside a code span has no hover',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Inline \`A.6$0.2.4\` is code.
`,
  },
  {
    name: 'an aims key other than kind has no hover',
    fixture: `
//- policy.md
---
aims:
  kind: policy
  ow$0ner: Someone
---
# AI policy
`,
  },
];
