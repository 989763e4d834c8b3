/**
 * Workspace symbols: every risk, AI system and document defined in the
 * workspace (non-weak definitions), and every Annex A control an SoA decides
 * (at its SoA row). The query is a case-insensitive subsequence of "ID title".
 */
import type { AimsLanguageService } from '../service/api.js';
import type { EntityType } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { SymbolKind, WorkspaceSymbolResult } from './types.js';
import { CONTROLS } from '../catalogue/controls.js';

const MAX_WORKSPACE_SYMBOLS = 500;

const ORDER: Record<EntityType, number> = { risk: 0, system: 1, document: 2 };

interface Candidate {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly uri: string;
  readonly span: Span;
  readonly order: number;
}

export function getWorkspaceSymbols(service: AimsLanguageService, query: string): WorkspaceSymbolResult[] {
  const index = service.index;
  const wanted = query.replace(/\s+/g, '').toLowerCase();
  const candidates: Candidate[] = [];
  const placed = new Set<string>();

  const defs = [...index.allDefinitions().values()].flat().filter((d) => !d.item.weak);
  // An AI system record's aims.id defines both a document and a system: list it once, as the system.
  defs.sort((a, b) => ORDER[a.item.type] - ORDER[b.item.type] || compare(a.item.id, b.item.id) || compare(a.uri, b.uri) || a.item.span.start - b.item.span.start);
  for (const d of defs) {
    const at = `${d.uri}#${d.item.span.start}:${d.item.id}`;
    if (placed.has(at)) continue;
    placed.add(at);
    const doc = service.getSummary(d.uri);
    const title = d.item.title?.trim();
    candidates.push({
      name: title ? `${d.item.id} ${title}` : d.item.id,
      ...(doc?.title && doc.title !== title ? { detail: doc.title } : {}),
      kind: d.item.type,
      uri: d.uri,
      span: d.item.span,
      order: ORDER[d.item.type],
    });
  }

  for (const c of CONTROLS)
    for (const e of index.soaEntriesFor(c.id)) {
      if (e.item.applicable === undefined) continue;
      candidates.push({
        name: `${c.id} ${c.title}`,
        detail: e.item.applicable ? 'applicable' : 'excluded',
        kind: 'control',
        uri: e.uri,
        span: e.item.idSpan,
        order: 3,
      });
    }

  const out: WorkspaceSymbolResult[] = [];
  for (const c of candidates) {
    if (!isSubsequence(wanted, c.name.toLowerCase())) continue;
    const doc = service.getSummary(c.uri);
    if (!doc) continue;
    out.push({ name: c.name, ...(c.detail ? { detail: c.detail } : {}), kind: c.kind, location: { uri: c.uri, range: doc.lines.range(idSpan(doc.text, c.span, c.name)) } });
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSubsequence(query: string, text: string): boolean {
  let i = 0;
  for (let j = 0; i < query.length && j < text.length; j++) if (query[i] === text[j]) i++;
  return i === query.length;
}

/** The ID within a definition span (a YAML scalar's span includes its quotes). */
function idSpan(text: string, span: Span, name: string): Span {
  const id = name.split(' ')[0]!;
  const at = text.slice(span.start, span.end).toUpperCase().indexOf(id.toUpperCase());
  return at >= 0 ? { start: span.start + at, end: span.start + at + id.length } : span;
}
