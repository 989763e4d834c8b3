/**
 * A file-system host for the core: lists the files under a workspace root
 * (never following symbolic links to folders, so link loops cannot trap it)
 * and reads them. The only file-system code besides the CLI entry and the
 * index cache store.
 *
 * Listing and reading use the synchronous calls on purpose: a promise-based
 * readFile is four thread-pool round trips (open, stat, read, close), and for
 * 5,000 small documents those took 2 s of a 3 s warm start; the synchronous
 * calls take a tenth of that, in slices of microseconds per file, which the
 * server's event loop does not notice (each read waits for its turn: see readFile).
 */
import { closeSync, constants as fsConstants, existsSync, fstatSync, openSync, promises as fs, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { AimsHost, WorkspaceFile } from '../core/index.js';
import type { FileCacheStore } from './cacheStore.js';
import { enterFolder, isIgnored, NO_RULES, type IgnoreScope } from './ignoreRules.js';

const PRUNE = new Set(['.git', 'node_modules', '.hg', '.svn', '.vscode-test']);

export class FileSystemHost implements AimsHost {
  readonly cacheGet?: (key: string) => Promise<string | undefined>;
  readonly cachePut?: (key: string, value: string) => Promise<void>;
  readonly cacheFlush?: () => Promise<void>;
  /**
   * A file or folder the workspace holds but that could not be read (unreadable, a name that
   * is not valid UTF-8): said to the user as well as logged. The CLI prints it on stderr.
   */
  onNotice: (message: string) => void = () => {};

  constructor(
    readonly root: string,
    /** A fixed date, or a clock (a long-running server crosses midnight). */
    private readonly todayValue: string | (() => string),
    private readonly configFile?: string,
    readonly log: (message: string) => void = () => {},
    /** The persistent index cache; without it every start reads every document afresh. */
    cache?: FileCacheStore,
  ) {
    if (cache) {
      const pack = cache.packFor(root);
      this.cacheGet = async (key) => pack.get(key);
      this.cachePut = (key, value) => pack.put(key, value);
      this.cacheFlush = () => pack.flush();
    }
  }

  async listFiles(): Promise<WorkspaceFile[]> {
    const out: WorkspaceFile[] = [];
    const plain = new Set<string>();
    // Each folder with its ignore rules (ignoreRules.ts): files the repository ignores are marked, not left out.
    const stack: [string, IgnoreScope][] = [[this.root, enterFolder(NO_RULES, this.root, '', false)]];
    while (stack.length > 0) {
      const [dir, scope] = stack.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        this.log(`cannot list ${dir}: ${(e as Error).message}`);
        this.onNotice(`${this.shown(dir)}/: the folder could not be listed (${reason(e)}); its files were not read`);
        continue;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        // Node reads a name that is not valid UTF-8 with U+FFFD in place of the bad bytes: no such path exists.
        if (e.name.includes('\uFFFD') && !existsSync(full)) {
          this.log(`cannot read ${full}: the name is not valid UTF-8`);
          this.onNotice(`${this.shown(full)}: the name is not valid UTF-8, so it was not read (rename it to have it checked)`);
          continue;
        }
        if (e.isDirectory()) {
          if (PRUNE.has(e.name)) continue;
          const rel = this.relative(full);
          stack.push([full, enterFolder(scope, this.root, rel, isIgnored(scope, rel, true))]);
        } else if (e.isFile() || e.isSymbolicLink()) {
          let size: number | undefined;
          let mtimeMs: number | undefined;
          try {
            const st = statSync(full); // follows a file link; a dangling or looping link fails here
            if (!st.isFile()) continue;
            size = st.size;
            mtimeMs = st.mtimeMs;
          } catch {
            continue;
          }
          // A link to a file outside the workspace (~/.ssh/id_rsa, /proc/self/pagemap) is not read.
          if (e.isSymbolicLink() && !this.inside(full)) {
            this.log(`not reading ${full}: it links outside the workspace`);
            this.onNotice(`${this.shown(full)}: a link to a file outside the workspace; it was not read`);
            continue;
          }
          const relativePath = this.relative(full);
          const uri = fileUri(full);
          // By the URI the listing gives (the string the service keeps anyway), not a path string more per file.
          if (e.isFile()) plain.add(uri);
          out.push({ uri, relativePath, size, mtimeMs, ...(isIgnored(scope, relativePath, false) ? { ignored: true } : {}) });
        }
      }
    }
    this.listedPlain = plain;
    if (this.configFile) {
      const abs = path.resolve(this.configFile);
      const st = await fs.stat(abs).catch(() => undefined);
      if (st?.isFile()) {
        // An explicit --config stands in for .aims.yaml at the root.
        const rest = out.filter((f) => f.relativePath !== '.aims.yaml' && f.relativePath !== '.aims.yml');
        rest.push({ uri: fileUri(abs), relativePath: '.aims.yaml', size: st.size });
        return sortFiles(rest);
      }
    }
    return sortFiles(out);
  }

  /**
   * Read on the next turn of the event loop (setImmediate): a synchronous read inside an
   * async function would only queue microtasks, and indexing a workspace would then hold
   * the loop for its whole duration, with the server's requests waiting behind it.
   */
  readFile(uri: string, maxBytes?: number): Promise<Uint8Array | undefined> {
    return new Promise((resolve) => setImmediate(() => resolve(this.read(uri, maxBytes))));
  }

  /** The same read, at once: what the core uses to read a closed document's text again when it is needed. */
  readFileNow(uri: string, maxBytes?: number): Uint8Array | undefined {
    return this.read(uri, maxBytes);
  }

  private read(uri: string, maxBytes?: number): Uint8Array | undefined {
    try {
      const file = filePath(uri);
      // A regular file the listing found through the root's own folders is under the root: read
      // without resolving its path again (a realpath per file was a tenth of a warm index),
      // refusing a link put in its place since (O_NOFOLLOW), which then takes the check below.
      if (NO_FOLLOW !== undefined && this.listedPlain.has(uri)) {
        try {
          return readCapped(file, maxBytes, NO_FOLLOW);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ELOOP') throw e;
        }
      }
      // Files under the root only, real paths compared (the listing already left out links
      // that leave it; an open document or a stale URI is checked here again).
      if (!this.inside(file) && file !== this.configPath()) {
        this.log(`not reading ${file}: it is outside the workspace`);
        this.onNotice(`${this.shown(file)}: outside the workspace (a link leads out of it); it was not read`);
        return undefined;
      }
      return readCapped(file, maxBytes);
    } catch (e) {
      this.log(`cannot read ${uri}: ${(e as Error).message}`);
      this.onNotice(`${this.shownUri(uri)}: the file could not be read (${reason(e)}); it was not checked`);
      return undefined;
    }
  }

  private realRoot: string | undefined;
  /** The regular files (not links) the last listing found, by URI: under the root by how they were reached. */
  private listedPlain = new Set<string>();

  private relative(full: string): string {
    return path.relative(this.root, full).split(path.sep).join('/');
  }

  /** Whether a path's real location (every link resolved) lies under the root's real location. */
  private inside(file: string): boolean {
    try {
      this.realRoot ??= realpathSync.native(this.root);
      const real = realpathSync.native(file);
      const rel = path.relative(this.realRoot, real);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    } catch {
      // A file that vanished or a dangling link: reading it fails on its own, with its notice.
      return true;
    }
  }

  /** An explicit --config file, which may lie anywhere: the user named it. */
  private configPath(): string | undefined {
    return this.configFile ? path.resolve(this.configFile) : undefined;
  }

  /** A path as the user knows it: relative to the root when inside it. */
  private shown(full: string): string {
    const rel = path.relative(this.root, full);
    return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? full : rel.split(path.sep).join('/');
  }

  /** A file URI as the user knows it (the URI itself when it is not a file path, e.g. "bad%zz.md"). */
  private shownUri(uri: string): string {
    try {
      return this.shown(filePath(uri));
    } catch {
      return uri;
    }
  }

  today(): string {
    return typeof this.todayValue === 'string' ? this.todayValue : this.todayValue();
  }

  /** SHA-1's first 64 bits: native, about three times as fast as the core's own hash on every file read. */
  hashText(text: string): string {
    return (typeof crypto.hash === 'function' ? crypto.hash('sha1', text) : crypto.createHash('sha1').update(text).digest('hex')).slice(0, 16);
  }
}

