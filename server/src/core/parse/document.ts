/**
 * Text -> AimsDocument. The one entry point of parse/: picks the Markdown or
 * YAML reader, reads the `aims:` declaration, infers the kind, and collects
 * sections, tables, references and entities. Never throws; what cannot be
 * read becomes a ParseProblem on the document.
 */
import { readAsTree, type AimsDocument, type LanguageId, type Reference, type Section, type StatedRiskMethod, type Table } from '../model/types.js';
import type { KindId } from '../catalogue/types.js';
import type { AimsConfig } from '../config/config.js';
import { LineIndex } from '../text/lineIndex.js';
import type { Span } from '../text/types.js';
import { firstStartingAt } from '../text/spans.js';
import { parseMarkdown } from './markdown.js';
import { textDelta, type TextDelta } from '../text/textDelta.js';
import { getPair, scalarText, type YNode } from './yaml.js';
import { parseYamlChunked } from './yamlChunks.js';
import { reuseOf, sealReuse, type ChunkReferences, type FrontMatterState, type Reuse } from './reuse.js';
import { readAimsBlock, inferKind, fieldText, fileNameWords, frameworksOf, withHeaderStatus, yamlTitle } from './meta.js';
import { isArchivePath, isProjectFile } from './paths.js';
import { codeStyleOf, scanCodeTags } from './codeTags.js';
import { cardKindOf, cardMeta, resourceKindOf } from './cards.js';
import { chaptersMeta } from './chapters.js';
import { parseCodeDocument, tagReferences } from './code.js';
import { boldTitle, headingsAreChapters, sectionsFromHeadings, sectionTitleAt } from './sections.js';
import { titledTable, withNameRow } from './titledTable.js';
import { frontMatterRisk, risksFromTables, soaFromTables } from './entities.js';
import { collectDefinitions } from './definitions.js';
import { risksFromChunkTables } from './chunkRisks.js';
import { risksFromCards } from './riskCards.js';
import { soaFromCards } from './soaCards.js';
import { statedRiskMethod } from './riskMethod.js';
import { keyWords, yamlParts, yamlReferenceChunks, yamlRegions } from './yamlModel.js';
import { scanReferences, type Region } from '../refs/scan.js';
import { documentMentions, lazyMentions, mentionsKey, type MentionState } from '../refs/mentions.js';
import { markdownReferences } from './chunkReferences.js';
import { tableRegions } from './tableRegions.js';
import { parseCsv } from './csv.js';
import type { ParseProblem } from '../model/problems.js';
import { pushAll } from '../util/arrays.js';
import { namesTheAims } from '../catalogue/aimsTitles.js';
import { parseFrontMatter, tomlState } from './toml.js';

export interface ParseInput {
  readonly uri: string;
  /** Path relative to its workspace root, "/"-separated (for globs and file-name inference). */
  readonly relativePath: string;
  readonly text: string;
  readonly version: number;
  readonly languageId?: LanguageId;
  readonly config: AimsConfig;
  /** The previous version of the same document, whose unchanged Markdown chunks are reused. */
  readonly previous?: AimsDocument;
  /** Parse Markdown as one chunk, reusing nothing: the naive baseline of the benchmarks. */
  readonly whole?: boolean;
  /**
   * Only the summary is kept (a closed document indexed without its rules' reports): nothing
   * for a next version is made (reuse, chunk references), and the document-wide mentions are
   * read only where a reference asks (refs/mentions.ts lazyMentions). Its summary equals a full parse's.
   */
  readonly summaryOnly?: boolean;
}

export function languageOf(path: string): LanguageId | undefined {
  if (/\.(?:md|markdown|mdx)$/i.test(path)) return 'markdown';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.json$/i.test(path)) return 'json';
  if (/\.toml$/i.test(path)) return 'toml';
  if (/\.csv$/i.test(path)) return 'csv';
  if (codeStyleOf(path)) return 'code';
  return undefined;
}

export function parseDocument(input: ParseInput): AimsDocument {
  const languageId = input.languageId ?? languageOf(input.relativePath) ?? 'markdown';
  // JSON is YAML: the same reader gives its values with exact spans. TOML is read into the same tree.
  if (readAsTree(languageId)) return parseYamlDocument(input, languageId);
  if (languageId === 'csv') return parseCsvDocument(input);
  if (languageId === 'code') return parseCodeDocument({ ...input, style: codeStyleOf(input.relativePath) ?? 'code' });
  return parseMarkdownDocument(input);
}

