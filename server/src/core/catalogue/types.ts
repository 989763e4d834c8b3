/**
 * Shapes of the ISO/IEC 42001:2023 catalogue. IDs and titles are facts of the
 * standard; every summary, objective and guidance string is written in our own
 * words (the standard's text is copyrighted). An organisation can overlay its
 * licensed wording at run time (see overlay.ts); nothing here quotes it.
 */

/** Document kinds the engine knows; see kinds.ts for their required content. */
export type KindId =
  | 'context'
  | 'interested-parties'
  | 'leadership'
  | 'policy'
  | 'scope'
  | 'roles'
  | 'risk-assessment-process'
  | 'risk-register'
  | 'risk-treatment-plan'
  | 'soa'
  | 'impact-assessment'
  | 'objectives'
  | 'competence'
  | 'communication'
  | 'monitoring-report'
  | 'audit-report'
  | 'management-review'
  | 'nonconformity-log'
  | 'improvement'
  | 'ai-system'
  | 'model-card'
  | 'dataset-card';

/** How the standard asks for documented information. */
export type DocumentedInfoForm =
  /** a maintained document ("available as documented information") */
  | 'maintain'
  /** a retained record (evidence of results) */
  | 'retain';

export interface DocumentedInfoRequirement {
  /** Stable slug, e.g. "4.3-scope". */
  readonly id: string;
  /** The clause or sub-clause that asks for it, e.g. "6.1.3". */
  readonly clause: string;
  /** What must exist, in our own words, short (a noun phrase). */
  readonly what: string;
  readonly form: DocumentedInfoForm;
  /** Document kinds that can provide it. */
  readonly kinds: readonly KindId[];
  /**
   * Only a document of one of `kinds` provides it; listing the clause in `aims.clauses` is
   * not enough (a treatment plan that cites 6.1.3 is not a statement of applicability).
   */
  readonly kindOnly?: true;
}

export interface ClauseInfo {
  /** "4", "4.1", "6.1.2", "9.2.1" ... */
  readonly id: string;
  /** The official title (a fact). */
  readonly title: string;
  /** Parent clause id, absent for the top-level clauses 4-10. */
  readonly parent?: string;
  /** One or two sentences in our own words: what the clause asks an organisation to do. */
  readonly summary: string;
}

export interface ControlGroupInfo {
  /** "A.2" ... "A.10", and the two A.6 sub-objectives "A.6.1", "A.6.2". */
  readonly id: string;
  readonly title: string;
  /**
   * The objective statement's own ID: "A.2.1" for A.2. A.6 states its two objectives as A.6.1
   * and A.6.2 (the subgroups themselves), so neither they nor A.6 have one, and "A.6.1.1" is no ID.
   */
  readonly objectiveId?: string;
  /** The objective, paraphrased in our own words. */
  readonly objective: string;
  /** "A.6" for A.6.1 and A.6.2. */
  readonly parent?: string;
}

export interface ControlInfo {
  /** "A.2.2" ... "A.10.4" (38 in all). */
  readonly id: string;
  /** The official title (a fact). */
  readonly title: string;
  /** Innermost group: "A.2", ..., "A.6.1", "A.6.2", ..., "A.10". */
  readonly group: string;
  /** Two to four sentences of practical guidance in our own words (what a reviewer expects to see). */
  readonly guidance: string;
  /** Typical evidence an auditor asks for, short noun phrases in our own words. */
  readonly evidence: readonly string[];
  /** Clauses of the main body it most relates to. */
  readonly relatedClauses: readonly string[];
  /** Document kinds that usually implement or evidence it. */
  readonly kinds: readonly KindId[];
}

export interface AnnexCItem {
  /** Stable slug, e.g. "fairness", "level-of-automation". */
  readonly id: string;
  /** The commonly cited name, e.g. "Fairness". */
  readonly name: string;
  readonly type: 'objective' | 'risk-source';
  /** One sentence in our own words. */
  readonly summary: string;
  /** Extra spellings real documents use, lower case ("explainability", "bias"). */
  readonly aliases: readonly string[];
}

export interface AnnexDSector {
  readonly id: string;
  readonly name: string;
  /** One sentence in our own words: why AI governance matters there. */
  readonly note: string;
  /** Related standards worth integrating with, e.g. "ISO/IEC 27001". */
  readonly relatedStandards: readonly string[];
}
