import type { Rule } from './types.js';
import type { AimsDocument, Reference, RiskEntry, SoaEntry } from '../model/types.js';
import type { Located } from '../workspaceIndex/workspaceIndex.js';
import type { Span } from '../text/types.js';
import { lineStartNear, referencesIn } from './util.js';
import { byRiskChunk } from './chunkReports.js';
import { shiftSpan } from '../text/spans.js';
import { namesOtherStandard } from '../refs/scan.js';
import { implementationOf } from '../parse/soaStatus.js';

/**
 * Of statements of applicability, the one in the deepest folder that holds `uri`: none if no
 * folder holds it, or if two in that folder decide differently.
 */
function nearestSoa(uri: string, entries: readonly Located<SoaEntry>[]): Located<SoaEntry> | undefined {
  let best: Located<SoaEntry> | undefined;
  let depth = -1;
  let tied = false;
  for (const e of entries) {
    const folder = e.uri.slice(0, e.uri.lastIndexOf('/') + 1);
    if (!uri.startsWith(folder) || folder.length < depth) continue;
    if (folder.length > depth) {
      best = e;
      depth = folder.length;
      tied = false;
    } else if (best?.item.applicable !== e.item.applicable) tied = true;
  }
  return tied ? undefined : best;
}


/**
 * Contradictions around the SoA: an excluded control marked implemented in its
 * own row, an excluded control relied on by a risk treatment elsewhere, and
 * summary counts ("38 applicable, 0 excluded") that disagree with the rows.
 */
export const soaContradiction: Rule = {
  code: 'soa-contradiction',
  defaultSeverity: 'error',
  doc: {
    summary: 'The statement of applicability contradicts itself or the workspace: an excluded control marked implemented or used in a risk treatment, or summary counts that disagree with the rows. Where several statements are in force (one per business unit) and disagree on a control, the one nearest the citing document decides.',
    example: '| A.8.3 | External reporting | No | Not relevant | Implemented |',
    fix: 'Make the decision, the status and the summary agree; if a treatment relies on an excluded control, include the control or change the treatment.',
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.meta.kind !== 'soa') return;
    for (const e of doc.soa) {
      const status = e.attributes.get('status')?.text ?? '';
      // The status in its words, in any language parse/soaStatus.ts reads ("Implemented", "umgesetzt", "已实施").
      if (e.applicable === false && implementationOf(status) === 'implemented' && !/\bnot\b/i.test(status))
        ctx.report({ span: e.idSpan, message: `${e.controlId} is excluded but its status says "${status}".`, data: { id: e.controlId } });
    }
    checkSummary(ctx.doc.text, doc.soa, (span, message) => ctx.report({ span, message }));
  },
  checkInWorkspace(ctx) {
    const { doc, index } = ctx;
    // Nothing excluded anywhere (most workspaces while they are written): no treatment can rely
    // on an excluded control, and a register's treatments are not walked.
    const excludedAnywhere = index.excludedControls();
    if (excludedAnywhere.size === 0) return;
    // Treatments elsewhere that rely on an excluded control.
    // Groups of treatments, each with offsets from where it starts.
    const groups: { found: readonly Treatment[]; start: number }[] = [];
    if (doc.meta.kind === 'risk-treatment-plan') groups.push({ found: doc.references.filter(isControl).map((r) => ({ id: r.id, span: r.span })), start: 0 });
    const seen = new Set<number>();
    // The excluding SoA entries of a control, read once per control (a register names few, many times).
    const excludedOf = new Map<string, readonly Located<SoaEntry>[]>();
    // A retired statement of applicability (an earlier version kept for the record) no longer decides anything.
    const excluding = (id: string) => {
      const inForce = index.soaEntriesFor(id).filter((e) => e.item.applicable !== undefined && !index.isRetired(e.uri));
      const out = inForce.filter((e) => e.item.applicable === false);
      if (out.length === 0 || out.length === inForce.length) return out;
      // The statements disagree (a group's business units keep one each): the one nearest this document decides.
      const decisive = nearestSoa(doc.uri, inForce);
      return decisive?.item.applicable === false ? out.filter((e) => e.uri === decisive.uri) : [];
    };
    const excludedFor = (id: string) => {
      let excluded = excludedOf.get(id);
      if (!excluded) excludedOf.set(id, (excluded = excluding(id)));
      return excluded;
    };
    // The controls of a risk, by register item: they depend on the item's lines alone, so they are kept with it.
    // An item none of whose controls is excluded reports nothing: it is passed over after its
    // controls are looked up (the same reads of the index as walking its treatments), so an edit
    // walks only the items that rely on an excluded control, not every treatment of the register.
    byRiskChunk(doc, 'soa-contradiction', true, (risks, refs, start) => treatedBy(treatments(risks, refs, doc.text, start)), (item, start) => {
      let any = false;
      for (const id of item.ids) if (excludedAnywhere.has(id)) any = true;
      if (any) groups.push({ found: item.found, start });
    });
    // A control tag in a comment inside a risk's controls was read outside the items.
    const loose = (doc as Partial<AimsDocument>).riskChunks ? (doc as Partial<AimsDocument>).looseReferences?.filter(isControl) : undefined;
    if (loose && loose.length > 0) groups.push({ found: treatments(doc.risks, loose.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end), doc.text, 0), start: 0 });
    for (const { found, start } of groups)
      for (const t of found) {
        if (seen.has(t.span.start + start)) continue;
        seen.add(t.span.start + start);
        const span = start === 0 ? t.span : shiftSpan(t.span, start);
        // "A.8.3 is excluded in the SoA, so ..." records the exclusion; it does not rely on the control.
        if (!t.relied && EXCLUSION_NOTE.test(sentenceAround(doc.text, span))) continue;
        const excluded = excludedFor(t.id);
        if (excluded.length === 0) continue;
        report(span, t.id, excluded);
      }
    function report(span: Span, id: string, excluded: readonly Located<SoaEntry>[]): void {
      ctx.report({
        span,
        message: `${id} is used to treat a risk, but the statement of applicability excludes it.`,
        related: excluded.map((e) => ({ uri: e.uri, span: e.item.idSpan, message: `${id} is excluded here` })),
        data: { id },
      });
    }
  },
};

