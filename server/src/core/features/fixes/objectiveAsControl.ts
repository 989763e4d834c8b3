/**
 * objective-as-control: an objective (A.x.1) or a group cited where a control belongs.
 * - A row or item of a statement of applicability: replaced by one for each of the group's
 *   controls the statement does not list yet, each a copy of the original with the control's
 *   ID (and title, where the row has a title column or the item a title key), so the decision
 *   and justification written for the group stay with its controls; when every control is
 *   listed already, the row is removed.
 * - A citation: replaced by the group's controls (in prose "A.2.2, A.2.3 and A.2.4", in a table
 *   cell or YAML flow list comma-separated, in a YAML block list one item each), or, second, by
 *   the group's own ID, as the message offers.
 */
import { getControl, getControlGroup, getObjectiveGroup } from '../../catalogue/lookup.js';
import type { AimsDocument, SoaEntry } from '../../model/types.js';
import type { YNode } from '../../model/yamlTree.js';
import { soaColumn } from '../../parse/columns.js';
import type { Span } from '../../text/types.js';
import { cellIndexAt, edit, lineEndAt, lineStartAt, mergeFirstFixes, proseList, replace, tableOf, yamlContentEnd, yamlRoot, yamlScalar, type FixOption, type FixProvider, readOnlyData } from './util.js';

