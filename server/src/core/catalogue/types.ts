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
  /**
   * The Annex C risk sources (their IDs) this project considers typical of the sector: our
   * judgement (issue 17), shown as a pointer, not a finding.
   */
  readonly riskSources: readonly string[];
}

// ---------------------------------------------------------------- other frameworks (issue 17)

/** The frameworks the crosswalk maps to ISO/IEC 42001; also their `frameworks:` names in `.aims.yaml`. */
export type OtherFrameworkId = 'nist-ai-rmf' | 'eu-ai-act';

/** Where a catalogue's IDs and titles come from, and how we checked them. */
export interface FrameworkProvenance {
  readonly framework: OtherFrameworkId;
  readonly name: string;
  /** The edition transcribed, e.g. "NIST AI 100-1, January 2023". */
  readonly edition: string;
  /** How the entries were checked, in a sentence or two. */
  readonly verified: string;
}

export interface RmfFunction {
  /** "GOVERN", "MAP", "MEASURE", "MANAGE". */
  readonly id: string;
  /** The two-letter form people write: "GV", "MP", "MS", "MG". */
  readonly abbr: string;
  readonly title: string;
  /** Our own words. */
  readonly summary: string;
}

export interface RmfCategory {
  /** "GOVERN 1". */
  readonly id: string;
  readonly function: string;
  /** A short title in our own words (the official category is a sentence). */
  readonly title: string;
}

export interface RmfSubcategory {
  /** "GOVERN 1.1", the form NIST writes. */
  readonly id: string;
  /** "GOVERN 1". */
  readonly category: string;
  /** A short title in our own words. */
  readonly title: string;
}

export interface AiActChapter {
  /** Roman numeral, "III". */
  readonly id: string;
  readonly title: string;
  readonly first: number;
  readonly last: number;
}

export interface AiActArticle {
  /** "Article 9". */
  readonly id: string;
  readonly number: number;
  /** The article's title in the Official Journal (a fact). */
  readonly title: string;
  /** The chapter's Roman numeral. */
  readonly chapter: string;
  /** One sentence in our own words, for the articles that oblige an organisation. */
  readonly summary?: string;
  /** False when the title could not be checked against a public copy of the text. */
  readonly verified?: false;
}

export interface AiActAnnex {
  /** "Annex III". */
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
}

/**
 * One mapping from another framework's item to ISO/IEC 42001. `source` says whose judgement
 * it is: 'project' rows are this project's own reading, with the reason in our words.
 */
/** Whose mapping a crosswalk row is: the project's own reading, or a published crosswalk's. */
export type CrosswalkSource = 'project' | 'nist-airc-microsoft';

/** A published crosswalk, named precisely enough to find it again. */
export interface CrosswalkSourceInfo {
  readonly id: Exclude<CrosswalkSource, 'project'>;
  /** Its title as published. */
  readonly name: string;
  /** A few words for hovers: "the crosswalk NIST hosts, by Microsoft". */
  readonly short: string;
  readonly publisher: string;
  readonly author: string;
  /** Which edition, of what date, mapping which text of ISO/IEC 42001. */
  readonly edition: string;
  /** Where we read the pairs and how we checked them. */
  readonly transcribed: string;
}

export interface CrosswalkRow {
  readonly framework: OtherFrameworkId;
  /** "GOVERN 1.1", "Article 9". */
  readonly id: string;
  /** Annex A controls that, implemented, give evidence for the item. */
  readonly controls: readonly string[];
  /** Clauses 4-10 that do (optional: most rows need only controls). */
  readonly clauses?: readonly string[];
  readonly source: CrosswalkSource;
  /** One line in our own words: why these controls (the project's rows; a published row has its source instead). */
  readonly rationale?: string;
}
