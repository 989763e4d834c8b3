/** Hover cases: NIST AI RMF subcategories, EU AI Act articles and annexes, and a control's crosswalk (issue 17). */
import { type Case, WORKSPACE } from './case.js';

export const FRAMEWORKS: readonly Case[] = [
  {
    name: 'an AI RMF subcategory: our title, its function and category, the mapped controls and their decisions',
    fixture: `${WORKSPACE}
//- crosswalk.md
# ISO/IEC 42001 and the NIST AI RMF
Testing evidence answers MEASURE 2$0.5.
`,
    includes: ['NIST AI RMF MEASURE 2.5 — Validity and reliability', 'Measure (MS) › MEASURE 2:', 'our short paraphrase', 'the AI RMF to ISO/IEC 42001 crosswalk NIST hosts, by Microsoft', 'A.6.2.4 AI system verification and validation — applicable', 'A.6.2.5 AI system deployment'],
    covers: 'MEASURE 2.5',
  },
  {
    name: 'an AI RMF category: its title, function and subcategories with their mapped controls',
    fixture: `
//- policy.md
# ISO/IEC 42001 and the NIST AI RMF
Third parties are handled under GOVE$0RN 6.
`,
    includes: ['NIST AI RMF GOVERN 6 — Risks from third-party software', 'Govern (GV), category 6', 'Its 2 subcategories', '- GOVERN 6.1 Policies cover third-party AI risks, intellectual property included — A.10.2, A.10.3'],
    covers: 'GOVERN 6',
  },
  {
    name: 'an abbreviated subcategory where NIST is named',
    fixture: `
//- crosswalk.md
# ISO/IEC 42001 and the NIST AI RMF
Legal duties: Gv-1$0.1.
`,
    includes: ['NIST AI RMF GOVERN 1.1', 'A.2.2 AI policy — not decided'],
    covers: 'Gv-1.1',
  },
  {
    name: 'an AI Act article with a paragraph: title, chapter, our summary, mapped controls and clauses',
    fixture: `${WORKSPACE}
//- crosswalk.md
# ISO/IEC 42001 and the EU AI Act
Risk management meets Art. 9$0(2)(a) of the EU AI Act.
`,
    includes: ['EU AI Act Article 9(2)(a) — Risk management system', 'Chapter III: High-risk AI systems.', 'whole life cycle', 'A.5.2 AI system impact assessment process', 'Clause 6.1.2 AI risk assessment'],
    covers: 'Art. 9(2)(a)',
  },
  {
    name: 'an article the crosswalk does not map says so; its title is checked, so no warning about it',
    fixture: `
//- crosswalk.md
# ISO/IEC 42001 and the EU AI Act
The EU AI Act, Article 99$0 sets the penalties.
`,
    includes: ['Article 99 — Penalties', 'Chapter XII', 'not mapped'],
    excludes: ['could not be checked'],
  },
  {
    name: 'an AI Act annex',
    fixture: `
//- crosswalk.md
# ISO/IEC 42001 and the EU AI Act
Our use case is in the EU AI Act's Annex I$0II.
`,
    includes: ['EU AI Act Annex III — High-risk AI systems referred to in Article 6(2)', 'biometrics'],
  },
  {
    name: "a control's hover lists the framework items the crosswalk maps to it",
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
Logs are kept under A.6.2$0.8.
`,
    includes: ['**Other frameworks**', 'the crosswalk NIST hosts and the project\'s', 'NIST AI RMF: MEASURE 2.4, MEASURE 2.6, MEASURE 3.2, MANAGE 4.1', 'EU AI Act: Article 12, Article 19, Article 26'],
  },
];

export const SECTORS: readonly Case[] = [
  {
    name: 'an Annex D sector in sectors: shows why it matters, its related standards and typical risk sources',
    fixture: `
//- risk/process.md
---
aims:
  kind: risk-assessment-process
  sectors: [fin$0ance]
---
# AI risk assessment process
`,
    includes: ['**Finance** (ISO/IEC 42001 Annex D)', 'ISO/IEC 27701', 'Typical risk sources', 'Lack of transparency and explainability'],
    covers: 'finance',
  },
  {
    name: 'a sector in .aims.yaml (no document: the configuration file) has the same hover',
    fixture: `
//- .aims.yaml
frameworks: [iso42001]
sectors: [public-sector, health$0care]
`,
    includes: ['**Healthcare** (ISO/IEC 42001 Annex D)', 'ISO 13485'],
    covers: 'healthcare',
  },
];
