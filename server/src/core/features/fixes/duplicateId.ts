/**
 * duplicate-id: give this definition an ID nothing in the workspace defines or cites, by the
 * free-ID logic of "New AIMS Document" (features/newDocument.ts freeIdIn: R-001 -> the next
 * number after the highest R-, RR-2026 -> RR-2026-02). Only the definition changes: which
 * of the two the existing citations meant is the writer's call. Fixing every duplicate of a
 * file keeps the first definition of each ID that the file holds alone, and hands out a
 * different free ID to each of the others.
 */
import type { Finding } from '../../model/findings.js';
import type { AimsDocument, Definition, EntityType } from '../../model/types.js';
import type { Span } from '../../text/types.js';
import type { TextEdit } from '../types.js';
import { freeIdIn } from '../newDocument.js';
import { edit, replace, type FixContext, type FixProvider } from './util.js';

export const duplicateIdFix: FixProvider = {
  code: 'duplicate-id',
  fixes(ctx, finding) {
    const r = renumber(ctx, finding, []);
    return r ? [{ title: `Renumber this ${r.type === 'system' ? 'AI system' : r.type} to ${r.id} (an ID the workspace does not use)`, edit: edit(ctx.doc.uri, [r.edit]), isPreferred: true }] : [];
  },
  fixAll(ctx, findings) {
    const given: string[] = [];
    const edits: TextEdit[] = [];
    // Duplicates within this file: the first stays, unless another file defines the ID too.
    const byKey = new Map<string, Finding[]>();
    for (const f of [...findings].sort((a, b) => a.span.start - b.span.start)) {
      const key = `${String(f.data?.['type'])}:${String(f.data?.['id'])}`;
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
    for (const list of byKey.values()) {
      const [first] = list;
      const elsewhere = ctx.service.index
        .definitionsOf(first!.data?.['type'] as EntityType, first!.data?.['id'] as string)
        .some((d) => d.uri !== ctx.doc.uri && !d.item.weak && !ctx.service.index.isRetired(d.uri));
      for (const f of elsewhere ? list : list.slice(1)) {
        const r = renumber(ctx, f, given);
        if (!r) continue;
        given.push(r.id);
        edits.push(r.edit);
      }
    }
    return edits.length > 0 ? edit(ctx.doc.uri, edits) : undefined;
  },
};

function renumber(ctx: FixContext, f: Finding, given: readonly string[]): { id: string; type: EntityType; edit: TextEdit } | undefined {
  const type = f.data?.['type'];
  const id = f.data?.['id'];
  if ((type !== 'risk' && type !== 'system' && type !== 'document') || typeof id !== 'string') return undefined;
  const d = ctx.doc.definitions.find((x) => x.type === type && x.id === id && x.span.start === f.span.start && x.span.end === f.span.end);
  const at = d && writtenId(ctx.doc, d);
  if (!at) return undefined;
  const next = freeIdIn(ctx.service, id, type, given);
  if (next.toUpperCase() === id.toUpperCase() || given.includes(next) || ctx.service.index.definitionsOf(type, next).length > 0) return undefined;
  return { id: next, type, edit: replace(ctx.doc, at, next) };
}

/** The ID as written in the definition's span (written in lower case or not). */
function writtenId(doc: AimsDocument, d: Definition): Span | undefined {
  const written = doc.text.slice(d.span.start, d.span.end);
  const at = written.toUpperCase().indexOf(d.id.toUpperCase());
  return at >= 0 ? { start: d.span.start + at, end: d.span.start + at + d.id.length } : undefined;
}
