/**
 * unknown-framework-reference: change the reference to one the finding suggests ("Change to
 * MANAGE 1.1 (...)"), keeping how it is written: only the number changes ("Gv-1.0" becomes
 * "Gv-1.1", "Art. 4a(2)" becomes "Art. 4(2)", "Annex XIV" becomes "Annex XIII"); a subcategory
 * of another function replaces the whole reference with its ID.
 */
import { getAiActAnnex, getAiActArticle, getRmfSubcategory } from '../../catalogue/frameworks.js';
import type { AimsDocument } from '../../model/types.js';
import type { Span } from '../../text/types.js';
import { edit, mergeFirstFixes, replace, type FixOption, type FixProvider } from './util.js';

export const unknownFrameworkReferenceFix: FixProvider = {
  code: 'unknown-framework-reference',
  fixes(ctx, finding) {
    const id = finding.data?.['id'];
    const suggestions = finding.data?.['suggestions'];
    if (typeof id !== 'string' || !Array.isArray(suggestions)) return [];
    const out: FixOption[] = [];
    for (const s of suggestions) {
      if (typeof s !== 'string') continue;
      const title = titleOf(s);
      const change = title === undefined ? undefined : rewrite(ctx.doc, finding.span, id, s);
      if (!change) continue;
      out.push({ title: `Change to ${s} (${title})`, edit: edit(ctx.doc.uri, [replace(ctx.doc, change.span, change.text)]), ...(out.length === 0 ? { isPreferred: true } : {}) });
    }
    return out;
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

function titleOf(id: string): string | undefined {
  return (getRmfSubcategory(id) ?? getAiActArticle(id) ?? getAiActAnnex(id))?.title;
}

/** The smallest part of the written reference to replace, and with what; undefined when it cannot be found as written. */
function rewrite(doc: AimsDocument, span: Span, id: string, to: string): { span: Span; text: string } | undefined {
  const written = doc.text.slice(span.start, span.end);
  const at = (m: RegExpExecArray | null, text: string) => (m ? { span: { start: span.start + m.index, end: span.start + m.index + m[0].length }, text } : undefined);
  if (id.startsWith('Article ')) return at(/\d{1,3}[a-z]/.exec(written), to.slice('Article '.length));
  if (id.startsWith('Annex ')) return at(/(?<![IVXLC])[IVXLC]{1,8}$/.exec(written), to.slice('Annex '.length));
  // A subcategory: the number alone when the function stays, else the whole reference.
  if (id.split(' ')[0] !== to.split(' ')[0]) return { span, text: to };
  return at(/\d{1,2}\.\d{1,2}$/.exec(written), to.split(' ')[1]!);
}
