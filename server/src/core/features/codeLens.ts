/**
 * Code lenses: on each risk definition and each statement-of-applicability
 * row, how many other documents cite it; on a declared `aims.id`, how many
 * other documents reference the document. Clicking runs `aims.showReferences`
 * with the document URI and the position of the ID (the client opens the
 * references view there). The rows of a table (Markdown, CSV) get one summary
 * lens above the table instead, unless `tableRows` asks for one per row: a lens
 * line over every row doubles a table's height.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument, EntityType, Reference } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { CodeLensResult } from './types.js';

const SHOW_REFERENCES_COMMAND = 'aims.showReferences';

export interface CodeLensOptions {
  /** A lens on every row of a table, as on YAML items (default: one summary lens per table). */
  readonly tableRows?: boolean;
}

/** The rows of one table, summarised: how many of its risks and controls other documents cite. */
interface TableTally {
  readonly start: number;
  readonly counts: { risk: [cited: number, all: number]; control: [cited: number, all: number] };
}

export function getCodeLenses(service: AimsLanguageService, uri: string, options: CodeLensOptions = {}): CodeLensResult[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const index = service.index;
  const out: { span: Span; lens: CodeLensResult }[] = [];
  const citingDocuments = (pairs: readonly (readonly [Reference['type'], string])[]) => {
    const uris = new Set<string>();
    for (const [type, id] of pairs) for (const c of index.citationsOf(type, id)) if (c.uri !== uri && c.item.framework === '42001') uris.add(c.uri);
    return uris.size;
  };
  const lens = (span: Span, title: string) => {
    const range = doc.lines.range(span);
    out.push({ span, lens: { range, title, command: { id: SHOW_REFERENCES_COMMAND, arguments: [uri, range.start] } } });
  };

  const idField = doc.meta.fields.get('id');
  const declared = idField && (typeof idField.value === 'string' || typeof idField.value === 'number') ? String(idField.value).toUpperCase() : undefined;
  if (idField && declared) {
    // An AI system record's id names the system too: references to either count.
    const types: EntityType[] = doc.definitions.some((d) => d.type === 'system' && d.id === declared && d.span.start === idField.valueSpan.start) ? ['document', 'system'] : ['document'];
    const n = citingDocuments(types.map((t) => [t, declared] as const));
    lens(idSpan(doc, idField.valueSpan, declared), n === 0 ? 'not referenced elsewhere' : `referenced by ${n} ${n === 1 ? 'document' : 'documents'}`);
  }

  const tallies = new Map<number, TableTally>();
  /** A row's count goes to its table's tally, unless rows get their own lens. */
  const row = (kind: 'risk' | 'control', span: Span, n: number): boolean => {
    if (options.tableRows) return false;
    const table = doc.tables.find((t) => t.span.start <= span.start && span.end <= t.span.end);
    if (!table) return false;
    let tally = tallies.get(table.span.start);
    if (!tally) tallies.set(table.span.start, (tally = { start: table.span.start, counts: { risk: [0, 0], control: [0, 0] } }));
    tally.counts[kind][0] += n > 0 ? 1 : 0;
    tally.counts[kind][1] += 1;
    return true;
  };
  const seen = new Set<string>();
  for (const d of doc.definitions) {
    if (d.type !== 'risk' || d.weak || seen.has(d.id)) continue;
    seen.add(d.id);
    const span = idSpan(doc, d.span, d.id);
    const n = citingDocuments([['risk', d.id]]);
    if (!row('risk', span, n)) lens(span, cited(n));
  }
  for (const e of doc.soa) {
    const n = citingDocuments([['control', e.controlId]]);
    if (!row('control', e.idSpan, n)) lens(e.idSpan, cited(n));
  }
  for (const t of tallies.values()) {
    const span = { start: t.start, end: t.start };
    const range = doc.lines.range(span);
    out.push({ span, lens: { range, title: tableTitle(t) } });
  }

  return out.sort((a, b) => a.span.start - b.span.start).map((x) => x.lens);
}

/** "2 risks: 1 cited by other documents, 1 not cited elsewhere" (both parts when a table holds both). */
function tableTitle(t: TableTally): string {
  const part = ([cited, all]: [number, number], one: string, many: string) =>
    all === 0 ? [] : [`${all} ${all === 1 ? one : many}: ${cited === all ? (all === 1 ? 'cited' : 'all cited') : cited === 0 ? (all === 1 ? 'not cited' : 'none cited') : `${cited} cited, ${all - cited} not cited`} by other documents`];
  return [...part(t.counts.risk, 'risk', 'risks'), ...part(t.counts.control, 'control', 'controls')].join('; ');
}

function cited(n: number): string {
  return n === 0 ? 'not cited elsewhere' : `cited by ${n} ${n === 1 ? 'document' : 'documents'}`;
}

/** The ID itself within a definition span (a YAML scalar's span includes its quotes). */
function idSpan(doc: AimsDocument, span: Span, id: string): Span {
  const at = doc.text.slice(span.start, span.end).toUpperCase().indexOf(id.toUpperCase());
  return at >= 0 ? { start: span.start + at, end: span.start + at + id.length } : span;
}
