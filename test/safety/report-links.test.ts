/**
 * Issue 14, item 2: no script from a file name. Every link the HTML and Markdown reports
 * write is "./"-relative (or an in-page "#anchor"), whatever the file and folder names;
 * document text makes no link; the standalone HTML report carries a content security
 * policy that allows nothing but its own style sheet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { runCli } from '../support/runCli.js';
import { relativeLink } from '../../server/src/report/links.js';
import { coverageHtml } from '../../server/src/report/html.js';
import { computeCoverageModel } from '../../server/src/core/index.js';
import { workspace } from '../support/check.js';


const BAD = '# ISO/IEC 42001 notes\n\nSee A.6.2.9 for the details.\n';

/** A workspace whose file names try to become links of their own. */
function hostileNames(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-safe-links-'));
  writeFileSync(path.join(dir, '.aims.yaml'), 'version: 1\n');
  writeFileSync(path.join(dir, 'javascript:alert(document.domain)<!--.md'), BAD);
  mkdirSync(path.join(dir, 'http:', 'evil.example', 'x'), { recursive: true });
  writeFileSync(path.join(dir, 'http:', 'evil.example', 'x', 'notes.md'), BAD);
  mkdirSync(path.join(dir, 'www.evil.example'));
  writeFileSync(path.join(dir, 'www.evil.example', 'a b (c) [d] #e ?f.md'), BAD);
  return dir;
}

function markdownLinks(md: string): string[] {
  const tree = fromMarkdown(md, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const urls: string[] = [];
  const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && n.url !== undefined) urls.push(n.url);
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(tree as unknown as { type: string; children?: unknown[] });
  return urls;
}

test('relativeLink: every path becomes a "./" link with no scheme, whatever its segments', () => {
  assert.equal(relativeLink('risk/register.yaml', 12), './risk/register.yaml#L12');
  assert.equal(relativeLink('javascript:alert(document.domain)<!--.md', 1), './javascript%3Aalert%28document.domain%29%3C%21--.md#L1');
  assert.equal(relativeLink('http:/evil.example/x.md'), './http%3A/evil.example/x.md');
  assert.equal(relativeLink('../../etc/passwd'), './%2E%2E/%2E%2E/etc/passwd');
  assert.equal(relativeLink('a b/#c?.md', 3), './a%20b/%23c%3F.md#L3');
  for (const p of ['javascript:x', '//evil.example/a', 'data:text/html,x', 'a:b/c', '\\\\host\\share'])
    assert.match(relativeLink(p), /^\.\/(?![^/]*:)/, p);
});

test('a file named javascript:alert(document.domain)<!--.md and a folder named http: give only ./ links in the HTML report', async () => {
  const dir = hostileNames();
  const r = await runCli(['coverage', '.', '--format', 'html', '--today', '2026-12-03', '--no-cache'], dir);
  assert.equal(r.code, 1, r.err);
  const hrefs = [...r.out.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
  assert.ok(hrefs.length >= 3, `links found: ${hrefs.join(' ')}`);
  for (const h of hrefs) assert.match(h, /^(?:\.\/|#)/, h);
  assert.ok(hrefs.includes('./javascript%3Aalert%28document.domain%29%3C%21--.md#L3'));
  assert.ok(hrefs.includes('./http%3A/evil.example/x/notes.md#L3'));
  assert.equal([...r.out.matchAll(/<!--/g)].length, 0, 'no comment opened by a file name');
  assert.doesNotMatch(r.out, /href="\s*javascript:/i);
  assert.ok(r.out.includes(">javascript:alert(document.domain)&lt;!--.md:3</a>"), "the name shown as escaped text");
});

test('a file named javascript:alert(document.domain)<!--.md and a folder named http: give only ./ links in the Markdown report', async () => {
  const dir = hostileNames();
  const r = await runCli(['coverage', '.', '--format', 'markdown', '--today', '2026-12-03', '--no-cache'], dir);
  assert.equal(r.code, 1, r.err);
  const urls = markdownLinks(r.out);
  assert.ok(urls.length >= 3, `links found: ${urls.join(' ')}`);
  for (const u of urls) assert.match(u, /^\.\//, u);
  assert.ok(urls.includes('./www.evil.example/a%20b%20%28c%29%20%5Bd%5D%20%23e%20%3Ff.md#L3'), urls.join(' '));
});

test('document text written as a Markdown link ([x](javascript:...)) forms no link in the Markdown report', async () => {
  const { service } = await workspace(`//- .aims.yaml
version: 1
//- soa.md
# Statement of applicability

| Control | Applicable | Justification | Status | Evidence |
|---|---|---|---|---|
| A.2.2 | Yes | See [here](javascript:alert(1)) | [done](http://evil.example) | ![x](http://evil.example/i.png) |
`);
  const { coverageMarkdown } = await import('../../server/src/report/markdown.js');
  const md = coverageMarkdown(computeCoverageModel(service));
  for (const u of markdownLinks(md)) assert.match(u, /^\.\//, u);
});

test('the standalone HTML report carries a CSP meta tag: default-src none, and only its own style sheet by hash', async () => {
  const { service } = await workspace(`//- .aims.yaml
version: 1
//- notes.md
${BAD}`);
  const html = coverageHtml(computeCoverageModel(service));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.ok(html.indexOf(csp) < html.indexOf('<style>'), 'before anything it governs');
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/) as [string, ...string[]]).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  assert.equal(styles.length, 1);
  assert.deepEqual(directives.get('style-src'), [`'sha256-${createHash('sha256').update(styles[0]!, 'utf8').digest('base64')}'`]);
  assert.equal(directives.has('script-src'), false, 'no script allowed (default-src none)');
  assert.doesNotMatch(html, /\sstyle="/, 'no style attributes, which the policy would block');
  assert.doesNotMatch(coverageHtml(computeCoverageModel(service), { csp: false }), /Content-Security-Policy/, 'the webview sets its own');
});
