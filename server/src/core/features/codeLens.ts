/**
 * Code lenses: on each risk definition and each statement-of-applicability
 * row, how many other documents cite it; on a declared `aims.id`, how many
 * other documents reference the document. Clicking runs `aims.showReferences`
 * with the document URI and the position of the ID (the client opens the
 * references view there).
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument, EntityType, Reference } from '../model/types.js';
import type { Span } from '../text/types.js';
import type { CodeLensResult } from './types.js';

const SHOW_REFERENCES_COMMAND = 'aims.showReferences';

export function getCodeLenses(service: AimsLanguageService, uri: string): CodeLensResult[] {
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

  const seen = new Set<string>();
  for (const d of doc.definitions) {
    if (d.type !== 'risk' || d.weak || seen.has(d.id)) continue;
    seen.add(d.id);
    lens(idSpan(doc, d.span, d.id), cited(citingDocuments([['risk', d.id]])));
  }
  for (const e of doc.soa) lens(e.idSpan, cited(citingDocuments([['control', e.controlId]])));

  return out.sort((a, b) => a.span.start - b.span.start).map((x) => x.lens);
}

function cited(n: number): string {
  return n === 0 ? 'not cited elsewhere' : `cited by ${n} ${n === 1 ? 'document' : 'documents'}`;
}

/** The ID itself within a definition span (a YAML scalar's span includes its quotes). */
function idSpan(doc: AimsDocument, span: Span, id: string): Span {
  const at = doc.text.slice(span.start, span.end).toUpperCase().indexOf(id.toUpperCase());
  return at >= 0 ? { start: span.start + at, end: span.start + at + id.length } : span;
}
