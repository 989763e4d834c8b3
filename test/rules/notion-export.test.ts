/**
 * An AIMS kept in Notion and exported to Markdown and CSV: every page's and database's file
 * name ends with a 32-digit hex ID, a database is a page linking to the CSV file of its rows
 * beside it, and the rows are the CSV. Fixtures in our own words, modelled on such exports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';

const HASH = '6b65a6a48b8148f6b38a088ca65ed389';

test("Notion export: a database's CSV is read by its name without the ID; an \"AI Systems\" CSV defines its systems", async () => {
  await check(
    `
//- AIMS/AI Systems ${HASH}.csv
Name,System ID,Owner,Status
TalentRank,SYS-01,Maya,Live
JD Assistant,SYS-03,Leo,Pilot

//- AIMS/Statement of Applicability b74d0fb132e706298fadc1a606cb0fb3.csv
Control,Title,Applicable,Justification,Status
A.2.2,AI policy,Yes,Policy approved,Implemented
A.4.7,Data lifecycle,Yes,Old template row,Implemented
^^^^^ unknown-control A.4.7 is not an ISO/IEC 42001 Annex A control

//- AIMS/AIMS Scope bd9c66b3ad3c2d6d1a3d1fa7bc8960a9.md
# AIMS Scope
Under ISO/IEC 42001 the AIMS covers TalentRank (SYS-01) and JD Assistant (SYS-03), not SYS-09.
                                                                                       ^^^^^^ dangling-reference The AI system SYS-09
`,
    { codes: ['dangling-reference', 'unknown-control'] },
  );
});

test("Notion export: a database's page links to its rows' CSV, so it is not said to list none", async () => {
  const { service } = await workspace(`
//- AIMS/AI Risk Register 17fc695a07a0ca6e0822e8f36c031199.md
# AI Risk Register

Owner: Maya Goldberg
Linked database. Views: **All risks**, **High only**.

[AI Risk Register](AI%20Risk%20Register%2017fc695a07a0ca6e0822e8f36c031199.csv)

//- AIMS/Statement of Applicability b74d0fb132e706298fadc1a606cb0fb3.md
# Statement of Applicability

See the rows in [the database](Statement%20of%20Applicability%20b74d0fb132e706298fadc1a606cb0fb3.csv) (ISO/IEC 42001 Annex A).

//- AIMS/Objectives 1a2a73ed562b0f79c37459eef50bea63.md
# AI Risk Register (old)

Rows were moved; the old export [is here](old%20register.csv.bak).
`);
  const listsNone = service
    .getAllFindings()
    .filter((f) => f.code === 'missing-section' && /lists no/.test(f.message))
    .map((f) => decodeURIComponent(f.uri.split('/').pop()!));
  // A link to something else (here a backup file) is no include.
  assert.deepEqual(listsNone, ['Objectives 1a2a73ed562b0f79c37459eef50bea63.md']);
});

test('titles: a year range after the kind ("2026–2027") and "Competence & Training" name their kinds', async () => {
  const { service } = await workspace(`
//- docs/risk/treatment.md
# AI Risk Treatment Plan 2026–2027

//- docs/people/competence.md
# Competence & Training

//- docs/people/training.md
# Competence and training needs (ISO/IEC 42001)
`);
  const kind = (name: string) => service.documents().find((d) => d.uri.endsWith(name))?.meta.kind;
  assert.equal(kind('treatment.md'), 'risk-treatment-plan');
  assert.equal(kind('competence.md'), 'competence');
});
