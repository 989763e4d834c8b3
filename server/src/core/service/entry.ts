/**
 * What the service keeps per document (an Entry), and the entry of an editor buffer: parsed,
 * incrementally from the previous model when given, or a stand-in when it is over
 * max_file_size (a 20 MB didOpen kept the server busy for minutes) until it shrinks or the
 * limit grows.
 */
import type { AimsDocument, DocumentSummary } from '../model/types.js';
import type { WorkspaceFile } from '../model/host.js';
import type { AimsConfig } from '../config/config.js';
import { languageOf, parseDocument } from '../parse/document.js';
import type { LocalReport } from '../workspace/analysis.js';
import { skipped } from '../workspace/read.js';
import { tooLargeMessage, utf8Length } from '../util/decode.js';

export interface Entry {
  readonly file: WorkspaceFile;
  /** What the workspace knows of the document; for open documents, the full model itself. */
  readonly summary: DocumentSummary;
  /** Open documents (and stand-ins for skipped files): the full model. */
  readonly model?: AimsDocument;
  /** Reports of the rules' `check` parts: pooled for closed documents (see pooledReports), on demand for open ones. */
  local?: readonly LocalReport[] | undefined;
  /** Cache key of the analysis (content, path, configuration): unchanged means nothing to redo. */
  readonly key?: string;
  /** True while an editor owns the text (disk changes are ignored until it closes). */
  readonly open: boolean;
  /**
   * The editor's text while open. Kept apart from the model because a buffer over
   * max_file_size is held as a stand-in without it, and a new configuration (a larger or
   * smaller limit, other ID patterns) must read the buffer again, not the stand-in.
   */
  readonly buffer?: { readonly text: string; readonly version: number };
}

export function bufferEntry(file: WorkspaceFile, text: string, version: number, config: AimsConfig, previous: AimsDocument | undefined): Entry {
  const buffer = { text, version };
  const size = utf8Length(text, config.maxFileSize);
  if (size > config.maxFileSize && languageOf(file.relativePath) === 'code') {
    // As when read from disk (workspace/read.ts): an over-limit source file is passed over quietly.
    const empty = parseDocument({ uri: file.uri, relativePath: file.relativePath, text: '', version, config });
    return { file, summary: empty, model: empty, open: true, buffer };
  }
  if (size > config.maxFileSize) {
    // Counting stopped at the limit, so the exact size is not known.
    const s = skipped(file, tooLargeMessage(undefined, config.maxFileSize), config);
    return { file, summary: s.summary, model: s.model!, local: s.local as LocalReport[], open: true, buffer };
  }
  const doc = parseDocument({ uri: file.uri, relativePath: file.relativePath, text, version, config, ...(previous ? { previous } : {}) });
  return { file, summary: doc, model: doc, open: true, buffer };
}

/** The cache key a closed document was read under from its file (none for a buffer or a stand-in): what the file manifest records. */
export function closedKey(entry: Entry | undefined): string | undefined {
  return entry && !entry.open && !entry.model ? entry.key : undefined;
}
