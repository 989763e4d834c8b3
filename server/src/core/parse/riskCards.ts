/**
 * Risks written one per section rather than one per row: a heading ("### AI-R03 — Model
 * drift", "## Risk entry 2: ...") followed by field/value tables ("| Likelihood | 4 |",
 * "| **Risk ID** | RISK-003 |", "| Inherent risk score | 12 (High) | basis |") or by
 * "**Likelihood:** 4" lines. The section is the risk's record card: its fields are the
 * risk's attributes, as a register row's cells are.
 */
import type { Attribute, RiskEntry, Section, Table } from '../model/types.js';
import type { Span } from '../text/types.js';
import { residualColumn, riskColumn } from './columns.js';
import { matchesWhole, registerId, type IdPatterns } from './entities.js';
import { minOf, pushAll, tableWidth } from '../util/arrays.js';
import { fieldLines } from './fieldLines.js';

interface Field {
  readonly names: readonly string[];
  readonly label: string;
  readonly value: Attribute;
}

/** First cells that label a column of field names rather than a field. */
const FIELD_HEADER = /^(?:field|fields|attribute|item|dimension|parameter|property|element|aspect|criterion|detail|details|)$/;

/** The risk attribute a field label names ("Likelihood (1-5)", "Residual risk score", "Risk ID"). */
function fieldNames(label: string): string[] {
  const name = riskColumn(label);
  if (!name) return [];
  const part = name === 'residual' ? residualColumn(label) : undefined;
  return part ? [name, part] : [name];
}

