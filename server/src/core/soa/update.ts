/**
 * updateSoa(doc, model): an existing statement of applicability brought up to
 * date with the workspace, without losing what people wrote. Every line of the
 * file is kept as it is (decisions, justifications, statuses, evidence, extra
 * columns, prose); each Annex A control the file lacks gets a row (Markdown)
 * or an item (YAML) next to its neighbours in catalogue order, laid out like
 * the rows around it and filled from the workspace (or left undecided); the
 * summary line `aims soa` writes is recounted. A file with no control table or
 * list gets one at its end. Returns the new text.
 *
 * soaUpdateProblem(doc, updated, config, relativePath) checks the result before anyone uses
 * it: the file was read in full, every line of it is still there in order, and
 * every Annex A control now has an entry. When one of these does not hold it
 * says why, and the update must not be used (the caller refuses, writes nothing).
 */
import type { AimsDocument, SoaEntry, Table } from '../model/types.js';
import type { AimsConfig } from '../config/config.js';
import { parseDocument } from '../parse/document.js';
import type { CoverageModel, Decision } from '../coverage/types.js';
import { CONTROLS } from '../catalogue/controls.js';
import { soaColumn } from '../parse/columns.js';
import { getPair, type YNode } from '../parse/yaml.js';
import { appendYamlItems, cellIndexAt, isBlankLine, lineEndAt, lineStartAt, tableOf, tableRow, yamlContentEnd, yamlRoot } from '../features/fixes/util.js';
import { countDecisions, decisionWord, mdCell, soaRows, SUMMARY_LINE, summaryLine, type SoaRow } from './rows.js';
import { markdownTable, yamlItem } from './generate.js';

interface Insertion {
  readonly at: number;
  readonly text: string;
}

const ORDER = new Map(CONTROLS.map((c, i) => [c.id, i]));

export function updateSoa(doc: AimsDocument, model: CoverageModel): string {
  const rows = soaRows(model);
  const present = new Set(doc.soa.map((e) => e.controlId));
  const missing = rows.filter((r) => !present.has(r.id));
  const inserts = doc.languageId === 'yaml' ? yamlInserts(doc, missing) : markdownInserts(doc, missing);
  let text = apply(doc.text, inserts);
  // Recount the summary line this tool writes; any other summary is the author's to keep.
  const decisions: Decision[] = [...CONTROLS.map((c) => c.id)].map((id) => {
    const e = doc.soa.find((x) => x.controlId === id && x.applicable !== undefined) ?? doc.soa.find((x) => x.controlId === id);
    if (e) return e.applicable === true ? 'applicable' : e.applicable === false ? 'excluded' : 'undecided';
    return missing.find((r) => r.id === id)?.decision ?? 'undecided';
  });
  text = text.replace(SUMMARY_LINE, summaryLine(countDecisions(decisions)));
  return text;
}

function apply(text: string, inserts: readonly Insertion[]): string {
  let out = text;
  for (const i of [...inserts].sort((a, b) => b.at - a.at)) out = out.slice(0, i.at) + i.text + out.slice(i.at);
  return out;
}

/** Catalogue entries in their order of appearance, and the one each missing control follows. */
function anchors<T extends { controlId: string }>(entries: readonly T[], missing: readonly SoaRow[]): Map<T | undefined, SoaRow[]> {
  const out = new Map<T | undefined, SoaRow[]>();
  for (const r of missing) {
    const idx = ORDER.get(r.id)!;
    let best: T | undefined;
    for (const e of entries) {
      const i = ORDER.get(e.controlId);
      if (i !== undefined && i < idx && (best === undefined || i >= ORDER.get(best.controlId)!)) best = e;
    }
    out.set(best, [...(out.get(best) ?? []), r]);
  }
  return out;
}

