/**
 * One workspace's index cache entries in one file (a pack), instead of a file per entry: a
 * warm start reads one file rather than 5,000, and a cold one appends a few batches rather
 * than creating, writing and renaming 5,000 files.
 *
 * Format: a header line, then one line per entry, `<key> <checksum> <payload>\n`, where the
 * payload is the core's encoded analysis (JSON: it holds no raw line break) and the checksum
 * is the first 32 hex digits of the payload's SHA-256. A later line for a key wins.
 *
 * Robustness: a line that does not read as an entry, or whose checksum does not match when it
 * is read, is ignored (a miss, with a log line) and the pack is rewritten without it at the
 * next write. A file that does not start with the header (truncated, foreign) is ignored whole
 * and replaced. Lines are read only up to the last line break, so a half-written last line is
 * never read; every batch starts with a line break, so a line a crashed writer left half
 * written cannot swallow the next entry.
 *
 * Concurrency: writers append whole batches with one write to a file opened for appending
 * (O_APPEND: the batches of two processes do not interleave on a local file system; if they
 * ever did, the checksums would turn it into misses). A rewrite (compaction, or replacing a
 * damaged pack) writes a private temporary file and renames it over the pack: a process still
 * appending to the old file loses those entries (misses for the next start), a reader sees the
 * old file or the new one. No locks. A miss reads what other processes appended since.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, rename, unlink, writeSync, writeFile, mkdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';

export const PACK_HEADER = 'aims-index-pack 1\n';
const KEY = /^[0-9a-f]{16}-[0-9a-f]{16}$/;
const SUM = 32;
/** Bytes of pending entries that start a write at once. */
const BATCH_BYTES = 1 << 20;
/** Else pending entries are written this long after the first of them (or when flush() is called: the end of an index). */
const BATCH_MS = 250;
/** A pack past this size is rewritten with only the entries this process read or wrote. */
const MAX_PACK_BYTES = 256 << 20;
/** Loaded bytes are let go after this long without a read (a server keeps running). */
const IDLE_MS = 30_000;

const writeFileAsync = promisify(writeFile);
const renameAsync = promisify(rename);
const unlinkAsync = promisify(unlink);

export function checksum(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, SUM);
}

/** An entry as a pack line (with its leading line break left to the batch). */
export function packLine(key: string, payload: string): Buffer {
  const body = Buffer.from(payload, 'utf8');
  return Buffer.concat([Buffer.from(`${key} ${checksum(body)} `, 'latin1'), body, Buffer.from('\n', 'latin1')]);
}

interface Loaded {
  /** Chunks of the file as read (the whole file, then what was appended since). */
  readonly chunks: Buffer[];
  /** Per key: its chunk, and where its checksum and payload start and the line ends. */
  readonly at: Map<string, { chunk: number; start: number; end: number }>;
  ino: number;
  size: number;
  /** Bytes of lines a later line for the same key replaced, or that did not read. */
  dead: number;
  /** The file is not ours (no header) or holds damaged lines: rewrite it at the next write. */
  rewrite: boolean;
}

export class CachePack {
  private loaded: Loaded | undefined;
  private pending: { key: string; line: Buffer }[] = [];
  private pendingBytes = 0;
  private flushing: Promise<void> = Promise.resolve();
  /** What put() returns until the pending entries are written, and what settles it. */
  private waiting: Promise<void> | undefined;
  private release: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Keys read or written by this process: what a rewrite of an oversized pack keeps. */
  private readonly touched = new Set<string>();
  private idle: ReturnType<typeof setTimeout> | undefined;
  private written = 0;

