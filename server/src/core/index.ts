/**
 * The core's public face, grouped by domain. Everything outside server/src/core (the CLI,
 * the language server, tests) imports from here and nowhere deeper, except a test that
 * names the unit it covers.
 */

// The service: a host gives it files and buffers, it keeps the workspace and its findings.
export { createLanguageService, CONFIG_FILE_NAMES, type ServiceOptions } from './service/service.js';
export type { AimsLanguageService, IndexProgress } from './service/api.js';
export type { AimsHost, WorkspaceFile, CancellationToken } from './model/host.js';
export { DEFAULT_CONFIG, DEFAULT_ID_PATTERNS, normalizeConfig, type AimsConfig, type SeverityName } from './config/config.js';
export { RESTRICTED_CONFIG_KEYS } from './config/restricted.js';

// The document model and findings.
export type { AimsDocument, Reference, Definition, RiskEntry, SoaEntry, Section, Table } from './model/types.js';
export type { Finding, FindingLocation } from './model/findings.js';
export { compareFindings } from './model/findings.js';
export type { Position, Range, Span } from './text/types.js';
export { LineIndex } from './text/lineIndex.js';
export { parseDocument } from './parse/document.js';
export { decodeText } from './util/decode.js';

// The standard and the rules, as data.
export { CONTROLS, CONTROL_GROUPS } from './catalogue/controls.js';
export { CLAUSES, DOCUMENTED_INFORMATION } from './catalogue/clauses.js';
export { KINDS, KNOWN_FIELDS } from './catalogue/kinds.js';
export { RMF_FUNCTIONS, RMF_CATEGORIES, RMF_SUBCATEGORIES, NIST_AI_RMF_PROVENANCE } from './catalogue/nistAiRmf.js';
export { AI_ACT_CHAPTERS, AI_ACT_ARTICLES, AI_ACT_ANNEXES, EU_AI_ACT_PROVENANCE } from './catalogue/euAiAct.js';
export { CROSSWALK } from './catalogue/crosswalk.js';
export { AIRC_CROSSWALK_SOURCE, AIRC_PAIRS, AIRC_LEFT_OUT } from './catalogue/crosswalkAirc.js';
export type { CrosswalkRow, CrosswalkSource, CrosswalkSourceInfo, OtherFrameworkId, FrameworkProvenance } from './catalogue/types.js';
export { RULES, getRule, exampleLanguage } from './rules/registry.js';
export type { Rule } from './rules/types.js';

// Editor features: each takes the service and returns plain, editor-independent results.
export type * from './features/types.js';
export { getCodeActions, FIXABLE_CODES } from './features/codeActions.js';
export { getHover } from './features/hover.js';
export { getCompletions } from './features/completion.js';
export { getDefinition } from './features/definition.js';
export { getReferences } from './features/references.js';
export { prepareRename, getRename } from './features/rename.js';
export { getDocumentSymbols } from './features/symbols.js';
export { getWorkspaceSymbols } from './features/workspaceSymbols.js';
export { getDocumentLinks } from './features/links.js';
export { getFoldingRanges } from './features/folding.js';
export { getCodeLenses, type CodeLensOptions } from './features/codeLens.js';
export { getNewDocument, type NewDocument } from './features/newDocument.js';
export { planStarterFiles, STARTER_KINDS, type StarterFile, type StarterOptions } from './features/starterSet.js';

// Coverage: the one figure, the model behind the reports, the statement of applicability.
export * from './coverage/index.js';
export { computeCoverage, COVERAGE_FORMULA, type CoverageSummary } from './coverage/summary.js';
export * from './soa/index.js';

// Templates: new documents and the editor's snippets.
export {
  renderTemplate,
  templateSnippet,
  templateChoices,
  templateFormats,
  snippetCollection,
  snippetFileText,
  type TemplateFormat,
  type TemplateOptions,
  type TemplateChoice,
  type SnippetDefinition,
} from './templates/index.js';
export { freeDocumentId } from './templates/freeId.js';
export { CODE_TAG_EXTENSIONS, CODE_TAG_FILE_NAMES } from './parse/codeTags.js';
