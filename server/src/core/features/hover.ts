/**
 * Hover: what the thing under the cursor is, in our own words, and where the
 * workspace stands on it. Controls and clauses come from the catalogue plus
 * the workspace index (SoA decision, citations, providing documents); risk,
 * system and document IDs from their definitions; a `kind:` value from the
 * kind's specification. Undefined where there is nothing to say.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { DocumentSummary, Definition, EntityType, FieldItem, RiskEntry } from '../model/types.js';
import type { Position, Span } from '../text/types.js';
import type { HoverResult } from './types.js';
import type { Located } from '../workspaceIndex/workspaceIndex.js';
import { entityAt, referenceAt } from './locate.js';
import { COMMON_FIELDS, APPROVAL_FIELDS, KINDS, getKind, type KindSpec } from '../catalogue/kinds.js';
import { getClause, getControl } from '../catalogue/lookup.js';
import { bandFor } from '../config/config.js';
import { readRisk } from '../rules/riskScore.js';
import { controlHoverText } from './hoverControls.js';
import { clauseHoverText } from './hoverClauses.js';
import { frameworkHoverText } from './hoverFrameworks.js';
import { isFrameworkReference } from '../refs/frameworkRefs.js';
import { getSector, sectorText } from '../catalogue/sectors.js';
import { aiActFacts } from './hoverAiAct.js';
import { escapeMarkdown, pathNamer, shorten, whereLabel } from './hoverShared.js';
import { fieldText } from '../parse/meta.js';

/** A sector in `.aims.yaml`'s `sectors:` (issue 17): the configuration file is no document, so it is looked up here. */
function configSectorHover(service: AimsLanguageService, uri: string, position: Position): HoverResult | undefined {
  const c = service.configSectors;
  if (!c || c.uri !== uri) return undefined;
  const offset = c.lines.offsetAt(position);
  const item = c.items.find((i) => within(i.span, offset));
  const sector = item ? getSector(item.written) : undefined;
  return item && sector ? { contents: sectorText(sector), range: c.lines.range(item.span) } : undefined;
}

export function getHover(service: AimsLanguageService, uri: string, position: Position): HoverResult | undefined {
  const doc = service.getDocument(uri);
  if (!doc) return configSectorHover(service, uri, position);
  const offset = doc.lines.offsetAt(position);
  const result = (contents: string, span: Span): HoverResult | undefined => (contents ? { contents, range: doc.lines.range(span) } : undefined);

  const kindField = doc.meta.fields.get('kind');
  if (kindField && typeof kindField.value === 'string' && within(kindField.valueSpan, offset)) return result(kindText(kindField.value), kindField.valueSpan);

  // An Annex D sector in `sectors:` (issue 17).
  const sectors = doc.meta.fields.get('sectors');
  if (sectors && Array.isArray(sectors.value))
    for (const item of sectors.value as readonly FieldItem[]) {
      const sector = within(item.span, offset) ? getSector(String(item.value ?? '')) : undefined;
      if (sector) return result(sectorText(sector), item.span);
    }

  const entity = entityAt(doc, offset);
  if (entity) return result(entityText(service, entity.type, entity.id), entity.span);

  const ref = referenceAt(doc, offset);
  if (!ref) return undefined;
  const name = pathNamer(service);
  if (ref.type === 'clause') return result(ref.framework === '42001' ? clauseHoverText(service, ref.id, name) : controlHoverText(service, ref, name), ref.span);
  if (ref.type === 'risk' || ref.type === 'system' || ref.type === 'document') return result(entityText(service, ref.type, ref.id), ref.span);
  if (isFrameworkReference(ref.type)) return result(frameworkHoverText(service, ref, doc.text.slice(ref.span.start, ref.span.end)), ref.span);
  const rangeIds = ref.fromRange ? doc.references.filter((r) => r.fromRange && r.span.start === ref.span.start && r.span.end === ref.span.end).map((r) => r.id) : [];
  return result(controlHoverText(service, ref, name, rangeIds), ref.span);
}

function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end && span.end > span.start;
}

// ---------------------------------------------------------------- kinds

