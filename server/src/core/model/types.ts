/**
 * The plain document model every feature reads. Produced by parse/ (the only
 * place that knows remark or yaml), immutable once built, one per (uri, version).
 * Spans are UTF-16 offsets into `text`; `lines` turns them into LSP ranges.
 */
import type { KindId } from '../catalogue/types.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { Span, TextChunk } from '../text/types.js';
import type { ParseProblem } from './problems.js';
import type { YNode } from './yamlTree.js';

/**
 * How a document's text is read: JSON is read as the YAML it is, TOML into the same tree
 * (parse/toml.ts), a CSV file as one table; 'code': a source file, read only for its control tags (parse/code.ts).
 */
export type LanguageId = 'markdown' | 'yaml' | 'json' | 'toml' | 'csv' | 'code';

/** A language read into the YAML tree (model/yamlTree.ts): its keys are its structure. */
export function readAsTree(languageId: LanguageId): languageId is 'yaml' | 'json' | 'toml' {
  return languageId === 'yaml' || languageId === 'json' || languageId === 'toml';
}

/** A scalar-ish value read from front matter or YAML, with where it stands. */
export interface FieldValue {
  readonly key: string;
  readonly keySpan: Span;
  /** Span of the value; equals keySpan's end when the value is missing. */
  readonly valueSpan: Span;
  /** Scalars as strings/numbers/booleans, sequences of scalars as arrays, null when empty. */
  readonly value: string | number | boolean | null | readonly FieldItem[] | 'mapping';
}

export interface FieldItem {
  readonly value: string | number | boolean | null;
  readonly span: Span;
}

/** 'card': a model or dataset card, known by its front matter's keys (parse/cards.ts). */
export type KindSource = 'declared' | 'path' | 'card' | 'title' | 'none';

export interface DocumentMeta {
  /** Where the `aims:` declaration came from. */
  readonly source: 'front-matter' | 'yaml-key' | 'none';
  /** The `aims:` block (key to end of its value), when present. */
  readonly blockSpan?: Span;
  /** The whole front-matter block (fences included), when present. */
  readonly frontMatterSpan?: Span;
  /** Fields of the `aims:` mapping, keyed by field name. */
  readonly fields: ReadonlyMap<string, FieldValue>;
  /**
   * Top-level metadata as docs sites write it (`title`, `owner`, `status`, `next_review`,
   * `review_date` ...), under our field names, with or without an `aims:` block. Read after the
   * block's own fields (metaField), for dates, status and whether a field is given at all;
   * never checked against the schema.
   */
  readonly informal?: ReadonlyMap<string, FieldValue>;
  readonly kind?: KindId;
  readonly kindSource: KindSource;
  /** Why the kind was inferred (the glob or title that matched). */
  readonly kindReason?: string;
  /** A model or dataset card: the Annex A controls its parts document (catalogue/kinds.ts), for coverage. */
  readonly documents?: readonly string[];
  /** The models an AI system record or a card records in its YAML, or a record names in its text (parse/cards.ts recordedModels), lower case. */
  readonly models?: readonly string[];
  /** A model card's `base_model` values as written, with their spans. */
  readonly baseModels?: readonly { readonly name: string; readonly span: Span }[];
  /** A handbook's chapters, each a document of its kind (parse/chapters.ts): only in a document of no kind. */
  readonly chapters?: readonly Chapter[];
}

/** A top-level section of a handbook that is a document of a kind ("## 5. Statement of Applicability"). */
export interface Chapter {
  readonly kind: KindId;
  /** The section, heading included. */
  readonly span: Span;
}

export interface Section {
  /** Heading text as written (Markdown) or the key (YAML). */
  readonly title: string;
  /** Lower case, numbering, punctuation and `_`/`-` stripped: for synonym matching. */
  readonly normalized: string;
  readonly level: number;
  readonly headingSpan: Span;
  /** From the heading to the next heading of the same or higher level. */
  readonly span: Span;
  /** Text after the heading line up to the section's end, trimmed; subsections included. */
  readonly content: string;
  /** Offset where the content starts (just after the heading line). */
  readonly contentStart: number;
}

export interface Cell {
  readonly text: string;
  readonly span: Span;
}

