/**
 * Completion inside a control tag (`# aims: A.6.2.8 SYS-002 "note"`, parse/codeTags.ts): on a
 * tag's line, after `aims:` and before any note, the word being typed is a control (offered
 * as anywhere else: completionControls.ts) or an AI system or risk ID of the workspace.
 * Source files only get completion here; a YAML file also in its `#` comments.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument } from '../model/types.js';
import type { Range } from '../text/types.js';
import type { CompletionEntry } from './types.js';
import { controlEntries } from './completionControls.js';
import { entityEntries } from './completionItems.js';
import { CODE_LEAD, HASH_LEAD } from '../parse/codeTags.js';

/** A comment opener (the scanner's own, codeTags.ts), `aims:`, then IDs already written: the cursor's word is the next ID. */
const IDS_SO_FAR = String.raw`aims:[ \t]+(?:[A-Za-z][\w.-]*[ \t,]+)*$`;
const CODE_TAG_LEAD = new RegExp(CODE_LEAD.source + IDS_SO_FAR);
const YAML_TAG_LEAD = new RegExp(HASH_LEAD.source + IDS_SO_FAR);

/** Undefined when the cursor is not in a tag (the caller goes on); a list, maybe empty, when it is. */
export function tagCompletions(service: AimsLanguageService, doc: AimsDocument, lead: string, word: string, offset: number, range: Range): CompletionEntry[] | undefined {
  const pattern = doc.languageId === 'code' ? CODE_TAG_LEAD : doc.languageId === 'yaml' ? YAML_TAG_LEAD : undefined;
  if (!pattern || !pattern.test(lead)) return doc.languageId === 'code' ? [] : undefined;
  if (/^A(?:\.[\d.]*)?$/.test(word) || word === '') return controlEntries(service, doc, offset, range);
  const id = /^([A-Za-z]{1,10})(?:-|\d)[\w-]*$/.exec(word) ?? /^([A-Za-z]{1,10})$/.exec(word);
  if (!id) return [];
  return entityEntries(service, ['system', 'risk'], range).filter((e) => e.label.toUpperCase().startsWith(id[1]!.toUpperCase()));
}
