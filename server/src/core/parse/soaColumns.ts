/** How an SoA table's columns are read: exclusion tables, implementation statuses. */
import type { Table } from '../model/types.js';
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

