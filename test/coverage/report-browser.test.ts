/**
 * The HTML report in a real browser: headless Chromium (/usr/bin/chromium)
 * driven by playwright-core loads the report of examples/ from a file:// URL,
 * with no console errors and the expected heat-map cells, and a screenshot is
 * saved to test/screenshots/coverage-report.png for people to look at.
 * Skipped when playwright-core cannot be imported or Chromium is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/node/cli.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { CHROMIUM, CHROMIUM_ARGS, loadPlaywright } from '../support/chromium.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');

/** The little of playwright-core's API this test uses (the package is optional). */
interface Page {
  on(event: 'console', listener: (m: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (e: Error) => void): void;
  on(event: 'request', listener: (r: { url(): string }) => void): void;
  goto(url: string, options?: { waitUntil?: 'load' }): Promise<unknown>;
  locator(selector: string): { count(): Promise<number> };
  evaluate<T>(expression: string): Promise<T>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  emulateMedia(options: { media: 'print' | 'screen' }): Promise<void>;
}
interface Browser {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[]; headless?: boolean }): Promise<Browser> };
}

const pw = await loadPlaywright<Playwright>();

test('the HTML report renders in Chromium: no console errors, no requests, the heat-map cells, a screenshot', { skip: typeof pw === 'string' ? pw : false }, async () => {
  const playwright = pw as Playwright;
  const before = process.cwd();
  process.chdir(REPO);
  let html = '';
  try {
    await main(['coverage', 'examples', '--today', '2026-11-28', '--format', 'html'], (s) => (html += s), () => {});
  } finally {
    process.chdir(before);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-report-'));
  const file = path.join(dir, 'coverage.html');
  writeFileSync(file, html);
  const browser = await playwright.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((r) => r !== url), [], 'the report loads nothing but itself');
    assert.equal(await page.locator('[data-control]').count(), 38);
    assert.equal(await page.locator('td.heat[data-map="before"]').count(), 25);
    assert.equal(await page.locator('td.heat[data-map="after"]').count(), 25);
    assert.equal(await page.locator('td.heat[data-map="before"]:not([data-count="0"])').count(), 8);
    assert.equal(await page.locator('tr.finding').count(), 7);
    // Every coloured cell says what it means in words.
    const wordless = await page.evaluate<number>(
      `[...document.querySelectorAll('[data-control], td.heat, td.cell[data-status]:not([data-status="none"])')].filter((e) => (e.textContent || '').trim() === '').length`,
    );
    assert.equal(wordless, 0);
    const shots = path.join(SOURCE_TEST_DIR, 'screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'coverage-report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('[data-control]').count(), 38, 'the print layout keeps the heat map');
  } finally {
    await browser.close();
  }
});
