/**
 * The definitions of risk, system and document IDs a document makes: its declared ID, a
 * register's risks, the ID columns of its tables, record cards, headings, inventories.
 */
import { findIdColumn, rowSpan } from './tableColumns.js';
import { englishOfHeader } from './columns.js';
import { NO_ATTRIBUTES, type Attribute, type Definition, type EntityType, type RiskEntry, type Table } from '../model/types.js';
import { CONTROL_FIELD, DOCUMENT_ID_LINE, OWN_ID_COLUMN, OWN_ID_KEY, REFERENCE_LINE, titleOwnId } from './ownIdLabels.js';
import type { KindId } from '../catalogue/types.js';
import type { Span, TextChunk } from '../text/types.js';
import { tablesIdRows } from './tableIds.js';
import { getPair, scalarText, type YNode } from './yaml.js';
import { tableWidth } from '../util/arrays.js';
import { attributeText, holderOf } from '../text/spans.js';
import { itemAiActAttributes, rowAiActAttributes } from './aiActAttributes.js';
import { isWholeId, keyedItems, matchesWhole, registerId, type IdPatterns } from './entities.js';
import { WeakMemo } from '../util/weakMemo.js';
import { definitionListSystems } from './definitionLists.js';
import { trimEndOf } from '../util/text.js';

