import type { Rule } from './types.js';
import { getKind, kindWithArticle } from '../catalogue/kinds.js';
import { getClause } from '../catalogue/lookup.js';
import { fieldList } from '../parse/meta.js';

/**
 * The clause a document says it serves must be one its kind serves. Read from
 * the `clauses:` field, and for undeclared documents from the clause cited in
 * the title area (the first heading lines), where real documents label themselves.
 */
export const clauseKindMismatch: Rule = {
  code: 'clause-kind-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A document labelled with a clause that its kind does not serve, such as a statement of applicability labelled 6.1.4.',
    example: '# Statement of Applicability\n## ISO/IEC 42001:2023 | Clause 6.1.4',
    fix: 'Label the document with the clause it serves (a statement of applicability serves 6.1.3).',
  },
  check(ctx) {
    const kind = ctx.doc.meta.kind && getKind(ctx.doc.meta.kind);
    // A kind that serves no clause (a model or dataset card answers to controls) cannot be mislabelled with one.
    if (!kind || kind.clauses.length === 0) return;
    const serves = (id: string) => kind.clauses.some((c) => c === id || c.startsWith(id + '.') || id.startsWith(c + '.'));
    const labels: { id: string; span: { start: number; end: number } }[] = [];
    for (const item of fieldList(ctx.doc.meta, 'clauses')) {
      // Underline the number as unknown-clause does ("6.1.4", not the quotes around it).
      const ref = ctx.doc.references.find((r) => r.type === 'clause' && r.span.start >= item.span.start && r.span.end <= item.span.end);
      labels.push({ id: String(item.value), span: ref?.span ?? item.span });
    }
    if (labels.length === 0) {
      // Undeclared documents label themselves in their first headings ("## ISO/IEC 42001 | Clause 6.1.3")
      // or in a header line ("**Clause:** 6.1.4") among their first lines.
      // The title heading, and a subtitle heading right under it with nothing in between.
      const [first, second] = ctx.doc.sections;
      const area = first ? [first] : [];
      if (first && second && ctx.doc.text.slice(first.headingSpan.end, second.headingSpan.start).trim() === '') area.push(second);
      // The header ends at the first section past the title area: "Clauses 4 to 10 of ..." under an
      // audit report's "## Scope" is what the audit covered, not a label.
      const body = ctx.doc.sections[area.length];
      const headerEnd = Math.min(ctx.doc.lines.lineStart(Math.min(15, ctx.doc.lines.lineCount - 1)), body ? body.headingSpan.start : Infinity);
      for (const r of ctx.doc.references) {
        if (r.type !== 'clause' || r.framework !== '42001') continue;
        const inHeading = area.some((s) => r.span.start >= s.headingSpan.start && r.span.end <= s.headingSpan.end);
        const line = ctx.doc.text.slice(ctx.doc.lines.lineStart(ctx.doc.lines.positionAt(r.span.start).line), r.span.start);
        const inLabel = r.span.start < headerEnd && /^[\s>*_-]*(?:\*\*|__)?(?:ISO(?:\/IEC)? ?42001[^|]*\|\s*)?Clauses?(?:\*\*|__)?\s*:?(?:\*\*|__)?\s*$/i.test(line);
        if (inHeading || inLabel) labels.push({ id: r.id, span: r.span });
      }
    }
    // A document may serve other clauses too; it is mislabelled only when none of its labels is its own clause.
    const known = labels.filter((l) => getClause(l.id));
    if (known.length === 0 || known.some((l) => serves(l.id))) return;
    const first = known[0]!;
    ctx.report({
      span: first.span,
      message: `${capitalize(kindWithArticle(kind))} serves clause ${kind.clauses.join(', ')}, but this one is labelled with clause ${known.map((l) => `${l.id} (${getClause(l.id)!.title})`).join(', ')}.`,
      data: { id: first.id, expected: kind.clauses },
      // The kind was only read from the title: the clause the writer put on it may be the
      // better word on what the document is (a supplier risk register labelled 8.1).
      ...(ctx.doc.meta.kindSource === 'title' ? { atMost: 'information' as const } : {}),
    });
  },
};

function capitalize(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
