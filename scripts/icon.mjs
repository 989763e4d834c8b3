// Renders the extension's Marketplace/Open VSX icon (client/media/icon.png, 256x256) from the
// activity-bar glyph client/media/aims.svg: the same shield and tick, white on a blue tile, so
// the listing and the activity bar show one mark. Headless Chromium (Debian's, through
// playwright-core, as the tests use it) rasterises the SVG; the PNG is committed, so this runs
// only when the design changes: `node scripts/icon.mjs`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZE = 256;
const glyph = readFileSync(new URL('../client/media/aims.svg', import.meta.url), 'utf8');
// The glyph's paths, drawn on a 24-unit grid: scaled into the tile with a margin.
const paths = [...glyph.matchAll(/<path d="([^"]+)"\/>/g)].map((m) => m[1]);
if (paths.length === 0) throw new Error('no <path> in client/media/aims.svg');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 24 24">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2f6db5"/><stop offset="1" stop-color="#1a3f73"/></linearGradient></defs>
  <rect x="0.5" y="0.5" width="23" height="23" rx="4.5" fill="url(#g)"/>
  <g transform="translate(2.4 2.4) scale(0.8)" fill="none" stroke="#fff" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">
    ${paths.map((d) => `<path d="${d}"/>`).join('\n    ')}
  </g>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: new URL('../client/media/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
console.log(`client/media/icon.png (${SIZE}x${SIZE})`);
