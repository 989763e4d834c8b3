/**
 * Registers -> entities: risks and SoA rows from Markdown tables or YAML
 * lists (their definitions: definitions.ts).
 */
import { columnMatches, findIdColumn, rowSpan } from './tableColumns.js';
import { IMPLEMENTATION_STATUS, inlineJustification, isExclusionTable, statusImpliesApplicable } from './soaColumns.js';
export { isExclusionTable };
import type { Attribute, RiskEntry, SoaEntry, Table } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { KindId } from '../catalogue/types.js';
import { looksLikeRating, residualColumn, riskColumn, soaColumn, parseApplicable } from './columns.js';
import { getPair, scalarText, type YMap, type YNode, type YPair } from './yaml.js';
import { withFlags } from '../util/linearRegExp.js';
import { StringMemo } from '../text/chunkMemo.js';

export interface IdPatterns {
  readonly risk: RegExp;
  readonly system: RegExp;
  readonly document: RegExp;
}

/** A cell that names only a management-system standard other than ISO/IEC 42001 (a "Framework" column's value). */
const OTHER_FRAMEWORK_CELL = /^[\s*_`]*(?:ISO(?:\/IEC)?[ \t]?)?(?:27001|27002|27701|27017|27018|9001|14001|20000-1)(?::20\d\d)?(?:[ \t]+Annex[ \t]+A)?[\s*_`]*$/i;
/** A cell that starts with a control ID, maybe in bold. One \s* per gap: two adjacent ones retry every split of a long blank run. */
const CONTROL_CELL = /^\s*(?:(?:\*\*|__)\s*)?(?:Annex\s+)?A\.(\d{1,2}(?:\.\d{1,2}){1,2})\b/;

/** Whether `text` is one ID of the pattern, nothing before or after it (case aside). */
export function isWholeId(re: RegExp, text: string): boolean {
  return matchesWhole(re, text) === text.trim().toUpperCase();
}

