/**
 * Annex A: for each of the 38 controls the decision of the statement of
 * applicability, its justification, implementation status and evidence (each
 * item resolved), the documents and risks that cite it, and the contradictions
 * the soa-contradiction rule found; then counts per objective group.
 */
import { CONTROLS, CONTROL_GROUPS } from '../catalogue/controls.js';
import { decisionOf, isRetiredDoc } from './providers.js';
import { byPath, documentRef, locationOf, pathOf, type ModelContext } from './common.js';
import { resolveEvidence } from './evidence.js';
import { fieldList, fieldText } from '../parse/meta.js';
import type { AnnexASection, AnnexATotals, CodeEvidence, ContradictionRef, ControlCoverage, ControlState, GroupCoverage, Implementation, Location, RiskCoverage } from './types.js';
import { implementationOf } from '../parse/soaStatus.js';
import { tagAround, type CodeTag } from '../parse/codeTags.js';
import type { Span } from '../text/types.js';

export function annexASection(ctx: ModelContext, risks: readonly RiskCoverage[]): AnnexASection {
  const index = ctx.service.index;
  const contradictions = soaContradictions(ctx);
  const controls: ControlCoverage[] = CONTROLS.map((c) => {
    const d = decisionOf(index, c.id, ctx.docs);
    const e = d.entry;
    const at = e ? locationOf(ctx, e.uri, e.item.idSpan) : undefined;
    const justification = clean(e?.item.attributes.get('justification')?.text);
    const status = clean(e?.item.attributes.get('status')?.text);
    const evidenceText = clean(e?.item.attributes.get('evidence')?.text);
    const evidence = evidenceText && at ? resolveEvidence(ctx, evidenceText, at.path) : [];
    const implementation = d.decision === 'excluded' ? 'not-applicable' : implementationOf(status);
    const own = contradictions.byControl.get(c.id) ?? [];
    return {
      id: c.id,
      title: c.title,
      group: c.group,
      decision: d.decision,
      conflict: d.conflict,
      ...(d.provisional ? { provisional: true as const } : {}),
      ...(at ? { source: at } : {}),
      ...(justification ? { justification } : {}),
      ...(status ? { status } : {}),
      implementation,
      ...(evidenceText ? { evidenceText } : {}),
      evidence,
      citedBy: citationsOf(ctx, c.id),
      codeEvidence: codeEvidenceOf(ctx, c.id),
      declaredBy: declaredBy(ctx, c.id),
      risks: risks.filter((r) => r.controls.includes(c.id)).map((r) => r.id),
      contradictions: own,
      state: stateOf(d.decision, implementation, own.length > 0 || d.conflict),
    };
  });
  const groups: GroupCoverage[] = CONTROL_GROUPS.filter((g) => CONTROLS.some((c) => c.group === g.id)).map((g) => {
    const list = controls.filter((c) => c.group === g.id);
    return { id: g.id, title: g.title, ...(g.parent ? { parent: g.parent } : {}), controls: list.length, ...counts(list) };
  });
  const t = counts(controls);
  const items = controls.flatMap((c) => c.evidence);
  const provisional = controls.filter((c) => c.provisional).length;
  const totals: AnnexATotals = {
    ...(provisional > 0 ? { provisional } : {}),
    applicable: t.applicable,
    excluded: t.excluded,
    undecided: t.undecided,
    implemented: t.implemented,
    partial: t.partial,
    planned: t.planned,
    contradictions: t.contradictions,
    evidenceItems: items.length,
    evidenceResolved: items.filter((i) => i.resolved).length,
    evidenceUnresolved: t.unresolvedEvidence,
    evidenceText: items.filter((i) => i.kind === 'text').length,
  };
  const soaDocuments = index.soaDocuments().filter((d) => !isRetiredDoc(d)).map((d) => documentRef(ctx, d));
  return { controls, groups, totals, soaDocuments, documentContradictions: contradictions.general };
}

function counts(list: readonly ControlCoverage[]): Omit<GroupCoverage, 'id' | 'title' | 'parent' | 'controls'> {
  const n = (p: (c: ControlCoverage) => boolean) => list.filter(p).length;
  return {
    applicable: n((c) => c.decision === 'applicable'),
    excluded: n((c) => c.decision === 'excluded'),
    undecided: n((c) => c.decision === 'undecided'),
    implemented: n((c) => c.decision === 'applicable' && c.implementation === 'implemented'),
    partial: n((c) => c.decision === 'applicable' && c.implementation === 'partial'),
    planned: n((c) => c.decision === 'applicable' && c.implementation === 'planned'),
    contradictions: n((c) => c.state === 'contradiction'),
    unresolvedEvidence: list.reduce((s, c) => s + c.evidence.filter((i) => i.kind !== 'text' && !i.resolved).length, 0),
  };
}

