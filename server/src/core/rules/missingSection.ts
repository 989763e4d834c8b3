import type { Rule } from './types.js';
import { getKind, kindNoun, type RequiredItem } from '../catalogue/kinds.js';
import { containsPhrase, normalizeTitle } from '../util/text.js';
import type { AimsDocument } from '../model.js';
import { titleSpan } from './util.js';
import { isRiskTable } from '../parse/riskCards.js';

/** Every heading, table column header and YAML key of the document, normalised. */
export function documentLabels(doc: AimsDocument): string[] {
  const labels = doc.sections.map((s) => s.normalized);
  for (const t of doc.tables) for (const h of t.header) labels.push(normalizeTitle(h.text));
  // The keys of a list of YAML items play the part of a Markdown table's column headers.
  labels.push(...doc.nestedKeys);
  return labels;
}

export function isItemPresent(item: RequiredItem, labels: readonly string[]): boolean {
  return labels.some((l) => item.synonyms.some((syn) => containsPhrase(l, syn)));
}

export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'warning',
  doc: {
    summary: "A section the document's kind requires is missing (headings are matched by synonyms, in any order; a table column or YAML key counts too).",
    example: '---\naims: { kind: policy, ... }\n---\n# AI policy\n## Purpose\n...  (no scope, principles, review ...)',
    fix: 'Add each missing section; the quick fix inserts a skeleton with a hint of what belongs there.',
  },
  check(ctx) {
    const kind = ctx.doc.meta.kind && getKind(ctx.doc.meta.kind);
    if (!kind) return;
    const labels = documentLabels(ctx.doc);
    const span = titleSpan(ctx.doc);
    const missing = kind.sections.filter((item) => !isItemPresent(item, labels));
    for (const item of missing)
      ctx.report({
        span,
        message: `This ${kindNoun(kind)} has no "${item.title}" section: ${item.hint}`,
        data: { kind: kind.id, item: item.id, title: item.title, hint: item.hint },
      });
    if (kind.entries) {
      // A table of risks is risks, even when its rows carry no IDs of their own (a supplier's risks, say).
      const count = kind.entries.entity === 'risks' ? ctx.doc.risks.length || ctx.doc.tables.filter(isRiskTable).length : kind.entries.entity === 'soa' ? ctx.doc.soa.length : 1;
      if (count === 0)
        ctx.report({
          span,
          message:
            kind.entries.entity === 'risks'
              ? `This risk register lists no risks: add a table with an ID column (e.g. R-001) or a YAML "risks:" list.`
              : `This statement of applicability lists no controls: add a table with a control column (A.2.2 ...) or a YAML "controls:" list.`,
          data: { kind: kind.id, item: 'entries' },
        });
    }
  },
};