export function matchesWhole(re: RegExp, text: string): string | undefined {
  // Asked of every cell of every table on every edit (the registers' ID columns): the same cell
  // texts come back from the chunks' models, so short ones' answers are kept per pattern.
  let memo = wholeMatches.get(re);
  if (!memo) {
    const r = withFlags(re, re.flags.replace('g', ''));
    wholeMatches.set(
      re,
      (memo = new StringMemo((cell) => {
        // Emphasis, and the backslashes an export escapes hyphens with ("CAI\\-R\\-031"), are not part of the ID.
        const m = r.exec(cell.replace(/[*_`\\]/g, '').trim());
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

/**
 * A section of risks another register holds ("Inherited group risks (local rating)", "Von der
 * Gruppe übernommene Risiken"): a subsidiary's register rates them locally; they are the group's.
 */
const INHERITED = /\binherit|\b(?:adopted|taken over) from\b|übernommen|geerbt|h[ée]rit[ée]s?\b|ereditat|heredad|herdad/i;

/** Rating columns whose cells must read as ratings for the column to rate anything (columns.ts looksLikeRating). */
const RATED_BY_WORDS = new Set(['likelihood', 'impact']);

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
    const names = t.header.map((h, i) => (RATED_BY_WORDS.has(riskColumn(h.text) ?? '') && !t.rows.some((r) => r[i] && looksLikeRating(r[i]!.text)) ? [] : riskHeaderNames(h.text)));
    const cols = names.map((n) => n[0]);
    // Registers hold risks; other kinds (impact assessments, treatment plans) restate them in their own words.
    const shaped = cols.includes('likelihood') || cols.includes('impact') || cols.includes('score');
    if ((kind !== 'risk-register' && (kind !== undefined || !shaped)) || isRiskMatrix(t) || INHERITED.test(t.sectionTitle)) continue;
    let idCol = cols.indexOf('id');
    let readId = (text: string) => matchesWhole(ids.risk, text);
    if (idCol >= 0 && cols.some((c) => c !== undefined && RISK_ATTRIBUTES.has(c))) {
      const own = (text: string) => matchesWhole(ids.risk, text) ?? registerId(text);
      if (t.rows.some((r) => r[idCol] && own(r[idCol]!.text))) readId = own;
    }
    if (idCol < 0 || !t.rows.some((r) => r[idCol] && readId(r[idCol]!.text))) {
      idCol = findIdColumn(t, (c) => !!matchesWhole(ids.risk, c.text));
      if (idCol > 0 && (linksOtherThings(t, cols, ids) || isRecordCard(t, idCol) || LINKED_RISKS.test(t.header[idCol]?.text ?? ''))) continue;
    }
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

/**
 * A heat map ("| | Impact 1 | Impact 2 | Impact 3 |", rows "Likelihood 4"; or "| | 1 Rare | 2
 * Unlikely | 3 Possible |"): every column but the first is a point of a scale, and its cells place
 * risks on it. No row is a risk.
 */
function isRiskMatrix(t: Table): boolean {
  const points = t.header.slice(1);
  return points.length >= 3 && points.every((h) => /^[\s*_`]*(?:[A-Za-z]{1,20}[ \t]*)?\d/.test(h.text));
}

/**
 * A record card's field table ("| Field | Entry |" with "| Risk ID | R-001 |"): the ID is the
 * value of a field named as the ID, not a row of a register (parse/riskCards.ts reads the card).
 */
function isRecordCard(t: Table, idCol: number): boolean {
  return t.rows.some((r) => r[idCol - 1] !== undefined && riskColumn(r[idCol - 1]!.text.replace(/[*_`:]/g, '').trim()) === 'id' && r[idCol] !== undefined && r[idCol]!.text.trim() !== '');
}

/** A column of the risks a row is linked to ("Linked risk", "Related risks"): the row is another thing, citing them. */
const LINKED_RISKS = /^[\s*_`]*(?:(?:linked|related|associated|relevant|parent)[ \t]+risks?(?:[ \t]+(?:ids?|refs?))?|refs?\.?|references?|r[ée]f[ée]rences?|bezug|referenz|verweis|riferimento|rif\.?|referencia|refer[êe]ncia)[\s*_`:]*$/i;

/** The columns that rate a risk. */
const RATINGS_OF_ROWS = new Set(['likelihood', 'impact', 'score', 'level', 'residual']);

/**
 * A table of other things linked to risks: "| Task | Risk | Control | Due |" whose rows are
 * keyed by their own IDs (TSK-301) and rate nothing. The risk IDs in a later column cite the
 * register's risks; they are not its entries (a task citing a risk nobody registered is a
 * dangling reference, not a new risk).
 */
function linksOtherThings(t: Table, cols: readonly (string | undefined)[], ids: IdPatterns): boolean {
  if (cols.some((c) => c !== undefined && RATINGS_OF_ROWS.has(c))) return false;
  return columnMatches(t, 0, (c) => registerId(c.text) !== undefined && !matchesWhole(ids.risk, c.text));
}

/** A YAML key holding a risk's ratings before treatment, or (group 1) after it. */
const RATING_STAGE = /^(?:(?:inherent|gross|initial|raw|assessment|rating|ratings)|(residual))(?:[ _-]?risk)?$/i;
const RATINGS = new Set(['likelihood', 'impact', 'score', 'level']);
/** The keys that make an item of a bare list a risk. */
const RATED_OR_TREATED = new Set([...RATINGS, 'residual', 'treatment']);

/** Whether a mapping rates or treats something: a key naming a rating or treatment, or ratings by stage. */
function ratesOrTreats(item: YMap): boolean {
  return item.pairs.some((p) => RATED_OR_TREATED.has(riskColumn(p.key) ?? '') || RATING_STAGE.test(p.key));
}

/** The key of a `risks:` item that holds its ID when there is no `id:` ("ref: R-004", "risk_id: AIR-7"). */
const RISK_ID_KEY = /^(?:risk[ _-]?)?(?:id|ref|reference|no)$/i;

/** Risks from a YAML `risks:` list, or a file that is the list (a static site's data file: `_data/risks.yml`). */
export function risksFromYaml(root: YNode | null): RiskEntry[] {
  // Items of a bare list are risks when they rate or treat something: a list of systems or
  // owners with IDs is not a register of risks.
  if (root?.type === 'seq') return risksFromItems(root.items.filter((i) => i.type === 'map' && ratesOrTreats(i)));
  const list = getPair(root, 'risks')?.value;
  if (list?.type === 'seq') return risksFromItems(list.items);
  // "risks: { RSK-001: { title: ..., likelihood: 4 } }": a mapping keyed by the risks' IDs.
  if (list?.type === 'map') return keyedItems(list.pairs).map((p) => riskOf(p.value, p.key.toUpperCase(), p.keySpan, p.span));
  // TOML names an array of tables by one of them ("[[risk]]"): its items, as a bare list's.
  const singular = root?.type === 'map' ? root.pairs.find((p) => /^(?:ai[ _-]?)?risk$/i.test(p.key))?.value : undefined;
  if (singular?.type === 'seq') return risksFromItems(singular.items.filter((i) => i.type === 'map' && ratesOrTreats(i)));
  return [];
}

/**
 * The pairs of a mapping keyed by IDs (`RSK-001: { ... }`, `SYS-10: { ... }`): each key
 * shaped as an ID (letters, then parts with a digit somewhere, no spaces) holding a mapping.
 */
export function keyedItems(pairs: readonly YPair[]): { key: string; keySpan: Span; span: Span; value: YMap }[] {
  const out: { key: string; keySpan: Span; span: Span; value: YMap }[] = [];
  for (const p of pairs) if (p.value?.type === 'map' && KEYED_ID.test(p.key)) out.push({ key: p.key, keySpan: p.keySpan, span: p.span, value: p.value });
  return out;
}

const KEYED_ID = /^(?=\S{2,40}$)(?=\D*\d)[A-Za-z][A-Za-z0-9]*(?:[-_.:/][A-Za-z0-9]+)*$/;

/**
 * A note that is one risk (an Obsidian vault's `Risks/AIR-04 ….md`, a site's page per risk): its
 * front matter holds the risk's ID, as the register's pattern shapes them, and rates or treats it.
 * (A site's own `id: risk-register` or `id: intro` names the page, not a risk.)
 */
export function frontMatterRisk(root: YNode | null, ids: IdPatterns): RiskEntry[] {
  if (root?.type !== 'map') return [];
  const idPair = getPair(root, 'id') ?? root.pairs.find((p) => RISK_ID_KEY.test(p.key));
  const id = scalarText(idPair?.value)?.trim();
  if (!idPair?.value || !id || !isWholeId(ids.risk, id) || !ratesOrTreats(root)) return [];
  return [riskOf(root, id.toUpperCase(), idPair.value.span, root.span)];
}

/** Risks from items of a `risks:` list (also used for one chunk of it at a time). */
export function risksFromItems(items: readonly YNode[]): RiskEntry[] {
  const out: RiskEntry[] = [];
  for (const item of items) {
    if (item.type !== 'map') continue;
    const idPair = getPair(item, 'id') ?? item.pairs.find((p) => RISK_ID_KEY.test(p.key));
    const id = scalarText(idPair?.value);
    if (!idPair || !id) continue;
    out.push(riskOf(item, id.toUpperCase(), idPair.value!.span, item.span));
  }
  return out;
}

/** One risk from its item's mapping. */
function riskOf(item: YMap, id: string, idSpan: Span, extent: Span): RiskEntry {
  const attributes = yamlAttributes(item, riskColumn);
  for (const p of item.pairs) {
    // "treatment: { option: mitigate, controls: [A.6.2.4, A.10.4] }": the controls nested in the treatment are the risk's.
    if (p.value?.type === 'map' && !attributes.has('controls') && riskColumn(p.key) === 'treatment') {
      const q = p.value.pairs.find((x) => riskColumn(x.key) === 'controls');
      if (q?.value) attributes.set('controls', { text: nodeText(q.value), span: q.value.span });
    }
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
  return { id, idSpan, extent, attributes };
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
    attributes.set(name, { text: nodeText(v), span: v.span });
  }
  return attributes;
}

/** A YAML value as an attribute's text: a scalar as written, a list's scalars joined, a map's pairs. */
function nodeText(v: YNode): string {
  return v.type === 'scalar'
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
}
