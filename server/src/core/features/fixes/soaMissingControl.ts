/**
 * soa-missing-control: add a row (Markdown) or an item (YAML) for each missing
 * control: one action adds the whole list the finding holds, and while it is short, an
 * action per control adds that one, with the decision, justification and status left empty so that the
 * SoA rules keep asking for them.
 */
import { compareIds, getControl } from '../../catalogue/lookup.js';
import type { Finding } from '../../model/findings.js';
import type { AimsDocument, SoaEntry, Table } from '../../model/types.js';
import { soaColumn } from '../../parse/columns.js';
import { getPair } from '../../parse/yaml.js';
import type { TextEdit } from '../types.js';
import { appendYamlItems, cellIndexAt, edit, insert, lineEndAt, lineStartAt, tableOf, tableRow, yamlScalar, yamlRoot, type FixOption, type FixProvider, readOnlyData } from './util.js';

/** Up to this many missing controls, each also gets an action of its own. */
const PER_CONTROL_MAX = 5;

export const soaMissingControlFix: FixProvider = {
  code: 'soa-missing-control',
  fixes(ctx, finding) {
    const ids = missingIds(finding);
    const edits = rowsEdit(ctx.doc, ids);
    if (ids.length === 0 || !edits) return [];
    const one = (id: string) => `Add ${id} (${getControl(id)!.title}) to the statement of applicability`;
    if (ids.length === 1) return [{ title: one(ids[0]!), edit: edit(ctx.doc.uri, edits), isPreferred: true }];
    // The whole list first; a row per control besides it while the list is short enough to read in a menu.
    const out: FixOption[] = [{ title: `Add all ${ids.length} missing controls`, edit: edit(ctx.doc.uri, edits), isPreferred: true }];
    if (ids.length <= PER_CONTROL_MAX)
      for (const id of ids) {
        const e = rowsEdit(ctx.doc, [id]);
        if (e) out.push({ title: one(id), edit: edit(ctx.doc.uri, e) });
      }
    return out;
  },
  fixAll(ctx, findings) {
    const ids = [...new Set(findings.flatMap(missingIds))];
    const edits = rowsEdit(ctx.doc, ids);
    return edits ? edit(ctx.doc.uri, edits) : undefined;
  },
  allTitle: (n) => `Add all ${n} missing controls`,
};

/** The controls a finding says are missing (none for the "listed without a decision" findings). */
function missingIds(f: Finding): string[] {
  if (f.data?.['undecided'] === true) return [];
  const ids = f.data?.['ids'];
  const id = f.data?.['id'];
  const all = Array.isArray(ids) ? ids : [id];
  return all.filter((x): x is string => typeof x === 'string' && getControl(x) !== undefined);
}

function rowsEdit(doc: AimsDocument, ids: readonly string[]): TextEdit[] | undefined {
  // Rows are written as YAML items or Markdown table rows; a CSV or JSON statement is edited by hand.
  if (ids.length === 0 || readOnlyData(doc.languageId)) return undefined;
  const sorted = [...ids].sort(compareIds);
  if (doc.languageId === 'yaml') {
    const e = yamlItems(doc, sorted);
    return e ? [e] : undefined;
  }
  return tableRows(doc, sorted);
}

function yamlItems(doc: AimsDocument, ids: readonly string[]): TextEdit | undefined {
  const root = yamlRoot(doc);
  const list = getPair(root, 'controls')?.value;
  // Mirror the existing items: the key naming the control, and a title when they carry one.
  const firstItem = list?.type === 'seq' ? list.items.find((i) => i.type === 'map') : undefined;
  const idKey = firstItem && !getPair(firstItem, 'id') && getPair(firstItem, 'control') ? 'control' : 'id';
  const withTitle = firstItem !== undefined && getPair(firstItem, 'title') !== undefined;
  const items = ids.map((id) => [[idKey, id], ...(withTitle ? [['title', yamlScalar(getControl(id)!.title)] as const] : []), ['applicable', ''], ['justification', '""']] as const);
  return appendYamlItems(doc, root, 'controls', items);
}

