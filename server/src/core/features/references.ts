/**
 * Find all references. For a risk, AI system or document ID: every citation
 * across the workspace (and its definitions when asked). For an Annex A
 * control: every ISO/IEC 42001 citation, the SoA rows deciding it being its
 * declarations. Clauses, control groups and Annex B references list their
 * citations too. Sorted by URI then position; a range such as A.5.2–A.5.5,
 * which yields one reference per control with one span, is reported once.
 */
import { isFrameworkReference } from '../refs/frameworkRefs.js';
import type { AimsLanguageService } from '../service/api.js';
import { ENTITY_TYPES, type AimsDocument, type EntityType, type Reference } from '../model/types.js';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex.js';
import type { Position, Span } from '../text/types.js';
import type { LocationResult } from './types.js';
import { referenceAt } from './locate.js';
import { pushAll } from '../util/arrays.js';


interface Hit {
  readonly uri: string;
  readonly span: Span;
}

export function getReferences(service: AimsLanguageService, uri: string, position: Position, includeDeclaration: boolean): LocationResult[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const offset = doc.lines.offsetAt(position);
  const index = service.index;
  const target = targetAt(doc, offset, index);
  if (!target) return [];

  const citations: Hit[] = [];
  const declarations: Hit[] = [];
  if (target.kind === 'entity') {
    for (const type of target.types) {
      for (const c of index.citationsOf(type, target.id)) citations.push({ uri: c.uri, span: c.item.span });
      const defs = index.definitionsOf(type, target.id);
      const strong = defs.filter((d) => !d.item.weak);
      // The declarations are what go-to-definition shows; weak rows stay citations when there is a real definition.
      for (const d of strong.length > 0 ? strong : defs) declarations.push({ uri: d.uri, span: narrow(service, d.uri, d.item.span, d.item.id) });
      if (includeDeclaration) for (const d of defs) citations.push({ uri: d.uri, span: narrow(service, d.uri, d.item.span, d.item.id) });
    }
  } else {
    // The other frameworks' references are never 42001's: every citation of the item counts.
    for (const c of index.citationsOf(target.type, target.id)) if (c.item.framework === '42001' || isFrameworkReference(target.type)) citations.push({ uri: c.uri, span: c.item.span });
    if (target.type === 'control') for (const e of index.soaEntriesFor(target.id)) declarations.push({ uri: e.uri, span: e.item.idSpan });
    if (includeDeclaration) pushAll(citations, declarations);
  }

  const kept = includeDeclaration ? citations : citations.filter((c) => !declarations.some((d) => d.uri === c.uri && overlaps(d.span, c.span)));
  return toLocations(service, kept);
}

type Target = { kind: 'entity'; types: EntityType[]; id: string } | { kind: 'other'; type: Reference['type']; id: string };

/** What the cursor names: an entity (with every type its definition carries), a control (citation or SoA row) or another reference. */
function targetAt(doc: AimsDocument, offset: number, index: WorkspaceIndex): Target | undefined {
  const types = new Set<EntityType>();
  let id: string | undefined;
  for (const d of doc.definitions)
    if (within(d.span, offset) && (id === undefined || d.id === id)) {
      id = d.id;
      types.add(d.type);
    }
  if (id === undefined)
    for (const r of doc.references) {
      if (r.span.start > offset) break;
      if (within(r.span, offset) && isEntity(r.type)) {
        id = r.id;
        types.add(r.type);
        break;
      }
    }
  if (id !== undefined) {
    // An AI system record's `aims.id` defines a document and a system at once: they are one entity.
    for (const t of [...types])
      for (const d of index.definitionsOf(t, id))
        for (const other of ENTITY_TYPES)
          if (!types.has(other) && index.definitionsOf(other, id).some((o) => o.uri === d.uri && o.item.span.start === d.item.span.start)) types.add(other);
    return { kind: 'entity', types: [...types], id };
  }
  const row = doc.soa.find((e) => within(e.idSpan, offset));
  const ref = referenceAt(doc, offset);
  if (ref && !isEntity(ref.type) && ref.framework === '42001') return { kind: 'other', type: ref.type, id: ref.id };
  if (row) return { kind: 'other', type: 'control', id: row.controlId };
  return undefined;
}

function isEntity(type: Reference['type']): type is EntityType {
  return type === 'risk' || type === 'system' || type === 'document';
}

function narrow(service: AimsLanguageService, uri: string, span: Span, id: string): Span {
  const text = service.getSummary(uri)?.text ?? '';
  const at = text.slice(span.start, span.end).toUpperCase().indexOf(id.toUpperCase());
  return at >= 0 ? { start: span.start + at, end: span.start + at + id.length } : span;
}

/** Sorted, without duplicates, and without spans inside a larger span of the same document (a range's parts). */
function toLocations(service: AimsLanguageService, hits: readonly Hit[]): LocationResult[] {
  const sorted = [...hits].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.span.start - b.span.start || b.span.end - a.span.end));
  const out: LocationResult[] = [];
  let last: Hit | undefined;
  for (const h of sorted) {
    if (last && last.uri === h.uri && h.span.start >= last.span.start && h.span.end <= last.span.end) continue;
    last = h;
    const doc = service.getSummary(h.uri);
    if (doc) out.push({ uri: h.uri, range: doc.lines.range(h.span) });
  }
  return out;
}

function within(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
