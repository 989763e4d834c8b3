import type { Report, Rule } from './types.js';
import type { RiskEntry } from '../model/types.js';
import { reportByRiskChunk } from './chunkReports.js';
import { APPROVAL_FIELDS, COMMON_FIELDS, getKind } from '../catalogue/kinds.js';
import { fieldText } from '../parse/meta.js';
import { riskColumn } from '../parse/columns.js';
import { inheritsFields, isBlank } from './util.js';
import { holderOf } from '../text/spans.js';
import type { Span } from '../text/types.js';
import { headerPlaceholders } from '../parse/headerPlaceholders.js';
import { isTemplateDoc } from '../parse/template.js';
import { documentLanguage } from './sectionContent.js';
import { readAsTree } from '../model/types.js';

export const missingField: Rule = {
  code: 'missing-field',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A required `aims:` field is missing or empty (kind, id, title, owner, version, status; approved_by, approved_on and next_review once approved; one written at the top level beside the block counts), a field of a Markdown document\'s header still holds a template\'s placeholder ("| Policy owner | [Policy Owner] |", "Effective date: <Insert date>"), or a register lacks a required column or key.',
    example: 'aims:\n  kind: policy\n  status: approved   # no approved_by / approved_on / next_review',
    fix: 'Add the field; the quick fix inserts the key for you to fill in.',
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.meta.source !== 'none') {
      const kind = doc.meta.kind && getKind(doc.meta.kind);
      // Approval fields (approved_by, approved_on, next_review) exist only once a document is approved, even
      // where its kind asks for them: a draft has no approver yet, and a retired document is not reviewed again.
      const approved = fieldText(doc.meta, 'status') === 'approved';
      const isApprovalField = (f: string) => (APPROVAL_FIELDS as readonly string[]).includes(f);
      const required = new Set<string>([...COMMON_FIELDS, ...(kind ? kind.fields.filter((f) => approved || !isApprovalField(f)) : [])]);
      if (approved) for (const f of APPROVAL_FIELDS) required.add(f);
      const at = doc.meta.blockSpan ?? { start: 0, end: 0 };
      const keySpan = { start: at.start, end: at.start + 'aims'.length };
      for (const key of required) {
        // Given at the top level beside the block (a docs site's `title:`): the document says it.
        const f = doc.meta.fields.get(key) ?? doc.meta.informal?.get(key);
        const empty = f && (f.value === null || (typeof f.value === 'string' && isBlank(f.value)) || (Array.isArray(f.value) && f.value.length === 0));
        if (f && !empty) continue;
        ctx.report({
          span: f ? f.keySpan : keySpan,
          message: f ? `The field "${key}" is empty.` : `The "aims" block has no "${key}" field${APPROVAL_FIELDS.includes(key as never) ? ' (required once a document is approved)' : ''}.`,
          data: { field: key },
        });
      }
    }
    // "| **Policy owner** | [Policy Owner] |": a header field a policy pack left as its template wrote it.
    if (doc.languageId === 'markdown' && doc.meta.kind && !isTemplateDoc(doc))
      for (const p of headerPlaceholders(doc.text, doc.meta.frontMatterSpan?.end ?? 0))
        ctx.report({ span: p.span, message: `The header's "${p.label}" is still a template's placeholder: ${p.value}.`, data: { placeholder: p.label } });
    const kind = doc.meta.kind && getKind(doc.meta.kind);
    if (kind?.entries?.entity === 'risks') {
      const required = kind.entries.requiredColumns.filter((c) => c !== 'id');
      // The controls that carry a treatment out ("Key controls", "Mitigating controls") say how a risk is treated, as risk-untreated reads them.
      const has = (names: ReadonlySet<string | undefined> | ReadonlyMap<string, unknown>, c: string) => names.has(c) || (c === 'treatment' && names.has('controls'));
      if (readAsTree(doc.languageId)) {
        // By the kind alone: kept per register item (rules/chunkReports.ts).
        const judge = (risks: readonly RiskEntry[]) => {
          const out: Report[] = [];
          for (const r of risks) {
            // "<<: *payments": fields merged from an anchor, which are not read, may be any of them.
            if (inheritsFields(r)) continue;
            const missing = required.filter((c) => !has(r.attributes, c));
            if (missing.length) out.push({ span: r.idSpan, message: `Risk ${r.id} has no ${missing.map((m) => `"${m}"`).join(', ')}.`, data: { fields: missing } });
          }
          return out;
        };
        reportByRiskChunk(doc, 'missing-field', kind, judge, ctx.report);
      } else {
        const holding = tablesHoldingRisks(doc.tables, doc.risks);
        // "| R-001 | Title | Score | Owner |" above "### R-001: Title" with its fields, for each risk:
        // a summary of the entries written out below, which say what the table leaves out.
        if (holding.size > 0) {
          const headed = new Set(doc.sections.map((sec) => sec.title.replace(/[*_`]/g, '').trim().split(/[\s:\u2013\u2014]/)[0]!.toUpperCase()));
          for (const [ti, ids] of holding) if (ids.every((id) => headed.has(id))) holding.delete(ti);
        }
        const assesses = (t: (typeof doc.tables)[number]) => t.header.some((h) => RISK_SHAPE.has(riskColumn(h.text) ?? ''));
        // Beside a table that assesses risks, one that only lists them (an acceptance log, retired
        // risks, a top-five summary) is not the register's table: its columns are its own.
        // A table of other things linked to risks ("| Task | Risk | Control | Due |": its first
        // column is no risk's, and it rates nothing) cites the register's risks; it is not one.
        const linking = (t: (typeof doc.tables)[number]) => {
          const first = riskColumn(t.header[0]?.text ?? '');
          return first !== 'id' && first !== 'title' && !t.header.some((h) => RATING.has(riskColumn(h.text) ?? ''));
        };
        const assessed = doc.tables.some((t, ti) => holding.has(ti) && assesses(t) && !linking(t));
        for (let ti = 0; ti < doc.tables.length; ti++) {
          const t = doc.tables[ti]!;
          const cols = new Set(t.header.map((h) => riskColumn(h.text)));
          const links = linking(t);
          const withIds = holding.has(ti) && !(assessed && !assesses(t)) && !links;
          // A table of risks written without IDs ("| Risk | Inherent risk | Key controls | Residual target |") lacks the ID too.
          // One headed "ID" whose rows hold none (a site's template filling them: "| {{ r.id }} |") has its column.
          const riskColumnHeaded = t.header.some((h) => riskColumn(h.text) === 'title' && /\brisks?\b/i.test(h.text));
          const unnumbered = !withIds && !links && !cols.has('id') && t.rows.length > 0 && riskColumnHeaded && [...cols].filter((c) => c !== undefined && RISK_SHAPE.has(c)).length >= 2;
          if (!withIds && !unnumbered) continue;
          // A table of closed risks ("| ID | Risk | ... | Closed | Reason |") treats nothing any more.
          const closed = t.header.some((h) => CLOSED_COLUMN.test(h.text.replace(/[*_`]/g, '').trim()));
          const missing = [...(unnumbered ? ['id'] : []), ...required.filter((c) => !has(cols, c) && !(closed && (c === 'treatment' || c === 'status')))];
          if (missing.length)
            // A register kept in another language heads its columns in words we may not know: a notice.
            ctx.report({ span: { start: t.span.start, end: t.header[t.header.length - 1]?.span.end ?? t.span.start }, message: `This risk table has no ${missing.map((m) => `"${m}"`).join(', ')} column.`, data: { columns: missing }, ...(documentLanguage(doc) !== 'en' ? { atMost: 'information' as const } : {}) });
        }
      }
    }
  },
};

/**
 * The indices of the tables that hold a risk whole, with the IDs of the risks each holds, found by binary search (a pass over
 * every risk for every table was quadratic in a register of thousands of small tables).
 */
function tablesHoldingRisks(tables: readonly { readonly span: Span }[], risks: readonly RiskEntry[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of risks) {
    const at = holderOf(tables, r.extent);
    if (at < 0) continue;
    const ids = out.get(at);
    if (ids) ids.push(r.id);
    else out.set(at, [r.id]);
  }
  return out;
}

/** Columns that make a table one of assessed risks. */
const RISK_SHAPE = new Set(['likelihood', 'impact', 'score', 'level', 'residual', 'treatment', 'controls']);
/** The column of a table of closed risks: when each was closed. */
const CLOSED_COLUMN = /^(?:closed|closed on|date closed|closure date|closed date|retired|retired on|date retired)$/i;

/** The columns that rate a risk. */
const RATING = new Set(['likelihood', 'impact', 'score', 'level', 'residual']);