/** A control a treatment names; `relied` once its sentence was read and records no exclusion. */
interface Treatment {
  readonly id: string;
  readonly span: Span;
  readonly relied?: true;
}

const isControl = (r: Reference) => r.type === 'control' && r.framework === '42001';

/**
 * The controls `risks` name in their controls cells, among `refs` (sorted, with offsets from
 * `start` like the risks), less those whose sentence records an exclusion: the sentence is read
 * within its line, so an item's lines decide it.
 */
function treatments(risks: readonly RiskEntry[], refs: readonly Reference[], text: string, start: number): Treatment[] {
  const out: Treatment[] = [];
  if (refs.length === 0) return out;
  for (const risk of risks) {
    const c = risk.attributes.get('controls');
    if (!c) continue;
    for (const r of referencesIn(refs, c.span))
      if (isControl(r) && !EXCLUSION_NOTE.test(sentenceAround(text, shiftSpan(r.span, start)))) out.push({ id: r.id, span: r.span, relied: true });
  }
  return out;
}

/** An item's treatments and the distinct controls they name. */
function treatedBy(found: Treatment[]): { found: readonly Treatment[]; ids: readonly string[] } {
  return { found, ids: [...new Set(found.map((t) => t.id))] };
}

const EXCLUSION_NOTE = /\bexclu(?:ded|des?|sion)\b|\bnot applicable\b/i;

/** The sentence (or table cell) around a span, within its line. */
function sentenceAround(text: string, span: Span): string {
  // Any line break ends the line: "\n", "\r\n" or a lone "\r".
  let lineStart = span.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = span.end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const line = text.slice(lineStart, lineEnd);
  const at = span.start - lineStart;
  let start = 0;
  let end = line.length;
  const boundary = /\||[.;!?](?=\s)/g;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    if (m.index < at) start = m.index + 1;
    else if (m.index >= at + (span.end - span.start)) {
      end = m.index;
      break;
    }
  }
  return line.slice(start, end);
}

// "38 applicable", "36 controls applicable", "2 excluded controls" - but not "3 applicable legal requirements".
const COUNT_BEFORE =
  /\b(\d{1,3})\s+(?:(?:annex\s+a\s+)?controls?\s+(?:are\s+|marked\s+)?)?(applicable|included|excluded|not\s+applicable)\b(?=\s*(?:annex\s+a\s+)?controls?\b|\s*(?:[,.;:)|/]|\*\*|$)|\s+(?:and|or|\()\s)/gim;
const COUNT_AFTER = /\b(applicable|included|excluded|not[\s_]+applicable)(?:[\s_]+controls?)?(?:[\s_]+count)?\s*(?:\*\*)?\s*[:=|]\s*(?:\*\*)?\s*(\d{1,3})\b/gi;

