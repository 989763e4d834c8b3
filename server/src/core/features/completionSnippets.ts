/**
 * Snippets as completion: after `aims-`, the snippets of the document's format (a new
 * document of each kind, and the pieces written most often: a risk entry, an SoA entry, an
 * impact assessment section, a control reference), served by the server rather than only
 * from the static snippet files, for two reasons:
 * - VS Code shows no snippets while typing in Markdown (its quick suggestions are off there),
 *   but it asks a language server whenever a trigger character is typed, and `-` is one: so
 *   typing `aims-` offers them, as the README says;
 * - each ID in them is free in the workspace (POL-004 when POL-001..003 exist; the next risk
 *   ID), as in "New AIMS Document…", so a snippet never starts with a duplicate-id finding.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument } from '../model/types.js';
import type { Range } from '../text/types.js';
import type { CompletionEntry } from './types.js';
import { snippetCollection } from '../templates/index.js';
import { freeIdIn } from './newDocument.js';

/** What the writer types to ask for a snippet: `aims-` and the start of its name. */
export const SNIPPET_PREFIX = /^aims-[a-z-]*$/i;

/** The snippet entries for the word being typed, or undefined when it is not a snippet prefix. */
export function snippetEntries(service: AimsLanguageService, doc: AimsDocument, typed: string, range: Range): CompletionEntry[] | undefined {
  if (!SNIPPET_PREFIX.test(typed)) return undefined;
  const format = doc.languageId === 'markdown' ? 'markdown' : doc.languageId === 'yaml' ? 'yaml' : undefined;
  if (!format) return [];
  const collection = snippetCollection(format, {
    documentId: (_kind, proposed) => freeIdIn(service, proposed),
    riskId: freeIdIn(service, 'R-001', 'risk'),
    today: service.today(),
  });
  return Object.entries(collection).map(([name, s], i) => ({
    label: s.prefix,
    kind: 'snippet',
    detail: name,
    documentation: s.description,
    insertText: s.body.join('\n'),
    snippet: true,
    range,
    filterText: s.prefix,
    sortText: String(i).padStart(3, '0'),
  }));
}
