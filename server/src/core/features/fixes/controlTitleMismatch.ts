/**
 * control-title-mismatch: replace the title written next to the ID with the
 * control's real title; when the written title is that of another control,
 * offer to change the ID instead.
 */
import { CONTROLS } from '../../catalogue/controls.js';
import { titleMatches } from '../../catalogue/lookup.js';
import type { AimsDocument, Reference } from '../../model/types.js';
import type { Span } from '../../text/types.js';
import { edit, lineEndAt, mergeFirstFixes, replace, type FixOption, type FixProvider } from './util.js';

export const controlTitleMismatchFix: FixProvider = {
  code: 'control-title-mismatch',
  fixes(ctx, finding) {
    const title = finding.data?.['title'];
    const id = finding.data?.['id'];
    if (typeof title !== 'string' || typeof id !== 'string') return [];
    const ref = ctx.doc.references.find((r) => r.id === id && r.title && r.title.span.start === finding.span.start && r.title.span.end === finding.span.end);
    const at = ref && writtenTitle(ctx.doc, ref);
    if (!ref || !at) return [];
    const out: FixOption[] = [{ title: `Use the real title: "${title}"`, edit: edit(ctx.doc.uri, [replace(ctx.doc, at, title)]), isPreferred: true }];
    // "A.7.4 (Data provenance)": perhaps the title is right and the ID is not.
    const idAt = writtenId(ctx.doc, ref);
    if (idAt)
      for (const c of CONTROLS.filter((c) => c.id !== id && titleMatches(ref.title!.text, c.title)).slice(0, 2))
        out.push({ title: `Change the ID to ${c.id} (${c.title})`, edit: edit(ctx.doc.uri, [replace(ctx.doc, idAt, c.id)]) });
    return out;
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

/**
 * The exact characters of the written title. The reference's title span starts
 * where the title starts and is as long as the title with emphasis removed, so
 * where markup sits inside or before it ("| **Human oversight** |") the title is
 * looked up on the same line. Undefined when it cannot be found exactly.
 */
function writtenTitle(doc: AimsDocument, ref: Reference): Span | undefined {
  const { text, span } = ref.title!;
  if (doc.text.slice(span.start, span.end) === text) return span;
  const at = doc.text.indexOf(text, span.start);
  if (at < 0 || at + text.length > lineEndAt(doc, span.start)) return undefined;
  return { start: at, end: at + text.length };
}

/** The ID as written in the reference ("Annex A.7.4" -> the "A.7.4" part). */
function writtenId(doc: AimsDocument, ref: Reference): Span | undefined {
  const at = doc.text.indexOf(ref.id, ref.span.start);
  return at >= 0 && at + ref.id.length <= ref.span.end ? { start: at, end: at + ref.id.length } : undefined;
}