/** A table as the parsers read it: a header row and body rows of cells. */
export interface TableGrid {
  readonly span: Span;
  readonly header: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A table of a document, with the section it is in. */
export interface Table extends TableGrid {
  /** Title of the nearest heading above the table ('' when none). */
  readonly sectionTitle: string;
}

export type ReferenceType =
  | 'control'
  | 'control-group'
  | 'control-objective'
  | 'annex-b'
  | 'clause'
  | 'risk'
  | 'system'
  | 'document'
  /** NIST AI RMF 1.0 subcategory, "GOVERN 1.1" (issue 17). */
  | 'rmf-subcategory'
  /** NIST AI RMF 1.0 category, "GOVERN 1": read only where NIST is named (refs/frameworkRefs.ts). */
  | 'rmf-category'
  /** EU AI Act article, "Article 9"; the span covers paragraphs written with it ("Art. 9(2)(a)"). */
  | 'ai-act-article'
  /** EU AI Act annex, "Annex III". */
  | 'ai-act-annex';

export type Framework = '42001' | '27001' | 'other';

export interface Reference {
  readonly type: ReferenceType;
  /** Normalised ID, e.g. "A.6.2.4", "6.1.2", "R-001". */
  readonly id: string;
  readonly span: Span;
  /** The framework the context says the ID belongs to. Only '42001' references are checked against the catalogue. */
  readonly framework: Framework;
  /**
   * A title written next to the ID ("A.7.4 Human oversight", or the row's title cell).
   * `inProse` when it was read from words continuing a sentence ("handled under A.6.2.6
   * Data logging, with ..."): likely a title, less certainly than a heading or a cell.
   */
  readonly title?: { readonly text: string; readonly span: Span; readonly inProse?: true };
  /** True when the ID was expanded from a range such as A.5.2-A.5.5 (its span is the whole range). */
  readonly fromRange?: boolean;
}

export type EntityType = 'risk' | 'system' | 'document';
/** Every entity type, in the one order the index cache's encodings number them by (workspace/codec.ts, packedParts.ts). */
export const ENTITY_TYPES: readonly EntityType[] = ['risk', 'system', 'document'];

/** Where an ID is defined: a register row, a heading, a YAML item or the `aims.id` field. */
export interface Definition {
  readonly type: EntityType;
  readonly id: string;
  readonly span: Span;
  /** Span of the whole defining thing (row, item, section) for hovers and outlines. */
  readonly extent: Span;
  readonly title?: string;
  /** Other attributes found with it (owner, status, score ...), lower-case keys. */
  readonly attributes: ReadonlyMap<string, Attribute>;
  /**
   * A row of some other register that lists the ID (a master document list, a risk
   * table in an assessment). It resolves references but is not a second definition
   * for duplicate-id.
   */
  readonly weak?: boolean;
}

export interface Attribute {
  readonly text: string;
  readonly span: Span;
}

/** The attributes of most definitions: one shared empty map rather than one per definition (thousands in a workspace). */
export const NO_ATTRIBUTES: ReadonlyMap<string, Attribute> = new Map();

/** A risk as read from a register (table row or YAML item). */
export interface RiskEntry {
  readonly id: string;
  readonly idSpan: Span;
  readonly extent: Span;
  /** Canonical attribute names: title, owner, source, likelihood, impact, score, level, treatment, controls, residual, status. */
  readonly attributes: ReadonlyMap<string, Attribute>;
}

/**
 * The risk method a document states for itself: score bands ("| 1-4 | Low |", "Low 1 to 8"),
 * and likelihood and impact scales ("| 1 | Rare |"). Read in parse/riskMethod.ts; the risk
 * rules use it when the configuration gives none.
 */
export interface StatedRiskMethod {
  /** Score bands; `accepted` where the band's row or line says its risks are accepted. */
  readonly bands?: readonly { readonly level: string; readonly min: number; readonly max: number; readonly accepted?: true }[];
  readonly likelihood?: StatedScale;
  readonly impact?: StatedScale;
  /** The method also sets some levels above their score's band ("at least High, whatever its score"): parse/riskRaises.ts. */
  readonly raises?: true;
}

export interface StatedScale {
  readonly min: number;
  readonly max: number;
  /** The scale's words, lower case ("rare" -> 1). */
  readonly labels: Readonly<Record<string, number>>;
}

/** One row or item of a statement of applicability. */
export interface SoaEntry {
  readonly controlId: string;
  readonly idSpan: Span;
  readonly extent: Span;
  /** true = applicable/included, false = excluded, undefined = undecided or unreadable. */
  readonly applicable?: boolean;
  readonly attributes: ReadonlyMap<string, Attribute>;
}

/**
 * What the rest of the workspace needs to know of a document: its declaration, the IDs it
 * defines and cites, its registers and statement-of-applicability rows, and its text (so
 * that ranges can be computed and a full model rebuilt on demand). This is all a closed
 * document keeps in memory, and what the persistent index cache stores (without the text);
 * sections, tables and parse problems live only in the full model.
 */
export interface DocumentSummary {
  readonly uri: string;
  readonly version: number;
  readonly languageId: LanguageId;
  readonly text: string;
  readonly lines: LineIndex;
  readonly meta: DocumentMeta;
  readonly title?: string;
  readonly references: readonly Reference[];
  readonly definitions: readonly Definition[];
  readonly risks: readonly RiskEntry[];
  readonly soa: readonly SoaEntry[];
  /** The risk method (bands, scales) the document states, when it states one. */
  readonly riskMethod?: StatedRiskMethod;
  /** Frameworks the document says it uses (front matter `frameworks`), lower case. */
  readonly frameworks: readonly string[];
  /** Whether the document is worth checking: it declares or was inferred to be an AIMS document, or mentions ISO/IEC 42001. */
  readonly relevant: boolean;
  /**
   * Set when the document was never parsed because a cheap pre-check proved it is not
   * relevant (parse/relevance.ts): only `relevant` (false) and the text are known, the
   * lists are empty. Whoever needs more asks the service for the full model.
   */
  readonly shallow?: true;
  /**
   * A copy kept in an archive folder of the workspace (`_history/`, `archive/`, `old/` ...): an
   * earlier version kept for the record, like a retired document. Its IDs are not second
   * definitions of the current ones.
   */
  readonly archived?: true;
  /**
   * Whether it is a form to fill in (parse/template.ts isTemplateDoc), when that was decided
   * before its text was dropped (a closed document kept without its text: service/closedTexts.ts).
   */
  readonly template?: boolean;
}

declare const parseReuse: unique symbol;
/**
 * What the parser kept of this version to parse the next one faster (parse/reuse.ts);
 * opaque to everything outside parse/.
 */
export interface ParseReuse {
  readonly [parseReuse]: true;
}

export interface AimsDocument extends DocumentSummary {
  readonly sections: readonly Section[];
  readonly tables: readonly Table[];
  /** Spans where nothing is a reference: code spans, fenced code, HTML comments. */
  readonly excluded: readonly Span[];
  /** Problems found while reading: YAML syntax, unterminated front matter, skipped content. */
  readonly problems: readonly ParseProblem[];
  /**
   * YAML: the keys below the top level (outside the `aims:` block), normalised, once each;
   * "objectives: [{ measure, owner, due }]" reads like | Objective | Measure | Owner | Due |.
   * Empty for Markdown.
   */
  readonly nestedKeys: readonly string[];
  /** The YAML tree: the whole file for YAML and JSON, the front matter for Markdown; null when there is none. */
  readonly yaml: YNode | null;
  /** Parser state for the next version (absent for a document read in one piece). */
  readonly reuse?: ParseReuse;
  /**
   * The chunks the text was read in, in order, covering it, each starting at a line start:
   * Markdown's (one for a document read in one piece), a YAML file's items and the lines
   * between them (none when it was read whole).
   */
  readonly textChunks?: readonly TextChunk[];
  /**
   * Markdown: `references` by the chunk they were read in, in order. `relative` (offsets from
   * `start`) is the same array in the next version while the chunk's text, section title and
   * the document-wide context are unchanged: what a rule derives from a chunk's references and
   * text alone can be kept with it (rules/chunkReports.ts). YAML: by the items of its top-level
   * lists, the same way.
   */
  readonly referenceChunks?: readonly ReferenceChunk[];
  /** With referenceChunks: the references read outside any chunk (front matter, YAML's frame, tags). */
  readonly looseReferences?: readonly Reference[];
  /**
   * A YAML register read by items: `risks` by the item they were read in, in order (each
   * item's risks with offsets from `start`, the same array while the item's text is the same,
   * moved or not): what a rule judges of a risk alone is kept with it (rules/chunkReports.ts
   * byRiskChunk). Absent when the risks were not all read from items.
   */
  readonly riskChunks?: readonly RiskChunk[];
}

export interface RiskChunk {
  readonly start: number;
  readonly relative: readonly RiskEntry[];
  /** The item's references, with offsets from `start` (its ReferenceChunk's `relative`). */
  readonly references: readonly Reference[];
}

export interface ReferenceChunk {
  readonly start: number;
  readonly end: number;
  readonly relative: readonly Reference[];
  readonly absolute: readonly Reference[];
}
