/**
 * What a warm run needs to pass over the files it already knows, without reading them: one
 * cache entry per workspace listing files with the size and modification time they had (as
 * git's index and make do):
 * - source files known to have no control tag: not read again;
 * - documents with the cache key of their analysis: decoded from the cache without reading
 *   the file (workspace/read.ts readUnchanged); a closed summary reads its text from the file
 *   when asked, checked against the content hash in that key (service/closedTexts.ts), so a
 *   file changed behind a matching stamp is still found out when its text is read.
 * A file whose size and time still match is not read again; any change, and any file not in
 * the list, is read. A stamp no older than the entry itself (less than STAMP_SETTLED before
 * it was written) is not trusted: a file written twice within one tick of a coarse clock keeps
 * its time (git's "racily clean" entries). The entry lives in the host's index cache under a
 * key of the workspace (the common prefix of its files' URIs) and the configuration; a
 * damaged or foreign entry is only a miss.
 */
import type { AimsHost, WorkspaceFile } from '../model/host.js';
import type { DocumentSummary } from '../model/types.js';
import type { AimsConfig } from '../config/config.js';
import { hash64 } from '../util/hash.js';
import { configFingerprint } from './cacheKey.js';

const FORMAT = 'aims-file-manifest/1';
/** Below this many files, reading them all costs less than keeping a manifest entry. */
export const MANIFEST_MIN_FILES = 200;
/** How much older than the manifest a file's time must be for its stamp to be trusted (FAT's clock ticks in 2 s). */
export const STAMP_SETTLED = 3000;

export interface FileManifest {
  readonly key: string;
  /** relativePath -> "size:mtime" of the source files known to have no tag. */
  readonly untagged: ReadonlyMap<string, string>;
  /** relativePath -> ["size:mtime", analysis cache key] of documents. */
  readonly documents: ReadonlyMap<string, readonly [string, string]>;
}

/** What saveFileManifest writes: the stamps of this run. */
export interface ManifestEntries {
  readonly untagged: ReadonlyMap<string, string>;
  readonly documents: ReadonlyMap<string, readonly [string, string]>;
}

/** The stamp of a listed file, when the host gave its size and time. */
export function stampOf(f: WorkspaceFile): string | undefined {
  return f.size !== undefined && f.mtimeMs !== undefined ? `${f.size}:${f.mtimeMs}` : undefined;
}

/** The manifest of the workspace's files (`files`: those to be read); none without a cache or with few files. */
export async function loadFileManifest(host: AimsHost, files: readonly WorkspaceFile[], config: AimsConfig): Promise<FileManifest | undefined> {
  if (!host.cacheGet || files.length < MANIFEST_MIN_FILES) return undefined;
  const key = `${hash64(commonPrefix(files.map((f) => f.uri)))}-${hash64(`${FORMAT}\u0000${configFingerprint(config)}`)}`;
  const stored = await host.cacheGet(key).catch(() => undefined);
  const untagged = new Map<string, string>();
  const documents = new Map<string, readonly [string, string]>();
  try {
    const parsed: unknown = stored === undefined ? undefined : JSON.parse(stored);
    const o = (parsed ?? {}) as { format?: unknown; at?: unknown; files?: unknown; documents?: unknown };
    if (o.format === FORMAT && typeof o.at === 'number') {
      const settled = (stamp: string) => Number(stamp.slice(stamp.indexOf(':') + 1)) < (o.at as number) - STAMP_SETTLED;
      if (Array.isArray(o.files)) for (const e of o.files) if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string' && settled(e[1])) untagged.set(e[0], e[1]);
      if (Array.isArray(o.documents))
        for (const e of o.documents) if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string' && typeof e[2] === 'string' && settled(e[1])) documents.set(e[0], [e[1], e[2]]);
    }
  } catch {
    // Not JSON: a miss, rewritten when saved.
  }
  return { key, untagged, documents };
}

/** A listed file the manifest knows as untagged, with the same size and time now (a file without a stamp never is). */
export function isUnchangedUntagged(manifest: FileManifest, f: WorkspaceFile): boolean {
  const stamp = stampOf(f);
  return stamp !== undefined && manifest.untagged.get(f.relativePath) === stamp;
}

/** The analysis cache key of a listed document with the same size and time as when it was stored, if any. */
export function unchangedDocumentKey(manifest: FileManifest, f: WorkspaceFile): string | undefined {
  const stamp = stampOf(f);
  const known = stamp === undefined ? undefined : manifest.documents.get(f.relativePath);
  return known && known[0] === stamp ? known[1] : undefined;
}

/**
 * This run's stamps: source files whose summary shows no tag (a shallow code summary), and
 * documents kept closed with the cache key they were read under (`keyOf`: undefined for an
 * open one, whose buffer is not the file, and for a file not read).
 */
export function manifestEntries(files: readonly WorkspaceFile[], summaryOf: (uri: string) => DocumentSummary | undefined, keyOf: (uri: string) => string | undefined): ManifestEntries {
  const untagged = new Map<string, string>();
  const documents = new Map<string, readonly [string, string]>();
  for (const f of files) {
    const stamp = stampOf(f);
    if (!stamp) continue;
    const s = summaryOf(f.uri);
    if (s && s.languageId === 'code' && s.shallow) untagged.set(f.relativePath, stamp);
    else if (s && s.languageId !== 'code') {
      const key = keyOf(f.uri);
      if (key !== undefined) documents.set(f.relativePath, [stamp, key]);
    }
  }
  return { untagged, documents };
}

export async function saveFileManifest(host: AimsHost, manifest: FileManifest, now: ManifestEntries): Promise<void> {
  if (!host.cachePut || (sameEntries(manifest.untagged, now.untagged, (a, b) => a === b) && sameEntries(manifest.documents, now.documents, (a, b) => a[0] === b[0] && a[1] === b[1]))) return;
  const body = JSON.stringify({ format: FORMAT, at: Date.now(), files: [...now.untagged], documents: [...now.documents].map(([p, [stamp, key]]) => [p, stamp, key]) });
  await host.cachePut(manifest.key, body).catch((e: Error) => host.log?.(`index cache: cannot store the file manifest: ${e.message}`));
}

function sameEntries<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>, same: (x: V, y: V) => boolean): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !same(v, w)) return false;
  }
  return true;
}

function commonPrefix(uris: readonly string[]): string {
  let p = uris[0]!;
  for (const u of uris) {
    let i = 0;
    while (i < p.length && i < u.length && p.charCodeAt(i) === u.charCodeAt(i)) i++;
    p = p.slice(0, i);
    if (p === '') break;
  }
  return p;
}
