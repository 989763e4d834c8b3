/**
 * schema: apply the correction the finding already names. An unknown `aims:` key that is a
 * misspelt known one is renamed ("approved_no" -> "approved_on"), unless the block already
 * has that key (two equal keys would be invalid YAML); an unknown kind or status is replaced
 * by each close value the message suggests; a year-first date written with other separators
 * ("2026/3/1") is rewritten YYYY-MM-DD. Quotes around a value are kept.
 */
import type { Finding } from '../../model/findings.js';
import { edit, mergeFirstFixes, replaceScalar, type FixOption, type FixProvider } from './util.js';

export const schemaFix: FixProvider = {
  code: 'schema',
  fixes(ctx, finding) {
    const { doc } = ctx;
    const field = finding.data?.['field'];
    if (typeof field !== 'string') return [];
    if (finding.data?.['target'] === 'key') {
      const to = finding.data['suggestion'];
      const f = doc.meta.fields.get(field);
      if (typeof to !== 'string' || !f || doc.meta.fields.has(to) || !sameSpan(f.keySpan, finding)) return [];
      return [{ title: `Rename "${field}" to "${to}"`, edit: edit(doc.uri, [replaceScalar(doc, f.keySpan, to)]), isPreferred: true }];
    }
    const f = doc.meta.fields.get(field);
    const suggestions = finding.data?.['suggestions'];
    if (finding.data?.['target'] !== 'value' || !f || !Array.isArray(suggestions) || !sameSpan(f.valueSpan, finding)) return [];
    const out: FixOption[] = [];
    for (const s of suggestions)
      if (typeof s === 'string') out.push({ title: `Change ${field} to ${s}`, edit: edit(doc.uri, [replaceScalar(doc, f.valueSpan, s, { plain: DATE.test(s) })]), ...(out.length === 0 ? { isPreferred: true } : {}) });
    return out;
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

/** A date is written plain, as YAML reads dates. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function sameSpan(span: { start: number; end: number }, f: Finding): boolean {
  return span.start === f.span.start && span.end === f.span.end;
}
