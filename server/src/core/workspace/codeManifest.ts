/**
 * What a warm run needs to skip the source files it already knows have no control tag: one
 * cache entry per workspace listing them with the size and modification time they had
 * (as git's index and make do). A file whose size and time still match is not read again;
 * any change, and any file not in the list, is read. The entry lives in the host's index
 * cache under a key of the workspace (the common prefix of its files' URIs) and the
 * configuration; a damaged or foreign entry is only a miss.
 */
import type { AimsHost, WorkspaceFile } from '../model/host.js';
import type { DocumentSummary } from '../model/types.js';
import type { AimsConfig } from '../config/config.js';
import { hash64 } from '../util/hash.js';
import { configFingerprint } from './cacheKey.js';

const FORMAT = 'aims-code-manifest/1';
/** Below this many source files, reading them all costs less than keeping a manifest entry. */
export const MANIFEST_MIN_FILES = 200;

export interface CodeManifest {
  readonly key: string;
  /** relativePath -> "size:mtime" of the files known to have no tag. */
  readonly untagged: ReadonlyMap<string, string>;
}

/** The stamp of a listed file, when the host gave its size and time. */
export function stampOf(f: WorkspaceFile): string | undefined {
  return f.size !== undefined && f.mtimeMs !== undefined ? `${f.size}:${f.mtimeMs}` : undefined;
}

/** The manifest of the workspace's source files (`files`: those read for tags); none without a cache or a source file. */
export async function loadCodeManifest(host: AimsHost, files: readonly WorkspaceFile[], config: AimsConfig): Promise<CodeManifest | undefined> {
  if (!host.cacheGet || files.length < MANIFEST_MIN_FILES) return undefined;
  const key = `${hash64(commonPrefix(files.map((f) => f.uri)))}-${hash64(`${FORMAT}\u0000${configFingerprint(config)}`)}`;
  const stored = await host.cacheGet(key).catch(() => undefined);
  const untagged = new Map<string, string>();
  try {
    const parsed: unknown = stored === undefined ? undefined : JSON.parse(stored);
    if (parsed && typeof parsed === 'object' && (parsed as { format?: unknown }).format === FORMAT) {
      const list = (parsed as { files?: unknown }).files;
      if (Array.isArray(list)) for (const e of list) if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') untagged.set(e[0], e[1]);
    }
  } catch {
    // Not JSON: a miss, rewritten below.
  }
  return { key, untagged };
}

/** A listed file the manifest knows as untagged, with the same size and time now (a file without a stamp never is). */
export function isUnchangedUntagged(manifest: CodeManifest, f: WorkspaceFile): boolean {
  const stamp = stampOf(f);
  return stamp !== undefined && manifest.untagged.get(f.relativePath) === stamp;
}

/** The stamps of the listed source files whose summary shows no tag (a shallow code summary). */
export function untaggedStamps(files: readonly WorkspaceFile[], summaryOf: (uri: string) => DocumentSummary | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    const stamp = stampOf(f);
    const s = stamp ? summaryOf(f.uri) : undefined;
    if (s && s.languageId === 'code' && s.shallow) out.set(f.relativePath, stamp!);
  }
  return out;
}

export async function saveCodeManifest(host: AimsHost, manifest: CodeManifest, untagged: ReadonlyMap<string, string>): Promise<void> {
  if (!host.cachePut || sameEntries(manifest.untagged, untagged)) return;
  await host.cachePut(manifest.key, JSON.stringify({ format: FORMAT, files: [...untagged] })).catch((e: Error) => host.log?.(`index cache: cannot store the code manifest: ${e.message}`));
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
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
