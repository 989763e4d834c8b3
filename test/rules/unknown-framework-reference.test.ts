/**
 * unknown-framework-reference (issue 17), and which NIST AI RMF and EU AI Act references the
 * scanner reads: the written forms, and the contexts that make an article the AI Act's or not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';
import { uriOf } from '../support/memoryHost.js';

const codes = ['unknown-framework-reference'];

test('unknown-framework-reference: subcategories, articles and annexes that do not exist', async () => {
  await check(
    `
//- mapping.md
# ISO/IEC 42001 crosswalk to the NIST AI RMF and the EU AI Act
Our NIST AI RMF work: GOVERN 1.1, Gv 1.2, GV-6.1, MEASURE 2.10, MANAGE 1.0 and GOVERN 7.1.
                                                                ^^^^^^^^^^ unknown-framework-reference Did you mean MANAGE 1.1
                                                                               ^^^^^^^^^^ unknown-framework-reference
| Control | EU AI Act | NIST |
|---|---|---|
| A.5.2 | Art. 9(2)(a), Art. 27 | MAP 5.1 |
| A.8.3 | Art. 13, Art. 4a | MEASURE 2.8 |
                   ^^^^^^^ unknown-framework-reference Lettered articles belong to drafts
Articles 9-15 of the EU AI Act apply, with Annex III; Annex XIV and Article 120 AI Act do not exist.
                                                      ^^^^^^^^^ unknown-framework-reference Did you mean Annex IV
                                                                    ^^^^^^^^^^^ unknown-framework-reference Articles 1-113
`,
    { codes },
  );
});

test('unknown-framework-reference: GDPR articles and other laws are not the AI Act', async () => {
  await check(
    `
//- privacy.md
# ISO/IEC 42001: privacy and the EU AI Act
Automated decisions follow GDPR Art. 22 and UK GDPR Article 122; Article 150 of the GDPR does not exist either.
A data processing agreement under Art. 28 GDPR is in place. Directive Article 200 is someone else's.

//- plain.md
# ISO/IEC 42001 supplier contract
Article 140 of this agreement governs termination.
`,
    { codes },
  );
});

test('references: the written forms of AI RMF subcategories and AI Act articles', async () => {
  const { service } = await workspace(`
//- mapping.md
# Mapping under the NIST AI RMF and the EU AI Act
GOVERN 1.1, GOVERN-1.1, GV-1.1, Gv 1.1, GV 1.1, MAP 2.3, Map 2.3, MEASURE 2.7, MANAGE 4.1.
The EU AI Act: Article 9, Art. 14(4), Art. 9(2)(a), Articles 9-11, Annex III.
GDPR Art. 22 is not the AI Act's.
`);
  const doc = service.getDocument(uriOf('mapping.md'))!;
  const refs = doc.references.filter((r) => r.type === 'rmf-subcategory' || r.type === 'ai-act-article' || r.type === 'ai-act-annex');
  assert.deepEqual(
    refs.map((r) => `${r.type} ${r.id} "${doc.text.slice(r.span.start, r.span.end)}"`),
    [
      'rmf-subcategory GOVERN 1.1 "GOVERN 1.1"',
      'rmf-subcategory GOVERN 1.1 "GOVERN-1.1"',
      'rmf-subcategory GOVERN 1.1 "GV-1.1"',
      'rmf-subcategory GOVERN 1.1 "Gv 1.1"',
      'rmf-subcategory GOVERN 1.1 "GV 1.1"',
      'rmf-subcategory MAP 2.3 "MAP 2.3"',
      'rmf-subcategory MAP 2.3 "Map 2.3"',
      'rmf-subcategory MEASURE 2.7 "MEASURE 2.7"',
      'rmf-subcategory MANAGE 4.1 "MANAGE 4.1"',
      'ai-act-article Article 9 "Article 9"',
      'ai-act-article Article 14 "Art. 14(4)"',
      'ai-act-article Article 9 "Art. 9(2)(a)"',
      'ai-act-article Article 9 "Articles 9-11"',
      'ai-act-article Article 10 "Articles 9-11"',
      'ai-act-article Article 11 "Articles 9-11"',
      'ai-act-annex Annex III "Annex III"',
    ],
  );
});

test('references: without NIST named, only the upper-case names are AI RMF subcategories', async () => {
  const { service } = await workspace(`
//- notes.md
# Notes
GOVERN 1.1 is ours. Map 2.3 and Gv 1.1 are not read here.
`);
  const doc = service.getDocument(uriOf('notes.md'))!;
  assert.deepEqual(doc.references.filter((r) => r.type === 'rmf-subcategory').map((r) => r.id), ['GOVERN 1.1']);
});

test('references: `frameworks: [eu-ai-act]` makes a bare article the AI Act’s', async () => {
  const { service } = await workspace(`
//- .aims.yaml
frameworks: [iso42001, eu-ai-act]
//- risk.md
# Risk management
Risk management follows Article 9.
`);
  const doc = service.getDocument(uriOf('risk.md'))!;
  assert.deepEqual(doc.references.filter((r) => r.type === 'ai-act-article').map((r) => r.id), ['Article 9']);
});

test('references: AI RMF categories only with NIST in sight, never a subcategory twice, never a category the function lacks', async () => {
  const { service } = await workspace(`
//- policy.md
# AI risk management under the NIST AI RMF
GOVERN 1 sets policies; MAP-2 categorises, MEASURE 4 and MANAGE 4 close the loop. GOVERN 1.1 is a subcategory.
MAP 7 and GOVERN 12 are no categories. The site plan is on Map 2 of the annex.
Under NIST, Govern 6 covers third parties.
//- plain.md
# Facilities
GOVERN 1 of the building code, and MAP 2 of the site plan.
`);
  const read = (p: string) => {
    const doc = service.getDocument(uriOf(p))!;
    return doc.references.filter((r) => r.type === 'rmf-category' || r.type === 'rmf-subcategory').map((r) => `${r.type} ${r.id} "${doc.text.slice(r.span.start, r.span.end)}"`);
  };
  assert.deepEqual(read('policy.md'), [
    'rmf-category GOVERN 1 "GOVERN 1"',
    'rmf-category MAP 2 "MAP-2"',
    'rmf-category MEASURE 4 "MEASURE 4"',
    'rmf-category MANAGE 4 "MANAGE 4"',
    'rmf-subcategory GOVERN 1.1 "GOVERN 1.1"',
    'rmf-category GOVERN 6 "Govern 6"',
  ]);
  // A document that does not name NIST reads no category at all.
  assert.deepEqual(read('plain.md'), []);
});
