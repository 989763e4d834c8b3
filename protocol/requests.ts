/**
 * Custom requests between the VS Code client and the server, declared once
 * and shared by both sides. Payloads are plain JSON. The coverage model's
 * shape is the engine's own public data type (the CLI's `--format json` too),
 * imported as a type only: nothing of the engine reaches the client's bundle
 * (test/architecture.test.ts holds both).
 */
import { NotificationType, RequestType0, RequestType } from 'vscode-languageserver-protocol';
import type { CoverageModel } from '../server/src/core/coverage/types.js';
import type { TemplateChoice, TemplateFormat } from '../server/src/core/templates/index.js';
/** A kind of document "New AIMS Document…" can create, and the formats of its templates. */
export type { TemplateChoice, TemplateFormat } from '../server/src/core/templates/index.js';

export type {
  ClauseCoverage,
  ControlCoverage,
  CoverageModel,
  FrameworkCoverage,
  FrameworkItemCoverage,
  GroupCoverage,
  Location,
  Provider,
  RequirementCoverage,
} from '../server/src/core/coverage/types.js';

export interface RuleInfo {
  readonly code: string;
  readonly defaultSeverity: 'error' | 'warning' | 'information' | 'hint';
  readonly summary: string;
  readonly example: string;
  /** The example's language, for its fenced code block. */
  readonly exampleLanguage: 'yaml' | 'markdown';
  readonly fix: string;
}

export interface CoverageParams {
  /** A workspace folder URI; all folders when absent. */
  readonly folder?: string;
}

export interface CoverageSummaryPayload {
  readonly folder: string;
  readonly percent: number;
  readonly requirements: number;
  readonly requirementsProvided: number;
  readonly controls: number;
  readonly controlsDecided: number;
  readonly documents: number;
  readonly errors: number;
  readonly warnings: number;
}

export const RulesRequest = new RequestType0<RuleInfo[], void>('aims/rules');
export const CoverageRequest = new RequestType<CoverageParams, CoverageSummaryPayload[], void>('aims/coverage');

/**
 * The full coverage model for the tree view and the report webview: clauses -> required
 * documented information -> documents; Annex A groups -> controls -> SoA decision, evidence,
 * citing documents; Annex C; risks. Plain JSON.
 */
export interface CoverageModelPayload {
  readonly folder: string;
  readonly model: CoverageModel;
}

export const CoverageModelRequest = new RequestType<CoverageParams, CoverageModelPayload[], void>('aims/coverageModel');

/** The folder's index changed (indexed, a document edited, a file changed, settings): views refresh. */
export interface IndexChangedParams {
  readonly folder: string;
}
export const IndexChangedNotification = new NotificationType<IndexChangedParams>('aims/indexChanged');

/** The HTML audit report of `aims coverage --format html`, for the editor's webview. */
export interface CoverageReportPayload {
  readonly folder: string;
  readonly html: string;
}
export const CoverageReportRequest = new RequestType<CoverageParams, CoverageReportPayload[], void>('aims/coverageReport');

/**
 * A statement of applicability for the folder: the existing one updated (hand-written
 * decisions and justifications kept), or a new one. The server writes nothing: the client
 * applies `text` as an edit of `target`, or opens it as a new document.
 */
export interface SoaParams {
  readonly folder?: string;
  /** Format of a new statement; an existing one keeps its own. */
  readonly format?: 'markdown' | 'yaml';
}
export interface SoaPayload {
  readonly folder: string;
  /** The statement in force that was updated; absent when a new one was generated. */
  readonly target?: string;
  /** The target's version the update was computed from (open documents), so a stale edit is refused. */
  readonly version?: number;
  readonly text: string;
  /** False when the target is already up to date. */
  readonly changed: boolean;
  readonly format: 'markdown' | 'yaml';
}
export const SoaRequest = new RequestType<SoaParams, SoaPayload, void>('aims/soa');

/** Read every file of every folder again (after changes the file watcher cannot see). */
export const ReindexRequest = new RequestType0<void, void>('aims/reindex');

/** Restricted Mode, per workspace folder: the keys of its `.aims.yaml` the server did not read. */
export interface RestrictedPayload {
  readonly folder: string;
  /** Dotted keys ("ids.risk"), sorted; empty when the folder is trusted or its file sets none. */
  readonly ignored: readonly string[];
}

/** Answered once the folders' configuration is read (before their documents are). */
export const RestrictedRequest = new RequestType0<RestrictedPayload[], void>('aims/restricted');

/** The kinds of document the server has templates for, in catalogue order. */
export const TemplatesRequest = new RequestType0<TemplateChoice[], void>('aims/templates');

export interface NewDocumentParams {
  readonly kind: string;
  readonly format: TemplateFormat;
  readonly title: string;
  /** YYYY-MM-DD in the user's time zone. */
  readonly today: string;
  readonly eol: '\n' | '\r\n';
  /** The document ID to use; by default the template's, made unique in the folder. */
  readonly id?: string;
  /** The workspace folder the document goes into; the first folder when absent. */
  readonly folder?: string;
}
export interface NewDocumentPayload {
  readonly text: string;
  /** The document ID the text declares, when the template has one. */
  readonly id?: string;
}
/** The text of a new document (the server writes nothing: the client creates the file). */
export const NewDocumentRequest = new RequestType<NewDocumentParams, NewDocumentPayload, void>('aims/newDocument');
