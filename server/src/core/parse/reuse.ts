/**
 * What a parse keeps of one version to parse the next faster, carried explicitly on the
 * document it produced (AimsDocument.reuse, opaque outside parse/): the Markdown chunks,
 * the front matter as parsed, the YAML chunks, and each Markdown chunk's references.
 * Only parse/ reads it; a document without it is simply parsed from scratch.
 */
import type { AimsDocument, ParseReuse, Reference } from '../model/types.js';
import type { AimsConfig } from '../config/config.js';
import type { parseYaml } from './yaml.js';
import type { MarkdownParts } from './markdown.js';
import type { ChunkParse, YamlState } from './yamlChunks.js';
import type { ChunkShare } from './yamlModel.js';
import type { MentionState } from '../refs/mentions.js';

/** The front matter as parsed, reused while its text and offset are unchanged. */
export interface FrontMatterState {
  readonly start: number;
  readonly source: string;
  readonly parsed: ReturnType<typeof parseYaml>;
}

/** One Markdown chunk's references, reused while its text, section and context are unchanged. */
export interface ChunkReferences {
  readonly end: number;
  /** The section title at the chunk's start. */
  readonly title: string;
  /** Offsets relative to the chunk's start. */
  readonly relative: readonly Reference[];
  /** The same with offsets in the document, and where the chunk started: reused while it starts there. */
  readonly start: number;
  readonly absolute: readonly Reference[];
}

export interface ReferenceCache {
  readonly ids: AimsConfig['ids'];
  readonly context: string;
  /** In order of start (the chunks' order): found by chunkReferencesAt. */
  readonly chunks: readonly ChunkReferences[];
}

/** The chunk references starting at `start`, by binary search (an array, not a map: one is made per edit, with thousands of chunks). */
export function chunkReferencesAt(chunks: readonly ChunkReferences[], start: number): ChunkReferences | undefined {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunks[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const c = chunks[lo];
  return c && c.start === start ? c : undefined;
}

export interface Reuse {
  readonly markdown?: MarkdownParts;
  readonly frontMatter?: FrontMatterState;
  readonly yaml?: YamlState;
  /** What each YAML chunk contributed (references, risks, SoA rows, keys), by chunk. */
  readonly yamlShares?: ReadonlyMap<ChunkParse, ChunkShare>;
  readonly references?: ReferenceCache;
  /** What the document names, with where (refs/mentions.ts): the next version reads only near the edit. */
  readonly mentions?: MentionState;
}

/** The reusable state of a document's parse, if it has any. */
export function reuseOf(doc: AimsDocument | undefined): Reuse | undefined {
  return doc?.reuse as Reuse | undefined;
}

export function sealReuse(reuse: Reuse): ParseReuse {
  return reuse as unknown as ParseReuse;
}