function parseMarkdownDocument(input: ParseInput): AimsDocument {
  const { text, config } = input;
  const before = reuseOf(input.previous);
  const prev = before?.markdown;
  // What the edit left alone, found once for the chunks and their references.
  const delta = prev && !input.whole ? textDelta(prev.text, text) : undefined;
  const md = parseMarkdown(text, input.whole ? undefined : prev, input.whole ? { whole: true } : delta ? { delta } : {});
  const mentions = input.summaryOnly ? lazyMentions(text) : documentMentions(text, input.whole ? undefined : before?.mentions, delta);
  const problems: ParseProblem[] = [...md.problems];
  let fmRoot: YNode | null = null;
  let frontMatter: FrontMatterState | undefined;
  if (md.frontMatter) {
    const c = md.frontMatter.contentSpan;
    const source = text.slice(c.start, c.end);
    // Unchanged front matter at the same offset reads the same: reuse it (edits are mostly in the body).
    const old = input.whole ? undefined : before?.frontMatter;
    const y = old && old.start === c.start && old.source === source ? old.parsed : parseFrontMatter(text, md.frontMatter.span.start, source, c.start);
    frontMatter = { start: c.start, source, parsed: y };
    fmRoot = y.root;
    pushAll(problems, y.problems);
  }
  const block = withHeaderStatus({ ...readAimsBlock(fmRoot, 'front-matter'), ...(md.frontMatter ? { frontMatterSpan: md.frontMatter.span } : {}) }, text, md.frontMatter?.span.end ?? 0, md.headings.find((h) => h.level >= 2)?.span.start ?? -1);
  const headings = md.headings;
  const sections = sectionsFromHeadings(text, headings);
  const firstH1 = headings.find((h) => h.level === 1) ?? headings[0];
  // A wiki's front matter may title a page by its slug ("Impact-Assessment-TriageBot"): its H1 says more.
  const fmTitle = scalarText(getPair(fmRoot, 'title')?.value);
  const slug = fmTitle !== undefined && firstH1 !== undefined && /^[A-Za-z0-9.]+(?:[-_][A-Za-z0-9.]+)+$/.test(fmTitle);
  const title = fieldText(block, 'title') ?? (slug ? undefined : fmTitle) ?? (headingsAreChapters(headings) ? boldTitle(text, md.frontMatter?.span.end ?? 0) : undefined) ?? firstH1?.text;
  const kindInfo = inferKind(fieldText(block, 'kind'), input.relativePath, title, config, cardKindOf(fmRoot), firstH1?.level === 1 ? firstH1.text : undefined, firstH1 !== undefined && firstH1.level > 1 && title === firstH1.text);
  const tables: Table[] = md.tables.map((t) => titledTable(t, sectionTitleAt(sections, t.span.start)));
  const frameworks = frameworksOf(block, config, title);
  const excluded = [...md.excluded].sort((a, b) => a.start - b.start);

  // Regions to scan, chunk by chunk (a chunk's references are reused while its text and the document-wide
  // context are unchanged): body text between tables, each table cell on its own; then the front-matter values.
  const bodyStart = md.frontMatter ? md.frontMatter.span.end : 0;
  // Built only for a chunk whose references are not in the cache (chunks are contiguous: a chunk's tables start in it).
  const chunkRegions = (chunk: Span): Region[] => {
    const out: Region[] = [];
    let cursor = Math.max(chunk.start, bodyStart);
    for (let t = firstStartingAt(tables, chunk.start); t < tables.length && tables[t]!.span.start < chunk.end; t++) {
      const table = tables[t]!;
      if (table.span.start > cursor) out.push({ span: { start: cursor, end: table.span.start }, heading: sectionTitleAt(sections, cursor).toLowerCase() });
      pushAll(out, tableRegions(table));
      cursor = Math.max(cursor, table.span.end);
    }
    if (cursor < chunk.end) out.push({ span: { start: cursor, end: chunk.end }, heading: sectionTitleAt(sections, cursor).toLowerCase() });
    return out;
  };
  const regions: Region[] = fmRoot ? yamlRegions(fmRoot, '') : [];
  const rows = risksFromChunkTables(tables, md.chunks, kindInfo.kind, config.ids);
  const risksRead = readsRisks(kindInfo.kind);
  const cards = risksRead ? [...risksFromCards({ sections, tables, text, ids: config.ids, known: new Set(rows.map((r) => r.id)) }), ...frontMatterRisk(fmRoot, config.ids)] : [];
  // Outside registers, a card counts only when it rates the risk as a risk (likelihood and impact).
  const risks = [...rows, ...cards.filter((r) => kindInfo.kind === 'risk-register' || (r.attributes.has('likelihood') && r.attributes.has('impact')))];
  const riskMethod = kindInfo.kind === 'risk-register' || kindInfo.kind === 'risk-assessment-process' || risks.length > 0 ? statedRiskMethod(tables, text, md.chunks) : undefined;
  const tableSoa = soaFromTables(tables, kindInfo.kind);
  // An SoA written one section per control ("### A.2.2 AI policy" + "**Applicable:** Yes").
  const soa = kindInfo.kind === 'soa' ? [...tableSoa, ...soaFromCards({ sections, tables, text, excluded, known: new Set(tableSoa.map((e) => e.controlId)) })] : tableSoa;
  return finish(input, {
    languageId: 'markdown',
    chunks: md.chunks,
    chunkRegions,
    ...(delta ? { delta } : {}),
    ...(delta && input.previous?.lines.length === prev!.text.length ? { lines: LineIndex.edited(input.previous.lines, text, delta) } : {}),
    mentions,
    block,
    kindInfo,
    title,
    sections,
    tables,
    regions,
    excluded,
    problems,
    frameworks,
    risks,
    soa,
    ...(riskMethod ? { riskMethod } : {}),
    yamlRoot: fmRoot,
    headings,
    reuse: { markdown: md, mentions, ...(frontMatter ? { frontMatter } : {}) },
  });
}

