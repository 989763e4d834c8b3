/**
 * The relevance pre-check (core/parse/relevance.ts) lets indexing skip parsing
 * documents that cannot be AIMS documents. It must never skip one that is:
 * whenever it says "not relevant", parseDocument must agree. Checked on
 * generated near-misses (headings, setext titles, title keys and file names
 * that name kinds of documents, in containers and quotes), on the generator of
 * the fuzz tests, and on every example and corpus document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createLanguageService, DEFAULT_CONFIG, getRename, KINDS, normalizeConfig, parseDocument } from '../server/src/core/index.js';
import { mayBeRelevant } from '../server/src/core/parse/relevance.js';
import { fuzzParams, markdownDoc, yamlDoc, mutation, mutate } from './support/generators.js';
import { MemoryHost, uriOf } from './support/memoryHost.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');

function agrees(text: string, relativePath: string, config = DEFAULT_CONFIG): boolean {
  if (mayBeRelevant(text, relativePath, config)) return true;
  const doc = parseDocument({ uri: uriOf(relativePath), relativePath, text, version: 1, config });
  // Nor does it state a document ID of its own, which an unread document still files (workspaceIndex/filed.ts).
  return !doc.relevant && !doc.definitions.some((d) => d.type === 'document');
}

const kindTitle = fc.constantFrom(...KINDS.flatMap((k) => [k.name, k.name.toUpperCase(), k.id.replace(/-/g, ' ')]), 'SoA', 'soa', 'Risk management', 'RACI', 'KPIs', 'AI policy template', 'Engineering notes', 'Meeting minutes', 'Registro dei rischi IA', 'KI-Managementsystem', "Notes sur l'IA", 'Évaluation des risques');
const container = fc.constantFrom('', '', '> ', '- ', '1. ', '   ', '> > ', '* > ', '\t');
const nearMissLine = fc.oneof(
  fc.tuple(container, fc.constantFrom('#', '##', '######', '#######'), kindTitle, fc.constantFrom('', ' #', ' ##  ', '#')).map(([c, h, t, close]) => `${c}${h} ${t}${close}`),
  fc.tuple(container, kindTitle, fc.constantFrom('===', '---', '-', '= =')).map(([c, t, u]) => `${c}${t}\n${c}${u}`),
  fc.tuple(fc.constantFrom('', '  ', '- '), fc.constantFrom('title', 'name', '"title"', "'name'", 'Title'), kindTitle, fc.constantFrom('', '"', "'", ' # note', ' #x')).map(([i, k, t, q]) => `${i}${k}: ${q.startsWith(' ') ? t + q : q + t + q}`),
  fc.tuple(fc.constantFrom('title: |', 'title: >-', 'title:', 'name: "', 'title: &a', 'title: !!str'), kindTitle).map(([k, t]) => `${k}\n  ${t}`),
  fc.constantFrom('---', '```', '~~~', '', 'Plain prose about latency and caching.', 'The team met on Tuesday.', '<!-- a comment -->', '| a | b |\n|---|---|\n| 1 | 2 |'),
  // A document's own ID, which an unread document still files (workspaceIndex/filed.ts).
  fc.constantFrom('Codice documento: OBJ-IA-2026 · Approvato il 20/01/2026', '**Référence :** PRO-X-01 · **Propriétaire :** CEO', '<p><strong>Document ID:</strong> QX-2026</p>', 'Document No. QX-00130', '| Document ID | Version |\n|---|---|\n| QX-12 | 1.0 |', 'Ref: ZZ-9'),
);
const nearMissPath = fc.constantFrom('notes/x.md', 'docs/risk-register.md', 'readme.md', 'templates/soa.md', 'a/b/policy.yaml', 'notes.yaml', 'docs/Statement_of_Applicability.md', 'meeting-2026.md', 'guide-to-audits.md');

test('not relevant by the pre-check implies not relevant by the parser: generated near-misses', () => {
  let skipped = 0;
  fc.assert(
    fc.property(fc.array(nearMissLine, { maxLength: 12 }), nearMissPath, (lines, p) => {
      const text = lines.join('\n') + '\n';
      if (!mayBeRelevant(text, p, DEFAULT_CONFIG)) skipped++;
      assert.ok(agrees(text, p), `skipped a relevant document:\n${p}\n${text}`);
    }),
    fuzzParams(400),
  );
  // The generator must exercise the "skip" side too, or the property says nothing.
  assert.ok(skipped > 20, `only ${skipped} generated documents were skipped`);
});

const csvHeader = fc.constantFrom('Risk ID', 'ID', 'Ref', 'Risk', 'Likelihood', 'L', 'P (1-5)', 'l_x_i', 'Impact', 'Score', 'Owner', 'System', 'Notes', 'date', 'latency');
const csvCell = fc.constantFrom('AIR-7', 'X1', 'R-001', 'AIS-010', 'A.6.2.4', '3', 'High', '"quoted, value"', 'Open', '', 'lp', 'p.');
const csvPath = fc.constantFrom('data/metrics.csv', 'exports/ai-risk-register.csv', 'soa.csv', 'notes.csv', 'inventory.csv');
const jsonPath = fc.constantFrom('config.json', 'package.json', 'mapping/annex-a-mapping.json', 'risk-register.json', 'data.json');
const jsonValue = fc.oneof(kindTitle, csvCell);
const jsonKey = fc.constantFrom('title', 'name', 'Title', 'id', 'notes', 'risks', 'controls', 'version');
const tomlPath = fc.constantFrom('data/systems.toml', 'pyproject.toml', 'hugo.toml', 'ai-risk-register.toml', 'data.toml');
const tomlHeader = fc.constantFrom('', '[[risk]]', '[[system]]', '[params]', '[aims]', '[[risks]]');
const tomlKey = fc.constantFrom('title', 'name', '"title"', 'id', 'kind', 'likelihood', 'notes', 'treatment');

test('not relevant by the pre-check implies not relevant by the parser: generated CSV, JSON and TOML files', () => {
  let skipped = 0;
  fc.assert(
    fc.property(
      fc.oneof(
        fc.tuple(fc.array(csvHeader, { minLength: 1, maxLength: 5 }), fc.array(fc.array(csvCell, { maxLength: 5 }), { maxLength: 4 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), csvPath).map(([h, rows, d, eol, p]) => [[h, ...rows].map((r) => r.join(d)).join(eol) + eol, p] as const),
        fc.tuple(fc.array(fc.tuple(jsonKey, jsonValue), { maxLength: 4 }), fc.boolean(), jsonPath).map(([pairs, oneLine, p]) => [`{${oneLine ? '' : '\n  '}${pairs.map(([k, v]) => `"${k}": ${JSON.stringify(v)}`).join(oneLine ? ', ' : ',\n  ')}${oneLine ? '' : '\n'}}\n`, p] as const),
        fc.tuple(fc.array(fc.tuple(tomlHeader, fc.array(fc.tuple(tomlKey, jsonValue), { maxLength: 3 })), { maxLength: 3 }), tomlPath).map(([tables, p]) => [tables.map(([h, pairs]) => [h, ...pairs.map(([k, v]) => `${k} = ${JSON.stringify(v)}`)].join('\n')).join('\n') + '\n', p] as const),
      ),
      ([text, p]) => {
        if (!mayBeRelevant(text, p, DEFAULT_CONFIG)) skipped++;
        assert.ok(agrees(text, p), `skipped a relevant document:\n${p}\n${text}`);
      },
    ),
    fuzzParams(400),
  );
  assert.ok(skipped > 10, `only ${skipped} generated files were skipped`);
});

test('a register of IDs of any shape in a document of no kind: rated risks are relevant, and the pre-check knows it', () => {
  for (const [text, p] of [
    ['| Ref | Risk | Likelihood |\n|---|---|---|\n| X1 | Drift | 2 |\n', 'notes.md'],
    ['Ref,Risk,L (1-5),Impact\nX1,Drift,2,3\n', 'notes.csv'],
    ['{"title": "AI Risk Register", "entries": []}', 'data.json'],
  ] as const) {
    assert.ok(parseDocument({ uri: uriOf(p), relativePath: p, text, version: 1, config: DEFAULT_CONFIG }).relevant, p);
    assert.ok(mayBeRelevant(text, p, DEFAULT_CONFIG), p);
  }
});

test('not relevant by the pre-check implies not relevant by the parser: fuzz documents, mutated', () => {
  fc.assert(
    fc.property(fc.oneof(markdownDoc.map((t) => [t, 'doc.md'] as const), yamlDoc.map((t) => [t, 'reg.yaml'] as const)), mutation, ([text, p], m) => {
      const mutated = mutate(text, m);
      assert.ok(agrees(text, p) && agrees(mutated, p));
    }),
    fuzzParams(200),
  );
});

test('not relevant by the pre-check implies not relevant by the parser: examples and corpus, with kind globs configured', () => {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : /\.(?:md|ya?ml|json|csv)$/.test(n) ? [path.join(d, n)] : []));
  const roots = [path.join(REPO, 'examples'), path.resolve(REPO, '..', 'shared', 'corpus')].filter((r) => existsSync(r));
  const globbed = normalizeConfig({ documents: { kinds: { 'notes/**': 'policy' } } }).config;
  let files = 0;
  for (const root of roots)
    for (const f of walk(root)) {
      const text = readFileSync(f, 'utf8');
      const rel = path.relative(root, f).split(path.sep).join('/');
      assert.ok(agrees(text, rel), rel);
      assert.ok(agrees(text, 'notes/' + rel, globbed), 'notes/' + rel);
      // Without its front matter (a note that quotes an AIMS document's body).
      assert.ok(agrees(text.replace(/^---[\s\S]*?\n---\n/, ''), rel), rel + ' without front matter');
      files++;
    }
  assert.ok(files > 20);
});

test('skipped notes are summarised without parsing; a note citing a document ID is read, and renamed in', async () => {
  const host = new MemoryHost({
    'policy.md': '---\naims:\n  kind: policy\n  id: POL-001\n---\n# AI policy\n',
    'notes/plain.md': '# Meeting notes\n\nWe discussed latency and caching.\n',
    // A document ID may be one a document states for itself, which an unread one still files
    // (workspaceIndex/filed.ts): the pre-check lets it through.
    'notes/mention.md': '# Engineering note\n\nThe wording follows POL-001.\n',
  });
  const service = createLanguageService(host);
  await service.indexWorkspace();
  assert.equal(service.getSummary(uriOf('notes/plain.md'))?.shallow, true);
  assert.equal(service.getSummary(uriOf('notes/mention.md'))?.shallow, undefined);
  assert.equal(service.getDocument(uriOf('notes/plain.md'))?.sections.length, 1, 'a full model on demand');
  const rename = getRename(service, uriOf('policy.md'), { line: 3, character: 8 }, 'POL-101');
  assert.ok('edit' in rename && rename.edit.changes[uriOf('notes/mention.md')]?.length === 1, JSON.stringify(rename));
  assert.equal(rename.edit.changes[uriOf('notes/plain.md')], undefined);
});