function stateOf(decision: ControlCoverage['decision'], implementation: Implementation, contradiction: boolean): ControlState {
  if (contradiction) return 'contradiction';
  if (decision !== 'applicable') return decision;
  return implementation === 'implemented' || implementation === 'partial' || implementation === 'planned' ? implementation : 'applicable';
}

/** Documents other than statements of applicability that cite the control (ISO/IEC 42001 references only). */
function citationsOf(ctx: ModelContext, controlId: string): (Location & { count: number })[] {
  const byUri = new Map<string, { first: number; count: number }>();
  for (const c of ctx.service.index.citationsOf('control', controlId)) {
    if (c.item.framework !== '42001' || ctx.docs.get(c.uri)?.meta.kind === 'soa' || tagAt(ctx, c.uri, c.item.span)) continue;
    const seen = byUri.get(c.uri);
    if (seen) {
      seen.count++;
      seen.first = Math.min(seen.first, c.item.span.start);
    } else byUri.set(c.uri, { first: c.item.span.start, count: 1 });
  }
  return [...byUri].map(([uri, v]) => ({ ...locationOf(ctx, uri, { start: v.first, end: v.first }), count: v.count })).sort(byPath);
}

/** The tag of a document around a span, if the span is in one. */
function tagAt(ctx: ModelContext, uri: string, span: Span): CodeTag | undefined {
  const doc = ctx.docs.get(uri);
  return doc ? tagAround(doc, span) : undefined;
}

/** The control tags that name the control, each with the systems and risks the same tag names. */
function codeEvidenceOf(ctx: ModelContext, controlId: string): CodeEvidence[] {
  const out: CodeEvidence[] = [];
  for (const c of ctx.service.index.citationsOf('control', controlId)) {
    const doc = ctx.docs.get(c.uri);
    const tag = doc && !isRetiredDoc(doc) ? tagAt(ctx, c.uri, c.item.span) : undefined;
    if (!doc || !tag) continue;
    const inTag = doc.references.filter((r) => r.span.start >= tag.span.start && r.span.end <= tag.span.end);
    out.push({
      ...locationOf(ctx, c.uri, tag.span),
      systems: inTag.filter((r) => r.type === 'system').map((r) => r.id),
      risks: inTag.filter((r) => r.type === 'risk').map((r) => r.id),
      ...(tag.note?.text ? { note: tag.note.text } : {}),
    });
  }
  return out.sort(byPath);
}

/** Documents in force whose `aims.controls` lists the control, and cards that document it. */
function declaredBy(ctx: ModelContext, controlId: string): (Location & { id?: string })[] {
  const out: (Location & { id?: string })[] = [];
  for (const doc of ctx.service.index.documents) {
    if (!doc.relevant || isRetiredDoc(doc)) continue;
    const item = fieldList(doc.meta, 'controls').find((i) => String(i.value ?? '').trim() === controlId);
    // A model or dataset card documents the controls of the parts it has (parse/cards.ts).
    const card = !item && doc.meta.documents?.includes(controlId);
    if (!item && !card) continue;
    const id = fieldText(doc.meta, 'id');
    out.push({ ...locationOf(ctx, doc.uri, item ? item.span : { start: 0, end: 0 }), ...(id ? { id } : {}) });
  }
  return out.sort(byPath);
}

/** The soa-contradiction findings of the workspace, by control (those with a control ID) or about a whole SoA. */
function soaContradictions(ctx: ModelContext): { byControl: Map<string, ContradictionRef[]>; general: ContradictionRef[] } {
  const byControl = new Map<string, ContradictionRef[]>();
  const general: ContradictionRef[] = [];
  for (const doc of ctx.service.index.documents) {
    if (!doc.relevant) continue;
    for (const f of ctx.service.getFindings(doc.uri)) {
      if (f.code !== 'soa-contradiction') continue;
      const ref: ContradictionRef = { path: pathOf(ctx.service, f.uri), line: f.range.start.line + 1, message: f.message };
      const id = f.data?.['id'];
      if (typeof id === 'string') byControl.set(id, [...(byControl.get(id) ?? []), ref]);
      else general.push(ref);
    }
  }
  for (const list of byControl.values()) list.sort(byPath);
  return { byControl, general: general.sort(byPath) };
}

function clean(text: string | undefined): string | undefined {
  const t = text?.trim();
  return t ? t : undefined;
}
