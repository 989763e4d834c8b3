/**
 * Completion entries for Annex A: every control and group, each row showing its title
 * (labelDetails, which editors draw on every row, not only on the selected one), ranked by
 * what the context makes likely. Which places offer them is decided in completion.ts.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument } from '../model/types.js';
import type { Range } from '../text/types.js';
import type { CompletionEntry } from './types.js';
import { CONTROLS, CONTROL_GROUPS } from '../catalogue/controls.js';
import { getKind } from '../catalogue/kinds.js';
import { compareIds, getControl } from '../catalogue/lookup.js';
import { fieldList } from '../parse/meta.js';

const pad = (n: number) => String(n).padStart(4, '0');

const ANNEX_A = [
  ...CONTROL_GROUPS.map((g) => ({ id: g.id, title: g.title, doc: `Annex A control group. Objective: ${g.objective}`, group: g.id as string | undefined, isGroup: true })),
  ...CONTROLS.map((c) => ({ id: c.id, title: c.title, doc: c.guidance, group: c.group as string | undefined, isGroup: false })),
].sort((a, b) => compareIds(a.id, b.id));

/** How far (in lines) a citation counts as "nearby": a table, a list or a paragraph or two. */
const NEARBY_LINES = 10;

/**
 * The ranking, as penalties added up (lower first; catalogue order breaks ties). Each says how
 * unlikely the entry is in this place:
 * - 32 a group: a group is cited where a control is not known yet; a control is what a
 *   register, an SoA row or a `controls:` list wants, so every control ranks above every group.
 * - 16 a control this SoA already decides, or one cited on the cursor's own line (a row or a
 *   list seldom names a control twice).
 * -  8 a control the workspace's statement of applicability excludes (and none includes).
 * -  4 not in a group cited nearby (within NEARBY_LINES lines): "A.6.2.6, A.6.2." goes on
 *   with A.6.2's controls.
 * -  2 not one the document's kind usually cites (catalogue/kinds.ts) or its `aims.controls`
 *   lists.
 * -  1 not marked applicable by the workspace's statement of applicability (when it has one).
 * Only a control is ever preselected (the best ranked one that starts with what is typed);
 * never a group or an objective.
 */
export function controlEntries(service: AimsLanguageService, doc: AimsDocument, offset: number, range: Range): CompletionEntry[] {
  const line = doc.lines.positionAt(offset).line;
  const decided = new Set(doc.soa.map((e) => e.controlId));
  const nearGroups = new Set<string>();
  const onLine = new Set<string>();
  for (const r of doc.references) {
    if (r.framework !== '42001' || (r.span.start <= offset && offset <= r.span.end)) continue;
    const l = doc.lines.positionAt(r.span.start).line;
    if (Math.abs(l - line) > NEARBY_LINES) continue;
    if (r.type === 'control') {
      const g = getControl(r.id)?.group;
      if (g) nearGroups.add(g);
      if (l === line) onLine.add(r.id);
    } else if (r.type === 'control-group') nearGroups.add(r.id);
  }
  const kind = doc.meta.kind ? getKind(doc.meta.kind) : undefined;
  const usual = new Set<string>([...(kind?.controls ?? []), ...fieldList(doc.meta, 'controls').map((i) => String(i.value))]);
  const soa = soaDecisions(service);

  const entries = ANNEX_A.map((c, i) => {
    let rank = 0;
    if (c.isGroup) rank += 32;
    else {
      if (decided.has(c.id) || onLine.has(c.id)) rank += 16;
      const d = soa.get(c.id);
      if (d === false) rank += 8;
      if (!nearGroups.has(c.group!)) rank += 4;
      if (!usual.has(c.id)) rank += 2;
      if (soa.size > 0 && d !== true) rank += 1;
    }
    return {
      label: c.id,
      kind: 'control' as const,
      detail: c.isGroup ? `${c.title} (group)` : c.title,
      labelDetails: { description: c.isGroup ? `${c.title} (group)` : c.title },
      documentation: c.doc,
      range,
      sortText: String(rank).padStart(2, '0') + pad(i),
      filterText: c.id,
      isGroup: c.isGroup,
    };
  });
  // Preselected: the best ranked control that what is typed so far leads to (an editor ignores a preselected entry its filter hides).
  const typed = doc.text.slice(doc.lines.offsetAt(range.start), offset).toUpperCase();
  const best = entries.filter((e) => !e.isGroup && e.label.startsWith(typed)).sort((a, b) => (a.sortText < b.sortText ? -1 : 1))[0];
  return entries.map(({ isGroup: _group, ...e }) => (best && e.label === best.label ? { ...e, preselect: true } : e));
}

/** Each control's decision across the workspace's statements of applicability: true when one includes it, false when they only exclude it. */
function soaDecisions(service: AimsLanguageService): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const c of CONTROLS)
    for (const e of service.index.soaEntriesFor(c.id)) {
      if (service.index.isRetired(e.uri) || e.item.applicable === undefined) continue;
      out.set(c.id, out.get(c.id) === true || e.item.applicable);
    }
  return out;
}
