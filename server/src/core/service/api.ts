/**
 * What a host and the features see of the language service: an interface, grouped by
 * domain, so nothing depends on how service.ts keeps its state. createLanguageService
 * (the facade) returns one; the features (features/, coverage/, soa/) take one.
 */
import type { AimsDocument, DocumentSummary } from '../model/types.js';
import type { CancellationToken, WorkspaceFile } from '../model/host.js';
import type { Finding } from '../model/findings.js';
import type { AimsConfig } from '../config/config.js';
import type { GuidanceOverlay } from '../parse/overlay.js';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { ConfigSector } from '../workspace/configSectors.js';

export interface ConfigSectors {
  readonly uri: string;
  readonly lines: LineIndex;
  readonly items: readonly ConfigSector[];
}

export interface AimsLanguageService {
  // Configuration: .aims.yaml, then the host's settings over it.
  readonly config: AimsConfig;
  /** Restricted Mode: the keys of the workspace's `.aims.yaml` that were not read (dotted, sorted); empty when trusted. */
  readonly ignoredConfigKeys: readonly string[];
  /** The organisation's licensed text (guidance.overlay), when configured: a workspace file, read as data. */
  readonly guidanceOverlay: GuidanceOverlay | undefined;
  /** `sectors:` as written in `.aims.yaml`, where (issue 17: its hover); undefined when it names none. */
  readonly configSectors: ConfigSectors | undefined;
  /** YYYY-MM-DD: `today` from the configuration, else the host's date. */
  today(): string;
  /** Settings for the next indexWorkspace (same keys as .aims.yaml, applied over it); nothing is re-read now. */
  configure(settings: unknown): void;
  /** New settings: the configuration is rebuilt and every document re-read with it (ID patterns and kind globs change what the parser finds). */
  updateSettings(settings: unknown): Promise<void>;
  /** Whether a workspace-relative path is one of the documents the configuration includes. */
  isIncluded(relativePath: string): boolean;

  // Feeding it: the host's files and the editor's buffers.
  /**
   * Read the configuration and every included file (from the cache when unchanged). Cancellable
   * between files; `configLoaded` runs once the configuration is known, before the files are read;
   * `progress` after each file is read, with how many of how many (for a progress bar or line).
   */
  indexWorkspace(token?: CancellationToken, configLoaded?: () => void, progress?: IndexProgress): Promise<void>;
  /** (Re)read one file from the host, e.g. after a watched-file change. */
  refreshFile(file: WorkspaceFile): Promise<void>;
  /** An editor buffer: its text wins over the disk until closeDocument. */
  setDocument(file: WorkspaceFile, text: string, version: number): AimsDocument;
  /** The editor closed the buffer: fall back to the file on disk. */
  closeDocument(uri: string): Promise<void>;
  /** The file is gone. */
  removeFile(uri: string): void;

  // Documents.
  /** Whether a URI belongs to this service's documents (open or on disk). */
  has(uri: string): boolean;
  /** Whether an editor owns the document's text. */
  isOpen(uri: string): boolean;
  /** The workspace-relative path of a known document ("risk/register.yaml"). */
  relativePathOf(uri: string): string | undefined;
  /** The full model of a document: kept for open ones, re-parsed on demand for closed ones. */
  getDocument(uri: string): AimsDocument | undefined;
  /** What the workspace knows of a document without parsing it. */
  getSummary(uri: string): DocumentSummary | undefined;
  /** Every document's summary, in URI order. Use getDocument(uri) for sections, tables or problems. */
  documents(): readonly DocumentSummary[];
  /** What the documents define, cite and decide, across the workspace. */
  readonly index: WorkspaceIndex;

  // Findings.
  /** Findings for one document (cached per version and index signature). */
  getFindings(uri: string): Finding[];
  /** Findings that depend on the document alone: what can be shown before the workspace index is complete. */
  getDocumentFindings(uri: string): Finding[];
  /** Findings for every document, in a stable order. */
  getAllFindings(): Finding[];
}

/** Called as files are read by indexWorkspace: `done` of `total` included files. */
export type IndexProgress = (done: number, total: number) => void;

/** How createLanguageService builds the service. */
export interface ServiceOptions {
  /** Settings from the editor or the command line; same keys as .aims.yaml, applied over it. */
  readonly settings?: unknown;
  /**
   * The workspace is not trusted (an editor's Restricted Mode, the CLI's --untrusted): its
   * `.aims.yaml` keys that change what is read or how are not read (config/restricted.ts).
   */
  readonly restricted?: boolean;
  /**
   * Every document's findings will be asked for (`aims check`): run the rules' `check` parts
   * while indexing, on the model at hand. Otherwise the index parses closed documents for
   * their summaries only, and runs those parts when a document's findings are first asked
   * for (parsing it again then): an editor's index is done sooner, and rarely needs them all.
   */
  readonly reportsWhileIndexing?: boolean;
}