function parseYamlDocument(input: ParseInput, languageId: 'yaml' | 'json' | 'toml'): AimsDocument {
  const { text, config } = input;
  const before = input.whole ? undefined : reuseOf(input.previous);
  const prev = before?.yaml;
  const delta = prev ? textDelta(prev.text, text) : undefined; // what the edit left alone, for the items and the mentions
  const y = languageId === 'toml' ? tomlState(text) : parseYamlChunked(text, prev, delta);
  const root = y.root;
  const block = readAimsBlock(root, 'yaml-key');
  const title = fieldText(block, 'title') ?? yamlTitle(root, text, input.relativePath);
  const kindInfo = inferKind(fieldText(block, 'kind'), input.relativePath, title, config, resourceKindOf(root));
  // Top-level keys play the part of sections, so required content can be checked the same way.
  const sections: Section[] = [];
  if (root?.type === 'map')
    for (const p of root.pairs) {
      if (p.key === 'aims') continue;
      const content = p.value ? text.slice(p.value.span.start, p.value.span.end).trim() : '';
      sections.push({ title: p.key, normalized: keyWords(p.key), level: 1, headingSpan: p.keySpan, span: p.span, content, contentStart: p.value?.span.start ?? p.keySpan.end });
    }
  const frameworks = frameworksOf(block, config, title);
  const mentions = input.summaryOnly ? lazyMentions(text) : documentMentions(text, before?.mentions, delta);
  const ids = config.ids;
  const context = input.summaryOnly ? '' : `${mentionsKey(mentions.mentions)}|${frameworks.join(',')}|${ids.risk.source}|${ids.system.source}|${ids.document.source}`;
  const parts = yamlParts(y, text, { text, excluded: [], ids, frameworks, mentions27001: mentions.mentions.iso27001, mentions: mentions.mentions }, context, before?.yamlShares);
  // The next version needs the chunks, not how they moved into this one.
  const { moved: _moved, ...state } = y;
  return finish(input, {
    languageId,
    block,
    kindInfo,
    title,
    sections,
    tables: [],
    regions: parts.regions,
    scanned: parts.references,
    excluded: [],
    problems: [...y.problems],
    frameworks,
    risks: parts.risks,
    ...(parts.riskChunks ? { riskChunks: parts.riskChunks } : {}),
    ...(parts.riskMethod ? { riskMethod: parts.riskMethod } : {}),
    soa: parts.soa,
    yamlRoot: root,
    headings: [],
    nestedKeys: parts.nestedKeys,
    mentions,
    ...(delta && input.previous?.lines.length === prev!.text.length ? { lines: LineIndex.edited(input.previous.lines, text, delta) } : {}),
    reuse: { yaml: state, yamlShares: parts.shares, mentions },
  });
}

/**
 * A CSV file: one table (the header row and the records), read by the same table readers as a
 * Markdown register. No title or sections of its own: the kind comes from the file name.
 */
