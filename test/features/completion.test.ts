/**
 * Completion, data-driven: each case is a fixture with a `$0` cursor, the
 * labels that must (and must not) be offered, the kinds every entry must have,
 * and the text the entries replace. An empty `kinds` list means "nothing".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { getCompletions } from '../../server/src/core/index.js';
import type { CompletionEntry } from '../../server/src/core/index.js';

import { DEFINITIONS } from './completion/case.js';
import { aimsBlockCases } from './completion/aimsBlock.js';
import { proseCases } from './completion/prose.js';
import { tableCases } from './completion/tables.js';
import { frameworkCases } from './completion/frameworks.js';

const cases = [...aimsBlockCases, ...proseCases, ...tableCases, ...frameworkCases];

function show(list: readonly CompletionEntry[]): string {
  return list.map((e) => `${e.kind}:${e.label}`).join(', ');
}

for (const c of cases)
  test(`completion: ${c.name}`, async () => {
    const { service, uri, position } = await atCursor(c.fixture);
    const list = getCompletions(service, uri, position);
    if (c.kinds.length === 0) {
      assert.deepEqual(show(list), '', 'expected no completions');
      return;
    }
    assert.ok(list.length > 0, 'expected completions');
    for (const e of list) assert.ok(c.kinds.includes(e.kind), `unexpected ${e.kind} entry ${e.label}; got ${show(list)}`);
    const labels = new Set(list.map((e) => e.label));
    for (const l of c.includes ?? []) assert.ok(labels.has(l), `expected ${l} in ${show(list)}`);
    for (const l of c.excludes ?? []) assert.ok(!labels.has(l), `did not expect ${l} in ${show(list)}`);
    if (c.count !== undefined) assert.equal(list.length, c.count, show(list));
    if (c.entry) {
      const e = list.find((x) => x.label === c.entry!.label);
      assert.ok(e, `no entry ${c.entry.label}`);
      for (const [field, want] of [
        ['detail', c.entry.detail],
        ['documentation', c.entry.documentation],
        ['insertText', c.entry.insertText],
      ] as const)
        if (want !== undefined) assert.ok((e[field] ?? '').includes(want), `${field} of ${e.label} should include "${want}": ${e[field]}`);
    }
    const doc = service.getDocument(uri)!;
    const covered = new Set(list.map((e) => doc.text.slice(doc.lines.offsetAt(e.range.start), doc.lines.offsetAt(e.range.end))));
    assert.equal(covered.size, 1, 'all entries replace the same text');
    if (c.replaces !== undefined) assert.equal([...covered][0], c.replaces);
  });

test('completion: controls the SoA already decides sort after the undecided ones', async () => {
  const { service, uri, position } = await atCursor(`
//- soa.md
---
aims: { kind: soa }
---
# SoA
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.2.2 | AI policy | Yes | Needed |
| A.$0
`);
  const list = getCompletions(service, uri, position);
  const sort = (label: string) => list.find((e) => e.label === label)!.sortText!;
  assert.ok(sort('A.2.3') < sort('A.2.2'));
  assert.ok(sort('A.10.4') < sort('A.2.2'));
});

test('completion: snippets escape the hint, and every entry is well formed at every offset', async () => {
  const { service, uri } = await atCursor(`${DEFINITIONS}
//- policy.md
---
aims:
  kind: policy
  controls: [A.2.2]
  status: draft
---
# AI policy $0
| Control | Clause | Source |
|---|---|---|
| A.2.2 | 5.2 | bias |
See Clause 6.1, R-001, \`A.2\` and § 9.
`);
  assert.equal(getCompletions(service, 'file:///elsewhere.md', { line: 0, character: 0 }).length, 0);
  const doc = service.getDocument(uri)!;
  for (let o = 0; o <= doc.text.length; o++) {
    const at = doc.lines.positionAt(o);
    for (const e of getCompletions(service, uri, at)) {
      const start = doc.lines.offsetAt(e.range.start);
      const end = doc.lines.offsetAt(e.range.end);
      assert.ok(start <= o && o <= end, `range of ${e.label} at ${o} does not contain the cursor`);
      assert.equal(e.range.start.line, e.range.end.line, 'single-line range');
      if (e.snippet) assert.ok(!/(?<!\\)\$(?![0-9{])/.test(e.insertText ?? ''), `unescaped $ in ${e.insertText}`);
    }
  }
});
