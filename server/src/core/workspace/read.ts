/**
 * A closed document from the host: bytes -> text -> analysis, taken from the
 * persistent cache when the host has one and the entry is good, else computed
 * (and stored). A document whose content, path and configuration are those of
 * the previous read is not analysed again at all.
 */
import type { AimsDocument, DocumentSummary } from '../model/types.js';
import type { AimsHost, WorkspaceFile } from '../model/host.js';
import { DEFAULT_CONFIG, type AimsConfig } from '../config/config.js';
import { languageOf, parseDocument } from '../parse/document.js';
import { isGeneratedSource } from '../parse/codeTags.js';
import { decodeText, tooLargeMessage } from '../util/decode.js';
import { analyzeDocument, runDocumentRules, shallowSummary, type LocalReport } from './analysis.js';
import { decodeAnalysis, encodeAnalysis } from './codec.js';
import type { PackedParts, ReferencePacker } from './packedParts.js';
import { analysisKey, contentHash } from './cacheKey.js';

/**
 * The form the service keeps a closed document in, for a cache hit decoded straight into it:
 * IDs and short values through `intern` (its ID pool), and with `packer` (when it keeps closed
 * summaries packed: service/closedTexts.ts) the references packed as they are read.
 */
export interface KeptForm {
  readonly intern: (id: string) => string;
  readonly packer?: () => ReferencePacker;
}

export interface ReadDocument {
  readonly summary: DocumentSummary;
  /** Only for stand-ins of skipped files (they are tiny). */
  readonly model?: AimsDocument;
  /** The `check` reports, as objects or as encodeReports() text (as the cache holds them). */
  readonly local?: readonly LocalReport[] | string | undefined;
  readonly key?: string;
  /**
   * Read from the cache: its strings are fresh (JSON's), none a slice of the text; with
   * `intern` (readDocument), decoded into the kept form already (workspace/analysis.ts compactSummary).
   */
  readonly cached?: true;
  /**
   * Decoded without reading the file (readUnchanged): `summary.text` and `summary.lines` must
   * not be read; the service keeps it closed, reading its text from the file when asked.
   */
  readonly textless?: true;
  /** The text's length, when it was decoded from the cache. */
  readonly textLength?: number;
  /** The references (and line starts), packed while decoding (KeptForm.packer); `summary.references` is then empty. */
  readonly packed?: PackedParts;
}

/**
 * Read a file. Returns `previous` itself when nothing changed, undefined when the file
 * cannot be read. Cache writes are started, not awaited: their promises go to `writes`.
 * With `reports` false a document not in the cache is parsed for its summary only, and the
 * rules' `check` parts are left until its findings are asked for (the caller runs them).
 * `kept`: for a cache hit decoded straight into the form the service keeps.
 */
