/**
 * The language service: owns the per-document models (one per uri+version),
 * the workspace index and the configuration, and runs the rules. Hosts feed
 * it files (indexWorkspace) and editor buffers (setDocument); every surface
 * (CLI, language server, tests) asks it for findings the same way.
 */
import type { AimsDocument } from './model.js';
import type { AimsHost, CancellationToken, WorkspaceFile } from './host.js';
import { NEVER_CANCELLED } from './host.js';
import { DEFAULT_CONFIG, normalizeConfig, type AimsConfig, type SeverityName } from './config/config.js';
import { parseDocument, languageOf } from './parse/document.js';
import { parseYaml, toPlain, type YNode } from './parse/yaml.js';
import { parseOverlay, type GuidanceOverlay } from './parse/overlay.js';
import { WorkspaceIndex } from './index/workspaceIndex.js';
import { RULES } from './rules/registry.js';
import type { Report } from './rules/types.js';
import { compareFindings, type Finding } from './findings.js';
import { matchAny } from './util/glob.js';
import { decodeText, tooLargeMessage } from './util/decode.js';
import { LineIndex } from './text/lineIndex.js';
import type { Span } from './text/types.js';

export const CONFIG_FILE_NAMES = ['.aims.yaml', '.aims.yml'];

interface Entry {
  readonly file: WorkspaceFile;
  doc: AimsDocument;
  /** True while an editor owns the text (disk changes are ignored until it closes). */
  open: boolean;
}

export interface ServiceOptions {
  /** Settings from the editor or the command line; same keys as .aims.yaml, applied over it. */
  readonly settings?: unknown;
}

export class AimsLanguageService {
  private readonly entries = new Map<string, Entry>();
  /**
   * Per URI, a counter bumped by every editor buffer and every disk read that
   * starts. A disk read stores its result only if nothing newer began while it
   * was reading: a buffer opened meanwhile (didClose then didOpen at once), or
   * a later read of a newer file.
   */
  private readonly generations = new Map<string, number>();
  private indexCache: WorkspaceIndex | undefined;
  private findingsCache = new Map<string, { doc: AimsDocument; signature: string; findings: Finding[] }>();
  private configValue: AimsConfig = DEFAULT_CONFIG;
  private configFindings: Finding[] = [];
  private configUri: string | undefined;
  private configSpanOf: (path: string) => { lines: LineIndex; span: Span } | undefined = () => undefined;
  private overlayValue: GuidanceOverlay | undefined;
  private overlayFindings: Finding[] = [];
  private overlayUri: string | undefined;
  private settings: unknown;

  constructor(
    private readonly host: AimsHost,
    options: ServiceOptions = {},
  ) {
    this.settings = options.settings;
  }

  get config(): AimsConfig {
    return this.configValue;
  }

  today(): string {
    return this.configValue.today ?? this.host.today();
  }

  /** Read the configuration and every included file. Cancellable between files. */
  async indexWorkspace(token: CancellationToken = NEVER_CANCELLED): Promise<void> {
    const files = await this.host.listFiles();
    const configFile = files.find((f) => CONFIG_FILE_NAMES.includes(f.relativePath));
    await this.loadConfig(configFile);
    await this.loadOverlay(files);
    const wanted = files.filter((f) => this.isIncluded(f.relativePath));
    const seen = new Set<string>();
    for (const f of wanted) {
      if (token.isCancellationRequested) return;
      seen.add(f.uri);
      const existing = this.entries.get(f.uri);
      if (existing?.open) continue;
      await this.readIntoEntry(f);
    }
    for (const [uri, e] of this.entries) if (!seen.has(uri) && !e.open) this.entries.delete(uri);
    this.invalidate();
  }

  isIncluded(relativePath: string): boolean {
    // The configuration and the licensed-text overlay are read as what they are, not as AIMS documents.
    if (!languageOf(relativePath) || CONFIG_FILE_NAMES.includes(relativePath) || relativePath === this.configValue.guidanceOverlay) return false;
    return matchAny(this.configValue.include, relativePath) && !matchAny(this.configValue.exclude, relativePath);
  }

