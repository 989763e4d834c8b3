/**
 * Go to definition. A risk, AI system or document ID leads to where it is
 * defined (register row, YAML item, heading, `aims.id`): every non-weak
 * definition, or the weak ones (rows of a list that merely names the ID) when
 * there is nothing else. An Annex A control leads to the statement-of-
 * applicability row(s) that decide it. On a definition, the definition itself.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument, Definition, DocumentSummary, EntityType } from '../model/types.js';
import type { Located } from '../workspaceIndex/workspaceIndex.js';
import type { Position, Span } from '../text/types.js';
import type { LocationResult } from './types.js';
import { referenceAt } from './locate.js';

export function getDefinition(service: AimsLanguageService, uri: string, position: Position): LocationResult[] {
  const doc = service.getDocument(uri);
  if (!doc) return [];
  const offset = doc.lines.offsetAt(position);
  const index = service.index;

  // On a (non-weak) definition: that definition.
  const own = doc.definitions.filter((d) => within(d.span, offset));
  const strong = own.find((d) => !d.weak);
  if (strong) return [{ uri, range: doc.lines.range(idSpan(doc, strong.span, strong.id)) }];

  // On the ID of an SoA row that decides the control: that row.
  const row = doc.soa.find((e) => within(e.idSpan, offset));
  if (row && index.soaEntriesFor(row.controlId).some((l) => l.uri === uri && l.item === row)) return [{ uri, range: doc.lines.range(row.idSpan) }];

  // A cited (or weakly listed) entity: its definitions.
  const entity = own[0] ?? entityReferenceAt(doc, offset);
  if (entity) {
    const defs = index.definitionsOf(entity.type, entity.id);
    const chosen = defs.some((d) => !d.item.weak) ? defs.filter((d) => !d.item.weak) : defs;
    return sorted(dedupe(chosen.map((d) => toLocation(service, d)).filter((l): l is LocationResult => !!l)));
  }

  // A control: the SoA rows deciding it.
  const ref = referenceAt(doc, offset);
  if (ref && ref.type === 'control' && ref.framework === '42001')
    return sorted(
      index
        .soaEntriesFor(ref.id)
        .map((l) => {
          const target = service.getSummary(l.uri);
          return target ? { uri: l.uri, range: target.lines.range(l.item.idSpan) } : undefined;
        })
        .filter((l): l is LocationResult => !!l),
    );
  return [];
}

function entityReferenceAt(doc: AimsDocument, offset: number): { type: EntityType; id: string } | undefined {
  for (const r of doc.references) {
    if (r.span.start > offset) break;
    if (within(r.span, offset) && (r.type === 'risk' || r.type === 'system' || r.type === 'document')) return { type: r.type, id: r.id };
  }
  return undefined;
}

function toLocation(service: AimsLanguageService, d: Located<Definition>): LocationResult | undefined {
  const target = service.getSummary(d.uri);
  return target ? { uri: d.uri, range: target.lines.range(idSpan(target, d.item.span, d.item.id)) } : undefined;
}

/** The ID itself within a definition span (a YAML scalar's span includes its quotes). */
function idSpan(doc: DocumentSummary, span: Span, id: string): Span {
  const at = doc.text.slice(span.start, span.end).toUpperCase().indexOf(id.toUpperCase());
  return at >= 0 ? { start: span.start + at, end: span.start + at + id.length } : span;
}

function within(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

function dedupe(list: LocationResult[]): LocationResult[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const k = `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sorted(list: LocationResult[]): LocationResult[] {
  return list.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
}
