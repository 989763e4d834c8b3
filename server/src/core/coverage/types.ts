/**
 * The coverage model: what the workspace holds against ISO/IEC 42001, as plain
 * data (arrays and records, JSON-serialisable, no Maps, no URIs). Paths are
 * workspace-relative with "/" separators; lines are 1-based, for people.
 * Built by computeCoverageModel (model.ts); read by the CLI's reports and the
 * statement-of-applicability generator.
 */
import type { Implementation } from '../parse/soaStatus.js';
import type { KindId, OtherFrameworkId } from '../catalogue/types.js';
import type { CoverageSummary } from './summary.js';

export interface Location {
  readonly path: string;
  /** 1-based. */
  readonly line: number;
}

/** approved / draft / retired from `aims.status`; overdue when next_review < today (not for retired ones); undeclared without a status. */
export type DocumentStatus = 'approved' | 'draft' | 'retired' | 'overdue' | 'undeclared';

export interface DocumentRef extends Location {
  /** `aims.id`, when declared. */
  readonly id?: string;
  readonly title?: string;
  readonly kind?: KindId;
  readonly owner?: string;
  readonly status: DocumentStatus;
  readonly nextReview?: string;
  /** A form to fill in, or a draft from a template nobody has written in yet (parse/template.ts isTemplateDoc): it provides nothing. */
  readonly template?: true;
}

/** A finding about a providing document that bears on what it provides, where it is. */
export interface ProviderProblem extends Location {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Whether it keeps the document from providing (an error, or required content missing); an overdue review does not. */
  readonly blocks: boolean;
}

/** A document providing a requirement: by its kind, by a handbook chapter of that kind, or because its `aims.clauses` lists the clause. */
export interface Provider extends DocumentRef {
  readonly via: 'kind' | 'chapter' | 'clauses';
  /** In force and without a blocking problem: it provides in full. */
  readonly complete: boolean;
  /** Its errors, the content it lacks, its overdue review. */
  readonly problems: readonly ProviderProblem[];
}

export interface RequirementCoverage {
  /** "6.1.3-soa". */
  readonly id: string;
  readonly clause: string;
  readonly what: string;
  readonly form: 'maintain' | 'retain';
  readonly kinds: readonly KindId[];
  readonly providers: readonly Provider[];
  /** A provider is in force (not retired), complete or not. */
  readonly present: boolean;
  /** A provider is in force and complete: what the coverage percentage counts. */
  readonly provided: boolean;
}

export interface ClauseCoverage {
  readonly id: string;
  readonly title: string;
  readonly requirements: readonly RequirementCoverage[];
}

export interface ClauseSection {
  /** The clauses with documented-information requirements, in catalogue order. */
  readonly clauses: readonly ClauseCoverage[];
  /** Every relevant document that has a kind or chapters or declares clauses, by path: the matrix's columns. */
  readonly documents: readonly DocumentRef[];
  /** Requirements nothing in force provides in full: none there (missing), or only with problems (incomplete). */
  readonly gaps: readonly { readonly clause: string; readonly requirement: string; readonly what: string; readonly state: 'missing' | 'incomplete' }[];
}

export type Decision = 'applicable' | 'excluded' | 'undecided';
export type { Implementation };
/** One word per control for the heat map: contradiction wins, then the decision, then the implementation. */
export type ControlState = 'contradiction' | 'undecided' | 'excluded' | 'implemented' | 'partial' | 'planned' | 'applicable';

export interface EvidenceItem {
  readonly text: string;
  /** What the item names: a workspace file, a defined ID, or free text that cannot be checked. */
  readonly kind: 'file' | 'document' | 'system' | 'risk' | 'text';
  /** A file that exists or an ID defined in the workspace. Always false for free text. */
  readonly resolved: boolean;
  readonly target?: Location;
}

export interface ContradictionRef extends Location {
  readonly message: string;
}

/** A control tag in code (parse/codeTags.ts): where, the AI systems and risks it names, its note. */
export interface CodeEvidence extends Location {
  readonly systems: readonly string[];
  readonly risks: readonly string[];
  readonly note?: string;
}