/** "All 38 Annex A controls are applicable to this organisation": a claim about every row, whatever follows. */
const COUNT_ALL = /\bAll\s+(\d{1,3})\s+(?:Annex\s+A\s+)?controls?\s+(?:are\s+|were\s+)?(applicable|included)\b/gi;

// "Total controls: 38", "38 controls are listed": a count of the rows themselves ("Total Annex A controls: 38" is the standard's count).
const COUNT_TOTAL = [
  /\btotal\s+controls?(?:\s+(?:assessed|listed|in\s+scope|reviewed))?\s*(?:\*\*)?\s*[:=|]\s*(?:\*\*)?\s*(\d{1,3})\b/gi,
  /\b(\d{1,3})\s+(?:annex\s+a\s+)?controls?\s+(?:are\s+|were\s+|have\s+been\s+)?(?:listed|assessed)\b/gi,
];

/** The line holding `offset` is a table row whose first cell is a version number. */
function inVersionRow(text: string, offset: number): boolean {
  const start = lineStartNear(text, offset, 200);
  return /^[ \t]*(?:>[ \t]*)*\|[ \t]*v?\d+(?:\.\d+)+[ \t]*\|/.test(text.slice(start, start + 80));
}

type Stage = 'implemented' | 'in progress' | 'planned' | 'not started';

/** A row's status as a stage of implementation, or undefined when it says something else. */
function stageOf(status: string): Stage | undefined {
  const t = status.replace(/[*_`]/g, '').trim().toLowerCase();
  if (/^(?:implemented|fully implemented|complete|completed|done|in place|operational)$/.test(t)) return 'implemented';
  if (/^(?:in progress|partial|partially implemented|ongoing|under way|underway)$/.test(t)) return 'in progress';
  if (/^(?:planned|scheduled)$/.test(t)) return 'planned';
  if (/^(?:not started|not yet started|not implemented)$/.test(t)) return 'not started';
  return undefined;
}

/** "**Implemented Controls** | 26", "In progress: 10", "planned_count: 14". */
const STATUS_COUNT =
  /\b(implemented|in[ \t_]+progress|partially[ \t_]+implemented|partial|planned|not[ \t_]+started)(?:[ \t_]+controls?)?(?:[ \t_]+count)?[ \t]*(?:\*\*[ \t]*)?[:=|][ \t]*(?:\*\*[ \t]*)?(\d{1,3})\b/gi;

/**
 * "31 implemented, 5 in progress.": a count before its stage, where a clause of a summary starts
 * (a line, or after a comma, semicolon, colon, full stop, bracket or "and") and ends. "Phase 2
 * implemented" or "version 3 in progress" do not start so.
 */
const STATUS_COUNT_BEFORE =
  /(?:^|(?<=[,;:.(]|\*\*|\band))[ \t]*(\d{1,3})[ \t]+(?:controls?[ \t]+(?:are[ \t]+)?)?(implemented|in[ \t]+progress|partially[ \t]+implemented|planned|not[ \t]+started)(?=[ \t]*(?:controls?\b|[,.;:)|]|\*\*|$))/gim;

/** Counts of rows by stage of implementation that disagree with the rows' own statuses. */
function checkStatusCounts(text: string, entries: readonly { attributes: ReadonlyMap<string, { text: string }>; extent: Span; applicable?: boolean }[], noSummaryOfOurs: (o: number) => boolean, report: (span: Span, message: string) => void): void {
  const statusOf = (e: (typeof entries)[number]) => e.attributes.get('status')?.text ?? '';
  const statuses = entries.map(statusOf).filter((t) => t.trim() !== '');
  // An excluded row's status ("Not applicable") is no stage, and no stage is counted for it.
  const stages = entries.filter((e) => e.applicable !== false || stageOf(statusOf(e)) !== undefined).map(statusOf).filter((t) => t.trim() !== '');
  // Only where every row's status is a stage: a free-text status column says nothing countable.
  if (statuses.length === 0 || statuses.length < entries.length / 2) return;
  const counted = stages.map(stageOf);
  if (counted.some((c) => c === undefined)) return;
  const judge = (word: string, n: number, span: Span) => {
    if (noSummaryOfOurs(span.start)) return;
    const stage = stageOf(word.replace(/_/g, ' ').replace(/[ \t]+/g, ' ').replace(/^partially implemented$/i, 'partial'))!;
    const actual = counted.filter((c) => c === stage).length;
    if (n !== actual) report(span, `The summary counts ${n} controls ${stage}, but ${actual} row${actual === 1 ? ' says' : 's say'} so.`);
  };
  STATUS_COUNT.lastIndex = 0;
  for (let m = STATUS_COUNT.exec(text); m; m = STATUS_COUNT.exec(text)) judge(m[1]!, Number(m[2]), { start: m.index, end: m.index + m[0].length });
  STATUS_COUNT_BEFORE.lastIndex = 0;
  for (let m = STATUS_COUNT_BEFORE.exec(text); m; m = STATUS_COUNT_BEFORE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    judge(m[2]!, Number(m[1]), { start, end: m.index + m[0].length });
  }
}

/** Whether COUNT_BEFORE matches at `at` (then the claim was checked already). */
function countBeforeAt(text: string, at: number): boolean {
  COUNT_BEFORE.lastIndex = at;
  const m = COUNT_BEFORE.exec(text);
  return m !== null && m.index === at;
}

function checkSummary(text: string, entries: readonly { controlId: string; applicable?: boolean; extent: Span; attributes: ReadonlyMap<string, { text: string }> }[], report: (span: Span, message: string) => void): void {
  if (entries.length === 0) return;
  const applicable = entries.filter((e) => e.applicable === true).length;
  const excluded = entries.filter((e) => e.applicable === false).length;
  // A count quoted in the rows themselves, or in a version-history row ("| 1.0 | Initial issue, all 38 controls assessed |"),
  // is no summary; nor is one of another standard's Annex A in a combined statement.
  const noSummaryOfOurs = (o: number) => entries.some((e) => o >= e.extent.start && o <= e.extent.end) || inVersionRow(text, o) || aboutAnotherAnnex(text, o);
  const check = (word: string, n: number, span: Span) => {
    if (noSummaryOfOurs(span.start)) return;
    const isExcl = /excluded|not[\s_]+applicable/i.test(word);
    const actual = isExcl ? excluded : applicable;
    if (n !== actual)
      report(span, `The summary says ${n} ${isExcl ? 'excluded' : 'applicable'}, but the table has ${actual} ${isExcl ? 'excluded' : 'applicable'} control${actual === 1 ? '' : 's'} (${entries.length} rows).`);
  };
  COUNT_BEFORE.lastIndex = 0;
  for (let m = COUNT_BEFORE.exec(text); m; m = COUNT_BEFORE.exec(text)) check(m[2]!, Number(m[1]), { start: m.index, end: m.index + m[0].length });
  COUNT_AFTER.lastIndex = 0;
  for (let m = COUNT_AFTER.exec(text); m; m = COUNT_AFTER.exec(text)) check(m[1]!, Number(m[2]), { start: m.index, end: m.index + m[0].length });
  const reported = new Set<number>();
  COUNT_ALL.lastIndex = 0;
  for (let m = COUNT_ALL.exec(text); m; m = COUNT_ALL.exec(text)) {
    // COUNT_BEFORE reads "All 38 controls are applicable." itself; this adds the claim going on ("... applicable to us").
    const at = m.index + m[0].indexOf(m[1]!);
    if (!reported.has(at) && !countBeforeAt(text, at)) check(m[2]!, Number(m[1]), { start: m.index, end: m.index + m[0].length });
    reported.add(at);
  }
  checkStatusCounts(text, entries, noSummaryOfOurs, report);
  const listed = new Set(entries.map((e) => e.controlId)).size;
  for (const re of COUNT_TOTAL) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = Number(m[1]);
      const span = { start: m.index, end: m.index + m[0].length };
      if (n !== listed && !noSummaryOfOurs(span.start)) report(span, `The summary counts ${n} controls, but the table lists ${listed} control${listed === 1 ? '' : 's'}.`);
    }
  }
}

/** More controls than ISO/IEC 42001's Annex A has (38): "93 controls", "93 Annex A controls". */
const OVER_OUR_ANNEX = /\b(?:39|[4-9]\d|1\d\d)[ \t]+(?:annex[ \t]+a[ \t]+)?controls\b/i;

/**
 * A count about another standard's Annex A in a combined statement ("## Part A — ISO/IEC
 * 27001:2022 Annex A" ... "Summary Part A: 93 controls, 91 applicable"): its line counts more
 * controls than ours has, or the heading it sits under names another standard.
 */
function aboutAnotherAnnex(text: string, offset: number): boolean {
  const start = lineStartNear(text, offset, 400);
  const end = text.indexOf('\n', offset);
  if (OVER_OUR_ANNEX.test(text.slice(start, end < 0 ? text.length : end))) return true;
  const heading = text.lastIndexOf('\n#', offset);
  if (heading < 0) return false;
  const headingEnd = text.indexOf('\n', heading + 1);
  return namesOtherStandard(text.slice(heading + 1, headingEnd < 0 ? text.length : headingEnd));
}
