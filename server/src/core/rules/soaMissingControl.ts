import type { Rule, WorkspaceRuleContext } from './types.js';
import type { DocumentSummary } from '../model/types.js';
import type { Span } from '../text/types.js';
import { isRetiredByStatus } from './util.js';
import { CONTROLS } from '../catalogue/controls.js';

export const soaMissingControl: Rule = {
  code: 'soa-missing-control',
  defaultSeverity: 'error',
  doc: {
    summary: 'A statement of applicability that has no decision (applicable or excluded) for some of the 38 Annex A controls (one finding listing them), or a row with no decision. An SoA kept in parts (documents deciding different controls, none the same) is judged as one.',
    example: 'An SoA table with rows for A.2.2 ... A.9.4 but none for A.10.2.',
    fix: 'Add a row for each missing control with the decision and its justification; one quick fix adds them all, and for a short list one per control adds that one.',
  },
  check(ctx) {
    // A retired SoA is kept for the record; only the SoA in force must be complete. An archived
    // copy (_history/) is still read for what it decides: a missing decision is its content's defect.
    if (ctx.doc.meta.kind !== 'soa' || isRetiredByStatus(ctx.doc)) return;
    for (const e of ctx.doc.soa)
      if (e.applicable === undefined && CONTROLS.some((c) => c.id === e.controlId))
        ctx.report({ span: e.idSpan, message: `${e.controlId} is listed without a decision: say whether it is applicable (yes) or excluded (no).`, data: { id: e.controlId, undecided: true } });
  },
  checkInWorkspace(ctx) {
    const doc = ctx.doc;
    if (doc.meta.kind !== 'soa' || isRetiredByStatus(doc)) return;
    if (doc.soa.length === 0) return; // missing-section reports an SoA with no rows at all
    const present = new Set(doc.soa.map((e) => e.controlId));
    const unlisted = CONTROLS.filter((c) => !present.has(c.id));
    // A complete SoA (nearly every one) reads no other: the parts are looked for only when something is missing.
    if (unlisted.length === 0) return;
    const decidedInParts = otherParts(ctx, present);
    const missing = unlisted.filter((c) => !decidedInParts.has(c.id));
    if (missing.length === 0) return;
    const span = titleSpanOf(doc);
    // One finding per SoA, on its title, listing what is missing: 30 identical lines at line 1 read worse than one list.
    if (missing.length === 1) {
      const c = missing[0]!;
      ctx.report({ span, message: `The statement of applicability has no decision for ${c.id} (${c.title}).`, data: { id: c.id, title: c.title, ids: [c.id] } });
    } else {
      const list = missing.length <= 4 ? missing.map((c) => `${c.id} (${c.title})`).join(', ') : missing.map((c) => c.id).join(', ');
      ctx.report({ span, message: `The statement of applicability has no decision for ${missing.length} controls: ${list}.`, data: { ids: missing.map((c) => c.id) } });
    }
  },
};

/**
 * The controls decided by the other parts of this SoA: SoA documents in force that share no
 * decided control with this one nor with any other SoA ("Part 1: A.2 to A.6", "Part 2: A.7 to
 * A.10"). SoAs deciding some of the same controls are separate SoAs (a business unit's, an
 * older one), each of which must be complete by itself.
 */
function otherParts(ctx: WorkspaceRuleContext, present: ReadonlySet<string>): Set<string> {
  const decidedBy = new Map<string, Set<string>>([[ctx.doc.uri, new Set(present)]]);
  // Each document's standing is asked once, not once per control it decides (a workspace of hundreds of SoAs).
  const standing = new Map<string, boolean>();
  const inForce = (uri: string) => {
    let ok = standing.get(uri);
    if (ok === undefined) standing.set(uri, (ok = ctx.index.document(uri)?.meta.kind === 'soa' && !ctx.index.isRetired(uri)));
    return ok;
  };
  for (const c of CONTROLS) {
    for (const e of ctx.index.soaEntriesFor(c.id)) {
      if (e.uri === ctx.doc.uri || e.item.applicable === undefined || !inForce(e.uri)) continue;
      let ids = decidedBy.get(e.uri);
      if (!ids) decidedBy.set(e.uri, (ids = new Set()));
      ids.add(c.id);
    }
    // Many SoAs (a group's units, a generated set) are no SoA in parts: stop reading them.
    if (decidedBy.size > MAX_PARTS) return new Set();
  }
  // A document overlaps another when one of its controls is decided by two documents: counted once per control.
  const deciders = new Map<string, number>();
  for (const ids of decidedBy.values()) for (const id of ids) deciders.set(id, (deciders.get(id) ?? 0) + 1);
  const overlapsAnother = (uri: string) => [...decidedBy.get(uri)!].some((id) => deciders.get(id)! > 1);
  const decided = new Set<string>();
  if (overlapsAnother(ctx.doc.uri)) return decided;
  for (const [uri, ids] of decidedBy) if (uri !== ctx.doc.uri && !overlapsAnother(uri)) for (const id of ids) decided.add(id);
  return decided;
}

/** More SoA documents than this in force: they are separate SoAs, not one kept in parts. */
const MAX_PARTS = 12;

/** Where a finding about the whole SoA goes: its declared kind, else its title heading, else its first line. */
function titleSpanOf(doc: DocumentSummary): Span {
  const kind = doc.meta.fields.get('kind');
  if (kind) return kind.valueSpan;
  const text = doc.text;
  const from = doc.meta.frontMatterSpan?.end ?? 0;
  // The first ATX heading after the front matter: the title heading (parse/sections.ts gives it the whole line).
  const heading = /^ {0,3}#{1,6}(?:[ \t]|$)/gm;
  heading.lastIndex = from;
  const m = doc.languageId === 'markdown' ? heading.exec(text) : null;
  const start = m ? m.index : 0;
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return { start, end: text[end - 1] === '\r' ? end - 1 : end };
}
