import type { Rule } from './types.js';
import { KIND_IDS, KNOWN_FIELDS, STATUSES, getKind } from '../catalogue/kinds.js';
import { editDistance } from '../util/text.js';
import { fieldText } from '../parse/meta.js';
import { readAsTree } from '../model/types.js';

const DATE_FIELDS = ['approved_on', 'next_review'];

export const schema: Rule = {
  code: 'schema',
  defaultSeverity: 'error',
  doc: {
    summary: 'The `aims:` block or a register item breaks the schema: an unknown kind or status, a date not written YYYY-MM-DD, an unknown key, an applicability that is not yes/no.',
    example: 'aims:\n  kind: risk-regster\n  status: final',
    fix: 'Use the values listed in the message (schemas/aims-document.schema.json has the full schema). The quick fix applies the correction the message suggests: a misspelt key, kind or status, a year-first date written YYYY-MM-DD.',
  },
  check(ctx) {
    const { meta } = ctx.doc;
    if (meta.source !== 'none') {
      const block = meta.blockSpan;
      if (block && meta.fields.size === 0)
        ctx.report({ span: { start: block.start, end: block.start + 4 }, message: 'The "aims" key must hold a mapping of fields (kind, id, title, owner, version, status ...).' });
      for (const [key, f] of meta.fields) {
        if (!(KNOWN_FIELDS as readonly string[]).includes(key)) {
          const near = (KNOWN_FIELDS as readonly string[]).find((k) => editDistance(k, key) <= 2);
          ctx.report({ span: f.keySpan, message: `Unknown field "${key}" in the aims block.${near ? ` Did you mean "${near}"?` : ''}`, data: { field: key, target: 'key', ...(near ? { suggestion: near } : {}) } });
        }
      }
      const kind = fieldText(meta, 'kind');
      const kindField = meta.fields.get('kind');
      if (kind && kindField && !(KIND_IDS as readonly string[]).includes(kind) && meta.kind) {
        // Read as the kind its words name (parse/meta.ts inferKind): the document is checked as one; the ID is asked for.
        const name = getKind(meta.kind)?.name ?? meta.kind;
        ctx.report({ span: kindField.valueSpan, message: `"${kind}" is read as the kind "${meta.kind}" (${name}); write kind: ${meta.kind}.`, data: { field: 'kind', target: 'value', suggestions: [meta.kind] }, atMost: 'warning' });
      } else if (kind && kindField && !(KIND_IDS as readonly string[]).includes(kind)) {
        const near = KIND_IDS.filter((k) => editDistance(k, kind) <= 3);
        ctx.report({ span: kindField.valueSpan, message: `Unknown kind "${kind}".${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''} Kinds: ${KIND_IDS.join(', ')}.`, data: { field: 'kind', target: 'value', suggestions: near } });
      }
      const status = fieldText(meta, 'status');
      const statusField = meta.fields.get('status');
      if (status && statusField && !(STATUSES as readonly string[]).includes(status)) {
        // "Approved", "aproved": the status meant is knowable; "final" is not one of ours.
        const near = STATUSES.filter((s) => editDistance(s, status.toLowerCase()) <= 2);
        ctx.report({ span: statusField.valueSpan, message: `Unknown status "${status}"; use ${STATUSES.join(', ')}.`, data: { field: 'status', target: 'value', suggestions: near } });
      }
      for (const key of DATE_FIELDS) {
        const f = meta.fields.get(key);
        const v = fieldText(meta, key);
        if (f && v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
          const date = isoDate(v);
          ctx.report({ span: f.valueSpan, message: `"${key}" must be a date written YYYY-MM-DD (found "${v}").`, data: { field: key, target: 'value', suggestions: date ? [date] : [] } });
        }
        else if (f && v && !isRealDate(v)) ctx.report({ span: f.valueSpan, message: `"${v}" is not a real date.` });
      }
      for (const key of ['clauses', 'controls', 'systems', 'risks', 'frameworks', 'sectors']) {
        const f = meta.fields.get(key);
        if (f && f.value === 'mapping') ctx.report({ span: f.valueSpan, message: `"${key}" must be a list, e.g. [${key === 'clauses' ? '"6.1.3"' : key === 'controls' ? 'A.2.2' : '...'}].` });
      }
    }
    if (readAsTree(ctx.doc.languageId) && ctx.doc.meta.kind === 'soa')
      for (const e of ctx.doc.soa) {
        const a = e.attributes.get('applicable');
        if (a && e.applicable === undefined) ctx.report({ span: a.span, message: `"applicable" of ${e.controlId} must be true or false (found "${a.text}").`, data: { id: e.controlId } });
      }
  },
};

/**
 * The YYYY-MM-DD form of a date written year first with other separators or one-digit parts
 * ("2026/3/1", "2026.03.01", "2026-3-1"), when it names a real day. Day-first and month-first
 * forms ("03/04/2026") are ambiguous: no suggestion.
 */
function isoDate(v: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v.trim());
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(date) ? date : undefined;
}

/** YYYY-MM-DD naming a day that exists (Date.parse rolls 2026-02-30 over to March 2 instead of failing). */
function isRealDate(v: string): boolean {
  const t = Date.parse(v + 'T00:00:00Z');
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}
