/**
 * The persistent index cache on disk: one file per entry, named by its key
 * (a content hash, core/workspace/cacheKey.ts), under a folder per engine
 * build so that a rebuilt engine never reads what another one wrote.
 *
 * Corruption: every file starts with a header and the SHA-256 of its payload;
 * a file that is truncated, garbled or not ours is ignored (with a log line)
 * and removed, and the core re-analyses the document. Concurrency: a writer
 * writes a private temporary file and renames it over the entry, which is
 * atomic, so a reader sees the old entry, the new one or none, never a mix;
 * two writers of one key write the same content (keys are content hashes).
 * No locks are needed. Old entries are pruned by age when there are too many.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rename, rmSync, statSync, unlink, unlinkSync, writeFile } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';

const MAGIC = 'aims-index-cache 1';

/**
 * The callback API, promisified: fs.promises opens a FileHandle per file, which cost the main
 * thread about 2.5 times the CPU (4,000 entries of 3 KB: 190-210 ms against 75-85 ms).
 */
const writeFileAsync = promisify(writeFile);
const renameAsync = promisify(rename);
const unlinkAsync = promisify(unlink);
const KEY = /^[0-9a-f]{16}-[0-9a-f]{16}$/;

export interface CacheStoreOptions {
  /** The folder holding every engine's entries (see defaultCacheRoot). */
  readonly root: string;
  /** The engine build (see engineId); entries live in root/<engine>/. */
  readonly engine?: string;
  readonly log?: (message: string) => void;
}

export class FileCacheStore {
  readonly dir: string;
  private readonly log: (message: string) => void;
  private readonly made = new Set<string>();
  /** Names this process's temporary files apart (with its pid and thread). */
  private written = 0;

  constructor(options: CacheStoreOptions) {
    this.dir = path.join(options.root, options.engine ?? engineId());
    this.log = options.log ?? (() => {});
  }

  /** The entry's payload, or undefined when absent or damaged (a damaged one is removed). */
  get(key: string): string | undefined {
    if (!KEY.test(key)) return undefined;
    const file = this.fileOf(key);
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      return undefined;
    }
    const payload = unframe(data);
    if (payload !== undefined) return payload;
    this.log(`index cache: ignored a damaged entry ${file}`);
    try {
      unlinkSync(file);
    } catch {
      // Another process may have replaced or removed it already.
    }
    return undefined;
  }

  /**
   * Store an entry: a private temporary file renamed over the entry. Failures are logged, never
   * thrown. Written asynchronously: the writes of a cold index run on libuv's threads while
   * the engine goes on reading documents (a second of a 5,000-document index when synchronous).
   */
  async put(key: string, payload: string): Promise<void> {
    if (!KEY.test(key)) return;
    const file = this.fileOf(key);
    const tmp = `${file}.${process.pid}-${threadId}-${++this.written}.tmp`;
    try {
      const folder = path.dirname(file);
      if (!this.made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.made.add(folder);
      }
      await writeFileAsync(tmp, frame(payload));
      await renameAsync(tmp, file);
    } catch (e) {
      this.log(`index cache: cannot write ${file}: ${(e as Error).message}`);
      await unlinkAsync(tmp).catch(() => {
        // Nothing was written.
      });
    }
  }

  /**
   * Keep the folder bounded: remove temporary files left by crashed writers, and the
   * oldest entries beyond `maxEntries`. Entries another process still wants are only
   * a cache miss for it.
   */
  prune(maxEntries = 100_000, now = Date.now()): void {
    const entries: { file: string; mtime: number }[] = [];
    for (const sub of safeList(this.dir)) {
      const folder = path.join(this.dir, sub);
      for (const name of safeList(folder)) {
        const file = path.join(folder, name);
        const mtime = safeMtime(file);
        if (name.endsWith('.tmp')) {
          if (now - mtime > 3600_000) safeRemove(file);
        } else entries.push({ file, mtime });
      }
    }
    if (entries.length <= maxEntries) return;
    entries.sort((a, b) => a.mtime - b.mtime);
    for (const e of entries.slice(0, entries.length - maxEntries)) safeRemove(e.file);
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }
}

export function frame(payload: string): Buffer {
  const body = Buffer.from(payload, 'utf8');
  return Buffer.concat([Buffer.from(`${MAGIC}\n${createHash('sha256').update(body).digest('hex')}\n`, 'utf8'), body]);
}

/** The payload of a framed entry, or undefined when the header or checksum does not match. */
export function unframe(data: Buffer): string | undefined {
  const first = data.indexOf(10);
  const second = first < 0 ? -1 : data.indexOf(10, first + 1);
  if (second < 0 || data.toString('utf8', 0, first) !== MAGIC) return undefined;
  const body = data.subarray(second + 1);
  if (data.toString('utf8', first + 1, second) !== createHash('sha256').update(body).digest('hex')) return undefined;
  return body.toString('utf8');
}

/**
 * Where the cache lives when nobody says: the OS cache folder (XDG_CACHE_HOME or
 * ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (env['LOCALAPPDATA'] ?? path.join(home, 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : env['XDG_CACHE_HOME'] && path.isAbsolute(env['XDG_CACHE_HOME'])
          ? env['XDG_CACHE_HOME']
          : path.join(home, '.cache');
  return path.join(base, 'aims-tools', 'index');
}

let engine: string | undefined;

/**
 * The running engine build: a hash of the file this code was loaded from (the bundle,
 * dist/aims.cjs or dist/server.cjs, in a release), so that any change of the engine
 * starts a fresh cache. Computed once, on first use.
 */
export function engineId(): string {
  if (!engine) {
    let digest = 'unknown';
    try {
      digest = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
    } catch {
      // Not loaded from a file: entries are still keyed by content, configuration and format.
    }
    engine = `engine-${digest}`;
  }
  return engine;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function safeMtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function safeRemove(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Gone already, or not ours to remove.
  }
}
