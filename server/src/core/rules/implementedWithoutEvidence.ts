import type { Rule, WorkspaceRuleContext } from './types.js';
import { implementationOf } from '../parse/soaStatus.js';
import { tagAround } from '../parse/codeTags.js';
import { fieldList } from '../parse/meta.js';
import { getControl } from '../catalogue/lookup.js';
import { getKind } from '../catalogue/kinds.js';

/**
 * An SoA row that says a control is implemented, with nothing anywhere to show it: no
 * evidence in the row, no code tagged with the control (`# aims: A.x.y`), and no document in
 * force declaring it in its `aims.controls`. A notice: the row may be true, but an auditor
 * will ask for the evidence. An SoA with no evidence at all gets one notice, not one per row.
 */
export const implementedWithoutEvidence: Rule = {
  code: 'implemented-without-evidence',
  defaultSeverity: 'information',
  doc: {
    summary: 'The statement of applicability says a control is implemented, but no evidence is recorded anywhere: not in its row, not as a code tag, not in a document that declares the control or a model card that documents it, not in an AI system record that names it, and no document in force is itself evidence of it (an impact assessment for A.5.2 to A.5.5, a model card for A.6.2.7, a competence record for A.4.6 ...).',
    example: '| A.6.2.8 | AI system recording of event logs | Yes | Needed for R-004 | Implemented | |',
    fix: 'Name the evidence in the row (a document, a record, a path), tag the code that implements it (`# aims: A.6.2.8`), or list the control in the `aims.controls` of the document that implements it.',
  },
  checkInWorkspace(ctx) {
    if (ctx.doc.meta.kind !== 'soa' || ctx.index.isRetired(ctx.doc.uri)) return;
    const implemented = ctx.doc.soa.filter((e) => getControl(e.controlId) !== undefined && e.applicable === true && implementationOf(e.attributes.get('status')?.text) === 'implemented');
    // What the workspace's documents evidence by what they are, gathered once, not once per row.
    let byDocuments: ReadonlySet<string> | undefined;
    const bare = implemented.filter((e) => !(e.attributes.get('evidence')?.text ?? '').trim() && !evidencedElsewhere(ctx, e.controlId, (byDocuments ??= evidencedByDocuments(ctx))));
    if (bare.length === 0) return;
    if (!ctx.doc.soa.some((e) => (e.attributes.get('evidence')?.text ?? '').trim())) {
      const ids = bare.map((e) => e.controlId);
      ctx.report({
        span: bare[0]!.idSpan,
        message: `This statement of applicability records no evidence for the ${ids.length} control${ids.length === 1 ? '' : 's'} it marks implemented (${list(ids)}): add an Evidence column, tag the code that implements them (# aims: ${ids[0]}), or list them in the aims.controls of the documents that do.`,
        data: { ids },
      });
      return;
    }
    for (const e of bare)
      ctx.report({
        span: e.idSpan,
        message: `${e.controlId} is marked implemented, but no evidence is recorded for it: none in this row, no code tagged with it, no document declaring it in aims.controls.`,
        data: { id: e.controlId },
      });
  },
};

/**
 * Code tagged with the control, a document in force that lists it in `aims.controls`, a model or
 * dataset card that documents it, an AI system record that names it (a record beside the code
 * lists the controls its system carries out), or a document in force that is itself evidence of
 * it (an impact assessment for A.5.2 to A.5.5, a model card for A.6.2.7: the kinds' `evidences`
 * in catalogue/kinds.ts), which is where an auditor looks.
 */
function evidencedElsewhere(ctx: WorkspaceRuleContext, controlId: string, byDocuments: ReadonlySet<string>): boolean {
  if (byDocuments.has(controlId)) return true;
  for (const c of ctx.index.citationsOf('control', controlId)) {
    const doc = ctx.index.document(c.uri);
    if (!doc || ctx.index.isRetired(c.uri)) continue;
    if (tagAround(doc, c.item.span) || doc.meta.kind === 'ai-system') return true;
    if (fieldList(doc.meta, 'controls').some((i) => String(i.value ?? '').trim() === controlId)) return true;
  }
  return false;
}

/** The controls the documents in force (but this one and templates) evidence: a card's documented parts, and their kinds' `evidences`. */
function evidencedByDocuments(ctx: WorkspaceRuleContext): ReadonlySet<string> {
  const out = new Set<string>();
  for (const d of ctx.index.everyDocument().documents) {
    if (ctx.index.isRetired(d.uri) || d.uri === ctx.doc.uri || d.template) continue;
    for (const id of d.meta.documents ?? []) out.add(id);
    const kind = d.meta.kind && getKind(d.meta.kind);
    for (const id of kind?.evidences ?? []) out.add(id);
  }
  return out;
}

function list(ids: readonly string[]): string {
  return ids.length <= 6 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}

