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
import type { AimsDocument, Reference, ReferenceChunk } from '../model/types.js';
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

const NONE: readonly Report[] = [];

/** A report moved by `by`, its related locations in this document moved too and given `uri`. */
function moved(r: Report, by: number, uri: string | undefined): Report {
  return {
    ...r,
    span: shiftSpan(r.span, by),
    ...(r.related ? { related: r.related.map((l) => ({ ...l, ...(uri !== undefined ? { uri } : {}), span: shiftSpan(l.span, by) })) } : {}),
  };
}
