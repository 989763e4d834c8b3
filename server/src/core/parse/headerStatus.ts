/**
 * The status a Markdown document states in its header when its front matter states none (read
 * by parse/meta.ts isRetiredByStatus): a "Status:" line, a "Status:" field after a separator of
 * a header line, or a banner saying the document is withdrawn or superseded.
 */
import type { DocumentMeta, FieldValue } from '../model/types.js';

/** "Status: Superseded by [0007](...)" on a line of its own. */
const STATUS_LINE = /^[ \t>*_-]*(?:\*\*|__)?Status(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*([A-Za-z][^\r\n]{0,80})$/m;
/** "Document ID: SOA-001 · Owner: ... · **Status: SUPERSEDED** by SOA-002": up to the next separator. */
const STATUS_AFTER_SEPARATOR = /[·•|][ \t]*(?:\*\*|__)?Status(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*([A-Za-z][^\r\n·•|]{0,80})/;
/** "> ⛔ **WITHDRAWN** 2025-05-30. ...": a banner line in capitals (a sentence about superseded versions is not one). */
const RETIRED_BANNER = /^[ \t>]*(?:[^\sA-Za-z0-9*_]{1,4}[ \t]*)?(?:\*\*|__)?(WITHDRAWN|SUPERSEDED|RETIRED|OBSOLETE|DEPRECATED)\b/mu;

/**
 * `block` with the status a Markdown document states in its header when its front matter states
 * none: "Status: Superseded by [0007](...)" among the lines before its first section, as decision
 * records and exported pages write it.
 */
export function withHeaderStatus<B extends Pick<DocumentMeta, 'fields' | 'informal'>>(block: B, text: string, from: number, firstSection: number): B {
  if (block.fields.has('status') || block.informal?.has('status')) return block;
  const end = Math.min(firstSection > from ? firstSection : text.length, from + 1500);
  const head = text.slice(from, end);
  const m = STATUS_LINE.exec(head) ?? STATUS_AFTER_SEPARATOR.exec(head) ?? RETIRED_BANNER.exec(head);
  if (!m) return block;
  const start = from + m.index + m[0].length - m[1]!.length;
  const value: FieldValue = { key: 'status', value: m[1]!.trim(), keySpan: { start: from + m.index, end: start }, valueSpan: { start, end: start + m[1]!.length } };
  return { ...block, informal: new Map([...(block.informal ?? []), ['status', value]]) };
}