export interface ControlCoverage {
  readonly id: string;
  readonly title: string;
  /** Innermost group: "A.2" ... "A.6.1", "A.6.2" ... "A.10". */
  readonly group: string;
  readonly decision: Decision;
  /** The SoA rows disagree (one says applicable, another excluded). */
  readonly conflict: boolean;
  /** Undecided because the SoA includes it only provisionally (the template's row, parse/soaProvisional.ts). */
  readonly provisional?: true;
  /** The SoA row the decision comes from. */
  readonly source?: Location;
  readonly justification?: string;
  readonly status?: string;
  readonly implementation: Implementation;
  /** The evidence cell as written, when there is one. */
  readonly evidenceText?: string;
  readonly evidence: readonly EvidenceItem[];
  /** Documents (other than statements of applicability) that cite the control, with the number of citations; control tags not included. */
  readonly citedBy: readonly (Location & { readonly count: number })[];
  /** Control tags that name the control (`# aims: A.6.2.8 SYS-002 "note"`): source code and YAML comments saying they implement it. */
  readonly codeEvidence: readonly CodeEvidence[];
  /** Documents whose `aims.controls` lists the control (what they say they implement), by path. */
  readonly declaredBy: readonly (Location & { readonly id?: string })[];
  /** Risk IDs whose `controls` mention the control. */
  readonly risks: readonly string[];
  readonly contradictions: readonly ContradictionRef[];
  readonly state: ControlState;
}

export interface GroupCoverage {
  readonly id: string;
  readonly title: string;
  readonly parent?: string;
  readonly controls: number;
  readonly applicable: number;
  readonly excluded: number;
  readonly undecided: number;
  readonly implemented: number;
  readonly partial: number;
  readonly planned: number;
  readonly contradictions: number;
  readonly unresolvedEvidence: number;
}

export interface AnnexATotals {
  /** Of the undecided: controls the SoA includes only provisionally; present when there are any. */
  readonly provisional?: number;
  readonly applicable: number;
  readonly excluded: number;
  readonly undecided: number;
  readonly implemented: number;
  readonly partial: number;
  readonly planned: number;
  readonly contradictions: number;
  readonly evidenceItems: number;
  readonly evidenceResolved: number;
  /** IDs or paths that name nothing in the workspace. */
  readonly evidenceUnresolved: number;
  /** Free-text items that cannot be checked. */
  readonly evidenceText: number;
}

export interface AnnexASection {
  readonly controls: readonly ControlCoverage[];
  readonly groups: readonly GroupCoverage[];
  readonly totals: AnnexATotals;
  /** Statements of applicability in force (not retired). */
  readonly soaDocuments: readonly DocumentRef[];
  /** soa-contradiction findings about a whole SoA (summary counts) rather than one control. */
  readonly documentContradictions: readonly ContradictionRef[];
}

export interface AnnexCSection {
  /** Each Annex C objective and the objectives documents that name it (by name or alias). */
  readonly objectives: readonly { readonly id: string; readonly name: string; readonly documents: readonly Location[] }[];
  /** Each Annex C risk source and the risks whose `source` names it. */
  readonly riskSources: readonly { readonly id: string; readonly name: string; readonly risks: readonly string[] }[];
  /** Risks whose source names no Annex C risk source (or that have none). */
  readonly unmatchedSources: readonly { readonly risk: string; readonly source: string }[];
}

export interface Rating {
  readonly likelihood?: number;
  readonly impact?: number;
  readonly score?: number;
  /** The band of the score, or the level word written when there is no score. */
  readonly level?: string;
}

export interface RiskCoverage extends Location {
  readonly id: string;
  readonly title?: string;
  readonly owner?: string;
  readonly source?: string;
  readonly treatment?: string;
  readonly controls: readonly string[];
  readonly before: Rating;
  /** After treatment, from `residual` (a level word, a score, "likelihood x impact") or residual likelihood/impact columns or keys. */
  readonly after: Rating;
  readonly residualText?: string;
  readonly aboveThreshold: boolean;
  /** Above the acceptance threshold with neither a treatment nor controls (the risk-untreated test). */
  readonly untreated: boolean;
}