export async function readDocument<T extends ReadDocument>(host: AimsHost, file: WorkspaceFile, config: AimsConfig, previous: T | undefined, writes: Promise<void>[], reports = true, kept?: KeptForm): Promise<ReadDocument | T | undefined> {
  const max = config.maxFileSize;
  // A source file too large or not text (a bundle, an MPEG-TS video named .ts) is no source a
  // person tags: passed over without the file-skipped notice an AIMS document would get.
  const code = languageOf(file.relativePath) === 'code';
  if (file.size !== undefined && file.size > max) return code ? untaggedCode(file, config) : skipped(file, tooLargeMessage(file.size, max), config);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await host.readFile(file.uri, max);
  } catch (e) {
    host.log?.(`cannot read ${file.uri}: ${(e as Error).message}`);
    return undefined;
  }
  if (!bytes) return undefined;
  const decoded = decodeText(bytes, max);
  if ('skipped' in decoded) return code ? untaggedCode(file, config) : skipped(file, decoded.skipped, config);
  const text = decoded.text;
  // Source code without a tag (nearly all of it): nothing to keep, not even its text, and
  // nothing worth a cache entry; a repository's 20,000 files cost a read and a search each.
  if (code && (!text.includes('aims:') || isGeneratedSource(file.relativePath, text))) return untaggedCode(file, config);
  const key = analysisKey(file.relativePath, contentHash(host, text), config);
  if (previous?.key === key) return previous;
  const input = { uri: file.uri, relativePath: file.relativePath, text, version: (previous?.summary.version ?? 0) + 1, config };
  if (host.cacheGet) {
    const stored = await host.cacheGet(key).catch(() => undefined);
    if (stored !== undefined) {
      const hit = decodeAnalysis(stored, kept ? { ...input, ...kept } : input);
      if (hit) return { summary: hit.summary, local: hit.local, key, cached: true, ...(hit.packed ? { packed: hit.packed } : {}) };
      host.log?.(`index cache: ignored an entry for ${file.relativePath} that does not decode`);
    }
  }
  // A document the relevance pre-check rules out (analyzeDocument) is stored too, a few bytes: a
  // warm start reads its entry rather than running the pre-check again over a note's every heading.
  const analysis = analyzeDocument({ ...input, log: (m) => host.log?.(m) }, reports);
  if (host.cachePut) writes.push(host.cachePut(key, encodeAnalysis(analysis)).catch((e: Error) => host.log?.(`index cache: cannot store ${file.relativePath}: ${e.message}`)));
  return { summary: analysis.summary, local: analysis.local, key };
}

/**
 * A document the file manifest knows unchanged (the same size and time as when `key`, its
 * analysis's cache key, was stored: workspace/fileManifest.ts), decoded from the cache without
 * reading the file, into the kept form. Undefined when there is no such key, or
 * its entry is gone or does not decode: the caller reads the file.
 */
export async function readUnchanged<T extends ReadDocument>(host: AimsHost, file: WorkspaceFile, key: string | undefined, previous: T | undefined, kept: KeptForm): Promise<ReadDocument | T | undefined> {
  if (key === undefined || previous?.key === key) return key === undefined ? undefined : previous;
  const stored = await host.cacheGet?.(key).catch(() => undefined);
  const hit = stored === undefined ? undefined : decodeAnalysis(stored, { uri: file.uri, version: (previous?.summary.version ?? 0) + 1, text: undefined, ...kept });
  return hit && { summary: hit.summary, local: hit.local, key, cached: true, textless: true, textLength: hit.textLength, ...(hit.packed ? { packed: hit.packed } : {}) };
}

/**
 * Complete the cache entry of a document indexed without its reports, once they are computed,
 * so that the next start has them. Not awaited (findings are synchronous); a failure is logged.
 */
export function storeReports(host: AimsHost, file: WorkspaceFile, key: string, summary: DocumentSummary, local: readonly LocalReport[]): void {
  if (host.cachePut) void host.cachePut(key, encodeAnalysis({ summary, local })).catch((e: Error) => host.log?.(`index cache: cannot store ${file.relativePath}: ${e.message}`));
}

/** A source file known to hold no control tag: nothing of it is kept (its text is not needed to place a finding). */
export function untaggedCode(file: WorkspaceFile, config: AimsConfig): ReadDocument {
  return { summary: shallowSummary({ uri: file.uri, relativePath: file.relativePath, text: '', version: 1, config }), local: [] };
}

/** A stand-in for a file that was not read: empty, with one `file-skipped` notice saying why. */
export function skipped(file: WorkspaceFile, message: string, config: AimsConfig): ReadDocument {
  const empty = parseDocument({ uri: file.uri, relativePath: file.relativePath, text: '', version: 0, config: DEFAULT_CONFIG });
  const doc: AimsDocument = { ...empty, relevant: false, problems: [{ code: 'file-skipped', span: { start: 0, end: 0 }, message }] };
  return { summary: doc, model: doc, local: runDocumentRules(doc, config) };
}
