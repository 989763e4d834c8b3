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

test('annex-d-sector: the sectors of .aims.yaml, for the whole workspace, get the same notice on that file', async () => {
  await check(
    `
//- .aims.yaml
frameworks: [iso42001]
sectors: [finance, aerospace]
          ^^^^^^^ annex-d-sector Finance (Annex D): related standards
                   ^^^^^^^^^ annex-d-sector is not a sector ISO/IEC 42001 Annex D names
//- policy.md
# AI policy
`,
    { codes: ['annex-d-sector'] },
  );
});

test('annex-d-sector: switched off in .aims.yaml, its own sectors say nothing either', async () => {
  await check(
    `
//- .aims.yaml
rules:
  annex-d-sector: off
sectors: [finance]
`,
    { codes: ['annex-d-sector'] },
  );
});