/**
 * The file's bytes, at most `maxBytes + 1` of them when a cap is given: read from the open
 * file in slices until it ends or passes the cap, never trusting the size `stat` reports.
 * That size only sizes the first slice (one byte more, so a file that did not grow ends in
 * one short read): a fresh megabyte per file made a cold index of 5,000 small files a second slower.
 */
function readCapped(file: string, maxBytes: number | undefined, flags: number | 'r' = 'r'): Uint8Array {
  const fd = openSync(file, flags);
  try {
    const cap = maxBytes === undefined ? Infinity : maxBytes + 1;
    const chunks: Buffer[] = [];
    let total = 0;
    let slice = Math.min(fstatSync(fd).size + 1, 1 << 20);
    while (total < cap) {
      const chunk = Buffer.allocUnsafe(Math.min(slice, cap - total));
      slice = 1 << 16;
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      // A short read of a regular file is its end (as it was when read).
      if (n < chunk.length) break;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Open for reading, refusing a link as the last part of the path; undefined where the platform has no such flag (Windows). */
const NO_FOLLOW = fsConstants.O_NOFOLLOW === undefined ? undefined : fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW;

function reason(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);
}

function sortFiles(files: WorkspaceFile[]): WorkspaceFile[] {
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

/** The workspace root for a path: the nearest folder upward holding .aims.yaml, else the path's folder. */
export async function findWorkspaceRoot(start: string): Promise<string> {
  const abs = path.resolve(start);
  const st = await fs.stat(abs).catch(() => undefined);
  const first = st?.isDirectory() ? abs : path.dirname(abs);
  for (let dir = first; ; dir = path.dirname(dir)) {
    for (const name of ['.aims.yaml', '.aims.yml']) if (await fs.stat(path.join(dir, name)).catch(() => undefined)) return dir;
    if (path.dirname(dir) === dir) break;
  }
  return first;
}

/**
 * The repository holding a checked path: the nearest folder upward with a `.git` entry (a
 * folder, or a file in a worktree or submodule), else `fallback` (the workspace root). SARIF
 * paths are relative to it, because code scanning places alerts by repository paths whatever
 * folder was checked.
 */
export async function findRepositoryRoot(start: string, fallback: string): Promise<string> {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (await fs.lstat(path.join(dir, '.git')).catch(() => undefined)) return dir;
    if (path.dirname(dir) === dir) return path.resolve(fallback);
  }
}

/**
 * A path's file URI as VS Code spells it (vscode-uri: file:///c%3A/… on Windows, every
 * segment percent-encoded the same way), so a listed file and the same file opened in the
 * editor are one document, not two (Node's pathToFileURL writes file:///C:/…).
 */
export function fileUri(fsPath: string): string {
  // A flat copy: vscode-uri builds the URI from slices of the path and concatenations, and
  // every document keeps its URI (as that tree of strings, with the path behind the slices, 600 bytes).
  return JSON.parse(JSON.stringify(URI.file(fsPath).toString())) as string;
}

/** A file URI's path on this platform (any spelling of the URI: C: or c%3A); throws for another scheme, as fileURLToPath did. */
export function filePath(uri: string): string {
  const u = URI.parse(uri);
  if (u.scheme !== 'file') throw new TypeError(`not a file URI: ${uri}`);
  return u.fsPath;
}