/** How many line breaks ("\r\n", "\n" or a lone "\r") end the text, up to 2. */
function trailingLineBreaks(text: string): number {
  let i = text.length;
  let n = 0;
  while (n < 2 && i > 0 && (text[i - 1] === '\n' || text[i - 1] === '\r')) {
    i -= text[i - 1] === '\n' && text[i - 2] === '\r' ? 2 : 1;
    n++;
  }
  return n;
}

function markdownInserts(doc: AimsDocument, missing: readonly SoaRow[]): Insertion[] {
  if (missing.length === 0) return [];
  const eol = doc.lines.eol;
  const entries = doc.soa.filter((e) => tableOf(doc, e.extent));
  if (entries.length === 0) {
    // A blank line before the new table: the line breaks the text does not end with already.
    const sep = doc.text === '' ? '' : eol.repeat(Math.max(0, 2 - trailingLineBreaks(doc.text)));
    return [{ at: doc.text.length, text: sep + markdownTable(missing).join(eol) + eol }];
  }
  const out: Insertion[] = [];
  for (const [anchor, list] of anchors(entries, missing)) {
    const entry = anchor ?? entries[0]!;
    const table = tableOf(doc, entry.extent)!;
    const row = table.rows.find((r) => cellIndexAt(r, entry.idSpan.start) >= 0)!;
    const lines = list.map((r) => tableRow(doc, row, cellsFor(doc, table, entry, r)));
    out.push(
      anchor
        ? { at: lineEndAt(doc, entry.extent.start), text: lines.map((l) => eol + l).join('') }
        : { at: lineStartAt(doc, entry.extent.start), text: lines.map((l) => l + eol).join('') },
    );
  }
  return out;
}

/** The new row's cells, one per column of the table, in the words the table already uses for its decisions. */
function cellsFor(doc: AimsDocument, table: Table, entry: SoaEntry, r: SoaRow): string[] {
  const idCol = table.rows.map((row) => cellIndexAt(row, entry.idSpan.start)).find((i) => i >= 0) ?? 0;
  const word = (applicable: boolean) => doc.soa.find((e) => e.applicable === applicable && tableOf(doc, e.extent) === table)?.attributes.get('applicable')?.text;
  const titleCol = table.header.findIndex((h, i) => i !== idCol && soaColumn(h.text) === 'title');
  return table.header.map((h, i) => {
    if (i === idCol) return idCell(table, idCol, entry, r, titleCol < 0);
    switch (i === titleCol ? 'title' : soaColumn(h.text) === 'title' ? undefined : soaColumn(h.text)) {
      case 'title':
        return mdCell(r.title);
      case 'applicable':
        return mdCell(r.decision === 'undecided' ? decisionWord(r.decision) : (word(r.decision === 'applicable') ?? decisionWord(r.decision)));
      case 'justification':
        return mdCell(r.justification);
      case 'status':
        return mdCell(r.status);
      case 'evidence':
        return mdCell(r.evidenceText);
      default:
        return '';
    }
  });
}