interface Anchor {
  readonly table: Table;
  readonly entry: SoaEntry;
  /** Insert after the entry's row, or before it. */
  readonly after: boolean;
}

function tableRows(doc: AimsDocument, ids: readonly string[]): TextEdit[] | undefined {
  const groups = new Map<string, { anchor: Anchor; ids: string[] }>();
  for (const id of ids) {
    const anchor = anchorFor(doc, id);
    if (!anchor) return undefined;
    const key = `${anchor.entry.extent.start}:${anchor.after}`;
    const g = groups.get(key) ?? { anchor, ids: [] };
    g.ids.push(id);
    groups.set(key, g);
  }
  const eol = doc.lines.eol;
  const edits: TextEdit[] = [];
  for (const { anchor, ids: group } of groups.values()) {
    const row = anchor.table.rows.find((r) => cellIndexAt(r, anchor.entry.idSpan.start) >= 0);
    if (!row) return undefined;
    const rows = group.map((id) => tableRow(doc, row, cells(anchor.table, row, anchor.entry, id)));
    edits.push(
      anchor.after
        ? insert(doc, lineEndAt(doc, anchor.entry.extent.start), rows.map((r) => eol + r).join(''))
        : insert(doc, lineStartAt(doc, anchor.entry.extent.start), rows.map((r) => r + eol).join('')),
    );
  }
  return edits;
}

/**
 * Where a missing control's row goes: in the table holding its group (else the
 * table of the nearest control before it, else the first SoA table), after the
 * row of the closest control before it, or before the table's first row.
 */
function anchorFor(doc: AimsDocument, id: string): Anchor | undefined {
  const group = getControl(id)!.group;
  // Every row counts, IDs the catalogue does not know included: a table of group A.4 is where A.4.2 goes.
  const entries = doc.soa.filter((e) => tableOf(doc, e.extent));
  if (entries.length === 0) return undefined;
  const sameGroup = entries.filter((e) => e.controlId.split('.').slice(0, -1).join('.') === group);
  const before = entries.filter((e) => compareIds(e.controlId, id) < 0).sort((a, b) => compareIds(a.controlId, b.controlId));
  const pick = sameGroup[sameGroup.length - 1] ?? before[before.length - 1] ?? entries[0]!;
  const table = tableOf(doc, pick.extent)!;
  const inTable = entries.filter((e) => tableOf(doc, e.extent) === table);
  const prev = inTable.filter((e) => compareIds(e.controlId, id) < 0).sort((a, b) => compareIds(a.controlId, b.controlId)).pop();
  return prev ? { table, entry: prev, after: true } : { table, entry: inTable[0]!, after: false };
}

/** The new row's cells: the ID where the table's IDs are (written the same way), the title in its title column, the rest empty. */
function cells(table: Table, row: readonly { text: string }[], entry: SoaEntry, id: string): string[] {
  const idCol = table.rows.map((r) => cellIndexAt(r, entry.idSpan.start)).find((i) => i >= 0) ?? 0;
  const titleCol = table.header.findIndex((h, i) => i !== idCol && soaColumn(h.text) === 'title');
  const width = Math.max(table.header.length, row.length);
  const out = new Array<string>(width).fill('');
  const written = row[idCol]?.text ?? entry.controlId;
  const at = written.indexOf(entry.controlId);
  const before = at >= 0 ? written.slice(0, at) : '';
  let after = at >= 0 ? written.slice(at + entry.controlId.length) : '';
  // "A.2.2 AI policy" in one cell: the title goes with the new ID too.
  if (/[\p{L}\p{N}]/u.test(after)) {
    const oldTitle = getControl(entry.controlId)?.title;
    after = titleCol < 0 && oldTitle && after.includes(oldTitle) ? after.replace(oldTitle, getControl(id)!.title) : /^[*_`]*/.exec(after)![0];
  }
  out[idCol] = before + id + after;
  if (titleCol >= 0) out[titleCol] = getControl(id)!.title;
  return out;
}
