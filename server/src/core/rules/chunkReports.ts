/**
 * A rule's per-reference judgement, kept with the chunk the references were read in
 * (AimsDocument.referenceChunks): an edit changes one chunk, so the next version judges that
 * chunk's references and takes every other chunk's reports from here, moved to where the chunk
 * now starts. On a 100 KB policy this is the difference between judging some hundreds of
 * control citations per keystroke and judging a handful.
 *
 * Exactness is the caller's to show: `judge` must read nothing but the references it is given
 * and the text of their chunk (chunks start at line starts, so reading a reference's own line
 * qualifies). References read outside the chunks (front matter, YAML's frame) are judged every
 * time, and so are documents without chunks (CSV).
 */
import type { AimsDocument, DocumentSummary, Reference, ReferenceChunk, RiskEntry } from '../model/types.js';
import type { Report } from './types.js';
import { chunkMemo } from '../text/chunkMemo.js';
import { shiftSpan } from '../text/spans.js';

export function judgeByChunk(doc: AimsDocument, name: string, judge: (refs: readonly Reference[], report: (r: Report) => void) => void, report: (r: Report) => void): void {
  const chunks = doc.referenceChunks;
  if (!chunks) {
    judge(doc.references, report);
    return;
  }
  judge(doc.looseReferences ?? [], report);
  // Looked up once per call, not per chunk: no closure or name made per chunk on every edit.
  const judged = chunkMemo(name);
  const placedReports = chunkMemo(name + '/placed');
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.absolute.length === 0) continue;
    let kept = judged.get(c.relative) as readonly Report[] | undefined;
    if (!kept) judged.set(c.relative, (kept = judgeChunk(c, judge)));
    if (kept.length === 0) continue;
    // Placed where the chunk is: kept too while the chunk has not moved (its `absolute` array is
    // the very one of the version before), so an unmoved chunk's reports are not copied again.
    let placed = placedReports.get(c.absolute) as readonly Report[] | undefined;
    if (!placed) placedReports.set(c.absolute, (placed = kept.map((r) => moved(r, c.start, doc.uri))));
    for (let k = 0; k < placed.length; k++) report(placed[k]!);
  }
}

/** A chunk's reports, relative to its start. */
function judgeChunk(c: ReferenceChunk, judge: (refs: readonly Reference[], report: (r: Report) => void) => void): readonly Report[] {
  const found: Report[] = [];
  judge(c.absolute, (r) => found.push(r));
  // Through JSON: messages and data are slices of this version's text, which kept values
  // would keep alive (text/chunkMemo.ts detached()); reports are plain data.
  return found.length === 0 ? NONE : (JSON.parse(JSON.stringify(found.map((r) => moved(r, -c.start, undefined)))) as Report[]);
}

/**
 * A rule's judgement of a register's risks, kept per YAML item (AimsDocument.riskChunks): `judge`
 * sees one item's risks and references with offsets from the item's start (and where it starts
 * then), and `use` gets its value with where the item starts now. `judge` must read nothing but
 * what it is given, the item's own lines of the text, and `context` (which it is kept with,
 * compared by identity: a new context judges again); its value must hold offsets from the item's
 * start. References read outside the items (AimsDocument.looseReferences) are the caller's. Whatever reads the index is
 * the caller's, every time, so the findings cache notes every fact the findings depend on.
 * A document without risk chunks (Markdown, CSV, a closed document's summary) is judged whole.
 */
export function byRiskChunk<T>(
  doc: DocumentSummary,
  name: string,
  context: unknown,
  judge: (risks: readonly RiskEntry[], references: readonly Reference[], start: number) => T,
  use: (value: T, start: number) => void,
): void {
  const chunks = (doc as Partial<AimsDocument>).riskChunks;
  if (!chunks) {
    use(judge(doc.risks, doc.references, 0), 0);
    return;
  }
  for (const c of chunks) {
    let values = riskMemo.get(c.relative);
    if (!values) riskMemo.set(c.relative, (values = new Map()));
    let kept = values.get(name);
    if (!kept || kept.context !== context) values.set(name, (kept = { context, value: judge(c.relative, c.references, c.start) }));
    use(kept.value as T, c.start);
  }
}

/** By chunk (while some version has it), by rule: the latest context's value. */
const riskMemo = new WeakMap<object, Map<string, { context: unknown; value: unknown }>>();

/** Reports judged relative to a chunk, placed where it starts now. */
export function placeReports(reports: readonly Report[], start: number, report: (r: Report) => void): void {
  for (const r of reports) report(start === 0 ? r : moved(r, start, undefined));
}

const NONE: readonly Report[] = [];

/** A report moved by `by`, its related locations in this document moved too and given `uri` (when given). */
function moved(r: Report, by: number, uri: string | undefined): Report {
  return {
    ...r,
    span: shiftSpan(r.span, by),
    ...(r.related ? { related: r.related.map((l) => ({ ...l, ...(uri !== undefined ? { uri } : {}), span: shiftSpan(l.span, by) })) } : {}),
  };
}
