/** Completion of NIST AI RMF subcategories and EU AI Act articles (issue 17). */
import type { Case } from './case.js';

export const frameworkCases: Case[] = [
  {
    name: 'an upper-case function name being typed offers its categories and subcategories with our titles',
    fixture: `
//- notes.md
# ISO/IEC 42001 and the NIST AI RMF
Evidence for MEAS$0
`,
    kinds: ['clause'],
    includes: ['MEASURE 1', 'MEASURE 4', 'MEASURE 1.1', 'MEASURE 2.13', 'MEASURE 4.3'],
    excludes: ['GOVERN 1.1', 'MANAGE 1.1', 'MANAGE 1'],
    replaces: 'MEAS',
    count: 26,
    entry: { label: 'MEASURE 2.4', documentation: 'A.6.2.6, A.6.2.8' },
  },
  {
    name: 'a function and a number being typed: the entries replace both',
    fixture: `
//- notes.md
# ISO/IEC 42001 and the NIST AI RMF
Legal duties: GOVERN 1.$0
`,
    kinds: ['clause'],
    includes: ['GOVERN 1.1', 'GOVERN 6.2'],
    excludes: ['MAP 1.1', 'GOVERN 1'],
    replaces: 'GOVERN 1.',
  },
  {
    name: '"Art. " in a document naming the EU AI Act offers its articles with their titles',
    fixture: `
//- notes.md
# ISO/IEC 42001 and the EU AI Act
Oversight meets Art. $0
`,
    kinds: ['clause'],
    includes: ['9', '14', '113'],
    count: 113,
    entry: { label: '14', documentation: 'A.9.2' },
  },
  {
    name: '"Art. " where nothing names the AI Act offers no articles (GDPR numbers its articles too)',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Consent follows Art. $0
`,
    kinds: [],
  },
];