function kindText(value: string): string {
  const kind = getKind(value.trim());
  if (!kind) return `**${escapeMarkdown(value)}** is not a document kind these tools know. The kinds are: ${KINDS.map((k) => '`' + k.id + '`').join(', ')}.`;
  const out = [`**${kind.id}** — ${kind.name}`];
  out.push(`**Clauses:** ${kind.clauses.map((c) => `${c} ${getClause(c)?.title ?? ''}`.trim()).join('; ')}.`);
  if (kind.controls.length > 0) out.push(`**Controls:** ${kind.controls.map((c) => `${c} ${getControl(c)?.title ?? ''}`.trim()).join('; ')}.`);
  if (kind.sections.length > 0) out.push(`**Required sections:**\n${kind.sections.map((s) => `- ${s.title} — ${s.hint}`).join('\n')}`);
  if (kind.entries) out.push(entriesText(kind));
  const fields: string[] = [...COMMON_FIELDS, ...kind.fields.filter((f) => !(COMMON_FIELDS as readonly string[]).includes(f))];
  const later = APPROVAL_FIELDS.filter((f) => !fields.includes(f));
  out.push(`**Required fields:** ${fields.join(', ')}${later.length > 0 ? `; once approved also ${later.join(', ')}` : ''}.`);
  return out.join('\n\n');
}

function entriesText(kind: KindSpec): string {
  const e = kind.entries!;
  return `**Entries:** a Markdown table or a YAML \`${e.yamlKey}:\` list with ${e.requiredColumns.join(', ')}.`;
}

// ---------------------------------------------------------------- risks, systems, documents

const NOUN: Record<EntityType, string> = { risk: 'risk', system: 'AI system', document: 'document' };

const HOW_TO_DEFINE: Record<EntityType, string> = {
  risk: 'A risk is defined by a row of a risk register or an item of a YAML `risks:` list.',
  system: 'An AI system is defined by an AI system record (`kind: ai-system`) or a row of an AI system inventory.',
  document: 'A document is defined by the `id` of its `aims:` block or a `Document ID:` line.',
};

function entityText(service: AimsLanguageService, type: EntityType, id: string): string {
  const name = pathNamer(service);
  const defs = service.index.definitionsOf(type, id);
  if (defs.length === 0) return `**${id}** — the ${NOUN[type]} ${id} is not defined anywhere in the workspace. ${HOW_TO_DEFINE[type]}`;
  const strong = defs.filter((d) => !d.item.weak);
  const main = strong[0] ?? defs[0]!;
  const doc = service.getSummary(main.uri);
  const title = main.item.title ?? (isWholeDocument(main, doc) ? doc?.title : undefined);
  const out = [`**${id}${title ? ' — ' + escapeMarkdown(shorten(title, 120)) : ''}** (${NOUN[type]})`];
  const how = main.item.weak ? 'Listed in a register row of' : 'Defined in';
  out.push(`${how} ${whereLabel(doc, main.uri, main.item.span, name)}.`);
  const facts =
    type === 'risk' ? riskFacts(service, main, doc) : isWholeDocument(main, doc) ? documentFacts(service, doc!) : [...attributeFacts(main.item), ...(type === 'system' ? aiActFacts(main.item) : [])];
  if (facts.length > 0) out.push(facts.map((f) => `- ${f}`).join('\n'));
  const others = (strong.length > 0 ? strong : defs).filter((d) => d !== main);
  if (others.length > 0) out.push(`Also defined in ${others.map((d) => whereLabel(service.getSummary(d.uri), d.uri, d.item.span, name)).join('; ')}.`);
  const citing = new Set(service.index.citationsOf(type, id).map((c) => c.uri));
  for (const d of defs) citing.delete(d.uri);
  if (citing.size > 0) out.push(`Cited in ${citing.size} other document${citing.size === 1 ? '' : 's'}: ${[...citing].sort().slice(0, 5).map((u) => '`' + name(u) + '`').join(', ')}${citing.size > 5 ? ', …' : ''}.`);
  return out.join('\n\n');
}