/** Field rows of the two-or-three-column tables whose first column names risk attributes. */
function tableFields(t: Table): Field[] {
  const width = tableWidth(t);
  if (width < 2 || width > 4) return [];
  const first = t.header[0]?.text.replace(/[*_`]/g, '').trim().toLowerCase() ?? '';
  // "| **Risk ID** | R-004 |" as the header row is a field; "| Control | Owner |" is a table's column names.
  const second = t.header[1]?.text.replace(/[*_`]/g, '').trim() ?? '';
  const headerIsField = fieldNames(first).length > 0 && second !== '' && fieldNames(second).length === 0 && !/^(?:value|entry|details?|description|score|rating)$/i.test(second);
  if (!FIELD_HEADER.test(first) && !headerIsField) return [];
  const rows = headerIsField ? [t.header, ...t.rows] : t.rows;
  const out: Field[] = [];
  for (const r of rows) {
    const [label, value] = r;
    if (!label || !value) continue;
    const text = label.text.replace(/[*_`:]/g, '').trim();
    const names = fieldNames(text);
    if (names.length) out.push({ names, label: text, value: { text: value.text.trim(), span: value.span } });
  }
  return out;
}

/** "**Likelihood:** 4", "- Impact: 5 (Severe)", "__Residual risk__: Low" outside tables. */
const FIELD_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z0-9 ()/&.-]{0,40}?)[ \t]*(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:|:)[ \t]*(\S[^\n\r]*)$/;

function lineFields(text: string, span: Span, tables: readonly Table[]): Field[] {
  const out: Field[] = [];
  for (const { label, value } of fieldLines(text, span, tables, FIELD_LINE)) {
    const names = fieldNames(label);
    if (names.length) out.push({ names, label, value });
  }
  return out;
}

/** "RISK-001 — Bias", "AI-R03: Drift", "NFS-R-003 Model drift" -> the ID and the rest. */
function headingId(title: string, ids: IdPatterns): { id: string; offset: number; rest: string } | undefined {
  const m = /^[ \t]*(?:\[)?([A-Za-z][\w.\-\u2011]*\d[\w.\-\u2011]*)\]?(?=$|[ \t]*[:.\-\u2013\u2014|][ \t]|[ \t]+[\u2013\u2014-][ \t]|[ \t]*[:|]$)/.exec(title);
  if (!m) return undefined;
  const id = matchesWhole(ids.risk, m[1]!) ?? registerId(m[1]!);
  if (!id) return undefined;
  return { id, offset: m.index + m[0].indexOf(m[1]!), rest: title.slice(m.index + m[0].length).replace(/^[\s:.\-|\u2013\u2014]+/, '').trim() };
}

const RATED = new Set(['likelihood', 'impact', 'score', 'level', 'residual']);

/**
 * Risks from record-card sections. `known` are the IDs already read from register rows:
 * a card for one of them adds nothing (its row is the risk).
 */
export function risksFromCards(input: { sections: readonly Section[]; tables: readonly Table[]; text: string; ids: IdPatterns; known: ReadonlySet<string> }): RiskEntry[] {
  const { sections, tables, text, ids } = input;
  const fieldsOf = new Map<Table, Field[]>();
  for (const t of tables) {
    const f = tableFields(t);
    if (f.length) fieldsOf.set(t, f);
  }
  // Innermost section holding an offset.
  const innermost = (at: number): Section | undefined => {
    let best: Section | undefined;
    for (const s of sections) if (s.span.start <= at && at < s.span.end && (!best || s.span.start >= best.span.start)) best = s;
    return best;
  };
  // Anchors: sections named by a risk ID, and sections holding a "Risk ID" field.
  const anchors = new Map<Section, { id: string; span: Span; title?: string }>();
  for (const s of sections) {
    const h = headingId(s.title, ids);
    if (!h) continue;
    const at = text.indexOf(s.title, s.headingSpan.start) + h.offset;
    anchors.set(s, { id: h.id, span: { start: at, end: at + h.id.length }, ...(h.rest ? { title: h.rest } : {}) });
  }
  for (const [t, fields] of fieldsOf) {
    const idField = fields.find((f) => f.names[0] === 'id' && /\brisk\b|^id$|^ref/i.test(f.label));
    const id = idField && (matchesWhole(ids.risk, idField.value.text) ?? registerId(idField.value.text));
    const s = id ? innermost(t.span.start) : undefined;
    if (!s || !id || !idField) continue;
    const at = idField.value.span.start + Math.max(0, idField.value.text.toUpperCase().indexOf(id));
    const heading = anchors.get(s);
    // The field names the risk; a heading with the same ID stays the anchor (its title reads better).
    if (!heading || heading.id !== id) anchors.set(s, { id, span: { start: at, end: at + id.length }, ...(heading?.title ? { title: heading.title } : {}) });
  }
  const out: RiskEntry[] = [];
  const seen = new Set(input.known);
  for (const [s, anchor] of anchors) {
    if (seen.has(anchor.id)) continue;
    // The card's own span: its section, less any subsection that is another risk's card.
    const inner = [...anchors.keys()].filter((o) => o !== s && o.span.start > s.span.start && o.span.start < s.span.end);
    const end = minOf(inner.map((o) => o.span.start), s.span.end);
    const scope = { start: s.span.start, end };
    const fields: Field[] = [];
    for (const [t, f] of fieldsOf) if (t.span.start >= scope.start && t.span.end <= scope.end) pushAll(fields, f);
    pushAll(fields, lineFields(text, { start: s.contentStart, end }, tables));
    fields.sort((a, b) => a.value.span.start - b.value.span.start);
    const attributes = new Map<string, Attribute>();
    for (const f of fields) for (const name of f.names) if (name !== 'id' && !attributes.has(name)) attributes.set(name, f.value);
    if (![...attributes.keys()].some((k) => RATED.has(k))) continue;
    if (anchor.title && !attributes.has('title')) attributes.set('title', { text: anchor.title, span: anchor.span });
    // Controls and treatment written as subsections of the card ("### Current controls").
    if (!attributes.has('controls') && !attributes.has('treatment'))
      for (const sub of sections) {
        if (sub === s || sub.span.start < scope.start || sub.span.start >= scope.end) continue;
        const name = riskColumn(sub.title) ?? (/\b(?:controls?|treatment|mitigations?)\b/i.test(sub.title) ? 'controls' : undefined);
        if ((name === 'controls' || name === 'treatment') && sub.content.trim() !== '') {
          attributes.set(name, { text: sub.content.slice(0, 200), span: sub.headingSpan });
          break;
        }
      }
    seen.add(anchor.id);
    out.push({ id: anchor.id, idSpan: anchor.span, extent: scope, attributes });
  }
  return out.sort((a, b) => a.idSpan.start - b.idSpan.start);
}

/** Whether a table reads as a table of risks (a risk column beside a description), with or without IDs. */
export function isRiskTable(t: Table): boolean {
  const cols = new Set(t.header.map((h) => riskColumn(h.text)));
  const rated = cols.has('likelihood') || cols.has('impact') || cols.has('score') || cols.has('level') || cols.has('residual');
  return rated && t.header.some((h) => /\brisks?\b/i.test(h.text)) && t.rows.length > 0;
}
