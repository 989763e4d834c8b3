/**
 * What sits at an offset of a document: a reference, a definition, a section.
 * Shared by hover, definition, references, rename and completion.
 */
import type { AimsDocument, Definition, EntityType, Reference, Section } from '../model/types.js';
import type { Span } from '../text/types.js';

export function referenceAt(doc: AimsDocument, offset: number): Reference | undefined {
  // References are sorted by start; ranges expand to several references with the same span: take the first.
  let found: Reference | undefined;
  for (const r of doc.references) {
    if (r.span.start > offset) break;
    if (offset <= r.span.end && (!found || r.span.start >= found.span.start)) {
      if (found && found.span.start === r.span.start) continue;
      found = r;
    }
  }
  return found;
}

export function definitionAt(doc: AimsDocument, offset: number): Definition | undefined {
  return doc.definitions.find((d) => offset >= d.span.start && offset <= d.span.end);
}

/** The innermost section containing the offset. */
export function sectionAt(doc: AimsDocument, offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of doc.sections) if (offset >= s.span.start && offset <= s.span.end && (!best || s.level >= best.level)) best = s;
  return best;
}

/** An entity (risk, system, document) named at the offset, whether cited or defined there. */
export function entityAt(doc: AimsDocument, offset: number): { type: EntityType; id: string; span: Span } | undefined {
  const d = definitionAt(doc, offset);
  if (d) return { type: d.type, id: d.id, span: d.span };
  const r = referenceAt(doc, offset);
  if (r && (r.type === 'risk' || r.type === 'system' || r.type === 'document')) return { type: r.type, id: r.id, span: r.span };
  return undefined;
}

/** The word-ish token around the offset (letters, digits, '.', '-', '_'), for completion ranges. */
export function wordAt(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && /[\w.\-]/.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && /[\w.\-]/.test(text[end]!)) end++;
  return { start, end };
}
