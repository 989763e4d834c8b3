/** Hover cases: risks, AI systems and documents by ID. */
import { type Case, WORKSPACE } from './case.js';

export const ENTITIES: readonly Case[] = [
  {
    // A document not read as the AIMS's still files its own ID (workspaceIndex/facts.ts unreadOwnIds),
    // and its place is read from its summary (a closed one gives it through getters).
    name: 'a document ID stated by a document not read as the AIMS\'s shows where it is stated',
    fixture: `
//- Obiettivi-IA-2026.md
# Obiettivi IA 2026

Codice documento: OBJ-IA-2026 · Approvato il 20/01/2026

//- soa.md
# Statement of Applicability (ISO/IEC 42001)

Objectives: OBJ-IA-$02026.
`,
    includes: ['OBJ-IA-2026', '`Obiettivi-IA-2026.md`, line 3'],
    covers: 'OBJ-IA-2026',
  },
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
  {
    name: 'an AI system whose inventory row states its EU AI Act class and role: the articles that apply to it',
    fixture: `
//- systems.md
# AI system inventory
| ID | System | Owner | EU AI Act risk class | AI Act role |
|---|---|---|---|---|
| SYS-001 | TalentMatch | Head of HR | High-risk (Annex III) | Deployer |
| SYS-002 | ChatHelp | Head of Support | Limited risk | Provider |
//- notes.md
# ISO/IEC 42001 notes
TalentMatch (SYS-00$01) ranks applicants.
`,
    includes: ['EU AI Act (as the record states: high-risk, deployer)', 'Article 26 (Obligations of deployers of high-risk AI systems)', 'Article 27 (', 'Article 4 (AI literacy)'],
    excludes: ['Article 9 (', 'Article 17 ('],
  },
  {
    name: 'an AI system item of a YAML inventory: ai_act_risk and ai_act_role, two roles',
    fixture: `
//- systems.yaml
systems:
  - id: SYS-010
    name: ChatHelp
    ai_act_risk: limited
    ai_act_role: provider and deployer
//- notes.md
# ISO/IEC 42001 notes
ChatHelp (SYS-01$00) answers customers.
`,
    includes: ['EU AI Act (as the record states: limited-risk, provider and deployer)', 'Article 50 (Transparency obligations'],
    excludes: ['Article 26 (', 'applies too if'],
  },
  {
    name: 'an AI system with no AI Act class stated says nothing of the Act',
    fixture: `
//- systems.md
# AI system inventory
| ID | System | Owner | Risk |
|---|---|---|---|
| SYS-001 | TalentMatch | Head of HR | High |
//- notes.md
# ISO/IEC 42001 notes
TalentMatch (SYS-00$01) ranks applicants.
`,
    includes: ['SYS-001'],
    excludes: ['EU AI Act'],
  },
];