export const objectiveAsControlFix: FixProvider = {
  code: 'objective-as-control',
  fixes(ctx, finding) {
    const { doc } = ctx;
    const id = finding.data?.['id'];
    const controls = (Array.isArray(finding.data?.['controls']) ? (finding.data['controls'] as unknown[]) : []).filter((c): c is string => typeof c === 'string' && getControl(c) !== undefined);
    const group = typeof id === 'string' ? (getObjectiveGroup(id) ?? getControlGroup(id)) : undefined;
    if (typeof id !== 'string' || !group || controls.length === 0) return [];
    const entry = doc.soa.find((e) => e.idSpan.start === finding.span.start && e.idSpan.end === finding.span.end);
    if (entry) {
      const o = soaFix(doc, entry, controls);
      return o ? [o] : [];
    }
    const at = writtenId(doc, finding.span, id);
    if (!at) return [];
    const out: FixOption[] = [];
    const list = citationEdit(doc, at, controls);
    if (list) out.push({ title: `Replace ${id} with its controls: ${controls.join(', ')}`, edit: edit(doc.uri, [list]), isPreferred: true });
    out.push({ title: `Cite the group ${group.id} (${group.title}) instead`, edit: edit(doc.uri, [replace(doc, at, group.id)]) });
    return out;
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

/** The ID as written inside the finding's span ("Annex A.2.1" -> "A.2.1"). */
function writtenId(doc: AimsDocument, span: Span, id: string): Span | undefined {
  const at = doc.text.indexOf(id, span.start);
  return at >= 0 && at + id.length <= span.end ? { start: at, end: at + id.length } : undefined;
}

/** The controls in place of the ID, written as the place lists things. */
function citationEdit(doc: AimsDocument, at: Span, controls: readonly string[]) {
  const start = lineStartAt(doc, at.start);
  const end = lineEndAt(doc, at.start);
  const before = doc.text.slice(start, at.start);
  const after = doc.text.slice(at.end, end);
  const inYaml = doc.languageId === 'yaml' || (doc.meta.frontMatterSpan !== undefined && at.start < doc.meta.frontMatterSpan.end);
  if (inYaml) {
    // "  - A.2.1": one item each, indented alike; a comment after it stays with the first.
    const item = /^([ \t]*-[ \t]+)(["']?)$/.exec(before);
    const rest = /^(["']?)([ \t]*(?:#.*)?)$/.exec(after);
    if (item && rest && item[2] === rest[1]) {
      const q = item[2]!;
      const eol = doc.lines.eol;
      return replace(doc, { start, end }, controls.map((c, i) => `${item[1]}${q}${c}${q}${i === 0 ? rest[2] : ''}`).join(eol));
    }
    // A flow list ("[A.2.1, A.5.2]") or a scalar: comma-separated, as plain text (IDs need no quotes).
    return replace(doc, at, controls.join(', '));
  }
  if (tableOf(doc, at)) return replace(doc, at, controls.join(', '));
  return replace(doc, at, proseList(controls));
}

function soaFix(doc: AimsDocument, entry: SoaEntry, controls: readonly string[]): FixOption | undefined {
  const listed = new Set(doc.soa.map((e) => e.controlId));
  const missing = controls.filter((c) => !listed.has(c));
  const id = entry.controlId;
  const eol = doc.lines.eol;
  if (readOnlyData(doc.languageId)) return undefined;
  if (doc.languageId === 'yaml') {
    const item = itemHolding(yamlRoot(doc), entry.idSpan);
    if (!item || item.type !== 'map') return undefined;
    const start = lineStartAt(doc, item.span.start);
    const end = lineEndAt(doc, yamlContentEnd(item));
    if (!/^[ \t]*-[ \t]+$/.test(doc.text.slice(start, item.span.start))) return undefined;
    const title = item.pairs.find((p) => /^(?:title|name)$/i.test(p.key) && p.value?.type === 'scalar' && !doc.text.slice(p.value.span.start, p.value.span.end).includes('\n'));
    const copies = missing.map((c) =>
      copyWith(doc, start, end, [
        [entry.idSpan, yamlScalar(c)],
        ...(title?.value ? [[title.value.span, yamlScalar(getControl(c)!.title)] as const] : []),
      ]),
    );
    // Items separated by blank lines keep them.
    const blank = /\r?\n[ \t]*\r?\n[ \t]*-?[ \t]*$/.test(doc.text.slice(0, start)) ? eol : '';
    return removeOrReplace(doc, id, missing, { start, end }, copies.join(eol + blank));
  }
  const table = tableOf(doc, entry.extent);
  const row = table?.rows.find((r) => cellIndexAt(r, entry.idSpan.start) >= 0);
  if (!table || !row) return undefined;
  const start = lineStartAt(doc, entry.idSpan.start);
  const end = lineEndAt(doc, entry.idSpan.start);
  const idCol = cellIndexAt(row, entry.idSpan.start);
  const titleCol = table.header.findIndex((h, i) => i !== idCol && soaColumn(h.text) === 'title');
  const titleCell = titleCol >= 0 ? row[titleCol] : undefined;
  const copies = missing.map((c) =>
    copyWith(doc, start, end, [
      [entry.idSpan, c],
      ...(titleCell && titleCell.span.end > titleCell.span.start ? [[titleCell.span, getControl(c)!.title] as const] : []),
    ]),
  );
  return removeOrReplace(doc, id, missing, { start, end }, copies.join(eol));
}

/** The rows in place of the objective's, or the objective's line removed (its line break with it). */
function removeOrReplace(doc: AimsDocument, id: string, missing: readonly string[], lines: Span, text: string): FixOption {
  if (missing.length > 0)
    return { title: `Replace ${id} with ${missing.length === 1 ? 'a row' : 'rows'} for ${proseList(missing)}, keeping its decision`, edit: edit(doc.uri, [replace(doc, lines, text)]), isPreferred: true };
  const next = lines.end < doc.text.length ? doc.lines.lineStart(doc.lines.positionAt(lines.end).line + 1) : lines.end;
  const span = next > lines.end ? { start: lines.start, end: next } : { start: lineBreakBefore(doc, lines.start), end: lines.end };
  return { title: `Remove the ${id} row (its controls are listed)`, edit: edit(doc.uri, [replace(doc, span, '')]), isPreferred: true };
}

function lineBreakBefore(doc: AimsDocument, lineStart: number): number {
  if (lineStart === 0) return 0;
  return doc.text[lineStart - 1] === '\n' && doc.text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
}

/** doc.text[start, end) with the given spans inside it replaced. */
function copyWith(doc: AimsDocument, start: number, end: number, subs: readonly (readonly [Span, string])[]): string {
  let out = '';
  let at = start;
  for (const [span, text] of [...subs].sort((a, b) => a[0].start - b[0].start)) {
    if (span.start < at || span.end > end) continue;
    out += doc.text.slice(at, span.start) + text;
    at = span.end;
  }
  return out + doc.text.slice(at, end);
}

/** The item of a sequence (anywhere in the tree) that holds the span. */
function itemHolding(node: YNode | null, span: Span): YNode | undefined {
  if (!node || node.span.start > span.start || node.span.end < span.end) return undefined;
  if (node.type === 'seq') {
    for (const i of node.items) {
      if (i.span.start <= span.start && span.end <= i.span.end) return itemHolding(i, span) ?? i;
    }
    return undefined;
  }
  if (node.type === 'map') for (const p of node.pairs) {
    const found = itemHolding(p.value, span);
    if (found) return found;
  }
  return undefined;
}
