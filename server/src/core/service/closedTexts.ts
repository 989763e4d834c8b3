/**
 * Closed documents kept without their text. A closed document's summary is most of what the
 * service keeps per document, and its text was more than half of that (5.3 KB of 17.7 KB per
 * document of the bench's workspace). When the host can read a file at once (`readFileNow`),
 * the summary drops the text and its `text` is read again through the host when something asks
 * for it (a model built on demand, a rule that reads the words of a document), checked against
 * the content hash the document was indexed with; the last few texts read are remembered.
 *
 * A text that no longer has that hash means the file changed behind the index's back (the
 * watcher has not said so yet): the new text is returned, the change is logged, and the
 * document is read again as if the watcher had said so.
 */
import type { DocumentMeta, Definition, DocumentSummary, LanguageId, Reference, RiskEntry, SoaEntry, StatedRiskMethod } from '../model/types.js';
import type { AimsHost, WorkspaceFile } from '../model/host.js';
import { LineIndex } from '../text/lineIndex.js';
import { decodeText } from '../util/decode.js';
import { contentHash } from '../workspace/cacheKey.js';
import { isTemplateDoc } from '../parse/template.js';
import { Lru } from '../util/lru.js';
import { hasPackedLines, packedCitations, packedLines, packParts, ReferencePacker, StringTable, unpackParts, type PackedParts, type SummaryParts } from '../workspace/packedParts.js';

/** How many re-read texts are remembered (a feature or rule reading one document's text several times in a row). */
const RECENT = 16;
/**
 * How many closed summaries' parts are kept unpacked: a rule or feature reads one document's
 * references many times in a row, and the index files other documents' items itself (filed.ts).
 */
const UNPACKED = 64;

export class ClosedTexts {
  /** Recently read texts by cache key (content, path, configuration): a stale summary never gets a newer text from here. */
  private readonly recent = new Map<string, string>();
  /** Closed summaries' references, definitions, risks and SoA entries as objects, for the last few read (packedParts.ts). */
  private readonly parts = new Lru<object, SummaryParts>(UNPACKED);
  /** Their line indexes, made from the packed line starts, for the last few read. */
  private readonly lines = new Lru<object, LineIndex>(UNPACKED);
  /** The strings closed summaries share, numbered (packedParts.ts). */
  private readonly table = new StringTable();

  constructor(
    private readonly host: AimsHost,
    private readonly maxBytes: () => number,
    /** Called when a file is found changed on disk (the service reads it again). */
    private readonly changed: (file: WorkspaceFile) => void,
  ) {}

  /** Whether summaries can be kept without their text (the host reads files at once). */
  get enabled(): boolean {
    return typeof this.host.readFileNow === 'function';
  }

  /**
   * A closed document's summary as it is kept: `compact(detach)` (workspace/analysis.ts
   * compactSummary, its strings copied when `detach`), without its text when the host can read
   * it again and the document has a cache key (whose first part is the text's hash). `cached`:
   * the summary was decoded from the cache (JSON.parse gives flat strings, no slices);
   * `textless`: decoded without reading the file (workspace/read.ts readUnchanged), its line
   * index made from the text when first asked for; `packed`: its references (and line starts)
   * packed while it was decoded (a `packer()` of this), its `references` empty.
   */
  keep(compact: (detach: boolean) => DocumentSummary, file: WorkspaceFile, key: string | undefined, cached: boolean, textless = false, packed?: PackedParts): DocumentSummary {
    if (key === undefined || !this.enabled) return compact(false);
    // What the cache gave has no slice of the text to copy.
    const s = compact(!cached);
    // Decided while the text is at hand: the index asks it of every document with a kind.
    // Only the references are packed: the index and the rules read other documents' definitions,
    // risks, SoA entries (and metadata) in turn, thousands of times per run, and unpacking them
    // on each read made `aims check` five times slower; a document's references are read for
    // that document, or through the index's filed citations (filed.ts).
    // The line starts of a text without a carriage return (nearly all) go with them: an index
    // object less per document, and one code unit a number below 64 KB.
    if (packed) {
      // Its line starts were packed when the text has no carriage return; else it has its own index (or reads it, textless).
      const own = hasPackedLines(packed) || textless ? undefined : s.lines;
      return new ClosedSummary(s, this, file, key, s.relevant ? isTemplateDoc(s) : undefined, packed, own);
    }
    const starts = textless ? undefined : s.lines.plainStarts;
    const made = packParts({ references: s.references, definitions: [], risks: [], soa: [], lineStarts: starts, textLength: starts ? s.lines.length : 0 }, this.table);
    const closed = new ClosedSummary(s, this, file, key, s.relevant ? isTemplateDoc(s) : undefined, made, starts || textless ? undefined : s.lines);
    // The index files the new summary's citations at once: from the objects at hand, not unpacked again.
    this.parts.set(closed, { references: s.references, definitions: [], risks: [], soa: [] });
    return closed;
  }

