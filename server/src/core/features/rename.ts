/**
 * Rename a risk, AI system or document ID everywhere: each definition and each
 * citation, in Markdown and YAML, in every document of the workspace. Control
 * and clause IDs are facts of the standard and cannot be renamed. The new name
 * must be a whole match of the configured ID pattern and not be defined yet.
 */
import type { AimsLanguageService } from '../service/api.js';
import { ENTITY_TYPES, type DocumentSummary, type EntityType } from '../model/types.js';
import type { Position, Range, Span } from '../text/types.js';
import type { RenameResult, TextEdit } from './types.js';
import { referenceAt } from './locate.js';
import { withFlags } from '../util/linearRegExp.js';

const NAMES: Record<EntityType, string> = { risk: 'risk', system: 'AI system', document: 'document' };

interface Target {
  readonly types: readonly EntityType[];
  readonly id: string;
  /** The ID as it stands at the cursor. */
  readonly span: Span;
}

export function prepareRename(service: AimsLanguageService, uri: string, position: Position): { range: Range; placeholder: string } | undefined {
  const doc = service.getDocument(uri);
  if (!doc) return undefined;
  const target = targetAt(service, doc, doc.lines.offsetAt(position));
  if (!target) return undefined;
  return { range: doc.lines.range(target.span), placeholder: doc.text.slice(target.span.start, target.span.end) };
}

export function getRename(service: AimsLanguageService, uri: string, position: Position, newName: string): RenameResult {
  const doc = service.getDocument(uri);
  if (!doc) return { error: 'This document is not part of the AIMS workspace.' };
  const offset = doc.lines.offsetAt(position);
  const target = targetAt(service, doc, offset);
  if (!target) {
    const ref = referenceAt(doc, offset);
    if (ref && (ref.type === 'control' || ref.type === 'control-group' || ref.type === 'control-objective' || ref.type === 'annex-b'))
      return { error: `${ref.id} is an Annex ${ref.type === 'annex-b' ? 'B' : 'A'} ID of ISO/IEC 42001: it is fixed by the standard and cannot be renamed.` };
    if (ref && ref.type === 'clause') return { error: `Clause ${ref.id} is numbered by ISO/IEC 42001 and cannot be renamed.` };
    return { error: 'Only risk, AI system and document IDs can be renamed; place the cursor on one.' };
  }
  if (newName.length === 0) return { error: 'The new ID is empty.' };
  if (/\s/.test(newName)) return { error: `"${newName}" contains whitespace; an ID is one word.` };

  const ids = service.config.ids;
  const governing = target.types.filter((t) => wholeMatch(ids[t], target.id));
  for (const t of governing.length > 0 ? governing : target.types.slice(0, 1))
    if (!wholeMatch(ids[t], newName)) return { error: `"${newName}" does not match the configured pattern for ${NAMES[t]} IDs (${ids[t].source}).` };

  for (const t of target.types) {
    const existing = service.index.definitionsOf(t, newName)[0];
    if (existing) {
      const where = service.getSummary(existing.uri)?.lines.positionAt(existing.item.span.start);
      return { error: `${newName} is already defined (${existing.uri}${where ? `, line ${where.line + 1}` : ''}); choose another ID or merge the two.` };
    }
  }

  // Every document, not only the index's relevant ones: a stale ID left behind in a note is a dangling reference.
  const changes: Record<string, TextEdit[]> = {};
  for (const summary of service.documents()) {
    // A document the relevance pre-check skipped was never parsed: parse it only if it mentions the ID.
    const d = summary.shallow ? (summary.text.toUpperCase().includes(target.id.toUpperCase()) ? service.getDocument(summary.uri) : undefined) : summary;
    if (!d) continue;
    const spans: Span[] = [];
    for (const def of d.definitions) if (def.id === target.id && target.types.includes(def.type)) spans.push(idSpan(d, def.span, def.id));
    for (const r of d.references) if (r.id === target.id && (target.types as readonly string[]).includes(r.type)) spans.push(r.span);
    const edits: TextEdit[] = [];
    let end = -1;
    for (const s of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (s.start < end) continue; // the same place seen as definition and citation (or overlapping): edit once
      edits.push({ range: d.lines.range(s), newText: newName });
      end = s.end;
    }
    if (edits.length > 0) changes[d.uri] = edits;
  }
  return { edit: { changes } };
}

/** The entity at the offset, with every type its definitions give it (an AI system record's `aims.id` is a document and a system). */
function targetAt(service: AimsLanguageService, doc: DocumentSummary, offset: number): Target | undefined {
  const types = new Set<EntityType>();
  let found: { id: string; span: Span } | undefined;
  for (const d of doc.definitions)
    if (offset >= d.span.start && offset <= d.span.end && (!found || d.id === found.id)) {
      found ??= { id: d.id, span: idSpan(doc, d.span, d.id) };
      types.add(d.type);
    }
  if (!found)
    for (const r of doc.references) {
      if (r.span.start > offset) break;
      if (offset <= r.span.end && (r.type === 'risk' || r.type === 'system' || r.type === 'document')) {
        found = { id: r.id, span: r.span };
        types.add(r.type);
        break;
      }
    }
  if (!found) return undefined;
  const index = service.index;
  for (const t of [...types])
    for (const d of index.definitionsOf(t, found.id))
      for (const other of ENTITY_TYPES)
        if (!types.has(other) && index.definitionsOf(other, found.id).some((o) => o.uri === d.uri && o.item.span.start === d.item.span.start)) types.add(other);
  return { types: [...types], id: found.id, span: found.span };
}

/** A non-global copy of a configured pattern, anchored so that it must match the whole name. */
function wholeMatch(re: RegExp, text: string): boolean {
  return withFlags(re, re.flags.replace(/[gy]/g, ''), `^(?:${re.source})$`).test(text);
}

/** The ID itself within a definition span (a YAML scalar's span includes its quotes). */
function idSpan(doc: DocumentSummary, span: Span, id: string): Span {
  const at = doc.text.slice(span.start, span.end).toUpperCase().indexOf(id.toUpperCase());
  return at >= 0 ? { start: span.start + at, end: span.start + at + id.length } : span;
}