  /** (Re)read one file from the host, e.g. after a watched-file change. */
  async refreshFile(file: WorkspaceFile): Promise<void> {
    if (CONFIG_FILE_NAMES.includes(file.relativePath)) {
      await this.indexWorkspace();
      return;
    }
    if (file.relativePath === this.configValue.guidanceOverlay) {
      await this.loadOverlay([file]);
      return;
    }
    if (this.entries.get(file.uri)?.open) return;
    if (!this.isIncluded(file.relativePath)) return;
    await this.readIntoEntry(file);
    this.invalidate();
  }

  /** An editor buffer: its text wins over the disk until closeDocument. */
  setDocument(file: WorkspaceFile, text: string, version: number): AimsDocument {
    this.nextGeneration(file.uri);
    const previous = this.entries.get(file.uri)?.doc;
    const doc = parseDocument({ uri: file.uri, relativePath: file.relativePath, text, version, config: this.configValue, ...(previous ? { previous } : {}) });
    this.entries.set(file.uri, { file, doc, open: true });
    this.invalidate();
    return doc;
  }

  /** The editor closed the buffer: fall back to the file on disk. */
  async closeDocument(uri: string): Promise<void> {
    const e = this.entries.get(uri);
    if (!e) return;
    e.open = false;
    await this.readIntoEntry(e.file);
    this.invalidate();
  }

  removeFile(uri: string): void {
    const e = this.entries.get(uri);
    if (e && !e.open) {
      this.entries.delete(uri);
      this.invalidate();
    }
  }

