/**
 * A new AIMS document's text ("New AIMS Document…"): the kind's template with the
 * writer's title and the template's document ID made unique in the workspace (POL-001
 * becomes POL-004 when POL-001..003 are defined), and so is a register's example risk
 * (R-013 when R-001..012 exist), so a new file never starts with a duplicate-id finding. The caller creates the file; nothing is written here.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { KindId } from '../catalogue/types.js';
import { renderTemplate, type TemplateFormat, type TemplateOptions } from '../templates/index.js';
import { freeDocumentId } from '../templates/freeId.js';

export interface NewDocument {
  readonly text: string;
  /** The document ID the text declares, when its template has one. */
  readonly id?: string;
}

/** The ID a template declares in its `aims:` block (the first `id:` line). */
const TEMPLATE_ID = /^[ \t]*id:[ \t]*["']?([A-Za-z0-9-]+)/m;

/**
 * `options.id` when given; otherwise the template's ID, or the next one no definition of
 * the workspace uses. Throws a RangeError for an unknown kind or format, as renderTemplate does.
 */
export function getNewDocument(service: AimsLanguageService | undefined, kind: KindId, format: TemplateFormat, options: TemplateOptions): NewDocument {
  const taken = definedIds(service);
  let id = options.id;
  if (id === undefined) {
    const proposed = TEMPLATE_ID.exec(renderTemplate(kind, format, { ...options, eol: '\n' }))?.[1];
    if (proposed) id = freeDocumentId(proposed, taken);
  }
  // A register's example risk too: a second register must not start by redefining R-001.
  const riskId = options.riskId ?? freeDocumentId('R-001', taken);
  return { text: renderTemplate(kind, format, { ...options, riskId, ...(id !== undefined ? { id } : {}) }), ...(id !== undefined ? { id } : {}) };
}

/** Every ID a document of the workspace defines (documents, risks, systems). */
export function definedIds(service: AimsLanguageService | undefined): Set<string> {
  const taken = new Set<string>();
  if (service) for (const list of service.index.allDefinitions().values()) for (const d of list) taken.add(d.item.id);
  return taken;
}
