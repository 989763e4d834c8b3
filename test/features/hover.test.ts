/**
 * Hover, data-driven: each case is a fixture with a `$0` cursor, the fragments
 * the tooltip must (and must not) contain, and the text its range must cover.
 * Fragments are facts (IDs, titles, numbers, paths), not whole sentences, so
 * the wording can evolve.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { getHover } from '../../server/src/core/index.js';

interface Case {
  readonly name: string;
  readonly fixture: string;
  /** Expected fragments of the Markdown; undefined means "no hover". */
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  /** The document text the hover range covers. */
  readonly covers?: string;
}

/** A small workspace: an SoA, a register, a policy, a plan citing things from the others. */
const WORKSPACE = `
//- risk/soa.md
---
aims:
  kind: soa
  id: SOA-2026
  title: Statement of applicability
---
# Statement of applicability

| Control | Title | Applicable | Justification | Status |
|---|---|---|---|---|
| A.6.2.4 | AI system verification and validation | Yes | Every model release needs test evidence | Implemented |
| A.8.3 | External reporting | No | No regulator requires external reporting | Not applicable |

//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-2026
  title: AI risk register
  owner: Head of AI Governance
  version: "1.0"
  status: approved
risks:
  - id: R-001
    title: Biased ranking of applicants
    owner: ML lead
    source: level of automation
    likelihood: 4
    impact: major
    level: critical
    treatment: modify
    controls: [A.5.4, A.7.4]
    status: open
  - id: R-002
    title: Model drift
    likelihood: 2
    impact: 2

//- governance/policy.md
---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: Chief Executive
  version: "2.0"
  status: approved
  approved_by: Board
  approved_on: 2026-01-10
  next_review: 2026-06-30
---
# AI policy
We test every model (A.6.2.4) before release.

//- systems/talentmatch.md
---
aims:
  kind: ai-system
  id: SYS-001
  title: TalentMatch
  owner: Head of Product
  status: draft
---
# TalentMatch
`;

