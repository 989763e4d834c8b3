/**
 * A progress line on stderr while `aims` reads a large workspace: only when stderr is a
 * terminal (a CI log or a pipe gets nothing, so machine-readable output and logs stay
 * clean), not before half a second has passed (small workspaces never show it), redrawn at
 * most ten times a second, and erased when reading ends. Hand-written: one line with a
 * carriage return is all it needs, and no progress library is smaller than this file.
 */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(s: string): unknown;
}

export interface ProgressLine {
  /** `done` of `total` files read. */
  update(done: number, total: number): void;
  /** Erase the line (when one was drawn). */
  end(): void;
}

const SHOW_AFTER_MS = 500;
const REDRAW_MS = 100;

export function progressLine(stream: ProgressStream, now: () => number = Date.now): ProgressLine {
  if (!stream.isTTY) return { update: () => undefined, end: () => undefined };
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || t - drawnAt < REDRAW_MS) return;
      drawnAt = t;
      drawn = true;
      const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
      stream.write(`\r\x1b[2Kaims: reading ${done.toLocaleString('en')}/${total.toLocaleString('en')} files (${percent}%)`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