function parseCsvDocument(input: ParseInput): AimsDocument {
  const { text, config } = input;
  const csv = parseCsv(text);
  const tables: Table[] = csv.table ? [{ ...withNameRow(csv.table), sectionTitle: '' }] : [];
  const block = readAimsBlock(null, 'front-matter');
  const kindInfo = inferKind(undefined, input.relativePath, undefined, config);
  const risks = risksFromTables(tables, kindInfo.kind, config.ids);
  const riskMethod = kindInfo.kind === 'risk-register' || risks.length > 0 ? statedRiskMethod(tables, text) : undefined;
  return finish(input, {
    languageId: 'csv',
    mentions: input.summaryOnly ? lazyMentions(text) : documentMentions(text),
    block,
    kindInfo,
    title: undefined,
    sections: [],
    tables,
    regions: tables.flatMap(tableRegions),
    excluded: [],
    problems: [...csv.problems],
    frameworks: frameworksOf(block, config),
    risks,
    soa: soaFromTables(tables, kindInfo.kind),
    ...(riskMethod ? { riskMethod } : {}),
    yamlRoot: null,
    headings: [],
  });
}

/** What every reader gives finish(): the document's content as read, before references are scanned. */
interface ReadParts {
  block: ReturnType<typeof readAimsBlock>;
  kindInfo: ReturnType<typeof inferKind>;
  title: string | undefined;
  sections: Section[];
  tables: Table[];
  /** Where references are scanned for (outside Markdown's chunks). */
  regions: Region[];
  excluded: Span[];
  problems: ParseProblem[];
  frameworks: string[];
  risks: AimsDocument['risks'];
  soa: AimsDocument['soa'];
  riskMethod?: StatedRiskMethod;
  /** The front matter's or the file's YAML, for definitions. */
  yamlRoot: YNode | null;
  headings: readonly { text: string; span: Span }[];
  /** What the whole document names (refs/mentions.ts), answered from the edit where it can be. */
  mentions: MentionState;
  /** The line index, made from the previous version's where there is one (Markdown, YAML: only the edited stretch is read). */
  lines?: LineIndex;
}

interface MarkdownRead extends ReadParts {
  languageId: 'markdown';
  /** The parse chunks, and the regions of one, scanned with a per-chunk cache. */
  chunks: readonly Span[];
  chunkRegions: (chunk: Span) => Region[];
  /** What changed since the previous version: unchanged chunks keep their references. */
  delta?: TextDelta;
  reuse: Pick<Reuse, 'markdown' | 'frontMatter' | 'mentions'>;
}

interface YamlRead extends ReadParts {
  languageId: 'yaml' | 'json' | 'toml';
  /** References already found (the file's unchanged chunks kept theirs). */
  scanned: Reference[];
  /** The keys below the top level, normalised (AimsDocument.nestedKeys). */
  nestedKeys: readonly string[];
  riskChunks?: AimsDocument['riskChunks'];
  reuse: Pick<Reuse, 'yaml' | 'yamlShares' | 'mentions'>;
}

interface CsvRead extends ReadParts {
  languageId: 'csv';
}

/** finish()'s input, by the language that was read. */
type Parts = MarkdownRead | YamlRead | CsvRead;

