/**
 * A statement of applicability written one section per control rather than one row per
 * control: a heading that starts with the control ("### A.2.2 AI policy", "## Control
 * A.10.4 — Customers") followed by "**Applicable:** Yes" / "- Justification: ..." lines or a
 * two-column "| Applicable | Yes |" table. The section is the control's row: its fields are
 * the decision's attributes, as an SoA table's cells are (entities.ts soaFromTables).
 */
import type { Attribute, Section, SoaEntry, Table } from '../model/types.js';
import type { Span } from '../text/types.js';
import { parseApplicable, soaColumn } from './columns.js';
import { IMPLEMENTATION_STATUS, inlineJustification, statusImpliesApplicable } from './soaColumns.js';
import { tableWidth } from '../util/arrays.js';
import { fieldLines } from './fieldLines.js';

/** "A.2.2", "Control A.10.4", "[A.6.2.4]" at the start of a heading, then the title or nothing. */
const HEADING_CONTROL = /^[ \t]*(?:(?:annex[ \t]+a[ \t]+)?control[ \t]+)?\[?(A\.(?:[2-9]|10)\.\d(?:\.\d)?)\]?(?=$|[ \t:.\-|\u2013\u2014)])/i;

/** "**Applicable:** Yes", "- Justification: ...", "__Status__: Implemented" (a field of the control's card). */
const FIELD_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z ()/?-]{0,40}?)[ \t]*(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:|:)[ \t]*(\S[^\n\r]*)$/;

interface Card {
  readonly controlId: string;
  readonly idSpan: Span;
  readonly scope: Span;
  readonly contentStart: number;
}

/**
 * SoA entries from control sections, for the controls `known` (read from tables) leaves out.
 * A section counts when it states a decision, a justification or a status; its span ends at
 * the next control's section.
 */
export function soaFromCards(input: { sections: readonly Section[]; tables: readonly Table[]; text: string; known: ReadonlySet<string>; excluded?: readonly Span[] }): SoaEntry[] {
  const { sections, tables, text } = input;
  const cards: Card[] = [];
  for (const s of sections) {
    const m = HEADING_CONTROL.exec(s.title);
    if (!m) continue;
    const at = text.indexOf(s.title, s.headingSpan.start) + m[0].indexOf(m[1]!, m.index);
    cards.push({ controlId: m[1]!.toUpperCase(), idSpan: { start: at, end: at + m[1]!.length }, scope: s.span, contentStart: s.contentStart });
  }
  const out: SoaEntry[] = [];
  const seen = new Set(input.known);
  cards.forEach((card, i) => {
    if (seen.has(card.controlId)) return;
    const end = Math.min(card.scope.end, cards[i + 1]?.scope.start ?? card.scope.end);
    const attributes = new Map<string, Attribute>();
    for (const t of tables) if (t.span.start >= card.contentStart && t.span.end <= end) tableFields(t, attributes);
    lineFields(text, { start: card.contentStart, end }, tables, attributes);
    const decided = attributes.get('applicable');
    const applicable = decided ? parseApplicable(decided.text) : statusImpliesApplicable(attributes.get('status')?.text);
    if (!decided && !attributes.has('justification') && !attributes.has('status')) return;
    seen.add(card.controlId);
    out.push({ controlId: card.controlId, idSpan: card.idSpan, extent: { start: card.scope.start, end }, ...(applicable !== undefined ? { applicable } : {}), attributes });
  });
  for (const e of soaFromListItems(text, input.excluded ?? [])) {
    if (seen.has(e.controlId)) continue;
    seen.add(e.controlId);
    out.push(e);
  }
  return out.sort((a, b) => a.idSpan.start - b.idSpan.start);
}

/** A list item that opens with a control: "- ✅ **A.2.2 AI policy** — applicable: required by ...". */
const LIST_ITEM = /^([ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?((?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?)[*_`]*(?:Annex[ \t]+)?)(A\.(?:[2-9]|10)\.\d(?:\.\d)?)(?![\d.]\d)([^\n\r]*)$/gmu;
/** Where the decision starts after the control and its title: a dash, a colon, or a parenthesis. */
const DECISION_AFTER = /(?:[\u2013\u2014:|(]|[ \t]-[ \t])[ \t]*(?:\*\*|__)?/;

/**
 * An SoA written as a list, one item per control: the decision after the control's title
 * ("— applicable", ": excluded", "(not applicable)") or as the item's leading mark (✅, ❌); the
 * words after the decision are its justification. Items with no readable decision are not read.
 */
function soaFromListItems(text: string, excluded: readonly Span[]): SoaEntry[] {
  const out: SoaEntry[] = [];
  LIST_ITEM.lastIndex = 0;
  for (let m = LIST_ITEM.exec(text); m; m = LIST_ITEM.exec(text)) {
    const idStart = m.index + m[1]!.length;
    if (excluded.some((x) => x.start <= idStart && idStart < x.end)) continue;
    const rest = m[4]!;
    const cut = DECISION_AFTER.exec(rest);
    const after = cut ? rest.slice(cut.index + cut[0].length) : '';
    const afterStart = idStart + m[3]!.length + (cut ? cut.index + cut[0].length : rest.length);
    const decision = cut ? parseApplicable(after) : undefined;
    const applicable = decision ?? (m[2] ? parseApplicable(m[2]) : undefined);
    if (applicable === undefined) continue;
    const attributes = new Map<string, Attribute>();
    const markStart = m.index + m[1]!.indexOf(m[2]!);
    attributes.set('applicable', decision !== undefined ? { text: after.trim(), span: { start: afterStart, end: afterStart + after.length } } : { text: m[2]!.trim(), span: { start: markStart, end: markStart + m[2]!.length } });
    const reason = decision !== undefined ? inlineJustification({ text: after, span: { start: afterStart, end: afterStart + after.length } }) : undefined;
    // "Applicable - Implemented": a status after the decision, not a reason for it.
    if (reason) attributes.set(IMPLEMENTATION_STATUS.test(reason.text.replace(/[*_`.]/g, '')) ? 'status' : 'justification', reason);
    out.push({ controlId: m[3]!, idSpan: { start: idStart, end: idStart + m[3]!.length }, extent: { start: m.index, end: m.index + m[0].length }, applicable, attributes });
  }
  return out;
}

/** The SoA column a field label names ("Applicable?", "Reason for inclusion", "Implementation status"). */
function fieldName(label: string): string | undefined {
  const name = soaColumn(label.replace(/[*_`:?]/g, '').trim());
  return name === 'control' || name === 'title' ? undefined : name;
}

function lineFields(text: string, span: Span, tables: readonly Table[], into: Map<string, Attribute>): void {
  for (const { label, value } of fieldLines(text, span, tables, FIELD_LINE)) {
    const name = fieldName(label);
    if (name && !into.has(name)) into.set(name, value);
  }
}

/** "| Applicable | Yes |" rows of a two-column table inside the card (its header row may be a field too). */
function tableFields(t: Table, into: Map<string, Attribute>): void {
  if (tableWidth(t) !== 2) return;
  for (const row of [t.header, ...t.rows]) {
    const [label, value] = row;
    const name = label && value && fieldName(label.text);
    if (name && value && !into.has(name)) into.set(name, { text: value.text.trim(), span: value.span });
  }
}
