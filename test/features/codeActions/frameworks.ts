/** Quick-fix cases: unknown-framework-reference (issue 17), the reference changed as written. */
import type { FixCase } from './case.js';

const gone = (f: { code: string }) => f.code === 'unknown-framework-reference';

export const FRAMEWORK_CASES: readonly FixCase[] = [
  {
    name: 'unknown-framework-reference: a subcategory number changes, the function as written stays',
    fixture: '//- map.md\n# ISO/IEC 42001 and the NIST AI RMF\n\nRisk responses: Mg-1$0.0 and GOVERN 1.1.\n',
    title: 'Change to MANAGE 1.1 (Whether the system meets its purpose, and should go ahead, is decided)',
    expected: { 'map.md': ['Mg-1.0 and', 'Mg-1.1 and'] },
    gone,
    crlf: true,
  },
  {
    name: 'unknown-framework-reference: a lettered draft article becomes the adopted one, its paragraph kept',
    fixture: '//- act.md\n# ISO/IEC 42001 and the EU AI Act\n\nHuman oversight under Art. 1$04a(2) of the EU AI Act.\n',
    title: 'Change to Article 14 (Human oversight)',
    expected: { 'act.md': ['Art. 14a(2) of', 'Art. 14(2) of'] },
    gone,
  },
  {
    name: 'unknown-framework-reference: an annex past the last',
    fixture: '//- act.md\n# ISO/IEC 42001 and the EU AI Act\n\nOur use is in the EU AI Act Annex XI$0V.\n',
    title: 'Change to Annex IV (Technical documentation referred to in Article 11(1))',
    expected: { 'act.md': ['Annex XIV.', 'Annex IV.'] },
    gone,
  },
  {
    name: 'unknown-framework-reference: fix all takes the first suggestion of each',
    fixture: '//- map.md\n# ISO/IEC 42001 and the NIST AI RMF\n\nMANAGE 1$0.0 and MEASURE 2.0 are covered.\n',
    title: 'Fix all unknown-framework-reference in this file',
    kind: 'source.fixAll',
    expected: { 'map.md': ['MANAGE 1.0 and MEASURE 2.0 are', 'MANAGE 1.1 and MEASURE 2.1 are'] },
    gone,
    crlf: true,
  },
];
