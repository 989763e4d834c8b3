/**
 * Registers -> entities: risks and SoA rows from Markdown tables or YAML
 * lists, and the definitions of risk, system and document IDs.
 */
import { findIdColumn, rowSpan } from './tableColumns.js';
import { IMPLEMENTATION_STATUS, inlineJustification, isExclusionTable, statusImpliesApplicable } from './soaColumns.js';
export { isExclusionTable };
import { NO_ATTRIBUTES, type Attribute, type Definition, type EntityType, type RiskEntry, type SoaEntry, type Table } from '../model/types.js';
import type { KindId } from '../catalogue/types.js';
import type { Span, TextChunk } from '../text/types.js';
import { tablesIdRows } from './tableIds.js';
import { residualColumn, riskColumn, soaColumn, parseApplicable } from './columns.js';
import { getPair, scalarText, type YMap, type YNode } from './yaml.js';
import { tableWidth } from '../util/arrays.js';
import { withFlags } from '../util/linearRegExp.js';
import { StringMemo } from '../text/chunkMemo.js';
import { attributeText, holderOf } from '../text/spans.js';
import { itemAiActAttributes, rowAiActAttributes } from './aiActAttributes.js';

export interface IdPatterns {
  readonly risk: RegExp;
  readonly system: RegExp;
  readonly document: RegExp;
}

/** A cell that names only a management-system standard other than ISO/IEC 42001 (a "Framework" column's value). */
const OTHER_FRAMEWORK_CELL = /^[\s*_`]*(?:ISO(?:\/IEC)?[ \t]?)?(?:27001|27002|27701|27017|27018|9001|14001|20000-1)(?::20\d\d)?(?:[ \t]+Annex[ \t]+A)?[\s*_`]*$/i;
/** A cell that starts with a control ID, maybe in bold. One \s* per gap: two adjacent ones retry every split of a long blank run. */
const CONTROL_CELL = /^\s*(?:(?:\*\*|__)\s*)?(?:Annex\s+)?A\.(\d{1,2}(?:\.\d{1,2}){1,2})\b/;

