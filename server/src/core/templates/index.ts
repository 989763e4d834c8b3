/**
 * Templates for new AIMS documents, as data: one per document kind in Markdown, and in YAML for
 * the registers and records. Each renders as plain text (the "New AIMS document..." command)
 * or as a VS Code snippet body; the snippet expanded to its defaults is the plain text.
 */
import type { KindId } from '../catalogue/types.js';
import { getKind, KINDS, type KindSpec } from '../catalogue/kinds.js';
import { fieldDefault, renderSnippet, renderText, type Template } from './builder.js';
import { basisPhrase } from './declaration.js';
import { defaultFileName, formatsOf, type TemplateFormat } from './layout.js';
import { markdownTemplate } from './markdown.js';
import { yamlTemplate } from './yaml.js';

export type { TemplateFormat } from './layout.js';
export { snippetCollection, snippetFileText, type SnippetDefinition } from './snippets.js';

export interface TemplateOptions {
  /** Replaces the kind's name as the title (front matter and heading). */
  readonly title?: string;
  /** Replaces the default document ID (e.g. POL-001, RR-2026). */
  readonly id?: string;
  /** Replaces the default owner (a role). */
  readonly owner?: string;
  /** Replaces the ID of a register's example risk. */
  readonly riskId?: string;
  /** YYYY-MM-DD: the drafting date and the year of yearly IDs. */
  readonly today: string;
  /** Line ends of the result; LF unless the editor asks for CRLF. */
  readonly eol?: '\n' | '\r\n';
}

export interface TemplateChoice {
  readonly kind: KindId;
  /** The kind's name: "AI risk register". */
  readonly label: string;
  /** The clauses it serves: "Clauses 6.1.2 and 8.2". */
  readonly description: string;
  /** Its required content, in one line. */
  readonly detail: string;
  /** Formats a template exists in; Markdown first. */
  readonly formats: readonly TemplateFormat[];
  /** A file name per format, e.g. "ai-risk-register.yaml". */
  readonly fileNames: Readonly<Partial<Record<TemplateFormat, string>>>;
}

function templateOf(kindId: string, format: TemplateFormat): Template {
  const kind = getKind(kindId);
  if (!kind) throw new RangeError(`No template: "${kindId}" is not a document kind.`);
  const template = format === 'markdown' ? markdownTemplate(kind) : format === 'yaml' ? yamlTemplate(kind) : undefined;
  if (!template) throw new RangeError(`No ${format} template for ${kind.id}; formats: ${formatsOf(kind.id).join(', ')}.`);
  return template;
}

/** The formats a kind has a template in (Markdown always; YAML for registers and records). */
export function templateFormats(kind: KindId): readonly TemplateFormat[] {
  return formatsOf(kind);
}

/** A new document of `kind` as text. Throws a RangeError for an unknown kind or a missing format. */
export function renderTemplate(kind: KindId, format: TemplateFormat, options: TemplateOptions): string {
  const text = renderText(templateOf(kind, format), options);
  return options.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}

/** The document ID a kind's template declares unless told otherwise (POL-001; RR-2026 in 2026). */
export function templateDefaultId(kind: KindId, format: TemplateFormat, today: string): string | undefined {
  return fieldDefault(templateOf(kind, format), 'id', today);
}

/** The same template as a VS Code snippet body (one string, LF line ends). */
export function templateSnippet(kind: KindId, format: TemplateFormat): string {
  return renderSnippet(templateOf(kind, format));
}

function requiredContent(kind: KindSpec): string {
  if (kind.entries) return `${kind.entries.yamlKey}: ${kind.entries.requiredColumns.join(', ')}`;
  return kind.sections.map((s) => s.title).join('; ');
}

/** Every kind, in catalogue order, for a quick pick. */
export function templateChoices(): readonly TemplateChoice[] {
  return KINDS.map((kind) => {
    const formats = formatsOf(kind.id);
    return {
      kind: kind.id,
      label: kind.name,
      description: basisPhrase(kind).replace(/^c/, 'C'),
      detail: requiredContent(kind),
      formats,
      fileNames: Object.fromEntries(formats.map((f) => [f, defaultFileName(kind, f)])),
    };
  });
}