const cases: Case[] = [
  // ---- controls
  {
    name: 'a control: title, group and objective, guidance, evidence, related clauses',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Testing follows A.6.2$0.4 before each release.
`,
    includes: ['A.6.2.4 — AI system verification and validation', 'Annex A.6.2 AI system life cycle', 'Criteria and requirements are defined', 'test methods, datasets', 'Typical evidence', 'release sign-off', '8.1 Operational planning', '9.1'],
    excludes: ['**applicable**'],
    covers: 'A.6.2.4',
  },
  {
    name: 'a control without a statement of applicability in the workspace says so',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
See A.6.2.4$0.
`,
    includes: ['No statement of applicability', 'Cited in 1 document', '`notes.md`'],
  },
  {
    name: 'a control: the SoA decision from another file, and the documents citing it',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
Release testing: A.6.$02.4.
`,
    includes: ['**applicable**', 'Every model release needs test evidence', 'Implemented', '`risk/soa.md`, line 11', 'Cited in 3 documents', 'AI policy (`governance/policy.md`)', 'Statement of applicability (`risk/soa.md`)', '`notes.md`'],
  },
  {
    name: 'an excluded control shows the exclusion and its justification',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
We do not report externally (A.8.3$0).
`,
    includes: ['A.8.3 — ', '**excluded**', 'No regulator requires external reporting'],
  },
  {
    name: 'a control the SoA has no row for',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
Data quality: A.7$0.4.
`,
    includes: ['A.7.4 — Quality of data for AI systems', 'has no row for A.7.4'],
  },
  {
    name: 'a control hovered inside the SoA row itself',
    fixture: `
//- soa.md
---
aims: { kind: soa, id: SOA-1, title: SoA }
---
# SoA
| Control | Title | Applicable | Justification | Status |
|---|---|---|---|---|
| A.2$0.2 | AI policy | Yes | Needed | Planned |
`,
    includes: ['A.2.2 — AI policy', '**applicable**', 'Needed', 'Planned'],
    covers: 'A.2.2',
  },
  {
    name: 'a control group: title, objective and its controls',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
The life cycle group A.6$0.2 applies.
`,
    includes: ['A.6.2 — AI system life cycle', 'Criteria and requirements are defined', 'A.6.2.2', 'A.6.2.8', 'part of A.6'],
    excludes: ['A.6.1.2'],
    covers: 'A.6.2',
  },
  {
    name: 'the A.6 group lists both sub-groups',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Group A$0.6 covers the life cycle.
`,
    includes: ['A.6 — AI system life cycle', 'A.6.1 Management guidance for AI system development', 'A.6.1.2', 'A.6.2.8'],
  },
  {
    name: 'an objective (A.x.1) is the objective of its group, with the group\'s controls',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Objective A.2.$01 is met.
`,
    includes: ['A.2.1', 'objective', 'A.2 — Policies related to AI', 'A.2.2 — AI policy', 'A.2.4'],
  },
  {
    name: 'a range lists every control in it',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Impact controls A.5$0.2-A.5.4 apply.
`,
    includes: ['A.5.2', 'A.5.3', 'A.5.4', '3 controls'],
    covers: 'A.5.2-A.5.4',
  },
  {
    name: 'Annex B guidance points to its control and shows the control',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
See the guidance in B.6.$02.4.
`,
    includes: ['B.6.2.4', 'implementation guidance for control A.6.2.4', 'A.6.2.4 — AI system verification and validation', 'Typical evidence'],
    covers: 'B.6.2.4',
  },
  {
    name: 'Annex B guidance for an objective shows its group',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
The objective guidance B.2$0.1 helps.
`,
    includes: ['B.2.1', 'A.2 — Policies related to AI'],
    excludes: ['does not exist'],
  },
  {
    name: 'a risk defined by a heading shows where, without inventing attributes',
    fixture: `
//- register.md
---
aims: { kind: risk-register, id: RR-1, title: Risks }
---
# Risks
### R-0$003: Drift of the ranking model
The model degrades.
`,
    includes: ['R-003 — Drift of the ranking model', '`register.md`, line 5'],
    excludes: ['No treatment'],
  },
  {
    name: 'a 27001 control is noted, not checked',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Also ISO/IEC 27001 A.8.1$05 applies.
`,
    includes: ['A.8.15', 'ISO/IEC 27001', 'not checked'],
    excludes: ['does not exist'],
  },
  {
    name: 'an unknown control says it does not exist and lists the closest',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Logs are kept under A.6.2$0.9.
`,
    includes: ['A.6.2.9', 'does not exist', 'A.6.2.8', 'AI system recording of event logs'],
    covers: 'A.6.2.9',
  },
  {
    name: 'an unknown group',
    fixture: `
//- notes.md
# ISO/IEC 42001 notes
Group A.1$01 is new.
`,
    includes: ['A.11', 'not an ISO/IEC 42001 Annex A control group', 'A.10'],
  },
  // ---- clauses
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
  // ---- risks, systems, documents
  {
    name: 'a risk cited in one file shows its register entry from another',
    fixture: `${WORKSPACE}
//- risk/plan.md
---
aims: { kind: risk-treatment-plan, id: RTP-1, title: Plan }
---
# Plan
R-0$001 is treated by retraining.
`,
    includes: ['R-001 — Biased ranking of applicants', '`risk/register.yaml`, line 9', 'ML lead', 'level of automation', '4 × major (4) = 16', '**critical**', 'modify', 'A.5.4, A.7.4', 'open'],
    excludes: ['differs'],
    covers: 'R-001',
  },
  {
    name: 'a risk hovered where it is defined, with no treatment recorded',
    fixture: `${WORKSPACE.replace('  - id: R-002', '  - id: R-0$002')}`,
    includes: ['R-002 — Model drift', '2 × 2 = 4', '**low**', 'No treatment or controls'],
    excludes: ['differs'],
    covers: 'R-002',
  },
  {
    name: 'a risk in a Markdown register table whose level disagrees with the method',
    fixture: `
//- risk-register.md
---
aims: { kind: risk-register, id: RR-1, title: Risks }
---
# Risks
| ID | Risk | Owner | Likelihood | Impact | Level | Treatment | Status |
|---|---|---|---|---|---|---|---|
| R-00$07 | Prompt injection | CISO | 3 | 4 | medium | modify | open |
`,
    includes: ['R-007 — Prompt injection', 'CISO', '3 × 4 = 12', '**high**', '**Level:** medium', "differs from the method's high"],
  },
  {
    name: 'an undefined risk is not defined anywhere',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
Tracked as R-04$02.
`,
    includes: ['R-042', 'not defined anywhere in the workspace'],
    covers: 'R-042',
  },
  {
    name: 'a document ID: kind, owner, status, next review (overdue)',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
The policy POL-0$001 applies.
`,
    includes: ['POL-001 — AI policy', '`governance/policy.md`', 'AI policy (`policy`)', 'Chief Executive', 'approved', 'version 2.0', '2026-06-30', 'overdue'],
  },
  {
    name: 'an AI system ID defined by a system record',
    fixture: `${WORKSPACE}
//- notes.md
# ISO/IEC 42001 notes
TalentMatch (SYS-00$01) ranks applicants.
`,
    includes: ['SYS-001 — TalentMatch', '(AI system)', '`systems/talentmatch.md`', 'Head of Product', 'draft'],
  },
  // ---- kind
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
  // ---- nothing
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

for (const c of cases)
  test(`hover: ${c.name}`, async () => {
    const { service, uri, position } = await atCursor(c.fixture);
    const hover = getHover(service, uri, position);
    if (!c.includes) {
      assert.equal(hover, undefined, `expected no hover, got:\n${hover?.contents}`);
      return;
    }
    assert.ok(hover, 'expected a hover');
    for (const s of c.includes) assert.ok(hover.contents.includes(s), `hover should include "${s}":\n${hover.contents}`);
    for (const s of c.excludes ?? []) assert.ok(!hover.contents.includes(s), `hover should not include "${s}":\n${hover.contents}`);
    if (c.covers !== undefined) {
      const doc = service.getDocument(uri)!;
      const covered = doc.text.slice(doc.lines.offsetAt(hover.range.start), doc.lines.offsetAt(hover.range.end));
      assert.equal(covered, c.covers);
    }
  });

test('hover: an unknown URI or a position past the end gives nothing, and never throws', async () => {
  const { service, uri } = await atCursor(`${WORKSPACE}\n//- notes.md\n# ISO/IEC 42001\nA.2.2 $0\n`);
  assert.equal(getHover(service, 'file:///elsewhere.md', { line: 0, character: 0 }), undefined);
  assert.equal(getHover(service, uri, { line: 999, character: 999 }), undefined);
  const doc = service.getDocument(uri)!;
  for (let o = 0; o <= doc.text.length; o++) getHover(service, uri, doc.lines.positionAt(o));
});
