/**
 * A Markdown document's references, scanned chunk by chunk. Each chunk's references are kept
 * for the next version (reuse.ts `ReferenceCache`): a chunk with the same text, section title
 * and document-wide context keeps them, moved with it. A document parsed for its summary only
 * (no next version, no rule run on it) keeps none, and reads no chunk of the previous version.
 */
import type { Reference, Section } from '../model/types.js';
import type { Span } from '../text/types.js';
import { shiftSpanned } from '../text/spans.js';
import { previousStart, type TextDelta } from '../text/textDelta.js';
import { scanReferences, type Region, type ScanOptions } from '../refs/scan.js';
import { pushAll } from '../util/arrays.js';
import { chunkReferencesAt, type ChunkReferences, type ReferenceCache } from './reuse.js';

export interface ChunkScan {
  readonly scan: Omit<ScanOptions, 'regions'>;
  readonly chunks: readonly Span[];
  readonly sections: readonly Section[];
  /** The regions of one chunk: built only for a chunk scanned afresh. */
  readonly chunkRegions: (chunk: Span) => Region[];
}

/** What the next version needs to reuse chunks' references: the previous version's, and what the edit left alone. */
export interface ChunkReuse {
  readonly previous: ReferenceCache | undefined;
  readonly delta: TextDelta | undefined;
}

/**
 * Pushes every chunk's references onto `out`, in chunk order. With `reuse`, returns each
 * chunk's for the next version; without it (a summary-only parse), none.
 */
export function markdownReferences(read: ChunkScan, out: Reference[], reuse: ChunkReuse | undefined): ChunkReferences[] {
  const { scan, chunks, sections } = read;
  if (!reuse) {
    for (const chunk of chunks) pushAll(out, scanReferences({ ...scan, regions: read.chunkRegions(chunk) }));
    return [];
  }
  const { previous, delta } = reuse;
  const kept: ChunkReferences[] = [];
  // A chunk may start inside a section whose heading is in an earlier chunk: that title is part
  // of the chunk's context (it labels the chunk's regions). The title at an offset is that of the
  // last heading at or before it, found here in one sweep.
  let s = -1;
  for (const chunk of chunks) {
    while (s + 1 < sections.length && sections[s + 1]!.span.start <= chunk.start) s++;
    const title = s >= 0 ? sections[s]!.title : '';
    const old = previous && delta ? previousStart(delta, chunk.start, chunk.end) : undefined;
    const hit = old === undefined ? undefined : chunkReferencesAt(previous!.chunks, old);
    const same = hit && hit.end - old! === chunk.end - chunk.start && hit.title === title ? hit : undefined;
    // Scanned afresh: in the document's offsets already. Kept and not moved (every chunk before the edit): the very objects.
    const scanned = same ? undefined : scanReferences({ ...scan, regions: read.chunkRegions(chunk) });
    const relative = same ? same.relative : scanned!.map((r) => shiftSpanned(r, -chunk.start));
    const absolute = scanned ?? (same!.start === chunk.start ? same!.absolute : relative.map((r) => shiftSpanned(r, chunk.start)));
    kept.push(same && same.start === chunk.start ? same : { end: chunk.end, title, relative, start: chunk.start, absolute });
    pushAll(out, absolute);
  }
  return kept;
}
