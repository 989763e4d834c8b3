/**
 * Headless Chromium for the report tests, through playwright-core when it is installed (an
 * optional dependency: without it, or without the browser, the tests that need it are skipped
 * with the reason this gives). Each test declares the little of Playwright's API it uses.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** playwright-core typed as the caller's subset `P`, or why it cannot be had. */
export async function loadPlaywright<P extends { chromium: unknown }>(): Promise<P | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing`;
  try {
    const name = 'playwright-core';
    const mod = (await import(name)) as P & { default?: P };
    return mod.chromium ? mod : (mod.default ?? 'playwright-core has no chromium');
  } catch {
    return 'playwright-core is not installed';
  }
}
