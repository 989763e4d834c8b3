/** What each completion case says, and the definitions the ID completions draw on (shared by the case files). */
import type { CompletionKind } from '../../../server/src/core/index.js';

export interface Case {
  readonly name: string;
  readonly fixture: string;
  /** Every entry has one of these kinds; [] means no entries at all. */
  readonly kinds: readonly CompletionKind[];
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  /** The document text the entries' range covers. */
  readonly replaces?: string;
  /** Fragments of one entry's detail, documentation or insert text. */
  readonly entry?: { readonly label: string; readonly detail?: string; readonly documentation?: string; readonly insertText?: string };
  readonly count?: number;
}

/** Definitions the ID completions draw on, spread over several files. */
export const DEFINITIONS = `
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-2026
  title: AI risk register
risks:
  - id: R-001
    title: Biased ranking of applicants
    likelihood: 3
    impact: 4
  - id: R-002
    title: Model drift

//- systems/talentmatch.md
---
aims: { kind: ai-system, id: SYS-001, title: TalentMatch }
---
# TalentMatch

//- governance/policy.md
---
aims: { kind: policy, id: POL-001, title: AI policy }
---
# AI policy
`;

export const CONTROL = ['control'] as const;
