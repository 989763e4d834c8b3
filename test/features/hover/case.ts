/** What each hover case says, and the workspace the cases share (used by the case files). */
export interface Case {
  readonly name: string;
  readonly fixture: string;
  /** Expected fragments of the Markdown; undefined means "no hover". */
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  /** The document text the hover range covers. */
  readonly covers?: string;
}

/** A small workspace: an SoA, a register, a policy, a plan citing things from the others. */
export const WORKSPACE = `
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
