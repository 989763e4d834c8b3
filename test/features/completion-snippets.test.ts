/**
 * Snippets as completion: `aims-` offers the snippets of the document's format, each with IDs
 * no document of the workspace defines, and the snippet expanded to its defaults is a
 * document that adds no duplicate-id finding.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { getCompletions, KINDS, templateFormats, type CompletionEntry } from '../../server/src/core/index.js';
import { dateVariables, expandSnippet, parseSnippet, snippetProblems } from '../support/snippet.js';
import { uriOf } from '../support/memoryHost.js';

const TODAY = '2026-11-28';

/** A workspace defining POL-001..003, R-001..R-012 and RR-2026, and a file to type in. */
function fixture(path: string, typed: string): string {
  const risks = Array.from({ length: 12 }, (_, i) => `| R-${String(i + 1).padStart(3, '0')} | Risk ${i + 1} | 2 | 2 |`).join('\n');
  return `
//- policies.md
---
aims: { kind: policy, id: POL-001, title: AI policy, owner: CISO, version: "1", status: draft }
---
# AI policy
Also see POL-002 and POL-003.
//- old-policy.md
---
aims: { kind: policy, id: POL-002, title: Old AI policy, owner: CISO, version: "1", status: draft }
---
# Old AI policy
//- older-policy.md
---
aims: { kind: policy, id: POL-003, title: Older AI policy, owner: CISO, version: "1", status: draft }
---
# Older AI policy
//- register.md
---
aims: { kind: risk-register, id: RR-2026, title: AI risk register, owner: CISO, version: "1", status: draft }
---
# AI risk register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
${risks}
//- ${path}
${typed}$0
`;
}

function entry(list: readonly CompletionEntry[], label: string): CompletionEntry {
  const e = list.find((x) => x.label === label);
  assert.ok(e, `no ${label} in ${list.map((x) => x.label).join(', ')}`);
  return e;
}

test('aims- in Markdown offers every kind and piece as a snippet, replacing what was typed', async () => {
  const { service, uri, position } = await atCursor(fixture('new.md', 'aims-'), { today: TODAY });
  const list = getCompletions(service, uri, position);
  const markdownKinds = KINDS.filter((k) => templateFormats(k.id).includes('markdown'));
  for (const k of markdownKinds) assert.equal(entry(list, `aims-${k.id}`).kind, 'snippet');
  for (const piece of ['aims-risk-entry', 'aims-soa-entry', 'aims-impact-section', 'aims-control']) entry(list, piece);
  assert.equal(list.length, markdownKinds.length + 4);
  for (const e of list) {
    assert.equal(e.snippet, true);
    assert.deepEqual(snippetProblems(parseSnippet(e.insertText!), Object.keys(dateVariables(TODAY))), [], e.label);
    assert.deepEqual(e.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
  }
});

test('a kind snippet proposes the next free document ID, a yearly one a sequence in the year', async () => {
  const { service, uri, position } = await atCursor(fixture('new.md', 'aims-pol'), { today: TODAY });
  const list = getCompletions(service, uri, position);
  assert.match(entry(list, 'aims-policy').insertText!, /id: \$\{1:POL-004\}/);
  assert.match(entry(list, 'aims-risk-register').insertText!, /id: \$\{1:RR-2026-02\}/);
  // A kind whose default ID is free keeps it; a register's example risk takes the next free risk ID.
  assert.match(entry(list, 'aims-context').insertText!, /id: \$\{1:CTX-001\}/);
  assert.match(entry(list, 'aims-risk-register').insertText!, /\| \$\{\d+:R-013\} \|/);
});

test('the risk entry proposes the next free risk ID, in Markdown and YAML', async () => {
  for (const [path, format] of [['register-2.md', 'markdown'], ['register-2.yaml', 'yaml']] as const) {
    const { service, uri, position } = await atCursor(fixture(path, 'aims-risk'), { today: TODAY });
    const body = entry(getCompletions(service, uri, position), 'aims-risk-entry').insertText!;
    assert.match(body, /R-013/, `${format}: ${body}`);
    assert.doesNotMatch(body, /R-NNN/);
  }
});

test('in YAML the snippets are the YAML ones; JSON, CSV and words that are not the prefix get none', async () => {
  const yaml = await atCursor(fixture('new.yaml', 'aims-'), { today: TODAY });
  const list = getCompletions(yaml.service, yaml.uri, yaml.position);
  assert.match(entry(list, 'aims-risk-register').insertText!, /^aims:\n {2}kind: risk-register$/m);
  assert.ok(!list.some((e) => e.label === 'aims-policy'), 'no Markdown-only kind in YAML');
  for (const [path, typed] of [['new.json', 'aims-'], ['new.csv', 'aims-'], ['new.md', 'xaims-'], ['new.md', 'aimsx']] as const) {
    const at = await atCursor(fixture(path, typed), { today: TODAY });
    assert.ok(!getCompletions(at.service, at.uri, at.position).some((e) => e.kind === 'snippet'), `${path} "${typed}"`);
  }
});

test('a kind snippet expanded to its defaults adds no duplicate-id finding to the workspace', async () => {
  const { service, uri, position } = await atCursor(fixture('new.md', 'aims-'), { today: TODAY });
  for (const e of getCompletions(service, uri, position).filter((x) => x.label !== 'aims-risk-entry' && x.label !== 'aims-soa-entry')) {
    const text = expandSnippet(parseSnippet(e.insertText!), dateVariables(TODAY));
    const file = { uri: uriOf('new.md'), relativePath: 'new.md' };
    service.setDocument(file, text, 2);
    const dupes = service.getAllFindings().filter((f) => f.code === 'duplicate-id');
    assert.deepEqual(dupes.map((f) => `${f.uri}: ${f.message}`), [], e.label);
  }
});
