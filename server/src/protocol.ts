/**
 * Custom requests between the VS Code client and the server, declared once
 * and shared by both sides. Payloads are plain JSON, defined here (not the
 * core's internal types).
 */
import { NotificationType, RequestType0, RequestType } from 'vscode-languageserver-protocol';
import { KINDS } from './core/catalogue/kinds.js';
import { CONTROLS } from './core/catalogue/controls.js';
import { RESTRICTED_CONFIG_KEYS } from './core/config/restricted.js';

export interface RuleInfo {
  readonly code: string;
  readonly defaultSeverity: 'error' | 'warning' | 'information' | 'hint';
  readonly summary: string;
  readonly example: string;
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
 * citing documents; Annex C; risks. Plain JSON (see core/coverage/types.ts for the shape).
 */
export interface CoverageModelPayload {
  readonly folder: string;
  readonly model: unknown;
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

/**
 * The configuration keys an untrusted workspace does not get to set (the core's list): the
 * extension's `restrictedConfigurations` are these under `aims.`.
 */
export const RESTRICTED_KEYS: readonly string[] = RESTRICTED_CONFIG_KEYS;

/**
 * What the client's start gate knows of the engine, as data (client/src/recognise.ts holds
 * the logic): the kinds' title patterns (case-insensitive sources, tried on file names as
 * the engine tries them) and the Annex A control IDs. Both come from the catalogue, which the
 * extension bundles anyway for its templates, so the gate never drifts from the engine.
 */
export const KIND_TITLE_PATTERNS: readonly string[] = KINDS.map((k) => k.titlePattern);
export const ANNEX_A_CONTROL_IDS: readonly string[] = CONTROLS.map((c) => c.id);