  /**
   * New editor settings (same keys as .aims.yaml, applied over it). The
   * configuration is rebuilt and every document re-read with it, since ID
   * patterns and kind globs change what the parser finds.
   */
  async updateSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.indexWorkspace();
    for (const [uri, e] of this.entries)
      if (e.open) e.doc = parseDocument({ uri, relativePath: e.file.relativePath, text: e.doc.text, version: e.doc.version, config: this.configValue });
    this.findingsCache.clear();
    this.invalidate();
  }

  /** Whether a URI belongs to this service's documents (open or on disk). */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** The workspace-relative path of a known document ("risk/register.yaml"). */
  relativePathOf(uri: string): string | undefined {
    return this.entries.get(uri)?.file.relativePath;
  }

  getDocument(uri: string): AimsDocument | undefined {
    return this.entries.get(uri)?.doc;
  }

  documents(): AimsDocument[] {
    return [...this.entries.values()].map((e) => e.doc);
  }

  get index(): WorkspaceIndex {
    if (!this.indexCache) this.indexCache = new WorkspaceIndex(this.documents());
    return this.indexCache;
  }

  /** Findings for one document (cached per version and index generation). */
  getFindings(uri: string): Finding[] {
    if (uri === this.configUri) return this.configFindings;
    if (uri === this.overlayUri) return this.overlayFindings;
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const index = this.index;
    const cached = this.findingsCache.get(uri);
    // Same document model and same cross-file facts: the findings cannot have changed.
    const signature = `${index.signature}|${this.today()}`;
    if (cached && cached.doc === entry.doc && cached.signature === signature) return cached.findings;
    const findings = this.runRules(entry.doc, index);
    this.findingsCache.set(uri, { doc: entry.doc, signature, findings });
    return findings;
  }

  /** Findings for every document, in a stable order. */
  getAllFindings(): Finding[] {
    const all: Finding[] = [...this.configFindings, ...this.overlayFindings];
    for (const uri of [...this.entries.keys()].sort()) all.push(...this.getFindings(uri));
    return all.sort(compareFindings);
  }

  private runRules(doc: AimsDocument, index: WorkspaceIndex): Finding[] {
    const out: Finding[] = [];
    const skippedOnly = doc.problems.some((p) => p.code === 'file-skipped' && p.span.start === 0 && p.span.end === 0);
    if (!doc.relevant && !skippedOnly) return out;
    // A file that was not read has nothing to check: only the notice that it was skipped.
    const rules = skippedOnly ? RULES.filter((r) => r.code === 'file-skipped') : RULES;
    const today = this.today();
    for (const rule of rules) {
      const severity = this.severityOf(rule.code, rule.defaultSeverity);
      if (severity === 'off') continue;
      const report = (r: Report) => out.push(this.toFinding(doc, rule.code, severity, r));
      try {
        rule.check({ doc, index, config: this.configValue, today, report });
      } catch (e) {
        // A rule bug must not take the others (or the server) down; say so where it happened.
        this.host.log?.(`rule ${rule.code} failed on ${doc.uri}: ${(e as Error).stack ?? e}`);
      }
    }
    return out.sort(compareFindings);
  }

  private severityOf(code: string, fallback: SeverityName): SeverityName | 'off' {
    return this.configValue.rules[code] ?? fallback;
  }

  private toFinding(doc: AimsDocument, code: string, severity: SeverityName, r: Report): Finding {
    return {
      code,
      severity,
      message: r.message,
      uri: doc.uri,
      span: r.span,
      range: doc.lines.range(r.span),
      related: (r.related ?? []).map((rel) => {
        const target = rel.uri === doc.uri ? doc : this.entries.get(rel.uri)?.doc;
        const lines = target?.lines ?? doc.lines;
        return { uri: rel.uri, span: rel.span, range: lines.range(rel.span), message: rel.message };
      }),
      ...(r.data ? { data: r.data } : {}),
    };
  }

  private async readIntoEntry(file: WorkspaceFile): Promise<void> {
    const generation = this.nextGeneration(file.uri);
    const doc = await this.readDocument(file);
    // Superseded while reading: an editor opened the document, or a newer read started.
    if (this.generations.get(file.uri) !== generation || this.entries.get(file.uri)?.open) return;
    if (doc) this.entries.set(file.uri, { file, doc, open: false });
    else this.entries.delete(file.uri);
  }

  private nextGeneration(uri: string): number {
    const n = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, n);
    return n;
  }

  private async readDocument(file: WorkspaceFile): Promise<AimsDocument | undefined> {
    const max = this.configValue.maxFileSize;
    if (file.size !== undefined && file.size > max) return skippedDocument(file, tooLargeMessage(file.size, max));
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.host.readFile(file.uri);
    } catch (e) {
      this.host.log?.(`cannot read ${file.uri}: ${(e as Error).message}`);
      return undefined;
    }
    if (!bytes) return undefined;
    const decoded = decodeText(bytes, max);
    if ('skipped' in decoded) return skippedDocument(file, decoded.skipped);
    const previous = this.entries.get(file.uri)?.doc;
    const version = (previous?.version ?? 0) + 1;
    return parseDocument({ uri: file.uri, relativePath: file.relativePath, text: decoded.text, version, config: this.configValue });
  }

  private async loadConfig(file: WorkspaceFile | undefined): Promise<void> {
    this.configFindings = [];
    this.configUri = file?.uri;
    let raw: unknown = undefined;
    let root: YNode | null = null;
    let lines: LineIndex | undefined;
    if (file) {
      const bytes = await this.host.readFile(file.uri).catch(() => undefined);
      const decoded = bytes ? decodeText(bytes, 1024 * 1024) : { skipped: 'unreadable' };
      if ('text' in decoded) {
        lines = new LineIndex(decoded.text);
        const y = parseYaml(decoded.text);
        root = y.root;
        raw = toPlain(root);
        for (const p of y.problems) this.configFindings.push(this.configFinding(file.uri, lines, 'yaml-syntax', p.span, p.message));
      }
    }
    const fromFile = normalizeConfig(raw);
    const merged = this.settings !== undefined ? normalizeConfig(this.settings, fromFile.config) : fromFile;
    this.configValue = merged.config;
    this.configSpanOf = (path) => (lines ? { lines, span: spanOfPath(root, path) } : undefined);
    if (file && lines)
      for (const p of fromFile.problems) this.configFindings.push(this.configFinding(file.uri, lines, 'schema', spanOfPath(root, p.path), `.aims.yaml: ${p.message}`));
    for (const p of merged === fromFile ? [] : merged.problems) this.host.log?.(`settings ${p.path}: ${p.message}`);
    this.invalidate();
  }

  /** The organisation's licensed text (guidance.overlay), when configured: a workspace file, read like any other. */
  get guidanceOverlay(): GuidanceOverlay | undefined {
    return this.overlayValue;
  }

  private async loadOverlay(files: readonly WorkspaceFile[]): Promise<void> {
    const path = this.configValue.guidanceOverlay;
    this.overlayValue = undefined;
    this.overlayFindings = [];
    this.overlayUri = undefined;
    this.configFindings = this.configFindings.filter((f) => !f.message.startsWith('.aims.yaml: guidance.overlay'));
    if (!path) return;
    // Only a file the host lists under the workspace root can be the overlay: nothing outside it is read.
    const file = files.find((f) => f.relativePath === path);
    const bytes = file ? await this.host.readFile(file.uri).catch(() => undefined) : undefined;
    const decoded = bytes ? decodeText(bytes, 4 * 1024 * 1024) : undefined;
    if (!file || !decoded || !('text' in decoded)) {
      const message = `guidance.overlay: ${file ? 'cannot read' : 'there is no file'} "${path}" in the workspace; hovers show the tool's own summaries.`;
      const at = this.configSpanOf('guidance.overlay');
      if (this.configUri && at) this.configFindings.push(this.configFinding(this.configUri, at.lines, 'schema', at.span, `.aims.yaml: ${message}`));
      else this.host.log?.(message);
      return;
    }
    const { overlay, problems } = parseOverlay(path, decoded.text);
    this.overlayValue = overlay;
    this.overlayUri = file.uri;
    const lines = new LineIndex(decoded.text);
    this.overlayFindings = problems.map((p) => this.configFinding(file.uri, lines, p.code, p.span, p.message));
  }

  private configFinding(uri: string, lines: LineIndex, code: string, span: Span, message: string): Finding {
    const severity = this.configValue.rules[code] ?? 'error';
    return { code, severity: severity === 'off' ? 'error' : severity, message, uri, span, range: lines.range(span), related: [] };
  }

  private invalidate(): void {
    this.indexCache = undefined;
  }
}

function skippedDocument(file: WorkspaceFile, message: string): AimsDocument {
  const doc = parseDocument({ uri: file.uri, relativePath: file.relativePath, text: '', version: 0, config: DEFAULT_CONFIG });
  return { ...doc, relevant: false, problems: [{ code: 'file-skipped', span: { start: 0, end: 0 }, message }] };
}

/** The span of a dotted key path in a YAML tree, for configuration problems. */
function spanOfPath(root: YNode | null, path: string): Span {
  let node: YNode | null = root;
  let span: Span = root?.span ?? { start: 0, end: 0 };
  for (const part of path.split('.').filter(Boolean)) {
    if (node?.type === 'map') {
      const p: { key: string; keySpan: Span; value: YNode | null } | undefined = node.pairs.find((x) => x.key === part);
      if (!p) break;
      span = p.keySpan;
      node = p.value;
    } else if (node?.type === 'seq') {
      const item: YNode | undefined = node.items[Number(part)];
      if (!item) break;
      span = item.span;
      node = item;
    } else break;
  }
  return span;
}

export function createLanguageService(host: AimsHost, options?: ServiceOptions): AimsLanguageService {
  return new AimsLanguageService(host, options);
}