  constructor(
    readonly file: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** The entry's payload, or undefined when absent or damaged (a damaged one is dropped at the next write). */
  get(key: string): string | undefined {
    if (!KEY.test(key)) return undefined;
    this.keepAlive();
    let l = this.load();
    if (!l.at.has(key)) l = this.catchUp(l);
    const e = l.at.get(key);
    if (!e) return undefined;
    const chunk = l.chunks[e.chunk]!;
    const body = chunk.subarray(e.start + SUM + 1, e.end);
    if (chunk.toString('latin1', e.start, e.start + SUM) !== checksum(body)) {
      this.log(`index cache: ignored a damaged entry ${key} in ${this.file}`);
      l.at.delete(key);
      l.dead += e.end - e.start;
      l.rewrite = true;
      return undefined;
    }
    this.touched.add(key);
    return body.toString('utf8');
  }

  /**
   * Store an entry. It is written with the others pending, in a quarter of a second, at once past
   * a megabyte, or when flush() is called; the promise settles when it is written. Failures are
   * logged, never thrown.
   */
  put(key: string, payload: string): Promise<void> {
    if (!KEY.test(key)) return Promise.resolve();
    this.touched.add(key);
    // The new line is read back from the file when asked for (a miss catches up with the file).
    this.loaded?.at.delete(key);
    const line = packLine(key, payload);
    this.pending.push({ key, line });
    this.pendingBytes += line.length;
    if (this.pendingBytes >= BATCH_BYTES) return this.flush();
    if (!this.waiting) {
      this.waiting = new Promise<void>((resolve) => (this.release = resolve)).then(() => this.flushing);
      this.timer = setTimeout(() => void this.flush(), BATCH_MS);
    }
    return this.waiting;
  }

  /** Write what is pending (appended, or the whole pack rewritten when it needs it); settles when written. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const release = this.release;
    this.waiting = this.release = undefined;
    if (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      this.pendingBytes = 0;
      // Appended at once when no write is under way and none needs the whole pack rewritten: a
      // caller that puts entry after entry without yielding (every document's findings computed
      // in one go) would otherwise queue every batch behind the first, holding them all (50 MB
      // for the 5,000-document bench workspace) until it yields.
      if (this.inFlight === 0 && !this.needsRewrite()) this.writeBatch(batch);
      else {
        this.inFlight++;
        this.flushing = this.flushing.then(async () => {
          await this.writeBatch(batch);
          this.inFlight--;
        });
      }
    }
    release?.();
    return this.flushing;
  }

  /** Batches queued behind an earlier write (flush). */
  private inFlight = 0;

  /** Whether the next write rewrites the whole pack rather than appending to it. */
  private needsRewrite(l: Loaded = this.loaded ?? this.load()): boolean {
    const live = l.size - l.dead;
    return l.rewrite || (l.dead > live && l.size > BATCH_BYTES) || l.size > MAX_PACK_BYTES;
  }

  /** Append `batch`, or rewrite the pack with it; synchronous unless it rewrites. Failures are logged. */
  private writeBatch(batch: { key: string; line: Buffer }[]): Promise<void> | undefined {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const l = this.loaded ?? this.load();
      // A rewrite first reads what was appended since (this process's earlier batches among it), so as to keep it.
      if (this.needsRewrite(l)) return this.rewrite(this.catchUp(l), batch, l.size > MAX_PACK_BYTES).catch((e: unknown) => this.log(`index cache: cannot write ${this.file}: ${(e as Error).message}`));
      else {
        // One synchronous append (a batch is at most about a megabyte, into the page cache): no miss can
        // catch up with the file halfway, so our own lines are indexed as written, when nothing else was
        // appended before them, rather than read back at the next miss (a tenth of a cold index's reads).
        const fd = openSync(this.file, 'a');
        try {
          const before = fstatSync(fd);
          const data = Buffer.concat([Buffer.from(l.size === 0 && before.size === 0 ? PACK_HEADER : '\n', 'latin1'), ...batch.map((b) => b.line)]);
          writeAll(fd, data);
          const known = before.size === l.size && (before.ino === l.ino || (l.ino === -1 && l.size === 0));
          if (known && this.loaded === l && fstatSync(fd).size === l.size + data.length) {
            l.ino = before.ino;
            this.index(l, data, 0);
          }
        } finally {
          closeSync(fd);
        }
      }
    } catch (e) {
      this.log(`index cache: cannot write ${this.file}: ${(e as Error).message}`);
    }
  }

  /** The pack written anew: its good entries (only the touched ones when `trim`) and the batch, renamed over it. */
  private async rewrite(l: Loaded, batch: { key: string; line: Buffer }[], trim: boolean): Promise<void> {
    const fresh = new Set(batch.map((b) => b.key));
    const parts: Buffer[] = [Buffer.from(PACK_HEADER, 'latin1')];
    for (const [key, e] of l.at) {
      if (fresh.has(key) || (trim && !this.touched.has(key))) continue;
      const chunk = l.chunks[e.chunk]!;
      if (chunk.toString('latin1', e.start, e.start + SUM) !== checksum(chunk.subarray(e.start + SUM + 1, e.end))) continue;
      parts.push(Buffer.from(`${key} `, 'latin1'), chunk.subarray(e.start, e.end + 1));
    }
    for (const b of batch) parts.push(b.line);
    const tmp = `${this.file}.${process.pid}-${threadId}-${++this.written}.tmp`;
    try {
      await writeFileAsync(tmp, Buffer.concat(parts));
      await renameAsync(tmp, this.file);
    } catch (e) {
      await unlinkAsync(tmp).catch(() => {
        // Nothing was written.
      });
      throw e;
    }
    this.loaded = undefined;
  }

