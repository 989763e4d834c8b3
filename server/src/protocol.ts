/**
 * Custom requests between the VS Code client and the server, declared once
 * and shared by both sides. Payloads are plain JSON, defined here (not the
 * core's internal types).
 */
import { RequestType0, RequestType } from 'vscode-languageserver-protocol';

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
