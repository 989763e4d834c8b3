/**
 * The HTML audit report, checked with Node only: self-contained (no script,
 * no URL to fetch), the expected numbers of heat-map cells with their data
 * attributes, relative links to file and line, every piece of workspace text
 * escaped, balanced tables, print CSS. (report-browser.test.ts renders it.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { main } from '../../server/src/node/cli.js';
import { computeCoverageModel } from '../../server/src/core/index.js';
import { formatCoverage } from '../../server/src/cli/coverage.js';
import { coverageMarkdown } from '../../server/src/report/markdown.js';
import { workspace } from '../support/check.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { CONTRADICTORY, head } from '../fixtures/coverage/workspaces.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');

async function examplesReport(): Promise<string> {
  const before = process.cwd();
  process.chdir(REPO);
  let out = '';
  try {
    const code = await main(['coverage', 'examples', '--today', '2026-11-28', '--format', 'html'], (s) => (out += s), () => {});
    assert.equal(code, 1);
  } finally {
    process.chdir(before);
  }
  return out;
}

const count = (html: string, re: RegExp) => (html.match(new RegExp(re.source, 'g')) ?? []).length;

test('HTML report of examples/: self-contained, the expected cells, links to file and line', async () => {
  const html = await examplesReport();
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  assert.equal(count(html, /<script/i), 0, 'no scripts');
  assert.equal(count(html, /https?:\/\//i), 0, 'no URL to fetch or follow');
  assert.equal(count(html, /\bsrc=|<link\b|@import|url\(|@font-face/i), 0, 'no external resources');
  assert.equal(count(html, /<style>/), 1);
  assert.match(html, /@media print \{/);
  assert.match(html, /@page \{ size: A4;/);
  // Annex A heat map: one cell per control, in ten objective groups.
  assert.equal(count(html, /<li class="ctl s-[a-z]+" data-control="A\.[\d.]+" data-state="[a-z]+" data-decision="[a-z]+"/), 38);
  assert.equal(count(html, /<tr data-group="A\.[\d.]+">/), 10);
  assert.equal(count(html, /data-state="implemented"/), 29);
  assert.equal(count(html, /data-state="partial"/), 7);
  assert.equal(count(html, /data-state="excluded"/), 2);
  // Risk heat maps: 5 x 5 before and after, cells with counts; ten risks placed before treatment, none after (residuals are levels).
  assert.equal(count(html, /<td class="heat b-[a-z]+(?: empty)?" data-map="before" data-likelihood="\d" data-impact="\d" data-count="\d+"/), 25);
  assert.equal(count(html, /<td class="heat b-[a-z]+(?: empty)?" data-map="after" data-likelihood="\d" data-impact="\d" data-count="\d+"/), 25);
  const before = [...html.matchAll(/data-map="before" data-likelihood="(\d)" data-impact="(\d)" data-count="([1-9]\d*)"/g)].map((m) => `${m[1]}x${m[2]}=${m[3]}`);
  assert.deepEqual(before, ['4x3=1', '4x4=1', '3x3=3', '3x4=1', '3x5=1', '2x2=1', '2x4=1', '2x5=1']);
  assert.equal(count(html, /data-map="after" data-likelihood="\d" data-impact="\d" data-count="0"/), 25);
  // Clause x document matrix: 18 requirements x the 17 documents that provide one (the roles and communication documents provide none).
  assert.equal(count(html, /<td class="cell[^"]*" data-requirement=/), 18 * 17);
  assert.equal(count(html, /<th scope="col" class="doc"/), 17);
  assert.equal(count(html, /data-status="overdue"/), 1);
  // Summary figures and findings with relative links.
  assert.equal(count(html, /<li data-figure="/), 11);
  assert.match(html, /<li data-figure="coverage"><span class="value">96%<\/span>/);
  assert.equal(count(html, /<tr class="finding" data-severity="(?:error|warning)">/), 7);
  assert.match(html, /<a href="\.\/evaluation\/internal-audit-2026\.md#L38">evaluation\/internal-audit-2026\.md:38<\/a>/);
  assert.match(html, /<a href="\.\/risk\/statement-of-applicability\.md#L53">A\.8\.3<\/a>/);
  for (const tag of ['table', 'tr', 'td', 'th', 'ul', 'li', 'section', 'figure'])
    assert.equal(count(html, new RegExp(`<${tag}[\\s>]`)), count(html, new RegExp(`</${tag}>`)), `<${tag}> balanced`);
});

test('HTML and Markdown reports escape workspace text', async () => {
  const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
  const fixture = `${CONTRADICTORY}
//- risk/extra-soa.md
${head('soa', 'SOA-003', 'draft')}
# Statement of applicability for ${evil}
| Control | Applicable | Justification | Status | Evidence |
|---|---|---|---|---|
| A.9.3 | Yes | Because ${evil} | implemented | ${evil.replace(/\|/g, '')}, "quoted" |
//- risk/owners.yaml
aims:
  kind: risk-register
  id: RR-009
  title: More risks
  owner: CISO
  version: "1"
  status: draft
risks:
  - id: R-301
    title: 'Title ${evil}'
    owner: '${evil}'
    source: '${evil}'
    likelihood: 2
    impact: 2
    treatment: retain
    residual: low
`;
  const { service } = await workspace(fixture);
  const model = computeCoverageModel(service);
  const html = formatCoverage(model, 'html', { workspace: `ws ${evil}` });
  assert.equal(count(html, /<script/i), 0);
  assert.equal(count(html, /<img/i), 0);
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;'));
  assert.equal(count(html, /https?:\/\//), 0);
  assert.match(html, /<title>AIMS coverage report — ws &lt;script&gt;/);
  const md = coverageMarkdown(model);
  const outsideCode = md.replace(/(`+)[^`]*?\1/g, '');
  assert.equal(count(outsideCode, /<script|<img/i), 0, 'no raw HTML in the Markdown either (code spans are literal text)');
  assert.ok(md.includes('R-301 (`<script>alert("x")</script> & <img src=x onerror=alert(1)>`)'), 'unmatched sources are quoted in a code span');
  assert.ok(md.includes('| &lt;script>alert("x")&lt;/script> & &lt;img src=x onerror=alert(1)>, "quoted" |'), 'free-text evidence is escaped');
});