/** The ID cell written as the neighbour's is ("**A.2.2**", "A.2.2 AI policy" when the table has no title column). */
function idCell(table: Table, idCol: number, entry: SoaEntry, r: SoaRow, withTitle: boolean): string {
  const row = table.rows.find((x) => cellIndexAt(x, entry.idSpan.start) >= 0);
  const written = row?.[idCol]?.text ?? entry.controlId;
  const at = written.indexOf(entry.controlId);
  if (at < 0) return r.id;
  const before = written.slice(0, at);
  let after = written.slice(at + entry.controlId.length);
  const oldTitle = CONTROLS.find((c) => c.id === entry.controlId)?.title;
  if (/[\p{L}\p{N}]/u.test(after)) after = withTitle && oldTitle && after.includes(oldTitle) ? after.replace(oldTitle, mdCell(r.title)) : /^[*_`]*/.exec(after)![0];
  return before + r.id + after;
}

function yamlInserts(doc: AimsDocument, missing: readonly SoaRow[]): Insertion[] {
  if (missing.length === 0) return [];
  const eol = doc.lines.eol;
  const root = yamlRoot(doc);
  const list = getPair(root, 'controls')?.value;
  const items = list?.type === 'seq' && doc.text[list.span.start] !== '[' ? list.items.filter((i): i is Extract<YNode, { type: 'map' }> => i.type === 'map') : [];
  const entries = items.flatMap((item) => {
    const e = doc.soa.find((x) => x.extent.start === item.span.start);
    return e ? [{ controlId: e.controlId, item }] : [];
  });
  if (entries.length === 0) {
    const edit = appendYamlItems(
      doc,
      root,
      'controls',
      missing.map((r) => yamlItem(r, '', true).map((l) => l.trim()).filter((l) => !l.startsWith('#')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()] as const)),
    );
    if (!edit) return [];
    return [{ at: doc.lines.offsetAt(edit.range.start), text: edit.newText }];
  }
  const first = entries[0]!.item;
  const lead = doc.text.slice(lineStartAt(doc, first.span.start), first.span.start);
  const dash = /^[ \t]*-[ \t]+$/.test(lead) ? lead : '  - ';
  const withTitle = getPair(first, 'title') !== undefined;
  const idKey = getPair(first, 'id') ? 'id' : 'control';
  const blankSeparated = items.length > 1 && isBlankLine(doc, doc.lines.positionAt(items[1]!.span.start).line - 1);
  const render = (r: SoaRow) => yamlItem(r, dash, withTitle, idKey).join(eol);
  const out: Insertion[] = [];
  for (const [anchor, rows] of anchors(entries, missing)) {
    const sep = blankSeparated ? eol : '';
    if (anchor) out.push({ at: lineEndAt(doc, yamlContentEnd(anchor.item)), text: rows.map((r) => eol + sep + render(r)).join('') });
    else out.push({ at: lineStartAt(doc, first.span.start), text: rows.map((r) => render(r) + eol + sep).join('') });
  }
  return out;
}

/** Why `updated` (updateSoa's result for `doc`) must not replace the file, or undefined when it may. */
export function soaUpdateProblem(doc: AimsDocument, updated: string, config: AimsConfig, relativePath: string): string | undefined {
  const skipped = doc.problems.find((p) => p.code === 'file-skipped' && p.span.start === 0 && p.span.end === 0);
  if (skipped) return `the file was not read in full (${skipped.message})`;
  if (doc.languageId === 'yaml') {
    const list = getPair(yamlRoot(doc), 'controls')?.value;
    if (list && list.type === 'seq' && doc.text[list.span.start] === '[') return 'its "controls" list is written in flow style ([...]); write it as a block list (one "- " item per line) to have it updated';
    if (list && list.type === 'seq' && list.items.some((i) => i.type === 'map' && getPair(i, '<<') !== undefined)) return 'its "controls" items use YAML merge keys (<<: *anchor), which are not read; write the values out in each item to have it updated';
  }
  if (!keepsLines(doc.text, updated)) return 'the update would change lines written by hand';
  const after = parseDocument({ uri: doc.uri, relativePath, text: updated, version: doc.version + 1, languageId: doc.languageId, config });
  const present = new Set(after.soa.map((e) => e.controlId));
  const lacking = CONTROLS.filter((c) => !present.has(c.id)).map((c) => c.id);
  if (lacking.length > 0) return `${lacking.length} Annex A control${lacking.length === 1 ? '' : 's'} (${lacking.slice(0, 5).join(', ')}${lacking.length > 5 ? ', ...' : ''}) could not be added where they would be read`;
  return undefined;
}

/** Every line of `before` is a line of `after`, in the same order (the summary line `aims soa` writes may be recounted). */
function keepsLines(before: string, after: string): boolean {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  const summary = new RegExp(SUMMARY_LINE.source);
  let j = 0;
  for (const line of a) {
    while (j < b.length && b[j] !== line && !(summary.test(line) && summary.test(b[j]!))) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}
