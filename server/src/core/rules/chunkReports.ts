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
import type { AimsDocument, DocumentSummary, Reference, ReferenceChunk, RiskChunk, RiskEntry } from '../model/types.js';
import type { Report } from './types.js';
import { shiftSpan } from '../text/spans.js';
import { WeakMemo } from '../util/weakMemo.js';

/**
 * Each chunk's memo (by its relative array: the same while the chunk's text is), looked up once
 * per version and not once per rule and chunk: a register of thousands of items is judged by
 * several rules on every edit, and the weak-map lookups were most of that loop's time.
 */
class ChunkMemos<C extends { readonly relative: object }, V> {
  private readonly byChunk = new WeakMemo<object, Map<string, V>>();
  private readonly byVersion = new WeakMemo<readonly C[], Map<string, V>[]>();

  of(chunks: readonly C[]): Map<string, V>[] {
    let memos = this.byVersion.get(chunks);
    if (memos) return memos;
    memos = new Array<Map<string, V>>(chunks.length);
    for (let i = 0; i < chunks.length; i++) {
      const key = chunks[i]!.relative;
      let values = this.byChunk.get(key);
      if (!values) this.byChunk.set(key, (values = new Map()));
      memos[i] = values;
    }
    this.byVersion.set(chunks, memos);
    return memos;
  }
}

export function judgeByChunk(doc: AimsDocument, name: string, judge: (refs: readonly Reference[], report: (r: Report) => void) => void, report: (r: Report) => void): void {
  const chunks = doc.referenceChunks;
  if (!chunks) {
    judge(doc.references, report);
    return;
  }
  judge(doc.looseReferences ?? [], report);
  const memos = referenceMemos.of(chunks);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.absolute.length === 0) continue;
    const values = memos[i]!;
    let kept = values.get(name);
    if (!kept) values.set(name, (kept = { value: judgeChunk(c, judge) }));
    const reports = kept.value;
    if (reports.length === 0) continue;
    // Placed where the chunk is: kept too while the chunk has not moved (its `absolute` array is
    // the very one of the version before), so an unmoved chunk's reports are not copied again.
    if (kept.placedFor !== c.absolute) {
      kept.placed = reports.map((r) => moved(r, c.start, doc.uri));
      kept.placedFor = c.absolute;
    }
    const placed = kept.placed!;
    for (let k = 0; k < placed.length; k++) report(placed[k]!);
  }
}

/** A rule's reports for one chunk of references, relative to its start, and placed where the chunk was last. */
interface KeptReports {
  readonly value: readonly Report[];
  placed?: readonly Report[];
  placedFor?: readonly Reference[];
}

/** By a chunk's relative references (while some version has them), by rule; and each version's list of them. */
const referenceMemos = new ChunkMemos<ReferenceChunk, KeptReports>();

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
  const memos = riskMemos.of(chunks);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    use(keptFor(memos[i]!, c, name, context, judge).value as T, c.start);
  }
}

/**
 * byRiskChunk for a judgement that is reports: each item's reports are placed where it starts
 * and the placed ones kept with the judgement while the item stays there, so an edit places only
 * the items it moved (those after it), not all of a register's thousands of reports.
 */
export function reportByRiskChunk(
  doc: DocumentSummary,
  name: string,
  context: unknown,
  judge: (risks: readonly RiskEntry[], references: readonly Reference[], start: number) => readonly Report[],
  report: (r: Report) => void,
): void {
  const chunks = (doc as Partial<AimsDocument>).riskChunks;
  if (!chunks) {
    for (const r of judge(doc.risks, doc.references, 0)) report(r);
    return;
  }
  const memos = riskMemos.of(chunks);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const kept = keptFor(memos[i]!, c, name, context, judge);
    const reports = kept.value as readonly Report[];
    if (reports.length === 0) continue;
    if (kept.placedAt !== c.start) {
      kept.placed = c.start === 0 ? reports : reports.map((r) => moved(r, c.start, undefined));
      kept.placedAt = c.start;
    }
    const placed = kept.placed!;
    for (let k = 0; k < placed.length; k++) report(placed[k]!);
  }
}

/** A rule's value for one item: judged again only when the context is another (a new value is placed afresh). */
function keptFor<T>(values: Map<string, Kept>, c: RiskChunk, name: string, context: unknown, judge: (risks: readonly RiskEntry[], references: readonly Reference[], start: number) => T): Kept {
  let kept = values.get(name);
  if (!kept || kept.context !== context) values.set(name, (kept = { context, value: judge(c.relative, c.references, c.start) }));
  return kept;
}

interface Kept {
  readonly context: unknown;
  readonly value: unknown;
  /** With reportByRiskChunk: the reports placed at `placedAt`. */
  placed?: readonly Report[];
  placedAt?: number;
}

/** By chunk (while some version has it), by rule: the latest context's value; and each version's list of them. */
const riskMemos = new ChunkMemos<RiskChunk, Kept>();

const NONE: readonly Report[] = [];

/** A report moved by `by`, its related locations in this document moved too and given `uri` (when given). */
function moved(r: Report, by: number, uri: string | undefined): Report {
  return {
    ...r,
    span: shiftSpan(r.span, by),
    ...(r.related ? { related: r.related.map((l) => ({ ...l, ...(uri !== undefined ? { uri } : {}), span: shiftSpan(l.span, by) })) } : {}),
  };
}