/** A definition that stands for its whole document (an `aims.id` or a `Document ID:` line). */
function isWholeDocument(def: Located<Definition>, doc: DocumentSummary | undefined): boolean {
  return doc !== undefined && !def.item.weak && def.item.extent.start === 0 && def.item.extent.end === doc.text.length;
}

function riskFacts(service: AimsLanguageService, def: Located<Definition>, doc: DocumentSummary | undefined): string[] {
  const entry: RiskEntry | undefined = doc?.risks.find((r) => r.id.toUpperCase() === def.item.id.toUpperCase());
  const attrs = entry?.attributes ?? def.item.attributes;
  const text = (k: string) => {
    const t = attrs.get(k)?.text.trim();
    return t ? escapeMarkdown(shorten(t, 120)) : undefined;
  };
  const out: string[] = [];
  const owner = text('owner');
  if (owner) out.push(`**Owner:** ${owner}`);
  const source = text('source');
  if (source) out.push(`**Source:** ${source}`);
  let computed: string | undefined;
  if (entry) {
    const method = service.config.risk;
    const reading = readRisk(entry, method);
    const l = text('likelihood');
    const i = text('impact');
    if (l !== undefined || i !== undefined) {
      const show = (raw: string | undefined, v: number | 'invalid' | undefined) => (raw === undefined ? '?' : typeof v === 'number' && String(v) !== raw ? `${raw} (${v})` : raw);
      let line = `**Likelihood × impact:** ${show(l, reading.likelihood)} × ${show(i, reading.impact)}`;
      if (reading.score !== undefined) {
        const band = bandFor(method, reading.score);
        computed = band?.level;
        line += ` = ${reading.score}${band ? `, which the method rates **${band.level}** (${band.min}-${band.max})` : ''}`;
      } else line += ' (not both on the configured scale, so no score)';
      out.push(line);
    }
  }
  const stated: [string, string][] = [
    ['score', 'Stated score'],
    ['level', 'Level'],
    ['treatment', 'Treatment'],
    ['controls', 'Controls'],
    ['residual', 'Residual risk'],
    ['status', 'Status'],
  ];
  for (const [key, label] of stated) {
    const v = text(key);
    if (!v) continue;
    const differs = key === 'level' && computed !== undefined && !v.toLowerCase().startsWith(computed.toLowerCase());
    out.push(`**${label}:** ${v}${differs ? ` (differs from the method's ${computed})` : ''}`);
  }
  if (entry && !attrs.get('treatment')?.text.trim() && !attrs.get('controls')?.text.trim()) out.push('No treatment or controls recorded.');
  return out;
}

function documentFacts(service: AimsLanguageService, doc: DocumentSummary): string[] {
  const out: string[] = [];
  const kind = doc.meta.kind ? getKind(doc.meta.kind) : undefined;
  if (kind) out.push(`**Kind:** ${kind.name} (\`${kind.id}\`${doc.meta.kindSource === 'declared' ? '' : ', inferred'})`);
  const f = (k: string) => {
    const t = fieldText(doc.meta, k)?.trim();
    return t ? escapeMarkdown(shorten(t, 120)) : undefined;
  };
  const owner = f('owner');
  if (owner) out.push(`**Owner:** ${owner}`);
  const status = f('status');
  const version = f('version');
  if (status || version) out.push(`**Status:** ${status ?? 'not stated'}${version ? ` (version ${version})` : ''}`);
  const approvedOn = f('approved_on');
  if (approvedOn) out.push(`**Approved on:** ${approvedOn}${f('approved_by') ? ` by ${f('approved_by')}` : ''}`);
  const next = f('next_review');
  if (next) out.push(`**Next review:** ${next}${/^\d{4}-\d{2}-\d{2}$/.test(next) && next < service.today() ? ' (overdue)' : ''}`);
  return out;
}

function attributeFacts(def: Definition): string[] {
  const out: string[] = [];
  for (const [key, label] of [
    ['owner', 'Owner'],
    ['status', 'Status'],
    ['kind', 'Kind'],
  ] as const) {
    const t = def.attributes.get(key)?.text.trim();
    if (t) out.push(`**${label}:** ${escapeMarkdown(shorten(t, 120))}`);
  }
  return out;
}
