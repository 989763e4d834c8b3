/**
 * The language service: owns the documents, the workspace index and the
 * configuration, and runs the rules. Hosts feed it files (indexWorkspace) and
 * editor buffers (setDocument); every surface (CLI, language server, tests)
 * asks it for findings the same way.
 *
 * Open documents keep their full model. Closed documents keep only their summary and the
 * reports of the rules' `check` parts (workspace/analysis.ts), without their text when the host
 * can read it again (closedTexts.ts). getDocument re-parses a closed document on demand (a few
 * recent ones are remembered). Analyses are stored in the host's persistent cache when it has
 * one, keyed by content (workspace/cacheKey.ts).
 */
import type { AimsDocument, DocumentSummary } from '../model/types.js';
import type { AimsHost, CancellationToken, WorkspaceFile } from '../model/host.js';
import { NEVER_CANCELLED } from '../model/host.js';
import { DEFAULT_CONFIG, type AimsConfig } from '../config/config.js';
import { parseDocument, languageOf } from '../parse/document.js';
import { WorkspaceIndex } from '../workspaceIndex/workspaceIndex.js';
import { RecordingReader } from '../workspaceIndex/readers.js';
import { FindingsCache } from './findingsCache.js';
import { compareFindings, type Finding } from '../model/findings.js';
import { matchAny } from '../util/glob.js';
import { CONFIG_FILE_NAMES, loadConfig, type LoadedConfig } from '../workspace/configFile.js';
import { loadOverlay } from '../workspace/overlayFile.js';
import type { GuidanceOverlay } from '../parse/overlay.js';
import { compactSummary, interner, pooledReports, runDocumentRules, type LocalReport } from '../workspace/analysis.js';
import { runWorkspaceRules, toFinding } from '../workspace/findings.js';
import { decodeReports } from '../workspace/codec.js';
import { readDocument, readUnchanged, storeReports, untaggedCode, type KeptForm, type ReadDocument } from '../workspace/read.js';
import { isUnchangedUntagged, loadFileManifest, manifestEntries, saveFileManifest, unchangedDocumentKey } from '../workspace/fileManifest.js';
import { pushAll } from '../util/arrays.js';
import type { AimsLanguageService, ConfigSectors, IndexProgress, ServiceOptions } from './api.js';
import { bufferEntry, closedKey, type Entry } from './entry.js';
import { ClosedTexts } from './closedTexts.js';

export type { AimsLanguageService, ServiceOptions };
export { CONFIG_FILE_NAMES };

/** How many closed documents' full models are kept after being built on demand. */
const LAZY_MODELS = 8;
/** Files read at once while indexing (the reads overlap; parsing is one at a time). */
const READ_CONCURRENCY = 16;

/** The one implementation of AimsLanguageService (api.ts); not exported from the facade. */
class LanguageService implements AimsLanguageService {
  private readonly entries = new Map<string, Entry>();
  private readonly workspaceIndex = new WorkspaceIndex();
  private readonly lazyModels = new Map<string, { summary: DocumentSummary; model: AimsDocument }>();
  private readonly findingsCache = new FindingsCache(this.workspaceIndex, (uri) => this.entries.get(uri)?.summary);
  /** One string per distinct ID across the closed documents' summaries (see compactSummary); `kept` interns cache hits' through it. */
  private readonly ids = new Map<string, string>();
  private readonly kept: KeptForm;
  /** One copy of each message and data object across the closed documents' reports (see pooledReports). */
  private readonly reportPool = new Map<string, unknown>();
  /** Closed documents' texts, read again through the host when needed (closedTexts.ts). */
  private readonly closedTexts: ClosedTexts;
  /**
   * Per URI, a counter bumped by every editor buffer and every disk read that
   * starts. A disk read stores its result only if nothing newer began while it
   * was reading: a buffer opened meanwhile (didClose then didOpen at once), or
   * a later read of a newer file.
   */
  private readonly generations = new Map<string, number>();
  private configValue: AimsConfig = DEFAULT_CONFIG;
  private loadedConfig: LoadedConfig | undefined;
  private configFindings: Finding[] = [];
  private configUri: string | undefined;
  private overlayValue: GuidanceOverlay | undefined;
  private overlayFindings: Finding[] = [];
  private overlayUri: string | undefined;
  private settings: unknown;
  private readonly restricted: boolean;
  private readonly reportsWhileIndexing: boolean;

