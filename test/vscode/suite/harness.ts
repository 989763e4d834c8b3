/**
 * A small Mocha-style harness for the in-host suite: named async tests run in
 * order, each with a time limit; `run()` rejects when any failed, which the
 * runners (test-electron's and our code-server one) report as a non-zero exit.
 * Waiting is on conditions (polled), never on fixed sleeps.
 */
export interface InHostTest {
  readonly name: string;
  readonly run: () => Promise<void>;
  readonly timeoutMs?: number;
}

export async function runTests(tests: readonly InHostTest[], log: (line: string) => void = (l) => console.log(l)): Promise<void> {
  let failed = 0;
  for (const t of tests) {
    const started = Date.now();
    try {
      await withTimeout(t.run(), t.timeoutMs ?? 60_000, t.name);
      log(`ok - ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      log(`not ok - ${t.name}\n  ${String((e as Error)?.stack ?? e).replace(/\n/g, '\n  ')}`);
    }
  }
  log(`# in-host: ${tests.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${tests.length} in-host tests failed`);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Polls `probe` until it returns a value other than undefined/false, or fails with `what`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
