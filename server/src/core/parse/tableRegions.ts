/**
 * A table's cells as regions to scan for references: each cell on its own, labelled with
 * its column header and the section above, with the row's title cell (if any) beside it
 * so a control ID's title can be checked. Shared by Markdown tables and CSV files.
 */
import type { Table } from '../model/types.js';
import type { Region } from '../refs/scan.js';
import { riskColumn, soaColumn } from './columns.js';

/** A register's own ID in a cell: letters, then digits (R-001, AIR-2025-014, RISK01, PW-AI-11), not an Annex A or B ID. */
const OWN_ID_CELL = /^[\s*_`]*(?![AB]\.\d)(?:[A-Za-z]{1,10}[-_.]){0,3}[A-Za-z]{1,10}[-_.]?\d[\w.-]{0,30}[\s*_`]*$/;

/** A title cell that leads with its row's own ID: "R-101 Model drift", "**AIR-07:** Prompt injection". */
const OWN_ID_LEAD = /^[*_`]*(?![AB]\.\d)[A-Za-z]{1,10}[-_.]?\d[A-Za-z0-9.-]{0,30}[*_`]*[:.—–-]?[*_`]*[ \t]+\S/;

/** Words that make an objective cell a sentence rather than a title. */
const OBJECTIVE_SENTENCE = /\b(?:is|are|be|must|shall|should|will|can|ensure[sd]?|establish(?:es|ed)?|maintain(?:s|ed)?|to)\b|\.\s*$/i;

/** A description cell that starts with a short title and a dash: "AI policy — establish ...". */
const MAPPED_TO = /\b(?:mapping|mapped|related|linked|supporting|relevant)\b/i;
const TITLE_THEN_DESCRIPTION = /^[A-Z][^\s—–]*(?: [^\s—–]+){0,5} [—–-] \S/;

export function tableRegions(t: Table): Region[] {
  const out: Region[] = [];
  // The title column: headed like a title ("Title", "Control", "Name") and not holding the IDs
  // themselves ("| Control | Title |" has the IDs under "Control").
  const soaCols = t.header.map((h) => soaColumn(h.text));
  // Asked of a column up to three times below: counted once.
  const held: (boolean | undefined)[] = [];
  const holdsIds = (col: number) => (held[col] ??= t.rows.filter((r) => /^\W*(?:Annex\s+)?A\.\d/.test(r[col]?.text ?? '')).length * 2 > t.rows.length);
  let titleCol = soaCols.findIndex((c, i) => c === 'title' && !holdsIds(i));
  // Else a "Control description" column whose cells lead with a title: "AI policy — establish and review ...".
  const describedCol = titleCol < 0 ? t.header.findIndex((h, i) => /^(?:control )?description$/i.test(h.text.replace(/[*_`]/g, '').trim()) && !holdsIds(i)) : -1;
  if (describedCol >= 0) titleCol = describedCol;
  // A register keyed by its own IDs ("| AIR-2025-101 | Hallucinated citations | ... | A.6.2.4; A.9.2 |"):
  // the title is the risk's (or action's), and the controls in another column do not share it.
  // Also a first column of such IDs under any header: a mapping's "| Internal Control | Control Name | ... |
  // ISO/IEC 42001 Annex A |" names the organisation's own control, not the Annex A ones it maps to.
  const keyedByOwnIds = t.header.some((h, i) => (riskColumn(h.text) === 'id' || i === 0) && !holdsIds(i) && t.rows.filter((r) => OWN_ID_CELL.test(r[i]?.text ?? '')).length * 2 > t.rows.length);
  // So is one whose titles lead with the row's own ID ("| R-101 Model drift in fraud scoring |" in a
  // Notion export), and a table of risks rated by likelihood and impact: its "Name" is the risk's.
  const titledByOwnIds = titleCol >= 0 && t.rows.filter((r) => OWN_ID_LEAD.test(r[titleCol]?.text ?? '')).length * 2 > t.rows.length;
  const columns = t.header.map((h) => riskColumn(h.text));
  const ratedRisks = columns.includes('likelihood') && columns.includes('impact');
  if (keyedByOwnIds || titledByOwnIds || ratedRisks) titleCol = -1;
  // A column of controls a row is mapped to ("Control mapping", "Related controls"): the row is an
  // objective, a risk or a task of its own, and its title is not the controls'.
  const idCols = titleCol >= 0 ? titledIdColumns(t.header.length, titleCol, holdsIds).map((held, i) => held && !MAPPED_TO.test(t.header[i]!.text) && (Math.abs(i - titleCol) === 1 || CONTROL_ID_HEADER.test(t.header[i]!.text))) : [];
  const heading = t.sectionTitle.toLowerCase();
  const objectiveCol = titleCol >= 0 && /objective/i.test(t.header[titleCol]!.text);
  for (const c of t.header) out.push({ span: c.span, label: '', heading, isCell: true });
  // Per column, once: its label and whether it holds clause numbers.
  const labels = t.header.map((h) => h.text.toLowerCase());
  const fields = labels.map((label) =>
    // "Clause / control": its bare numbers are clauses (a control is A.x.y anyway); not "Annex A control clause".
    (/\bclauses?\b|箇条|条款|조항/.test(label) && !/annex|controls?\s+clauses?/.test(label)) ? ('clauses' as const) : SYSTEM_ID_LABEL.test(label.replace(/[*_`#:]/g, '').trim()) ? ('systems' as const) : undefined,
  );
  for (const row of t.rows) {
    let rowBefore = '';
    row.forEach((c, i) => {
      const label = labels[i] ?? '';
      const field = fields[i];
      // The title names what the row is about: the ID of the table's control column, not an ID
      // some rows cite in another column ("| 4.2 | Customer notice | ... | A.8.2 |" in a list of objectives).
      let rowTitle = titleCol >= 0 && titleCol !== i && idCols[i] ? row[titleCol] : undefined;
      // An "Objective" column holds a title ("Reporting of concerns") or a sentence about the aim ("Staff can raise ..."): only the first is compared.
      if (rowTitle && objectiveCol && OBJECTIVE_SENTENCE.test(rowTitle.text)) rowTitle = undefined;
      if (rowTitle && describedCol >= 0 && !TITLE_THEN_DESCRIPTION.test(rowTitle.text.replace(/[*_`]/g, '').trim())) rowTitle = undefined;
      if (i > 0) rowBefore += (i > 1 ? ' | ' : '') + row[i - 1]!.text;
      // Optional keys set only when present (no spread of a fresh object per key): one region
      // per cell of every table in the workspace, so this is on the cold index's path.
      const region: { -readonly [K in keyof Region]: Region[K] } = { span: c.span, label, heading, isCell: true };
      if (rowBefore) region.rowBefore = rowBefore;
      if (field) region.field = field;
      if (rowTitle && rowTitle.text.trim()) region.rowTitle = { text: rowTitle.text.replace(/[*_`]/g, '').trim(), span: rowTitle.span };
      out.push(region);
    });
  }
  return out;
}

/**
 * The columns of control IDs the title column names. With one, it; with several (a mapping
 * "| ISO/IEC 27001 | Title | ISO/IEC 42001 |"), the title is that of the IDs next to it: the
 * nearest column on its left, else on its right. The others' IDs are not held to it.
 */
function titledIdColumns(width: number, titleCol: number, holdsIds: (col: number) => boolean): boolean[] {
  const cols = Array.from({ length: width }, (_, i) => holdsIds(i));
  if (cols.filter(Boolean).length < 2) return cols;
  let pick = -1;
  for (let i = titleCol - 1; i >= 0 && pick < 0; i--) if (cols[i]) pick = i;
  for (let i = titleCol + 1; i < width && pick < 0; i++) if (cols[i]) pick = i;
  return cols.map((_, i) => i === pick);
}

/**
 * The header of a column whose IDs a title column away from it may still name: "Control",
 * "Annex A ref", "ISO/IEC 42001", "Clause", "Mapping". An ID column elsewhere headed otherwise
 * ("| Objective | Measure | Target | Related |") holds what its rows cite, not what they are.
 */
const CONTROL_ID_HEADER = /control|annex|\bid\b|\bref|\biso\b|42001|27001|clause|requirement|mapping/i;

/** A column of AI system IDs: "System ID", "AI system ID", "System ref". */
const SYSTEM_ID_LABEL = /^(?:ai )?system (?:id|ids|identifier|ref|reference)$/;
