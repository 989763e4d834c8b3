/**
 * A new AIMS document's text ("New AIMS Document…"): the kind's template with the
 * writer's title and the template's document ID made unique in the workspace (POL-001
 * becomes POL-004 when POL-001..003 are defined), and so is a register's example risk
 * (R-013 when R-001..012 exist), so a new file never starts with a duplicate-id finding.
 * The caller creates the file; nothing is written here.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { KindId } from '../catalogue/types.js';
import type { EntityType } from '../model/types.js';
import { renderTemplate, templateDefaultId, type TemplateFormat, type TemplateOptions } from '../templates/index.js';
import { freeDocumentId } from '../templates/freeId.js';

export interface NewDocument {
  readonly text: string;
  /** The document ID the text declares, when its template has one. */
  readonly id?: string;
}

/**
 * `options.id` when given; otherwise the template's ID, or the next one no definition of
 * the workspace uses. Throws a RangeError for an unknown kind or format, as renderTemplate does.
 */
export function getNewDocument(service: AimsLanguageService | undefined, kind: KindId, format: TemplateFormat, options: TemplateOptions): NewDocument {
  let id = options.id;
  if (id === undefined) {
    const proposed = templateDefaultId(kind, format, options.today);
    if (proposed) id = service ? freeIdIn(service, proposed) : proposed;
  }
  // A register's example risk too: a second register must not start by redefining R-001.
  const riskId = options.riskId ?? (service ? freeIdIn(service, 'R-001', 'risk') : 'R-001');
  return { text: renderTemplate(kind, format, { ...options, riskId, ...(id !== undefined ? { id } : {}) }), ...(id !== undefined ? { id } : {}) };
}

/**
 * `proposed` when no definition of the workspace uses it, else the next free one by
 * freeDocumentId (POL-004, RR-2026-02). With a `type`, an ID cited as that type anywhere
 * is not free either: renumbering a risk to an ID that a note already cites would quietly
 * make the note point at it. `alsoTaken`: IDs handed out already by the same edit. The quick
 * fixes that give a definition a new ID use this too.
 */
export function freeIdIn(service: AimsLanguageService, proposed: string, type?: EntityType, alsoTaken: Iterable<string> = []): string {
  const taken = new Set<string>(alsoTaken);
  for (const list of service.index.allDefinitions().values()) for (const d of list) taken.add(d.item.id);
  for (let i = 0; i < 100; i++) {
    const id = freeDocumentId(proposed, taken);
    if (!type || taken.has(id) || service.index.citationsOf(type, id).length === 0) return id;
    taken.add(id);
  }
  return proposed;
}