/** Definitions of risk, system and document IDs found in a document. */
export function collectDefinitions(input: {
  kind: KindId | undefined;
  declaredId?: { id: string; span: Span };
  title: string | undefined;
  /** A CSV file's name, words apart: what its title would say. */
  fileName?: string;
  /** The file's name with its extension ("document-master-list.md"). */
  baseName?: string;
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
  // no key string is made per risk). Made when first looked up (a YAML register's risks never
  // are), then kept up to date.
  let firstOf: Record<EntityType, Map<string, Definition>> | undefined;
  const find = (type: EntityType, id: string) => {
    if (!firstOf) {
      firstOf = { risk: new Map(), system: new Map(), document: new Map() };
      for (const d of out) if (!firstOf[d.type].has(d.id)) firstOf[d.type].set(d.id, d);
    }
    return firstOf[type].get(id);
  };
  const keep = (d: Definition) => {
    out.push(d);
    if (firstOf && !firstOf[d.type].has(d.id)) firstOf[d.type].set(d.id, d);
  };
  const add = (type: EntityType, id: string, span: Span, extent: Span, title?: string, attributes: ReadonlyMap<string, Attribute> = NO_ATTRIBUTES, weak = false) => {
    // Written out, not spread: a register's thousands of risks are defined again on every edit.
    keep(title ? (weak ? { type, id, span, extent, attributes, title, weak } : { type, id, span, extent, attributes, title }) : weak ? { type, id, span, extent, attributes, weak } : { type, id, span, extent, attributes });
  };

  if (input.declaredId) {
    const { id, span } = input.declaredId;
    add('document', id, span, input.fullSpan, input.title);
    if (input.kind === 'ai-system') add('system', id, span, input.fullSpan, input.title);
  } else {
    // Undeclared documents often carry "**Document ID:** AIMS-SOA-001" near the top, or a GRC
    // tool's metadata table whose first row ("| Document ID | POL-AI-001 |") is its header.
    const head = input.text.slice(0, 4000);
    // Also after a separator in a header line ("Owner: CPO · Document ID: RAP-003"), and in the
    // words of the AIMS written in Italian, Spanish, Portuguese, German, Dutch, Japanese and Korean.
    // An appendix's header names the report it belongs to ("Appendix A — ... · Report ref: CA-MMI-2026-017"): that ID is the report's.
    const appendix = APPENDIX.test(input.title ?? '') || APPENDIX.test(input.baseName ?? '');
    const m = appendix ? null : DOCUMENT_ID_LINE.exec(head);
    if (m) {
      const start = m.index + m[0].length - m[1]!.length;
      // "AIMS-AUDITPROG-[YEAR]", "AIMS-MODELCARD-[SystemID]": the document defines a family of IDs,
      // one per year or system (AIMS-AUDITPROG-2026), written "AIMS-AUDITPROG-*".
      const family = /^-(?:\[[^\]\n]{1,30}\]|\{[^}\n]{1,30}\}|<[^>\n]{1,30}>|X{2,}|N{2,}|Y{4})/.exec(head.slice(start + m[1]!.length));
      const written = m[1]!.toUpperCase();
      const id = family ? `${written}-*` : written.replace(/-(?:X{2,}|N{2,}|Y{4})$/, '-*');
      add('document', id, { start, end: start + m[1]!.length + (family ? family[0].length : 0) }, input.fullSpan, input.title);
    } else if (!appendix) {
      ownReference(input, add);
      if (!out.some((d) => d.type === 'document')) listedSelf(input, add);
    }
    // The ID a record's title gives it ("# Management Review MR-2026"), beside a "Document No." line's: weak, as a header line.
    const titled = input.kind && !appendix ? titleOwnId(input.title, input.headings, input.text, input.ids.document) : undefined;
    if (titled && !find('document', titled.id)) add('document', titled.id, titled.span, input.fullSpan, input.title, NO_ATTRIBUTES, true);
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

  // A YAML record kept beside the code names its system at its top: "id: SYS-031",
  // "system_id: ...", "system: { id: ... }" or "spec: { id: ... }". Weak, as the line above.
  if (input.kind === 'ai-system' && !input.declaredId && input.yamlRoot?.type === 'map' && !out.some((d) => d.type === 'system')) {
    const root = input.yamlRoot;
    // A Kubernetes-style resource keeps its record under "spec:" (parse/cards.ts resourceKindOf).
    const nested = root.pairs.find((p) => /^(?:(?:ai[ _-]?)?system|spec)$/i.test(p.key))?.value;
    const idNode = (root.pairs.find((p) => RECORD_ID_KEY.test(p.key)) ?? (nested?.type === 'map' ? nested.pairs.find((p) => RECORD_ID_KEY.test(p.key)) : undefined))?.value;
    const written = scalarText(idNode);
    const id = idNode && written && (matchesWhole(input.ids.system, written) ?? registerId(written));
    if (idNode && id) add('system', id, idNode.span, input.fullSpan, input.title, NO_ATTRIBUTES, true);
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
      keep(riskDefinition(r));
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
      if (!label || !value || !/\b(?:id|identifier|ref(?:erence)?|number|no\.?)\s*$/i.test(fieldLabel(label))) continue;
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

  // A document-control table at the top, one row under its fields ("| Document ID | Version |
  // Owner |" over "| SOA-042 | 1.4 | CRO |"): the ID under "Document ID" is the document's own.
  if (!out.some((d) => d.type === 'document')) {
    const t = input.tables.find((x) => x.span.start < HEAD_TABLE && x.rows.length === 1 && x.header.some((h) => OWN_ID_COLUMN.test(fieldLabel(h))) && x.header.some((h) => CONTROL_FIELD.test(fieldLabel(h))));
    const col = t ? t.header.findIndex((h) => OWN_ID_COLUMN.test(fieldLabel(h))) : -1;
    const cell = t?.rows[0]![col];
    const id = cell && matchesWhole(input.ids.document, cell.text);
    if (cell && id) {
      const at = cell.span.start + cell.text.toUpperCase().indexOf(id);
      add('document', id, { start: at, end: at + id.length }, input.fullSpan, input.title, NO_ATTRIBUTES, true);
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

  // A table's rows as systems: the ID in column `col`, its name in column `title`. An inventory
  // that lists one ID in two of its rows defines it twice (duplicate-id); another table's row does not.
  const systemTable = new Map<Definition, Table>();
  const systemRows = (t: Table, col: number, title: number, readId: (text: string) => string | undefined, attributesOf: (row: Table['rows'][number]) => ReadonlyMap<string, Attribute>, weak: boolean) => {
    for (const row of t.rows) {
      const cell = row[col];
      const id = cell && readId(cell.text);
      const earlier = id ? find('system', id) : undefined;
      if (!cell || !id || (earlier && (weak || earlier.weak || systemTable.get(earlier) !== t))) continue;
      const at = cell.span.start + cell.text.toUpperCase().indexOf(id);
      add('system', id, { start: at, end: at + id.length }, rowSpan(row), row[title]?.text.trim(), attributesOf(row), weak);
      systemTable.set(out[out.length - 1]!, t);
    }
  };

  // Inventories: tables whose ID column holds system IDs, in system records or inventories.
  // Also in Spanish, Portuguese, Italian, French, German, Dutch, Chinese, Japanese and Korean ("AI系统清单"), and a Dutch public body's algorithm register.
  // A CSV file named for the systems alone ("AI Systems.csv", a Notion database's export) lists them.
  const inventory = input.kind === 'ai-system' || INVENTORY_TITLE.test(input.title ?? input.fileName ?? '') || /^(?:ai )?systems$/i.test(input.fileName ?? '');
  if (inventory)
    for (const t of input.tables) {
      // A column headed as the systems' ID holds them whatever their shape; else the column of pattern-shaped IDs.
      const headed = t.header.findIndex((h) => SYSTEM_ID_HEADER.test(headerText(h.text)));
      const col = headed >= 0 ? headed : findIdColumn(t, (c) => !!matchesWhole(input.ids.system, c.text));
      if (col < 0) continue;
      const readId = (text: string) => matchesWhole(input.ids.system, text) ?? (headed >= 0 ? registerId(text) : undefined);
      systemRows(t, col, col + 1, readId, (row) => rowAiActAttributes(t, row), false);
    }
  // Elsewhere, an overview of the systems in scope ("| ID | System | What it does | Owner |" in a
  // scope, an index page or an SoA's "AI systems in scope") lists them as an inventory does:
  // weakly, a column headed as the ID holding system-shaped IDs beside one headed as the
  // system's name. Not in the documents that only cite systems by their rows (treatment plans,
  // reviews, audits).
  else if (!citesRisksOnly || input.kind === 'soa')
    for (const t of input.tables) {
      const header = t.header.map((h) => headerText(h.text));
      const col = header.findIndex((h) => SYSTEM_ID_HEADER.test(h));
      const name = header.findIndex((h) => SYSTEM_NAME_HEADER.test(h));
      // A column headed "System ID" (not a bare "ID") holds the systems' IDs in the organisation's own shape ("ORP-AIS-01").
      const named = col >= 0 && /system|systeem|sistema|syst[eè]me|システム|시스템|系统|系統/i.test(header[col]!);
      if (col >= 0 && name >= 0 && col !== name) systemRows(t, col, name, (text) => matchesWhole(input.ids.system, text) ?? (named ? registerId(text) : undefined), () => NO_ATTRIBUTES, true);
    }

  // A Markdown definition list introducing the systems ("Route optimiser (SYS-001)" / ": Plans routes"), weakly as an overview's rows.
  if (input.chunks && (!citesRisksOnly || input.kind === 'soa'))
    for (const d of definitionListSystems(input.text, input.ids.system)) if (!find('system', d.id)) add('system', d.id, d.span, d.extent, d.title, NO_ATTRIBUTES, true);

  // YAML inventories: a `systems:` (or `ai_systems:`) list of { id (or system_id), name }, or a
  // file that is the list (a static site's `_data/systems.yml`) when its first item's ID is a system's.
  // TOML names an array of tables by one of them ("[[system]]"): such a list is one when its first item's ID is a system's.
  const root = input.yamlRoot?.type === 'map' ? input.yamlRoot : undefined;
  const singular = root?.pairs.find((p) => /^(?:ai[ _-]?)?system$/i.test(p.key) && listOfSystems(p.value, input.ids))?.value;
  const systems = (getPair(input.yamlRoot, 'systems') ?? root?.pairs.find((p) => /^ai[ _-]?systems$/i.test(p.key)))?.value ?? singular ?? (listOfSystems(input.yamlRoot, input.ids) ? input.yamlRoot : undefined);
  const nameOf = (item: YNode) => scalarText(getPair(item, 'name')?.value) ?? scalarText(getPair(item, 'title')?.value);
  if (systems?.type === 'seq')
    for (const item of systems.items) {
      const idNode = (getPair(item, 'id') ?? (item.type === 'map' ? item.pairs.find((p) => /^system[ _-]?id$/i.test(p.key)) : undefined))?.value;
      const id = scalarText(idNode);
      if (idNode && id) add('system', id.toUpperCase(), idNode.span, item.span, nameOf(item), itemAiActAttributes(item));
    }
  // "systems: { SYS-10: { name: ... } }": a mapping keyed by the systems' IDs.
  else if (systems?.type === 'map') for (const p of keyedItems(systems.pairs)) add('system', p.key.toUpperCase(), p.keySpan, p.span, nameOf(p.value), itemAiActAttributes(p.value));
  return out;
}

/**
 * A document's own ID under a bare "Reference" label in its header ("**Référence :** POL-002",
 * "Ref: SOA-001"), or in a YAML file's `document:` block ("document: { reference: SOA-001 }").
 * The label alone could also point at another document, so the ID must have the shape of a
 * document ID, and the definition is weak: it answers a citation, but a document that does
 * declare the ID is no duplicate of it.
 */
/**
 * A master list that lists itself: the row naming this very file ("| AIMS-GOV-002 | Document
 * Master List | `00-governance/document-master-list.md` |") gives its ID. Weak, as a header line.
 */
function listedSelf(input: { tables: readonly Table[]; baseName?: string; ids: IdPatterns; fullSpan: Span; title: string | undefined }, add: (type: EntityType, id: string, span: Span, extent: Span, title?: string, attributes?: ReadonlyMap<string, Attribute>, weak?: boolean) => void): void {
  const base = input.baseName?.toLowerCase();
  if (!base || !/\.(?:md|markdown|ya?ml|json|toml|csv)$/.test(base)) return;
  const names = (text: string) => {
    const t = text.toLowerCase();
    const at = t.indexOf(base);
    return at >= 0 && (at === 0 || /[\s/`(\[<"']/.test(t[at - 1]!)) && !/[\w.-]/.test(t[at + base.length] ?? '');
  };
  for (const t of input.tables)
    for (const row of t.rows) {
      if (!row.some((c) => names(c.text))) continue;
      for (const c of row) {
        const id = matchesWhole(input.ids.document, c.text);
        if (!id) continue;
        const at = c.span.start + Math.max(0, c.text.toUpperCase().indexOf(id));
        add('document', id, { start: at, end: at + id.length }, input.fullSpan, input.title, NO_ATTRIBUTES, true);
        return;
      }
    }
}

/** A cell as a field's label: "**Document ID:**" is "Document ID". */
const fieldLabel = (cell: { readonly text: string }): string => cell.text.replace(/[*_`:]/g, '').trim();

/** How far into the text a document-control table starts (characters). */
const HEAD_TABLE = 1500;
/** A title or file name saying the document is an appendix of another ("Annex" is also the standard's own). */
const APPENDIX = /^[\s#*_]*(?:appendix|appendices|attachment|exhibit|anlage|appendice)\b/i;


function ownReference(input: { text: string; yamlRoot: YNode | null; fullSpan: Span; title: string | undefined; ids: IdPatterns }, add: (type: EntityType, id: string, span: Span, extent: Span, title?: string, attributes?: ReadonlyMap<string, Attribute>, weak?: boolean) => void): void {
  const root = input.yamlRoot;
  if (root?.type === 'map') {
    // A docs site's or another language's key at the top of the front matter ("codice: POL-IA-001").
    const own = root.pairs.find((p) => OWN_ID_KEY.test(p.key) && p.value?.type === 'scalar');
    const ownId = own && scalarText(own.value) && matchesWhole(input.ids.document, scalarText(own.value)!);
    if (own && ownId) {
      add('document', ownId, own.value!.span, input.fullSpan, input.title, NO_ATTRIBUTES, true);
      return;
    }
    const block = root.pairs.find((p) => /^(?:document|doc|metadata)$/i.test(p.key))?.value;
    const node = block?.type === 'map' ? block.pairs.find((p) => /^(?:id|ref(?:erence)?|document[ _-]?id)$/i.test(p.key))?.value : undefined;
    const written = scalarText(node);
    const id = written && matchesWhole(input.ids.document, written);
    if (node && id) add('document', id, node.span, input.fullSpan, input.title, NO_ATTRIBUTES, true);
    return;
  }
  const m = REFERENCE_LINE.exec(input.text.slice(0, 1500));
  // Any shape when the line goes on with the document's other control fields ("PRO-RISK-001 · Owner: ...").
  const header = m && CONTROL_FIELD.test(input.text.slice(m.index + m[0].length, input.text.indexOf('\n', m.index + 1) >>> 0));
  const id = m && (matchesWhole(input.ids.document, m[1]!) ?? (header ? m[1]!.toUpperCase() : undefined));
  if (m && id) {
    const start = m.index + m[0].length - m[1]!.length;
    add('document', id, { start, end: start + m[1]!.length }, input.fullSpan, input.title, NO_ATTRIBUTES, true);
  }
}

/** A column headed as the systems' ID: "ID", "System ID", "AI system ref", also in Dutch, German, Spanish, French ("Systeem-ID", "ID del sistema"). */
const SYSTEM_ID_HEADER =
  /^(?:(?:ai |ki |ia )?(?:system|systeem|sistema|syst[eè]me) )?(?:id|identifier|ref|nr|nummer)$|^(?:id|identificador|identifiant)(?: (?:del|du|do))? (?:sistema|syst[eè]me)$|^(?:ai ?)?(?:システム|시스템) ?(?:id|番号|번호)$/i;
/** A column of the systems' names: "System", "AI system name", "Name", and the same in other languages ("Sistema", "Naam"). */
const SYSTEM_NAME_HEADER =
  /^(?:ai |ki |ia )?(?:system|model|application|component|service)(?: name)?$|^name$|^(?:sistema|sistemas|syst[eè]me|systeem|nombre|nom|nome|naam|bezeichnung|denominazione|denominaci[oó]n|modelo|modello|modell|algoritme|algoritmo)(?: (?:de |di |d |del )?(?:ia|ki))?$|^(?:ai ?)?(?:システム|시스템) ?(?:名|名称|명|이름)?$/i;
/** A YAML file that is a list whose first item's `id` has the shape of a system ID. */
function listOfSystems(root: YNode | null, ids: IdPatterns): boolean {
  const first = root?.type === 'seq' ? root.items[0] : undefined;
  const id = scalarText(getPair(first ?? null, 'id')?.value);
  return id !== undefined && isWholeId(ids.system, id);
}

/** A title naming an inventory of AI systems. */
const INVENTORY_TITLE =
  /\b(?:inventory|system register|systems register|inventario|invent[aá]rio|inventaire|inventar|inventaris|verzeichnis|algoritmeregister|algorithm register)\b|(?:系统|系統|システム|시스템)[ \t]?(?:清单|清單|台账|台帳|一覧|目録|登记册|登記冊|목록|대장|인벤토리)/i;

/**
 * A header cell's words, without emphasis and colons, hyphens as spaces ("System-ID", "KI-System");
 * a header in another script by the English in its parentheses ("系统 (System)").
 */
function headerText(text: string): string {
  const words = text.replace(/[*_`#:]/g, '').replace(/[-\u2010-\u2015]/g, ' ').trim();
  return englishOfHeader(words) ?? words;
}

/** The key of a YAML AI system record that holds its system's ID. */
const RECORD_ID_KEY = /^(?:(?:ai[ _-]?)?system[ _-]?)?id$/i;

/**
 * A risk's definition, made once per risk entry: entries are immutable, and an edit of a YAML
 * register keeps the entries of the items it did not change or move (parse/yamlModel.ts), so
 * their definitions are the objects of the version before.
 */
const riskDefinitions = new WeakMemo<RiskEntry, Definition>();
function riskDefinition(r: RiskEntry): Definition {
  let d = riskDefinitions.get(r);
  if (!d) {
    const title = attributeText(r.attributes, 'title');
    const { id, idSpan: span, extent, attributes } = r;
    riskDefinitions.set(r, (d = title ? { type: 'risk', id, span, extent, attributes, title } : { type: 'risk', id, span, extent, attributes }));
  }
  return d;
}