  /** The pack as it is on disk, read once (and again after a rewrite or after being let go). */
  private load(): Loaded {
    if (this.loaded) return this.loaded;
    const l: Loaded = { chunks: [], at: new Map(), ino: -1, size: 0, dead: 0, rewrite: false };
    this.loaded = l;
    withOpenFile(this.file, (fd) => {
      const st = fstatSync(fd);
      const data = readAll(fd, 0, st.size);
      l.ino = st.ino;
      if (data.length === 0) return;
      if (data.toString('latin1', 0, PACK_HEADER.length) !== PACK_HEADER) {
        this.log(`index cache: ignored ${this.file}, which is not an index pack; it is rewritten`);
        l.rewrite = true;
        l.size = data.length;
        return;
      }
      this.index(l, data, PACK_HEADER.length);
    });
    return l;
  }

  /**
   * Read what other writers (and this process) appended since the pack was read; a replaced pack
   * is read again whole. One stat when nothing changed (a cold index misses on every document).
   */
  private catchUp(l: Loaded): Loaded {
    const st = statSync(this.file, { throwIfNoEntry: false });
    if (!st || (st.ino === l.ino && st.size === l.size)) return l;
    if (st.ino !== l.ino || st.size < l.size) {
      this.loaded = undefined;
      return this.load();
    }
    const replaced = withOpenFile(this.file, (fd) => {
      const now = fstatSync(fd);
      // Replaced between the stat and the open: read it whole.
      if (now.ino !== l.ino || now.size < l.size) return true;
      if (now.size > l.size) this.index(l, readAll(fd, l.size, now.size - l.size), 0);
      return false;
    });
    if (!replaced) return l;
    this.loaded = undefined;
    return this.load();
  }

  /** Index the whole lines of `data` (which starts at `l.size` in the file) from `from`. */
  private index(l: Loaded, data: Buffer, from: number): void {
    const last = data.lastIndexOf(10);
    if (last < 0) return;
    const chunk = l.chunks.length;
    l.chunks.push(data);
    let damaged = 0;
    for (let start = from; start <= last; ) {
      const end = data.indexOf(10, start);
      // Two first writers may both have written the header: a second one is no damage.
      if (end > start && !(end - start === PACK_HEADER.length - 1 && data.toString('latin1', start, end + 1) === PACK_HEADER)) {
        const space = start + 33;
        const keyOk = end > space + SUM + 1 && data[start + 16] === 45 && data[space] === 32 && data[space + SUM + 1] === 32;
        const key = keyOk ? data.toString('latin1', start, space) : '';
        if (keyOk && KEY.test(key)) {
          const old = l.at.get(key);
          if (old) l.dead += old.end - old.start + 34;
          l.at.set(key, { chunk, start: space + 1, end });
        } else {
          damaged++;
          l.dead += end - start;
        }
      }
      start = end + 1;
    }
    l.size += last + 1;
    if (damaged > 0) {
      this.log(`index cache: ignored ${damaged} damaged line(s) in ${this.file}; it is rewritten`);
      l.rewrite = true;
    }
  }

  /** Let the loaded bytes go after a while without reads (they are read again when needed). */
  private keepAlive(): void {
    if (this.idle) this.idle.refresh();
    else {
      this.idle = setTimeout(() => {
        this.idle = undefined;
        if (this.pending.length === 0) this.loaded = undefined;
      }, IDLE_MS);
      this.idle.unref();
    }
  }
}

/** `read` on the file opened for reading, closed after; undefined when it cannot be opened (no pack yet). */
function withOpenFile<T>(file: string, read: (fd: number) => T): T | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    return read(fd);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, data: Buffer): void {
  for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
}

function readAll(fd: number, position: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, out, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? out : out.subarray(0, got);
}
