/**
 * A source file read for its control tags (codeTags.ts): a document with no kind, no
 * sections and no definitions, whose references are the IDs of its tags, so the rules that
 * check references (unknown-control, objective-as-control, dangling-reference) and the editor
 * features built on references (hover, go to definition, completion) work in code as they do
 * in documents. Relevant only when it has a tag; never an AIMS document of its own (coverage
 * counts documents, not code files: see isCodeDocument).
 */
import type { AimsDocument, DocumentSummary } from '../model/types.js';
import type { AimsConfig } from '../config/config.js';
import { scanReferences, type Region } from '../refs/scan.js';
import { LineIndex } from '../text/lineIndex.js';
import { isGeneratedSource, scanCodeTags, type CodeTag, type CommentStyle } from './codeTags.js';

export interface CodeInput {
  readonly uri: string;
  readonly relativePath: string;
  readonly text: string;
  readonly version: number;
  readonly config: AimsConfig;
  readonly style: CommentStyle;
}

export function parseCodeDocument(input: CodeInput): AimsDocument {
  const { text, config } = input;
  const tags = isGeneratedSource(input.relativePath, text) ? [] : scanCodeTags(text, input.style);
  return {
    uri: input.uri,
    version: input.version,
    languageId: 'code',
    text,
    lines: new LineIndex(text),
    meta: { source: 'none', fields: new Map(), kindSource: 'none' },
    sections: [],
    tables: [],
    references: tagReferences(text, tags, config),
    definitions: [],
    risks: [],
    soa: [],
    excluded: [],
    problems: [],
    yaml: null,
    nestedKeys: [],
    // A tag names ISO/IEC 42001 IDs by its syntax, whatever else the file mentions.
    frameworks: ['iso42001'],
    relevant: tags.length > 0,
  };
}

/** The references of tags: the IDs of each, scanned as a list of IDs in a 42001 context. */
export function tagReferences(text: string, tags: readonly CodeTag[], config: AimsConfig): AimsDocument['references'] {
  if (tags.length === 0) return [];
  const regions: Region[] = tags.map((t) => ({ span: { start: t.ids[0]!.span.start, end: t.ids[t.ids.length - 1]!.span.end } }));
  return scanReferences({ text, regions, excluded: [], ids: config.ids, frameworks: ['iso42001'], mentions27001: false });
}

/** A source file read for its tags, not an AIMS document. */
export function isCodeDocument(doc: Pick<DocumentSummary, 'languageId'>): boolean {
  return doc.languageId === 'code';
}
