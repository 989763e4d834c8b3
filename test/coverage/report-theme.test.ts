/**
 * The report's one style sheet (server/src/report/htmlStyle.ts) in VS Code's themes and on
 * paper: only the block scoped to the webview's theme classes reads VS Code's --vscode-*
 * colours, so the exported report is light whatever defines them; the webview's HTML
 * (client/src/reportHtml.ts) carries that block. In headless Chromium (skipped without
 * it), the report as VS Code's webview shows it in a dark, a light and a high-contrast
 * theme (the body's class and the --vscode-* variables set as VS Code sets them) has the
 * editor's background and readable text in every element (contrast at least 4.5:1), and
 * the exported report stays black on white.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/node/cli.js';
import { REPORT_CSS } from '../../server/src/report/htmlStyle.js';
import { webviewHtml } from '../../client/src/reportHtml.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { CHROMIUM, CHROMIUM_ARGS, loadPlaywright } from '../support/chromium.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');

async function examplesReport(): Promise<string> {
  const before = process.cwd();
  process.chdir(REPO);
  let out = '';
  try {
    await main(['coverage', 'examples', '--today', '2026-11-28', '--format', 'html'], (s) => (out += s), () => {});
  } finally {
    process.chdir(before);
  }
  return out;
}

/** Top-level rules of the sheet (an @media block counts as one rule): selector and body. */
function rules(css: string): { selector: string; body: string }[] {
  const out: { selector: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (css[i] === '}') {
      depth--;
      if (depth === 0) {
        out.push({ selector: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  return out;
}

const THEMED = /^body\.vscode-(?:light|dark|high-contrast)(?:\s*,\s*body\.vscode-(?:light|dark|high-contrast))*$/;

test('only the rules scoped to the webview\'s theme classes read --vscode-* colours; :root gives every colour a literal light value', () => {
  const list = rules(REPORT_CSS);
  const reading = list.filter((r) => r.body.includes('--vscode-'));
  assert.ok(reading.length >= 1);
  for (const r of reading) assert.match(r.selector, THEMED, `${r.selector} reads --vscode-* outside the webview`);
  const root = list.find((r) => r.selector === ':root')!;
  const defined = new Map([...root.body.matchAll(/(--[a-z]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  for (const [name, value] of defined) assert.match(value, /^#[0-9a-f]{3,6}$/i, `${name} is a literal colour on paper`);
  const unthemed = list.filter((r) => !THEMED.test(r.selector)).map((r) => r.body).join('\n');
  for (const used of new Set([...unthemed.matchAll(/var\((--[a-z-]+)/g)].map((m) => m[1]!))) assert.ok(defined.has(used), `${used} has a value on paper`);
  assert.doesNotMatch(unthemed, /(?:color|background):\s*#/i, 'colours outside :root are variables');
  for (const name of ['--vscode-editor-background', '--vscode-editor-foreground', '--vscode-textLink-foreground']) assert.ok(REPORT_CSS.includes(`var(${name})`), name);
});

test('the webview HTML carries the theme block; the exported report has the same sheet, its colours from :root', async () => {
  const exported = await examplesReport();
  const webview = webviewHtml(exported, 'n0nce', 'file:///ws');
  assert.match(webview, /body\.vscode-dark[^{]*\{[^}]*--paper: var\(--vscode-editor-background\)/);
  assert.ok(exported.includes(REPORT_CSS), 'one style sheet for both');
  assert.doesNotMatch(exported, /class="vscode-/, 'nothing in the exported page turns the theme block on');
});

/** VS Code's default themes' colours (the ones the sheet reads), as the webview defines them. */
const THEMES: Record<string, { kind: string[]; colours: Record<string, string> }> = {
  dark: {
    kind: ['vscode-dark'],
    colours: { 'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'textLink-foreground': '#4daafc', 'charts-green': '#89d185', 'charts-yellow': '#cca700', 'charts-orange': '#d18616', 'charts-red': '#f14c4c', 'charts-blue': '#3794ff' },
  },
  light: {
    kind: ['vscode-light'],
    colours: { 'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'textLink-foreground': '#005fb8', 'charts-green': '#388a34', 'charts-yellow': '#bf8803', 'charts-orange': '#d18616', 'charts-red': '#e51400', 'charts-blue': '#1a85ff' },
  },
  'high contrast': {
    kind: ['vscode-high-contrast'],
    colours: { 'editor-background': '#000000', 'editor-foreground': '#ffffff', 'textLink-foreground': '#21a6ff', contrastBorder: '#6fc3df', 'charts-green': '#89d185', 'charts-yellow': '#ffd700', 'charts-orange': '#d18616', 'charts-red': '#f48771', 'charts-blue': '#3794ff' },
  },
};

/** In the page: [worst contrast of any element with its own text, its description, body background, body colour]. */
const MEASURE = `(() => {
  // rgb(r, g, b[, a]) in 0-255, or color(srgb r g b[ / a]) in 0-1 (what color-mix() computes to).
  const rgb = (c) => { const m = c.replace(/^color\\(srgb/, '').match(/[\\d.]+(?:e-?\\d+)?/g).map(Number); const k = c.startsWith('color(') ? 255 : 1; return { r: m[0] * k, g: m[1] * k, b: m[2] * k, a: m.length > 3 ? m[3] : 1 }; };
  const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0) layers.push(c); if (c.a === 1) break; }
    let c = { r: 255, g: 255, b: 255, a: 1 };
    for (const l of layers.reverse()) c = over(l, c);
    return c;
  };
  let worst = [99, ''];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!own || el.closest('script, style')) continue;
    const bg = background(el);
    const fg = over(rgb(getComputedStyle(el).color), bg);
    const a = lum(fg), b = lum(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < worst[0]) worst = [Math.round(ratio * 100) / 100, el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) + '"'];
  }
  const body = getComputedStyle(document.body);
  return [worst[0], worst[1], body.backgroundColor, body.color];
})()`;

const hex = (h: string) => `rgb(${[1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ')})`;

interface Page {
  goto(url: string, options?: { waitUntil?: 'load' }): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
}
interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[]; headless?: boolean }): Promise<{ newPage(): Promise<Page>; close(): Promise<void> }> };
}

const pw = await loadPlaywright<Playwright>();

test('in Chromium: readable in dark, light and high-contrast themes as the webview shows it; black on white exported', { skip: typeof pw === 'string' ? pw : false }, async () => {
  const exported = await examplesReport();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'aims-theme-')), 'coverage.html');
  writeFileSync(file, exported);
  const browser = await (pw as Playwright).chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const [paperWorst, paperWhat, paperBg, paperInk] = await page.evaluate<[number, string, string, string]>(MEASURE);
    assert.equal(paperBg, 'rgb(255, 255, 255)');
    assert.equal(paperInk, 'rgb(17, 17, 17)');
    assert.ok(paperWorst >= 4.5, `exported: ${paperWorst} at ${paperWhat}`);
    for (const [name, theme] of Object.entries(THEMES)) {
      // As VS Code does: the theme's kind on <body>, its colours on the root's style (through the CSSOM, which the report's policy allows).
      const vars = Object.entries({ ...theme.colours, 'font-family': 'sans-serif' }).map(([k, v]) => `s.setProperty('--vscode-${k}', '${v}');`).join('');
      await page.evaluate(`(() => { document.body.className = ''; document.body.classList.add(${theme.kind.map((k) => `'${k}'`).join(', ')}); const s = document.documentElement.style; ${vars} })()`);
      const [worst, what, bg, ink] = await page.evaluate<[number, string, string, string]>(MEASURE);
      assert.equal(bg, hex(theme.colours['editor-background']!), `${name}: the page takes the editor's background`);
      assert.equal(ink, hex(theme.colours['editor-foreground']!), `${name}: and its foreground`);
      assert.ok(worst >= 4.5, `${name}: contrast ${worst} at ${what}`);
    }
  } finally {
    await browser.close();
  }
});