export function matchesWhole(re: RegExp, text: string): string | undefined {
  // Asked of every cell of every table on every edit (the registers' ID columns): the same cell
  // texts come back from the chunks' models, so short ones' answers are kept per pattern.
  let memo = wholeMatches.get(re);
  if (!memo) {
    const r = withFlags(re, re.flags.replace('g', ''));
    wholeMatches.set(
      re,
      (memo = new StringMemo((cell) => {
        const m = r.exec(cell.replace(/[*_`]/g, '').trim());
        return m && m.index <= 1 ? m[0].toUpperCase() : null;
      }, 80, 20_000)),
    );
  }
  return memo.get(text) ?? undefined;
}

/** Per pattern (compiled without its g flag), each cell text's answer (null: no match). */
const wholeMatches = new WeakMap<RegExp, StringMemo<string | null>>();

/** Rows of SoA-shaped tables: a column of control IDs, and usually an applicability column. */
export function soaFromTables(tables: readonly Table[], kind: KindId | undefined): SoaEntry[] {
  const out: SoaEntry[] = [];
  for (const t of tables) {
    const cols = t.header.map((h) => soaColumn(h.text));
    const hasDecision = cols.includes('applicable') || cols.includes('justification');
    if (!hasDecision && kind !== 'soa') continue;
    // "Control exclusion rationale": every row of the table is a decision to exclude.
    const exclusions = isExclusionTable(t);
    const idCol = findIdColumn(t, (c) => CONTROL_CELL.test(c.text));
    if (idCol < 0) continue;
    // An integrated SoA's "## ISO/IEC 27001 Annex A" section holds that standard's IDs, as a Framework cell says below.
    if (/(?<![0-9])(?:2700[12]|27701|2701[78])(?![0-9])/.test(t.sectionTitle) && !/42001/.test(t.sectionTitle)) continue;
    for (const row of t.rows) {
      const cell = row[idCol];
      const m = cell && CONTROL_CELL.exec(cell.text);
      if (!cell || !m) continue;
      // An integrated SoA's "| 27001 | A.5.1 | Policies for information security |" row: a cell
      // naming only another standard says the ID in it is that standard's (27001 numbers A.5.1 to A.8.34 too).
      if (row.some((c, i) => i !== idCol && OTHER_FRAMEWORK_CELL.test(c.text))) continue;
      const idStart = cell.span.start + cell.text.indexOf('A.' + m[1]!);
      const attributes = new Map<string, Attribute>();
      row.forEach((c, i) => {
        const name = i === idCol ? undefined : cols[i];
        if (name && name !== 'control' && !attributes.has(name)) attributes.set(name, { text: c.text.trim(), span: c.span });
      });
      // No justification column: the reason may follow the decision in its cell ("Yes – required for R-01").
      const decided = cols.includes('justification') ? undefined : row[cols.indexOf('applicable')];
      const inline = decided && inlineJustification(decided);
      if (inline) attributes.set('justification', inline);
      const implementation = attributes.get('implementation');
      if (!attributes.has('status') && implementation && IMPLEMENTATION_STATUS.test(implementation.text.replace(/[*_`]/g, '').trim())) attributes.set('status', implementation);
      const applicableText = attributes.get('applicable')?.text;
      const applicable = exclusions ? false : applicableText !== undefined ? parseApplicable(applicableText) : statusImpliesApplicable(attributes.get('status')?.text);
      out.push({
        controlId: 'A.' + m[1]!,
        idSpan: { start: idStart, end: idStart + m[1]!.length + 2 },
        extent: rowSpan(row),
        ...(applicable !== undefined ? { applicable } : {}),
        attributes,
      });
    }
  }
  return out;
}

/**
 * A register's own ID, whatever its shape: AIR-01, RISK-001, AI-R01, R1, NFS-R-003. A
 * letter first, a digit somewhere, no spaces; not a control or clause number (A.6.2.4).
 */
const ID_SHAPE = /^[A-Za-z][A-Za-z0-9]*(?:[-_.:\u2011][A-Za-z0-9]+){0,5}$/;

export function registerId(text: string): string | undefined {
  const t = text.replace(/[*_`]/g, '').trim();
  if (t.length > 32 || !ID_SHAPE.test(t) || !/\d/.test(t) || /^(?:Annex\s*)?[AB]\.\d/i.test(t)) return undefined;
  return t.replace(/\u2011/g, '-').toUpperCase();
}

/** Attribute columns that make a table a risk table (with an ID column). */
const RISK_ATTRIBUTES = new Set(['likelihood', 'impact', 'score', 'level', 'residual', 'treatment', 'title', 'controls', 'owner']);

/** The attribute names of a risk table's columns: the canonical name, and for "Residual ..." also which part. */
function riskHeaderNames(header: string): readonly string[] {
  const name = riskColumn(header);
  const part = name === 'residual' ? residualColumn(header) : undefined;
  return name ? (part ? [name, part] : [name]) : [];
}

/**
 * Risk rows: a column of risk IDs and likelihood/impact (or a risk register). A column
 * headed as an ID ("Risk ID", "Ref", "#") holds the register's own IDs, whatever their
 * shape; without such a header, the column whose cells look like risk IDs (ids.risk).
 */
export function risksFromTables(tables: readonly Table[], kind: KindId | undefined, ids: IdPatterns): RiskEntry[] {
  const out: RiskEntry[] = [];
  for (const t of tables) {
    const names = t.header.map((h) => riskHeaderNames(h.text));
    const cols = names.map((n) => n[0]);
    // Registers hold risks; other kinds (impact assessments, treatment plans) restate them in their own words.
    const shaped = cols.includes('likelihood') || cols.includes('impact') || cols.includes('score');
    if (kind !== 'risk-register' && (kind !== undefined || !shaped)) continue;
    let idCol = cols.indexOf('id');
    let readId = (text: string) => matchesWhole(ids.risk, text);
    if (idCol >= 0 && cols.some((c) => c !== undefined && RISK_ATTRIBUTES.has(c))) {
      const own = (text: string) => matchesWhole(ids.risk, text) ?? registerId(text);
      if (t.rows.some((r) => r[idCol] && own(r[idCol]!.text))) readId = own;
    }
    if (idCol < 0 || !t.rows.some((r) => r[idCol] && readId(r[idCol]!.text))) idCol = findIdColumn(t, (c) => !!matchesWhole(ids.risk, c.text));
    if (idCol < 0) continue;
    for (const row of t.rows) {
      const cell = row[idCol];
      const id = cell && readId(cell.text);
      if (!cell || !id) continue;
      const idStart = cell.span.start + Math.max(0, cell.text.toUpperCase().indexOf(id));
      const attributes = new Map<string, Attribute>();
      row.forEach((c, i) => {
        if (i === idCol) return;
        for (const name of names[i] ?? []) if (name !== 'id' && !attributes.has(name)) attributes.set(name, { text: c.text.trim(), span: c.span });
      });
      out.push({ id, idSpan: { start: idStart, end: idStart + id.length }, extent: rowSpan(row), attributes });
    }
  }
  return out;
}

/** A YAML key holding a risk's ratings before treatment, or (group 1) after it. */
const RATING_STAGE = /^(?:(?:inherent|gross|initial|raw|assessment|rating|ratings)|(residual))(?:[ _-]?risk)?$/i;
const RATINGS = new Set(['likelihood', 'impact', 'score', 'level']);

/** Risks from a YAML `risks:` list. */
export function risksFromYaml(root: YNode | null): RiskEntry[] {
  const list = getPair(root, 'risks')?.value;
  if (!list || list.type !== 'seq') return [];
  return risksFromItems(list.items);
}

/** Risks from items of a `risks:` list (also used for one chunk of it at a time). */
export function risksFromItems(items: readonly YNode[]): RiskEntry[] {
  const out: RiskEntry[] = [];
  for (const item of items) {
    if (item.type !== 'map') continue;
    const idPair = getPair(item, 'id');
    const id = scalarText(idPair?.value);
    if (!idPair || !id) continue;
    const attributes = yamlAttributes(item, riskColumn);
    for (const p of item.pairs) {
      const part = residualColumn(p.key);
      if (part && !attributes.has(part) && p.value?.type === 'scalar') attributes.set(part, { text: scalarText(p.value) ?? '', span: p.value.span });
      // "inherent: { likelihood: 4, impact: 4 }", "residual: { likelihood: 2, ... }": the ratings nested by stage.
      const stage = p.value?.type === 'map' ? RATING_STAGE.exec(p.key) : null;
      if (stage && p.value?.type === 'map')
        for (const q of p.value.pairs) {
          const name = riskColumn(q.key);
          const key = name && RATINGS.has(name) ? (stage[1] ? `residual-${name}` : name) : undefined;
          if (key && !attributes.has(key) && q.value?.type === 'scalar') attributes.set(key, { text: scalarText(q.value) ?? '', span: q.value.span });
        }
    }
    out.push({ id: id.toUpperCase(), idSpan: idPair.value!.span, extent: item.span, attributes });
  }
  return out;
}

export function yamlAttributes(item: YMap, canonical: (key: string) => string | undefined): Map<string, Attribute> {
  const attributes = new Map<string, Attribute>();
  for (const p of item.pairs) {
    const name = canonical(p.key) ?? p.key.toLowerCase();
    if (name === 'id' || attributes.has(name)) continue;
    const v = p.value;
    if (!v) {
      attributes.set(name, { text: '', span: { start: p.keySpan.end, end: p.keySpan.end } });
      continue;
    }
    const text =
      v.type === 'scalar'
        ? v.value === null
          ? ''
          : typeof v.value === 'number'
            ? v.raw
            : String(v.value)
        : v.type === 'seq'
          ? v.items.map((i) => (i.type === 'scalar' ? String(i.value ?? '') : '')).join(', ')
          : v.type === 'map'
            ? v.pairs.map((q) => `${q.key}: ${scalarText(q.value) ?? ''}`).join(', ')
            : '';
    attributes.set(name, { text, span: v.span });
  }
  return attributes;
}

/** Definitions of risk, system and document IDs found in a document. */
export function collectDefinitions(input: {
  kind: KindId | undefined;
  declaredId?: { id: string; span: Span };
  title: string | undefined;
  fullSpan: Span;
  risks: readonly RiskEntry[];
  tables: readonly Table[];
  yamlRoot: YNode | null;
  headings: readonly { text: string; span: Span }[];
  text: string;
  ids: IdPatterns;
  definesRisks: boolean;
  /** A Markdown document's chunks, with which the tables' ID columns are kept (tableIds.ts). */
  chunks?: readonly TextChunk[];
}): Definition[] {
  const out: Definition[] = [];
  const tableOf = new Map<Definition, number>();
  // First definition per type and ID: lookups stay linear on large registers (by type, then ID:
  // no key string is made per risk of a register on every edit).
  const firstOf = { risk: new Map<string, Definition>(), system: new Map<string, Definition>(), document: new Map<string, Definition>() };
  const find = (type: EntityType, id: string) => firstOf[type].get(id);
  const add = (type: EntityType, id: string, span: Span, extent: Span, title?: string, attributes: ReadonlyMap<string, Attribute> = NO_ATTRIBUTES, weak = false) => {
    // Written out, not spread: a register's thousands of risks are defined again on every edit.
    const d: Definition = title ? (weak ? { type, id, span, extent, attributes, title, weak } : { type, id, span, extent, attributes, title }) : weak ? { type, id, span, extent, attributes, weak } : { type, id, span, extent, attributes };
    out.push(d);
    if (!firstOf[type].has(id)) firstOf[type].set(id, d);
  };

  if (input.declaredId) {
    const { id, span } = input.declaredId;
    add('document', id, span, input.fullSpan, input.title);
    if (input.kind === 'ai-system') add('system', id, span, input.fullSpan, input.title);
  } else {
    // Undeclared documents often carry "**Document ID:** AIMS-SOA-001" near the top, or a GRC
    // tool's metadata table whose first row ("| Document ID | POL-AI-001 |") is its header.
    const head = input.text.slice(0, 4000);
    const m = /(?:^|\n)[ \t>*_|-]*(?:Document|Doc\.?)[ \t]*(?:ID|No\.?|Number|Reference|Ref)[ \t]*[:*_ \t|]+[ \t]*`?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)/i.exec(head);
    if (m) {
      const start = m.index + m[0].length - m[1]!.length;
      // "AIMS-AUDITPROG-[YEAR]", "AIMS-MODELCARD-[SystemID]": the document defines a family of IDs,
      // one per year or system (AIMS-AUDITPROG-2026), written "AIMS-AUDITPROG-*".
      const family = /^-(?:\[[^\]\n]{1,30}\]|\{[^}\n]{1,30}\}|<[^>\n]{1,30}>|X{2,}|N{2,}|Y{4})/.exec(head.slice(start + m[1]!.length));
      const written = m[1]!.toUpperCase();
      const id = family ? `${written}-*` : written.replace(/-(?:X{2,}|N{2,}|Y{4})$/, '-*');
      add('document', id, { start, end: start + m[1]!.length + (family ? family[0].length : 0) }, input.fullSpan, input.title);
    }
  }

  // An AI system record names its system near the top: "System ID: SYS-020", "**AI system ID:** AIS-7".
  // Weak: an inventory row for the same system is no second definition.
  if (input.kind === 'ai-system' && !input.declaredId) {
    const head = input.text.slice(0, 4000);
    const m = /(?:^|\n)[ \t>*_|-]*(?:AI[ \t]+)?System[ \t]*(?:ID|Identifier|Ref(?:erence)?|No\.?)[ \t]*[:*_ \t|]+[ \t]*`?([A-Za-z][\w.-]*\d[\w.-]*)/i.exec(head);
    const written = m ? trimEndOf(m[1]!, '.-') : undefined;
    const id = written && (matchesWhole(input.ids.system, written) ?? registerId(written));
    if (m && written && id) {
      const start = m.index + m[0].length - m[1]!.length;
      add('system', id, { start, end: start + written.length }, input.fullSpan, input.title, NO_ATTRIBUTES, true);
    }
  }

  if (input.definesRisks) {
    // A register may list a risk in several tables (identification, analysis, treatment):
    // one risk, defined where it first appears, unless the same table repeats it.
    // Tables are in order and apart: found by binary search (a search per risk through every
    // table was quadratic in a register of thousands of small tables).
    const tableOfSpan = (span: Span) => holderOf(input.tables, span);
    // Without tables (YAML) every risk is in the same "table": nothing to skip, no map to keep.
    const firstTable = input.tables.length > 0 ? new Map<string, number>() : undefined;
    for (const r of input.risks) {
      if (firstTable) {
        const table = tableOfSpan(r.idSpan);
        const seen = firstTable.get(r.id);
        if (seen !== undefined && seen !== table) continue;
        firstTable.set(r.id, table);
      }
      add('risk', r.id, r.idSpan, r.extent, attributeText(r.attributes, 'title'), r.attributes);
    }
  }

  // Registers define the IDs in their ID column (the first column, or one headed "ID"/"Ref"):
  // objectives, audits, plan items, documents in a master list, and risks where the
  // document is one that identifies risks (not a treatment plan or SoA, which cite them).
  const citesRisksOnly = input.kind === 'risk-treatment-plan' || input.kind === 'soa' || input.kind === 'management-review' || input.kind === 'audit-report';
  const idRows = tablesIdRows(input.tables, input.ids, matchesWhole, input.chunks);
  input.tables.forEach((t, tableIndex) => {
    const read = idRows[tableIndex]!;
    for (const type of citesRisksOnly ? (['document'] as const) : (['document', 'risk'] as const)) {
      for (const r of read[type]) {
        const earlier = find(type, r.id);
        // The same ID in a later table of the same document (identification, then analysis) is the same entity.
        if (earlier && (tableOf.get(earlier) !== tableIndex || !earlier.weak)) continue;
        const row = t.rows[r.row]!;
        const at = row[r.col]!.span.start + r.offset;
        add(type, r.id, { start: at, end: at + r.id.length }, rowSpan(row), r.title, NO_ATTRIBUTES, true);
        tableOf.set(out[out.length - 1]!, tableIndex);
      }
    }
  });

  // Record cards: two-column "Field | Entry" tables whose row "Risk ID | AIMS-RISK-001" (or
  // System ID, Document ID, Reference ...) names the thing the document records.
  for (const t of input.tables) {
    if (tableWidth(t) !== 2) continue;
    // A metadata table has no real header: its first field ("| System ID | AIS-007 |") is the header row.
    for (const row of [t.header, ...t.rows]) {
      const [label, value] = row;
      if (!label || !value || !/\b(?:id|identifier|ref(?:erence)?|number|no\.?)\s*$/i.test(label.text.replace(/[*_`:]/g, '').trim())) continue;
      for (const [type, re] of [
        ['risk', input.ids.risk],
        ['system', input.ids.system],
        ['document', input.ids.document],
      ] as const) {
        const id = matchesWhole(re, value.text);
        if (!id || find(type, id)) continue;
        const at = value.span.start + value.text.toUpperCase().indexOf(id);
        add(type, id, { start: at, end: at + id.length }, rowSpan(row), input.title, NO_ATTRIBUTES, true);
        break;
      }
    }
  }

  // YAML records that state their own reference: "document_reference: MR-2026-H1".
  if (input.yamlRoot?.type === 'map')
    for (const p of input.yamlRoot.pairs) {
      if (!/^(?:document_(?:reference|id|number)|doc_id|reference)$/i.test(p.key)) continue;
      const id = scalarText(p.value);
      const match = id && matchesWhole(input.ids.document, id);
      if (match && p.value && !find('document', match)) add('document', match, p.value.span, input.fullSpan, input.title, NO_ATTRIBUTES, true);
    }

  // Headings that start with an ID define it in registers and system records: "### R-003: Drift".
  for (const h of input.headings) {
    const type: EntityType | undefined =
      input.definesRisks && matchesWhole(input.ids.risk, h.text) ? 'risk' : input.kind === 'ai-system' || /inventory/i.test(input.title ?? '') ? (matchesWhole(input.ids.system, h.text) ? 'system' : undefined) : undefined;
    if (!type) continue;
    const id = matchesWhole(type === 'risk' ? input.ids.risk : input.ids.system, h.text)!;
    if (find(type, id)) continue;
    const at = input.text.toUpperCase().indexOf(id, h.span.start);
    const title = h.text.slice(h.text.toUpperCase().indexOf(id) + id.length).replace(/^[\s:.\-\u2013\u2014]+/, '').trim();
    add(type, id, { start: at, end: at + id.length }, h.span, title || undefined);
  }

  // Inventories: tables whose ID column holds system IDs, in system records or inventories.
  const inventory = input.kind === 'ai-system' || /\b(?:inventory|system register|systems register)\b/i.test(input.title ?? '');
  if (inventory)
    for (const t of input.tables) {
      // A column headed as the systems' ID holds them whatever their shape; else the column of pattern-shaped IDs.
      const headed = t.header.findIndex((h) => /^(?:(?:ai )?system )?(?:id|identifier|ref)$/i.test(h.text.replace(/[*_`#:]/g, '').trim()));
      const col = headed >= 0 ? headed : findIdColumn(t, (c) => !!matchesWhole(input.ids.system, c.text));
      if (col < 0) continue;
      const readId = (text: string) => matchesWhole(input.ids.system, text) ?? (headed >= 0 ? registerId(text) : undefined);
      for (const row of t.rows) {
        const cell = row[col];
        const id = cell && readId(cell.text);
        if (cell && id && !find('system', id)) {
          const at = cell.span.start + cell.text.toUpperCase().indexOf(id);
          add('system', id, { start: at, end: at + id.length }, rowSpan(row), row[col + 1]?.text.trim(), rowAiActAttributes(t, row));
        }
      }
    }

  // YAML inventories: a `systems:` (or `ai_systems:`) list of { id (or system_id), name }.
  const systems = (getPair(input.yamlRoot, 'systems') ?? (input.yamlRoot?.type === 'map' ? input.yamlRoot.pairs.find((p) => /^ai[ _-]?systems$/i.test(p.key)) : undefined))?.value;
  if (systems?.type === 'seq')
    for (const item of systems.items) {
      const idNode = (getPair(item, 'id') ?? (item.type === 'map' ? item.pairs.find((p) => /^system[ _-]?id$/i.test(p.key)) : undefined))?.value;
      const id = scalarText(idNode);
      if (idNode && id) add('system', id.toUpperCase(), idNode.span, item.span, scalarText(getPair(item, 'name')?.value) ?? scalarText(getPair(item, 'title')?.value), itemAiActAttributes(item));
    }
  return out;
}

/** `text` less the characters of `chars` at its end (a loop: a trailing-run regex is quadratic on "----"). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
