/**
 * Results of the editor features, in the core's own terms. They mirror the LSP
 * shapes closely so the adapter's conversions stay one-liners, but they are
 * ours: the core never imports LSP types (see ARCHITECTURE.md).
 */
import type { Range } from '../text/types.js';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** Edits per document URI, applied by the client (the server never writes files). */
export interface WorkspaceEdit {
  readonly changes: Readonly<Record<string, readonly TextEdit[]>>;
}

export interface HoverResult {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}

export type CompletionKind = 'control' | 'clause' | 'risk' | 'system' | 'document' | 'field' | 'value' | 'heading' | 'annex-c' | 'snippet';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /**
   * Shown on every row of the list, not only the selected one (LSP labelDetails): a
   * control's title, for instance. `detail` sits right after the label, `description` to the right.
   */
  readonly labelDetails?: { readonly detail?: string; readonly description?: string };
  /** The entry to select first; at most one per list. */
  readonly preselect?: boolean;
  /** Markdown. */
  readonly documentation?: string;
  /** The text that replaces `range` (defaults to the label). */
  readonly insertText?: string;
  /** True when insertText uses snippet syntax ($1, ${1:placeholder}). */
  readonly snippet?: boolean;
  /** What is replaced: the word being typed. */
  readonly range: Range;
  readonly sortText?: string;
  readonly filterText?: string;
}

export interface LocationResult {
  readonly uri: string;
  readonly range: Range;
}

export type SymbolKind = 'section' | 'risk' | 'system' | 'document' | 'control' | 'soa-row' | 'field';

export interface DocumentSymbolResult {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** The whole extent (section, row, item). */
  readonly range: Range;
  /** The part to select and reveal (heading, ID). */
  readonly selectionRange: Range;
  readonly children: readonly DocumentSymbolResult[];
}

export interface WorkspaceSymbolResult {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly location: LocationResult;
}

export interface DocumentLinkResult {
  readonly range: Range;
  /** Absolute URI of the target document (with #L<line> when it points inside). */
  readonly target: string;
  readonly tooltip?: string;
}

export interface FoldingRangeResult {
  /** 0-based, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'region' | 'comment';
}

export interface CodeLensResult {
  readonly range: Range;
  readonly title: string;
  /** A command the client runs on click (e.g. show references), with its arguments. */
  readonly command?: { readonly id: string; readonly arguments: readonly unknown[] };
}

export interface CodeActionResult {
  readonly title: string;
  readonly kind: 'quickfix' | 'source.fixAll';
  /** Codes of the findings it fixes. */
  readonly fixes: readonly string[];
  readonly edit: WorkspaceEdit;
  readonly isPreferred?: boolean;
}

export type RenameResult = { readonly edit: WorkspaceEdit } | { readonly error: string };