export interface HeatCell {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly level?: string;
  readonly count: number;
  readonly risks: readonly string[];
}

export interface HeatMap {
  /** Rows from the highest likelihood down; in each, impact from lowest to highest. */
  readonly rows: readonly (readonly HeatCell[])[];
  /** Risks placed on the grid. */
  readonly placed: number;
  /** Risks with a level but no likelihood x impact (e.g. a residual written as "medium"). */
  readonly levelOnly: number;
  /** Risks with neither. */
  readonly unrated: number;
  /** Count per band level (placed and level-only risks), in band order. */
  readonly byLevel: readonly { readonly level: string; readonly count: number }[];
}

export interface RiskSection {
  readonly method: {
    readonly likelihood: { readonly min: number; readonly max: number };
    readonly impact: { readonly min: number; readonly max: number };
    readonly bands: readonly { readonly level: string; readonly min: number; readonly max: number }[];
    readonly acceptanceThreshold: number;
  };
  readonly risks: readonly RiskCoverage[];
  readonly before: HeatMap;
  readonly after: HeatMap;
  readonly aboveThreshold: readonly string[];
  readonly untreated: readonly string[];
  readonly owners: readonly { readonly owner: string; readonly risks: readonly string[] }[];
  readonly withoutOwner: readonly string[];
}

export interface ModelFinding extends Location {
  readonly column: number;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly code: string;
  readonly message: string;
}

/** One item of another framework (issue 17): an AI RMF subcategory or a mapped AI Act article. */
export interface FrameworkItemCoverage {
  readonly id: string;
  readonly title: string;
  /** The controls the crosswalk maps it to, with their state in this workspace. */
  readonly controls: readonly { readonly id: string; readonly title: string; readonly state: ControlState }[];
  readonly clauses: readonly string[];
  /** Documents citing the item itself. */
  readonly citedBy: readonly (Location & { readonly count: number })[];
  /** The mapped controls that evidence it (included, not only planned). */
  readonly evidencedBy: readonly string[];
  /** The mapped clauses a written document in force addresses (by its kind or its declared clauses). */
  readonly evidencedByClauses: readonly string[];
  readonly state: 'evidenced' | 'open';
  /** The project's reason for its row, in our words, when it has one. */
  readonly rationale?: string;
  /** Whose mappings these are: a published crosswalk's title, "project", or both (issue 17). */
  readonly sources: readonly string[];
}

/** A group of a framework's items, rolled up: an AI RMF category and its subcategories. */
export interface FrameworkGroupCoverage {
  /** "GOVERN 1". */
  readonly id: string;
  readonly title: string;
  /** Its items' IDs, in order. */
  readonly items: readonly string[];
  /** How many of them are evidenced. */
  readonly evidenced: number;
  /** Documents citing the group itself ("GOVERN 1"): shown, not counted as evidence for its items. */
  readonly citedBy: readonly (Location & { readonly count: number })[];
}

export interface FrameworkCoverage {
  readonly framework: OtherFrameworkId;
  readonly name: string;
  readonly edition: string;
  /** Whose crosswalk the items are mapped by, in a phrase for reports. */
  readonly crosswalk: string;
  readonly items: readonly FrameworkItemCoverage[];
  /** The items rolled up by category (the AI RMF's; empty for the AI Act). */
  readonly groups: readonly FrameworkGroupCoverage[];
  readonly evidenced: number;
  readonly total: number;
}

export interface CoverageModel {
  readonly today: string;
  /** The one coverage figure (the same object computeCoverage returns for the workspace). */
  readonly summary: CoverageSummary;
  readonly formula: string;
  readonly clauses: ClauseSection;
  readonly annexA: AnnexASection;
  readonly annexC: AnnexCSection;
  readonly risks: RiskSection;
  /** The other frameworks asked for or enabled in `frameworks:` (issue 17); empty when none. */
  readonly frameworks: readonly FrameworkCoverage[];
  /** Every finding of the workspace, in the engine's order. */
  readonly findings: readonly ModelFinding[];
}
