/**
 * What the outside world gives the core. The core never touches a disk, a
 * clock or a connection itself: the CLI passes a file-system host, the
 * language server one backed by open documents and the file system, tests an
 * in-memory one.
 */
export interface WorkspaceFile {
  /** Absolute URI, e.g. file:///home/me/aims/policy.md. */
  readonly uri: string;
  /** Path relative to its workspace root, "/"-separated. */
  readonly relativePath: string;
  /** Size in bytes when known (files above max_file_size are not read). */
  readonly size?: number;
  /** Modification time (ms since the epoch) when known: with the size, what a warm run compares to skip an untagged source file. */
  readonly mtimeMs?: number;
  /**
   * Ignored by the repository's ignore rules (.gitignore): such a source file is not read for
   * control tags. AIMS documents are read either way (a documents folder may be ignored on purpose).
   */
  readonly ignored?: boolean;
}

export interface AimsHost {
  /** Every file under the workspace roots (the core filters them by configuration). */
  listFiles(): Promise<readonly WorkspaceFile[]>;
  /**
   * The file's bytes, or undefined when it vanished or cannot be read. With `maxBytes`, at
   * most `maxBytes + 1` bytes are read, whatever the file system says its size is (a link to
   * /proc/self/pagemap has size 0 and no end): a longer file comes back with `maxBytes + 1`
   * bytes, which tells the core it is over the limit without holding it whole.
   */
  readFile(uri: string, maxBytes?: number): Promise<Uint8Array | undefined>;
  /**
   * The same read, synchronously (optional). A host that has it lets the service keep closed
   * documents without their text: it is read again when something needs it (a model built
   * on demand, a rule reading another document's words), and checked against the content hash
   * it was indexed with.
   */
  readFileNow?(uri: string, maxBytes?: number): Uint8Array | undefined;
  /**
   * A content hash of a text, 16 lower-case hex digits (optional; the core's own 64-bit hash,
   * util/hash.ts, otherwise): the first half of every cache key, and what a closed document's
   * text read again is checked against. An index hashes every file it reads, and a native
   * digest is about three times as fast. The same function for the host's whole life.
   */
  hashText?(text: string): string;
  /** Today's date, YYYY-MM-DD (the configuration's `today` wins). */
  today(): string;
  log?(message: string): void;
  /**
   * A persistent cache of document analyses (optional): text values by key. Keys are
   * content hashes (workspace/cacheKey.ts); the core validates whatever it reads back
   * (workspace/codec.ts), so a lost, stale or damaged entry is only a miss. The host
   * keeps them where they survive the process, safely under concurrent use, and
   * answers undefined rather than throwing.
   */
  cacheGet?(key: string): Promise<string | undefined>;
  cachePut?(key: string, value: string): Promise<void>;
  /**
   * Write what cachePut was given and has not written yet (a host may gather entries and write
   * them together); the service calls it when an index has read every file.
   */
  cacheFlush?(): Promise<void>;
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };
