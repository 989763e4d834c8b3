/**
 * The persistent index cache on disk: one pack file per workspace (cachePack.ts), named by a
 * hash of the workspace's real path, under a folder per engine build so that a rebuilt engine
 * never reads what another one wrote. Entries are keyed by content (a content hash,
 * core/workspace/cacheKey.ts); the cache folder lives outside every workspace, and a
 * workspace's pack holds only what indexing that workspace wrote.
 *
 * Corruption and concurrency are the pack's (cachePack.ts): a damaged entry or pack is a miss
 * with a log line and is rewritten; writers append whole batches or rename a rewritten pack
 * into place; no locks.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CachePack } from './cachePack.js';

export interface CacheStoreOptions {
  /** The folder holding every engine's entries (see defaultCacheRoot). */
  readonly root: string;
  /** The engine build (see engineId); packs live in root/<engine>/. */
  readonly engine?: string;
  readonly log?: (message: string) => void;
}

export class FileCacheStore {
  readonly dir: string;
  private readonly log: (message: string) => void;
  private readonly packs = new Map<string, CachePack>();

  constructor(options: CacheStoreOptions) {
    this.dir = path.join(options.root, options.engine ?? engineId());
    this.log = options.log ?? (() => {});
  }

  /** The pack of the workspace at `root` (one per workspace and engine, shared by the hosts of this store). */
  packFor(root: string): CachePack {
    let real = root;
    try {
      real = realpathSync.native(root);
    } catch {
      // A root that cannot be resolved is named as given.
    }
    const name = createHash('sha256').update(real).digest('hex').slice(0, 32);
    let p = this.packs.get(name);
    if (!p) this.packs.set(name, (p = new CachePack(path.join(this.dir, `${name}.pack`), this.log)));
    return p;
  }

  /**
   * Keep the folder bounded: remove temporary files left by crashed writers, and packs no
   * process has written for `maxAgeDays` (a workspace no longer checked). A pack another
   * process still wants is only a cold start for it.
   */
  prune(maxAgeDays = 60, now = Date.now()): void {
    for (const name of safeList(this.dir)) {
      const file = path.join(this.dir, name);
      const age = now - safeMtime(file);
      if (name.endsWith('.tmp') ? age > 3600_000 : name.endsWith('.pack') && age > maxAgeDays * 86_400_000) safeRemove(file);
    }
  }
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
