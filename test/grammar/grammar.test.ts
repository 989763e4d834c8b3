/**
 * The AIMS injection grammar (syntaxes/aims.injection.tmLanguage.json): its identity as the
 * extension contributes it, its ID patterns against the engine's defaults, and every fixture
 * in test/grammar/fixtures (a `.md` file over the Markdown stand-in, a `.yaml` file over YAML).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_ID_PATTERNS } from '../../server/src/core/index.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { checkGrammarFixture, GRAMMAR_FILE, HOSTS, tokenize } from './tokenize.js';

const FIXTURES = path.join(SOURCE_TEST_DIR, 'grammar', 'fixtures');
const grammar = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8'));

test('grammar: scope name and injection selector as the extension contributes them', () => {
  assert.equal(grammar.scopeName, 'aims.injection');
  assert.equal(grammar.injectionSelector, 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -comment, L:source.yaml -comment');
  for (const p of grammar.patterns) assert.ok(grammar.repository[p.include.slice(1)], `${p.include} is defined`);
});

test('grammar: risk, system and document IDs are exactly the default ID patterns', () => {
  // If DEFAULT_ID_PATTERNS change, the grammar must follow (syntaxes/ is plain JSON, edited by hand).
  assert.equal(grammar.repository['risk-id'].match, DEFAULT_ID_PATTERNS.risk);
  assert.equal(grammar.repository['system-id'].match, DEFAULT_ID_PATTERNS.system);
  assert.equal(grammar.repository['document-id'].match, DEFAULT_ID_PATTERNS.document);
});

const fixtures = readdirSync(FIXTURES).filter((f) => /\.(?:md|yaml)$/.test(f));

test('grammar: there are Markdown and YAML fixtures', () => {
  assert.ok(fixtures.some((f) => f.endsWith('.md')) && fixtures.some((f) => f.endsWith('.yaml')));
});

for (const name of fixtures) {
  test(`grammar fixture ${name}`, async () => {
    const host = name.endsWith('.md') ? HOSTS.markdown : HOSTS.yaml;
    const { failures, count } = await checkGrammarFixture(readFileSync(path.join(FIXTURES, name), 'utf8'), name, host);
    assert.ok(count >= 10, `${name} has only ${count} assertions`);
    assert.deepEqual(failures, []);
  });
}

test('grammar: a wrong expectation fails, positive or negative, so the fixtures can fail', async () => {
  const wrong = 'Uses A.6.2.4 and R-001.\n     ^^^^^^^ variable.other.constant.risk.aims\n                  ^^^^^ - variable.other.constant.risk.aims\n';
  const { failures } = await checkGrammarFixture(wrong, 'inline', HOSTS.markdown);
  assert.equal(failures.length, 2, failures.join('\n'));
});

test('grammar: long adversarial lines tokenize in linear time', async () => {
  // VS Code tokenizes lines up to 20,000 characters by default (editor.maxTokenizationLineLength).
  const n = 20_000;
  const lines = [
    'A.6.2.4-'.repeat(n / 8),
    'Clause 6.1, '.repeat(n / 12),
    '1.'.repeat(n / 2),
    'https://x.org/' + 'A.6.2.4/'.repeat(n / 8),
    'R-0'.repeat(n / 3),
    '**Clause:** '.repeat(n / 12),
    ' '.repeat(n) + 'A.6.2.4',
  ];
  for (const host of [HOSTS.markdown, HOSTS.yaml]) {
    const started = Date.now();
    const tokens = await tokenize(host, lines);
    assert.equal(tokens.length, lines.length);
    assert.ok(Date.now() - started < 5_000, `${host}: ${Date.now() - started} ms`);
  }
});