  constructor(
    private readonly host: AimsHost,
    options: ServiceOptions = {},
  ) {
    this.settings = options.settings;
    this.restricted = options.restricted === true;
    this.reportsWhileIndexing = options.reportsWhileIndexing === true;
    this.closedTexts = new ClosedTexts(host, () => this.configValue.maxFileSize, (file) => void this.refreshFile(file));
    this.kept = { intern: interner(this.ids), ...(this.closedTexts.enabled ? { packer: () => this.closedTexts.packer() } : {}) };
  }

  /** Restricted Mode: the keys of the workspace's `.aims.yaml` that were not read (dotted, sorted); empty when trusted. */
  get ignoredConfigKeys(): readonly string[] {
    return this.loadedConfig?.ignored ?? [];
  }

  get configSectors(): ConfigSectors | undefined {
    const l = this.loadedConfig;
    return l?.uri && l.sectors ? { uri: l.uri, ...l.sectors } : undefined;
  }

  get config(): AimsConfig {
    return this.configValue;
  }

  today(): string {
    return this.configValue.today ?? this.host.today();
  }

  /**
   * Read the configuration and every included file (from the cache when unchanged).
   * Cancellable between files. `configLoaded` runs once the configuration is known, before
   * the files are read: an editor re-reads its open documents with it and can show their
   * own findings while the rest of the workspace is indexed.
   */
  async indexWorkspace(token: CancellationToken = NEVER_CANCELLED, configLoaded?: () => void, progress?: IndexProgress): Promise<void> {
    const files = await this.host.listFiles();
    const loaded = await loadConfig(this.host, files.find((f) => CONFIG_FILE_NAMES.includes(f.relativePath)), this.settings, this.restricted);
    this.loadedConfig = loaded;
    this.configValue = loaded.config;
    this.configFindings = loaded.findings;
    this.configUri = loaded.uri;
    await this.readOverlay(files);
    // The open buffers are read again with the configuration just loaded (its limit, patterns, kinds).
    this.reparseOpen();
    configLoaded?.();
    // A source file the repository ignores (.gitignore: build output, vendored code) is not read for tags.
    const wanted = files.filter((f) => !(f.ignored && languageOf(f.relativePath) === 'code') && this.isIncluded(f.relativePath));
    const seen = new Set(wanted.map((f) => f.uri));
    const writes: Promise<void>[] = [];
    // Files unchanged since a previous run (size and time): source files it found untagged are not
    // read again, and documents are decoded from the cache unread when they can be kept without their text.
    const manifest = await loadFileManifest(this.host, wanted, this.configValue);
    // Reads overlap; results are applied in listing order, which keeps the index's lists
    // appended to rather than spliced into.
    const results: (ReadDocument | undefined)[] = new Array(wanted.length);
    let next = 0;
    let applied = 0;
    const apply = () => {
      const before = applied;
      for (; applied < wanted.length && applied in results; applied++) this.applyRead(wanted[applied]!, results[applied]);
      if (progress && applied > before) progress(applied, wanted.length);
    };
    const reader = async () => {
      while (next < wanted.length && !token.isCancellationRequested) {
        const i = next++;
        const f = wanted[i]!;
        const previous = this.entries.get(f.uri);
        if (previous?.open) results[i] = previous;
        else if (manifest && isUnchangedUntagged(manifest, f)) results[i] = untaggedCode(f, this.configValue);
        else {
          const generation = this.nextGeneration(f.uri);
          const unread = await readUnchanged(this.host, f, manifest && this.closedTexts.enabled ? unchangedDocumentKey(manifest, f) : undefined, previous, this.kept);
          const read = unread ?? (await readDocument(this.host, f, this.configValue, previous, writes, this.reportsWhileIndexing, this.kept));
          // Superseded while reading (an editor opened it, or a newer read began): keep what is there.
          results[i] = this.generations.get(f.uri) === generation ? read : this.entries.get(f.uri);
        }
        apply();
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, wanted.length) }, reader));
    const cancelled = token.isCancellationRequested;
    if (manifest && !cancelled) writes.push(saveFileManifest(this.host, manifest, manifestEntries(wanted, (uri) => this.entries.get(uri)?.summary, (uri) => closedKey(this.entries.get(uri)))));
    // Every file is read: what the host gathered to store is written now, not when its timer says.
    await this.host.cacheFlush?.().catch(() => {});
    await Promise.all(writes);
    if (cancelled) return;
    for (const [uri, e] of this.entries) if (!seen.has(uri) && !e.open) this.deleteEntry(uri);
  }

  isIncluded(relativePath: string): boolean {
    // The configuration and the licensed-text overlay are read as what they are, not as AIMS documents.
    if (!languageOf(relativePath) || CONFIG_FILE_NAMES.includes(relativePath) || relativePath === this.configValue.guidanceOverlay) return false;
    // Source files are read for their tags (parse/codeTags.ts) unless code_tags is off; the include globs are for documents.
    if (languageOf(relativePath) === 'code') return this.configValue.codeTags && !matchAny(this.configValue.exclude, relativePath);
    return matchAny(this.configValue.include, relativePath) && !matchAny(this.configValue.exclude, relativePath);
  }

  /** (Re)read one file from the host, e.g. after a watched-file change. */
  async refreshFile(file: WorkspaceFile): Promise<void> {
    if (CONFIG_FILE_NAMES.includes(file.relativePath)) {
      await this.indexWorkspace();
      return;
    }
    if (file.relativePath === this.configValue.guidanceOverlay) {
      await this.readOverlay([file]);
      return;
    }
    if (this.entries.get(file.uri)?.open) return;
    if (!this.isIncluded(file.relativePath)) return;
    const writes: Promise<void>[] = [];
    await this.readIntoEntry(file, writes);
    await Promise.all(writes);
  }

  /** An editor buffer: its text wins over the disk until closeDocument. */
  setDocument(file: WorkspaceFile, text: string, version: number): AimsDocument {
    return this.readBuffer(file, text, version, this.entries.get(file.uri)?.model);
  }

  private readBuffer(file: WorkspaceFile, text: string, version: number, previous: AimsDocument | undefined): AimsDocument {
    this.nextGeneration(file.uri);
    const entry = bufferEntry(file, text, version, this.configValue, previous);
    this.setEntry(entry);
    return entry.model!;
  }

  /** Every open buffer parsed afresh with the current configuration (nothing of the old parse is reused). */
  private reparseOpen(): void {
    for (const e of [...this.entries.values()]) if (e.open && e.buffer) this.readBuffer(e.file, e.buffer.text, e.buffer.version, undefined);
    this.findingsCache.clear();
  }

  /** The editor closed the buffer: fall back to the file on disk. */
  async closeDocument(uri: string): Promise<void> {
    const e = this.entries.get(uri);
    if (!e) return;
    const { buffer: _closed, ...rest } = e;
    this.entries.set(uri, { ...rest, open: false });
    const writes: Promise<void>[] = [];
    await this.readIntoEntry(e.file, writes);
    await Promise.all(writes);
  }

  removeFile(uri: string): void {
    const e = this.entries.get(uri);
    if (e && !e.open) this.deleteEntry(uri);
  }

  /** Settings for the next indexWorkspace (same keys as .aims.yaml, applied over it); nothing is re-read now. */
  configure(settings: unknown): void {
    this.settings = settings;
  }

  /**
   * New editor settings (same keys as .aims.yaml, applied over it). The
   * configuration is rebuilt and every document re-read with it (open buffers
   * included, by indexWorkspace), since ID patterns and kind globs change what
   * the parser finds.
   */
  async updateSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.indexWorkspace();
  }

  /** Whether a URI belongs to this service's documents (open or on disk). */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** Whether an editor owns the document's text. */
  isOpen(uri: string): boolean {
    return this.entries.get(uri)?.open === true;
  }

  /** The workspace-relative path of a known document ("risk/register.yaml"). */
  relativePathOf(uri: string): string | undefined {
    return this.entries.get(uri)?.file.relativePath;
  }

  /** The full model of a document: kept for open ones, re-parsed on demand (and remembered a while) for closed ones. */
  getDocument(uri: string): AimsDocument | undefined {
    const e = this.entries.get(uri);
    if (!e) return undefined;
    if (e.model) return e.model;
    const hit = this.lazyModels.get(uri);
    this.lazyModels.delete(uri);
    let model = hit?.summary === e.summary ? hit.model : undefined;
    if (!model) {
      const s = e.summary;
      const parsed = parseDocument({ uri, relativePath: e.file.relativePath, text: s.text, version: s.version, config: this.configValue });
      // The summary's own objects, so that what the index holds is what the model holds (features compare
      // them; a shallow summary has none to offer), but the parse's line index (a closed summary's is a packed view).
      model = s.shallow ? parsed : { ...parsed, meta: s.meta, references: s.references, definitions: s.definitions, risks: s.risks, soa: s.soa };
    }
    this.lazyModels.set(uri, { summary: e.summary, model });
    if (this.lazyModels.size > LAZY_MODELS) this.lazyModels.delete(this.lazyModels.keys().next().value!);
    return model;
  }

  /** What the workspace knows of a document without parsing it. */
  getSummary(uri: string): DocumentSummary | undefined {
    return this.entries.get(uri)?.summary;
  }

  /** Every document's summary, in URI order. Use getDocument(uri) for sections, tables or problems. */
  documents(): readonly DocumentSummary[] {
    return this.workspaceIndex.documents;
  }

  get index(): WorkspaceIndex {
    return this.workspaceIndex;
  }

  /** Findings for one document (cached while nothing they depend on changes: findingsCache.ts). */
  getFindings(uri: string): Finding[] {
    if (uri === this.configUri) return this.configFindings;
    if (uri === this.overlayUri) return this.overlayFindings;
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const today = this.today();
    const cached = this.findingsCache.get(uri, entry.summary, today);
    if (cached) return cached;
    const reader = new RecordingReader(this.workspaceIndex);
    const workspaceReports = runWorkspaceRules(entry.summary, { index: reader, config: this.configValue, today, log: (m) => this.host.log?.(m) });
    const findings = this.toFindings(entry, [...this.localReports(entry), ...workspaceReports]);
    this.findingsCache.set(uri, entry.summary, today, reader.dependencies(), workspaceReports, findings);
    return findings;
  }

  /**
   * Findings that depend on the document alone (the rules' `check` parts): what can be
   * shown before the workspace index is complete, since nothing in them can be premature.
   */
  getDocumentFindings(uri: string): Finding[] {
    if (uri === this.configUri) return this.configFindings;
    if (uri === this.overlayUri) return this.overlayFindings;
    const entry = this.entries.get(uri);
    return entry ? this.toFindings(entry, this.localReports(entry)) : [];
  }

  /** Findings for every document, in a stable order. */
  getAllFindings(): Finding[] {
    const all: Finding[] = [...this.configFindings, ...this.overlayFindings];
    for (const uri of [...this.entries.keys()].sort()) pushAll(all, this.getFindings(uri));
    return all.sort(compareFindings);
  }

  private toFindings(entry: Entry, reports: readonly LocalReport[]): Finding[] {
    const lookup = (u: string) => this.entries.get(u)?.summary;
    return reports.map((r) => toFinding(entry.summary, r, this.configValue, lookup)).sort(compareFindings);
  }

  private localReports(entry: Entry): readonly LocalReport[] {
    if (entry.local) return entry.local;
    const reports = runDocumentRules(entry.model ?? this.getDocument(entry.file.uri)!, this.configValue, (m) => this.host.log?.(m));
    if (entry.model) return (entry.local = reports);
    // A closed document indexed without its reports: kept pooled as the others, its cache entry completed.
    entry.local = pooledReports(reports, this.reportPool);
    if (entry.key) storeReports(this.host, entry.file, entry.key, entry.summary, reports);
    return entry.local;
  }

  private async readIntoEntry(file: WorkspaceFile, writes: Promise<void>[]): Promise<void> {
    const generation = this.nextGeneration(file.uri);
    const previous = this.entries.get(file.uri);
    const read = await readDocument(this.host, file, this.configValue, previous && !previous.open ? previous : undefined, writes, this.reportsWhileIndexing, this.kept);
    // Superseded while reading: an editor opened the document, or a newer read started.
    if (this.generations.get(file.uri) === generation) this.applyRead(file, read);
  }

  private nextGeneration(uri: string): number {
    const n = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, n);
    return n;
  }

  /** The organisation's licensed text (guidance.overlay), when configured: a workspace file, read as data. */
  get guidanceOverlay(): GuidanceOverlay | undefined {
    return this.overlayValue;
  }

  private async readOverlay(files: readonly WorkspaceFile[]): Promise<void> {
    const loaded = this.loadedConfig ?? { uri: undefined, findings: [], spanOf: () => undefined };
    const o = await loadOverlay(this.host, files, this.configValue, loaded);
    this.overlayValue = o.overlay;
    this.overlayUri = o.uri;
    this.overlayFindings = o.findings;
    this.configFindings = [...loaded.findings, ...o.configFindings];
  }

  private applyRead(file: WorkspaceFile, read: ReadDocument | undefined): void {
    const current = this.entries.get(file.uri);
    // An editor may have opened the document while it was being read: the editor wins.
    if (current?.open) return;
    if (!read) this.deleteEntry(file.uri);
    else if (read !== current)
      this.setEntry({ file, ...(read.key ? { key: read.key } : {}), ...(read.model ? { summary: read.summary, model: read.model, local: read.local as LocalReport[] } : this.compact(file, read)), open: false });
  }

  /** A closed document as it is kept: compact summary, without its text when it can be read again (closedTexts.ts), pooled reports (a bad cached text of them is checked again). */
  private compact(file: WorkspaceFile, read: ReadDocument): { summary: DocumentSummary; local?: LocalReport[] } {
    const summary = this.closedTexts.keep((detach) => (read.cached ? read.summary : compactSummary(read.summary, this.ids, detach)), file, read.key, read.cached === true, read.textless === true, read.packed);
    const reports = typeof read.local === 'string' ? decodeReports(read.local, file.uri, read.textLength ?? summary.lines.length) : read.local;
    if (typeof read.local === 'string' && !reports) this.host.log?.(`index cache: unreadable reports for ${file.relativePath}; checking it again`);
    return { summary, ...(reports ? { local: pooledReports(reports, this.reportPool) } : {}) };
  }

  private setEntry(entry: Entry): void {
    this.entries.set(entry.file.uri, entry);
    this.lazyModels.delete(entry.file.uri);
    this.workspaceIndex.set(entry.summary);
  }

  private deleteEntry(uri: string): void {
    this.entries.delete(uri);
    this.lazyModels.delete(uri);
    this.findingsCache.delete(uri);
    this.workspaceIndex.remove(uri);
  }
}

export function createLanguageService(host: AimsHost, options?: ServiceOptions): AimsLanguageService {
  return new LanguageService(host, options);
}