function finish(input: ParseInput, p: Parts): AimsDocument {
  const { text, config } = input;
  const mentions = p.mentions.mentions;
  const scan = { text, excluded: p.excluded, ids: config.ids, frameworks: p.frameworks, mentions27001: mentions.iso27001, mentions };
  const references = scanReferences({ ...scan, regions: p.regions });
  // A YAML file's comments may hold control tags (`# aims: A.6.2.4` in a CI workflow), as source code's do.
  const tags = p.languageId === 'yaml' && config.codeTags ? scanCodeTags(text, 'hash') : [];
  if (tags.length > 0) pushAll(references, tagReferences(text, tags, config));
  // Read outside the chunks (front matter, YAML's frame, tags): what rules judge afresh every version.
  const looseReferences = references.slice();
  if (p.languageId !== 'markdown' && p.languageId !== 'csv' && (p.scanned.length || tags.length)) {
    pushAll(references, p.scanned);
    // The frame's references (the `aims:` block) mostly come before the items': sorted only when not.
    if (!references.every((r, i) => i === 0 || byPosition(references[i - 1]!, r) <= 0)) references.sort(byPosition);
  }
  // Document-wide context: a chunk's references are reused only while it is the same.
  const context = input.summaryOnly ? '' : `${mentionsKey(mentions)}|${p.frameworks.join(',')}`;
  let chunkReferences: ChunkReferences[] = [];
  if (p.languageId === 'markdown') {
    const before = reuseOf(input.previous)?.references;
    const previous = before && before.ids === config.ids && before.context === context ? before : undefined;
    chunkReferences = markdownReferences({ scan, chunks: p.chunks, sections: p.sections, chunkRegions: p.chunkRegions }, references, input.summaryOnly ? undefined : { previous, delta: p.delta });
    // Chunks come in order, so this is nearly always sorted already: check in one pass, sort if not.
    if (!references.every((r, i) => i === 0 || byPosition(references[i - 1]!, r) <= 0)) references.sort(byPosition);
  }
  const kind = p.kindInfo.kind;
  const idField = p.block.fields.get('id');
  const declaredId = idField && (typeof idField.value === 'string' || typeof idField.value === 'number') ? { id: String(idField.value).toUpperCase(), span: idField.valueSpan } : undefined;
  const definesRisks = kind === 'risk-register' || (kind === undefined && p.risks.length > 0 && p.risks.some((r) => r.attributes.has('likelihood')));
  const definitions = collectDefinitions({
    kind,
    ...(declaredId ? { declaredId } : {}),
    title: p.title,
    // A CSV file has no title: its name says what it is ("ai-systems-inventory.csv").
    ...(p.languageId === 'csv' ? { fileName: fileNameWords(input.relativePath) } : {}),
    baseName: input.relativePath.split('/').pop()!,
    fullSpan: { start: 0, end: text.length },
    risks: p.risks,
    tables: p.tables,
    yamlRoot: p.yamlRoot,
    headings: p.headings,
    text,
    ids: config.ids,
    definesRisks,
    ...(p.languageId === 'markdown' ? { chunks: p.reuse.markdown!.chunks } : {}), // tables' ID columns kept with their chunks
  });
  // Relevant: declared or inferred AIMS documents, anything citing ISO/IEC 42001, and
  // registers or inventories that define risks or AI systems others may cite.
  // A project's change log, contribution guide or security policy quotes IDs and clauses as
  // history or examples; it is not an AIMS document, unless it says it is one.
  const relevant =
    kind !== undefined ||
    tags.length > 0 ||
    p.block.source !== 'none' ||
    (!isProjectFile(input.relativePath, p.title) && (/(?<![0-9])42001(?![0-9])/.test(text) || namesTheAims(p.title ?? '') || definitions.some((d) => !d.weak && (d.type === 'risk' || d.type === 'system'))));
  return {
    uri: input.uri,
    version: input.version,
    languageId: p.languageId,
    text,
    lines: p.lines ?? new LineIndex(text),
    meta: {
      ...p.block,
      ...(kind ? { kind } : {}),
      kindSource: p.kindInfo.source,
      ...(p.kindInfo.reason ? { kindReason: p.kindInfo.reason } : {}),
      ...cardMeta(kind, p.kindInfo.source, p.sections, p.yamlRoot, text),
      ...(relevant && p.languageId === 'markdown' ? chaptersMeta(kind, p.title, p.sections, p.risks, input.relativePath) : {}),
    },
    ...(p.title !== undefined ? { title: p.title } : {}),
    sections: p.sections,
    tables: p.tables,
    references,
    definitions,
    risks: p.risks,
    soa: p.frameworks.includes('iso27001') && !p.frameworks.includes('iso42001') ? [] : p.soa, // an ISO/IEC 27001 SoA (its title, its frameworks) decides 27001's controls
    ...(p.riskMethod ? { riskMethod: p.riskMethod } : {}),
    excluded: p.excluded,
    problems: p.problems,
    yaml: p.yamlRoot,
    nestedKeys: 'nestedKeys' in p ? p.nestedKeys : [],
    frameworks: p.frameworks,
    relevant,
    ...(isArchivePath(input.relativePath) ? { archived: true as const } : {}),
    ...(input.summaryOnly ? {} : p.languageId === 'markdown'
      ? { reuse: sealReuse({ ...p.reuse, references: { ids: config.ids, context, chunks: chunkReferences } }), textChunks: p.reuse.markdown!.chunks, referenceChunks: chunkReferences, looseReferences }
      : p.languageId !== 'csv'
        ? { reuse: sealReuse(p.reuse),
            ...(p.reuse.yamlShares && p.reuse.yamlShares.size > 0 ? { referenceChunks: yamlReferenceChunks(p.reuse.yamlShares), looseReferences } : {}),
            ...(p.reuse.yaml?.textChunks ? { textChunks: p.reuse.yaml.textChunks } : {}),
            ...(p.riskChunks ? { riskChunks: p.riskChunks } : {}),
          }
        : {}),
  };
}

const byPosition = (a: Reference, b: Reference): number => a.span.start - b.span.start || a.span.end - b.span.end;

/** Kinds whose documents hold risks of their own: registers, and documents of no known kind. */
const readsRisks = (kind: KindId | undefined): boolean => kind === undefined || kind === 'risk-register';
