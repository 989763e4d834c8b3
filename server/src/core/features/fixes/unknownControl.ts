/** unknown-control: change the ID to one of the controls the finding suggests ("Change to A.6.2.8 (AI system recording of event logs)"). */
import { getControl } from '../../catalogue/lookup.js';
import type { AimsDocument } from '../../model/types.js';
import type { Span } from '../../text/types.js';
import { edit, mergeFirstFixes, replace, type FixOption, type FixProvider } from './util.js';

export const unknownControlFix: FixProvider = {
  code: 'unknown-control',
  fixes(ctx, finding) {
    const id = finding.data?.['id'];
    const suggestions = finding.data?.['suggestions'];
    if (typeof id !== 'string' || !Array.isArray(suggestions)) return [];
    const at = idSpan(ctx.doc, finding.span, id);
    if (!at) return [];
    const out: FixOption[] = [];
    for (const s of suggestions) {
      // Annex B suggestions ("B.6.2.8") name the control they guide.
      const c = typeof s === 'string' ? getControl(s.replace(/^B\./, 'A.')) : undefined;
      if (!c || typeof s !== 'string') continue;
      out.push({ title: `Change to ${s} (${c.title})`, edit: edit(ctx.doc.uri, [replace(ctx.doc, at, s)]), ...(out.length === 0 ? { isPreferred: true } : {}) });
    }
    return out;
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

/**
 * Where the ID itself is written inside the finding's span: the span can hold
 * "Annex A.6.2.9" or a whole range ("A.6.2.7-A.6.2.9"); only the ID changes.
 * Undefined when it is not written out (an ID implied by a range such as "A.2.2-5").
 */
function idSpan(doc: AimsDocument, span: Span, id: string): Span | undefined {
  const written = doc.text.slice(span.start, span.end);
  const re = new RegExp(`(?<![\\w.])${id.replace(/\./g, '\\.')}(?![\\w]|\\.\\d)`, 'g');
  const hits = [...written.matchAll(re)];
  if (hits.length !== 1) return undefined;
  const start = span.start + hits[0]!.index;
  return { start, end: start + id.length };
}
