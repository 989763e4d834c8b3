/** How an SoA table's columns are read: exclusion tables, implementation statuses. */
import type { Attribute, Cell, Table } from '../model/types.js';
import { soaColumn } from './columns.js';

/** A cell of an "Implementation" column that is a status, not a description of how. */
export const IMPLEMENTATION_STATUS = /^(?:\W{0,3}\s*)?(?:implemented|partially implemented|partial|planned|in progress|in place|complete[d]?|not (?:yet )?(?:started|implemented)|not applicable|n\/a|excluded|done|open|ongoing)\s*$/i;

/**
 * A table of excluded controls: a header that says so ("Exclusion rationale", "Reason for
 * exclusion"), or a table under a heading about exclusions, with no applicability column.
 */
export function isExclusionTable(t: Table): boolean {
  const cols = t.header.map((h) => soaColumn(h.text));
  if (cols.includes('applicable')) return false;
  return t.header.some((h) => /\bexclu(?:sion|ded)\b/i.test(h.text)) || /\bexclu(?:sions?|ded controls?)\b/i.test(t.sectionTitle);
}

export function statusImpliesApplicable(status: string | undefined): boolean | undefined {
  if (!status) return undefined;
  const s = status.replace(/[*_`]/g, '').toLowerCase();
  if (/\b(?:excluded|not applicable|n\/a)\b/.test(s)) return false;
  // A status of implementation only makes sense for a control that applies.
  if (/^(?:implemented|partially implemented|partial|planned|in progress|in place|complete[d]?|not (?:yet )?(?:started|implemented))\b/.test(s.trim())) return true;
  return undefined;
}


/** A decision followed by its reason in the same cell: "Yes – needed to treat R-01", "No (no customers)", "✅ Excluded: ...". */
const DECISION = "[*_`\\s]*(?:\\p{Extended_Pictographic}\\uFE0F?\\s*(?:yes|no|y|n|included|excluded|applicable|not applicable|n/a)?|(?:yes|no|y|n|included|excluded|applicable|not applicable|n/a))[*_`]*";
// The reasons end at their last non-blank character, matched greedily: linear on a cell of blanks.
const WITH_REASON = new RegExp(`^(${DECISION}\\s*\\(\\s*)([^\\s()](?:[^()]*[^\\s()])?)\\s*\\)\\s*$|^(${DECISION}\\s*(?:[-\\u2013\\u2014:;,]|\\.\\s)\\s*)(\\S(?:.*\\S)?)\\s*$`, 'iu');

/**
 * The reason written after the decision in an applicability cell, when the table has no
 * justification column of its own: many SoAs write "Yes – required for R-01" in one cell. Its
 * span is exactly the reason's text in the cell.
 */
export function inlineJustification(cell: Cell): Attribute | undefined {
  const m = WITH_REASON.exec(cell.text);
  const lead = m?.[1] ?? m?.[3];
  const reason = m?.[2] ?? m?.[4];
  // A reason has words: "Yes - 2026" or "No (N/A)" gives none.
  if (lead === undefined || reason === undefined || !/\p{L}{3}/u.test(reason)) return undefined;
  const start = cell.span.start + lead.length;
  return { text: reason, span: { start, end: start + reason.length } };
}
