/** annex-d-sector (issue 17): a notice per sector an aims: block names, or a word Annex D does not name. */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('annex-d-sector: the sector\'s related standards and risk sources; aliases; an unknown sector', async () => {
  await check(
    `
//- risk/process.md
---
aims:
  kind: risk-assessment-process
  id: RAP-001
  sectors: [finance, Healthcare, HR, aerospace]
            ^^^^^^^ annex-d-sector ISO/IEC 27001, ISO/IEC 27701; risk sources typical of the sector: Lack of transparency and explainability
                     ^^^^^^^^^^ annex-d-sector ISO 13485
                                 ^^ annex-d-sector Employment (Annex D)
                                     ^^^^^^^^^ annex-d-sector is not a sector ISO/IEC 42001 Annex D names
---
# AI risk assessment process
`,
    { codes: ['annex-d-sector'] },
  );
});