  /**
   * A closed summary's line index from its packed line starts, or from its text when none were
   * packed (a summary decoded without its text): the same object while it is among the last few read.
   */
  linesOf(summary: object, packed: PackedParts, text: () => string): LineIndex {
    return this.lines.get(summary, () => {
      const l = packedLines(packed);
      return l ? LineIndex.ofStarts(l.length, l.starts) : new LineIndex(text());
    });
  }

  /** A packer for a cache entry's references, into this table (workspace/codec.ts DecodeContext.packer). */
  packer(): ReferencePacker {
    return new ReferencePacker(this.table);
  }

  /** What a closed summary's references cite, by type and ID, read from the packed form (the index's facts). */
  citations(packed: PackedParts): Map<string, Set<string>> {
    return packedCitations(packed, this.table);
  }

  /** A closed summary's parts as objects: the same objects while it is among the last few read. */
  unpacked(summary: object, packed: PackedParts): SummaryParts {
    return this.parts.get(summary, () => unpackParts(packed, this.table));
  }

  textOf(file: WorkspaceFile, key: string): string {
    const hit = this.recent.get(key);
    if (hit !== undefined) {
      this.recent.delete(key);
      this.recent.set(key, hit);
      return hit;
    }
    let text = '';
    const bytes = this.host.readFileNow?.(file.uri, this.maxBytes());
    if (bytes) {
      const decoded = decodeText(bytes, this.maxBytes());
      if (!('skipped' in decoded)) text = decoded.text;
    }
    if (!key.startsWith(`${contentHash(this.host, text)}-`)) {
      this.host.log?.(`${file.relativePath} changed on disk since it was indexed; reading it again`);
      this.changed(file);
      return text;
    }
    this.recent.set(key, text);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return text;
  }

  /** Forget what was read (a new configuration, a new index). */
  clear(): void {
    this.recent.clear();
  }
}

/**
 * A closed document's summary without its text: the same fields as any summary, `text` a
 * getter on the prototype (one per class, not per object, so summaries keep one shape).
 */
class ClosedSummary implements DocumentSummary {
  readonly uri: string;
  readonly version: number;
  readonly languageId: LanguageId;
  readonly meta: DocumentMeta;
  declare readonly title?: string;
  readonly definitions: readonly Definition[];
  readonly risks: readonly RiskEntry[];
  readonly soa: readonly SoaEntry[];
  declare readonly riskMethod?: StatedRiskMethod;
  readonly frameworks: readonly string[];
  readonly relevant: boolean;
  declare readonly shallow?: true;
  declare readonly archived?: true;
  declare readonly template?: boolean;
  // Private (#): not own enumerable properties, so the summary reads, compares and prints as any other.
  readonly #texts: ClosedTexts;
  readonly #file: WorkspaceFile;
  readonly #key: string;
  readonly #packed: PackedParts;
  /** The line index of a text with carriage returns (its line starts are not packed). */
  readonly #lines: LineIndex | undefined;

  constructor(s: DocumentSummary, texts: ClosedTexts, file: WorkspaceFile, key: string, template: boolean | undefined, packed: PackedParts, lines: LineIndex | undefined) {
    this.#lines = lines;
    this.#texts = texts;
    this.#file = file;
    this.#key = key;
    this.#packed = packed;
    this.uri = s.uri;
    this.version = s.version;
    this.languageId = s.languageId;
    this.meta = s.meta;
    this.definitions = s.definitions;
    this.risks = s.risks;
    this.soa = s.soa;
    if (s.title !== undefined) (this as { title?: string }).title = s.title;
    if (s.riskMethod) (this as { riskMethod?: StatedRiskMethod }).riskMethod = s.riskMethod;
    this.frameworks = s.frameworks;
    this.relevant = s.relevant;
    if (s.shallow) (this as { shallow?: true }).shallow = true;
    if (s.archived) (this as { archived?: true }).archived = true;
    if (template !== undefined) (this as { template?: boolean }).template = template;
  }

  get text(): string {
    return this.#texts.textOf(this.#file, this.#key);
  }

  get lines(): LineIndex {
    return this.#lines ?? this.#texts.linesOf(this, this.#packed, () => this.text);
  }

  /** The distinct (type, ID) pairs its references cite (workspaceIndex/facts.ts), without unpacking them. */
  citations(): Map<string, Set<string>> {
    return this.#texts.citations(this.#packed);
  }

  // A getter on the prototype, as `text`: unpacked when read (packedParts.ts).
  get references(): readonly Reference[] {
    return this.#texts.unpacked(this, this.#packed).references;
  }
}
