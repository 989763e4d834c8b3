/**
 * Every rule code's documentation link (server/src/lsp/convert.ts): with the VS Code client's
 * template, a command URI that VS Code's command opener turns back into the command and the
 * code (decodeURIComponent of the query, then JSON); without one, the README's anchor, which
 * the README's generated rule sections hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { RULES, type Finding } from '../../server/src/core/index.js';
import { ruleDocLink, toDiagnostic } from '../../server/src/lsp/convert.js';
import { RULE_DOC_COMMAND, RULE_DOC_HREF_TEMPLATE } from '../../client/src/ruleDocText.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

const finding = (code: string): Finding => ({ uri: 'file:///ws/a.md', code, severity: 'warning', message: 'm', span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, related: [] });

test('every rule: the diagnostic links to its page through the client\'s command, which VS Code reads back as [code]', () => {
  const docs = ruleDocLink('file:///ext/README.md', RULE_DOC_HREF_TEMPLATE);
  assert.ok(RULES.length >= 20);
  for (const r of RULES) {
    const href = toDiagnostic(finding(r.code), docs).codeDescription?.href;
    assert.ok(href, `${r.code} has a link`);
    const uri = URI.parse(href);
    assert.equal(uri.scheme, 'command');
    assert.equal(uri.path, RULE_DOC_COMMAND);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.query)), [r.code], href);
  }
});

test('every rule: without a template, the README anchor, and the README has the section', () => {
  const readme = readFileSync(path.resolve(SOURCE_TEST_DIR, '..', 'README.md'), 'utf8');
  const docs = ruleDocLink('file:///ext/README.md', undefined);
  for (const r of RULES) {
    assert.equal(toDiagnostic(finding(r.code), docs).codeDescription?.href, `file:///ext/README.md#${r.code}`);
    assert.ok(readme.includes(`### \`${r.code}\``), `README section for ${r.code}`);
  }
  assert.equal(toDiagnostic(finding('schema'), undefined).codeDescription, undefined, 'no documentation known: no link');
  assert.equal(ruleDocLink(undefined, 'https://example.com/no-placeholder'), undefined, 'a template without {code} is not used');
});
