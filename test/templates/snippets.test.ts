/**
 * The committed snippet files (snippets/*.json), which `npm run generate` writes from
 * the templates, and every snippet in them is a well-formed VS Code snippet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONTROLS, KINDS, renderTemplate, snippetCollection, templateChoices, type SnippetDefinition } from '../../server/src/core/index.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { dateVariables, expandSnippet, parseSnippet, snippetProblems } from '../support/snippet.js';
import { workspace } from '../support/check.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');
const TODAY = '2026-11-28';
const FORMATS = ['markdown', 'yaml'] as const;

const expand = (s: SnippetDefinition) => expandSnippet(parseSnippet(s.body.join('\n')), dateVariables(TODAY));

test('snippets: every body parses as a snippet, with tab stops numbered from 1 and one $0', () => {
  for (const format of FORMATS) {
    const file = JSON.parse(readFileSync(path.join(REPO, 'snippets', `${format}.json`), 'utf8')) as Record<string, SnippetDefinition>;
    assert.ok(Object.keys(file).length > 0);
    for (const [name, s] of Object.entries(file)) {
      assert.ok(s.prefix.startsWith('aims-') && s.description && Array.isArray(s.body), `${format}: ${name}`);
      assert.ok(!s.body.some((l) => /[\r\n]/.test(l)), `${format}: ${name} has a line end inside a body line`);
      assert.deepEqual(snippetProblems(parseSnippet(s.body.join('\n')), Object.keys(dateVariables(TODAY))), [], `${format}: ${name}`);
    }
    const prefixes = Object.values(file).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, `${format}: prefixes are distinct`);
  }
});

test('snippets: one per kind and format, equal to the template', () => {
  for (const format of FORMATS) {
    const all = Object.values(snippetCollection(format));
    for (const c of templateChoices()) {
      const s = all.find((x) => x.prefix === `aims-${c.kind}`);
      assert.equal(!!s, c.formats.includes(format), `${format}: aims-${c.kind}`);
      if (s) assert.equal(expand(s), renderTemplate(c.kind, format, { today: TODAY }));
    }
  }
  assert.equal(Object.keys(snippetCollection('markdown')).length, KINDS.length + 4);
});

test('snippets: the control reference offers all 38 controls, in catalogue order, with their titles in Markdown', () => {
  for (const format of FORMATS) {
    const s = Object.values(snippetCollection(format)).find((x) => x.prefix === 'aims-control')!;
    const choice = parseSnippet(s.body.join('\n')).find((n) => n.type === 'choice');
    assert.ok(choice && choice.type === 'choice');
    assert.equal(choice.options.length, 38);
    assert.deepEqual(
      choice.options,
      CONTROLS.map((c) => (format === 'markdown' ? `${c.id} (${c.title})` : c.id)),
    );
  }
});

/** Findings other than information for a one-file workspace, and its document model. */
async function check(file: string, text: string) {
  const { service } = await workspace({ files: { [file]: text }, annotations: [] });
  const findings = service
    .getAllFindings()
    .filter((f) => f.severity !== 'information')
    .map((f) => `${f.code}: ${f.message}`);
  return { findings, doc: service.documents()[0]! };
}

test('snippets: a risk entry has the register\'s columns and, given an ID, is a clean second risk', async () => {
  const md = expand(snippetCollection('markdown')['AIMS: risk entry']!);
  const register = renderTemplate('risk-register', 'markdown', { today: TODAY });
  const header = register.split('\n').find((l) => l.startsWith('| ID |'))!;
  assert.equal(md.trimEnd().split(' | ').length, header.split(' | ').length);
  const m = await check('rr.md', register + md.replace('R-NNN', 'R-002'));
  assert.deepEqual(m.findings, []);
  assert.deepEqual(m.doc.risks.map((r) => r.id), ['R-001', 'R-002']);

  const yaml = expand(snippetCollection('yaml')['AIMS: risk entry']!);
  const yregister = renderTemplate('risk-register', 'yaml', { today: TODAY });
  const item = yaml.replace('R-NNN', 'R-002').replace(/^(?=.)/gm, '  ');
  const y = await check('rr.yaml', yregister + item);
  assert.deepEqual(y.findings, []);
  assert.deepEqual(y.doc.risks.map((r) => [r.id, [...r.attributes.keys()].join(',')]), [
    ['R-001', 'title,owner,likelihood,impact,level,treatment,controls,residual,status'],
    ['R-002', 'title,owner,likelihood,impact,level,treatment,controls,residual,status'],
  ]);
});

test('snippets: an SoA entry fills the control and title columns with one choice, and reads as a decision', async () => {
  const md = expand(snippetCollection('markdown')['AIMS: statement of applicability entry']!);
  const soa = renderTemplate('soa', 'markdown', { today: TODAY });
  const header = soa.split('\n').find((l) => l.startsWith('| Control |'))!;
  assert.equal(md.trimEnd().split(' | ').length, header.split(' | ').length);
  assert.ok(md.startsWith('| A.2.2 | AI policy | Yes | '));
  // Replacing the template's own A.2.2 row with the entry keeps the statement complete and clean.
  const replaced = soa.replace(/^\| A\.2\.2 \|.*\n/m, md);
  assert.deepEqual((await check('soa.md', replaced)).findings, []);
  const yaml = expand(snippetCollection('yaml')['AIMS: statement of applicability entry']!);
  const ysoa = renderTemplate('soa', 'yaml', { today: TODAY });
  const yreplaced = ysoa.replace(/^ {2}- id: A\.2\.2 .*\n(?: {4}.*\n)*/m, yaml.replace(/^(?=.)/gm, '  '));
  assert.notEqual(yreplaced, ysoa);
  assert.deepEqual((await check('soa.yaml', yreplaced)).findings, []);
});

test('snippets: the impact assessment section carries every required section of an impact assessment', async () => {
  const ia = KINDS.find((k) => k.id === 'impact-assessment')!;
  const md = expand(snippetCollection('markdown')['AIMS: impact assessment section']!);
  for (const s of ia.sections) assert.ok(md.includes(`### ${s.title}\n`), s.title);
  // Embedded under an impact assessment's own front matter it satisfies the kind.
  const doc = `---\naims:\n  kind: impact-assessment\n  id: AIIA-009\n  title: Impact assessment\n  owner: Owner\n  version: "1"\n  status: draft\n  systems: [SYS-001]\n---\n# Impact assessment\n\n${md}`;
  assert.deepEqual((await check('ia.md', doc)).findings.filter((f) => !f.startsWith('dangling-reference')), []);
  const yaml = expand(snippetCollection('yaml')['AIMS: impact assessment section']!);
  assert.match(yaml, /^impact_assessment:\n {2}system: /);
});
