/**
 * Pulled diagnostics' result IDs (lsp/diagnostics.ts PulledDiagnostics): the same findings,
 * or new findings that convert to the same diagnostics, keep the result ID and are answered
 * "unchanged" to a client that has it; anything else is a new result in full.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { PulledDiagnostics, sameValue } from '../../server/src/lsp/diagnostics.js';

type F = { line: number; message: string; related?: { line: number }[] };
const convert = (f: F): Diagnostic => ({
  range: { start: { line: f.line, character: 0 }, end: { line: f.line, character: 1 } },
  message: f.message,
  ...(f.related ? { relatedInformation: f.related.map((r) => ({ location: { uri: 'u', range: { start: { line: r.line, character: 0 }, end: { line: r.line, character: 0 } } }, message: '' })) } : {}),
});

test('an unchanged result keeps its ID, whether the findings are the same array or equal ones', () => {
  const pulled = new PulledDiagnostics(convert);
  const first = pulled.report('u', [{ line: 1, message: 'a' }], undefined);
  assert.equal(first.kind, 'full');
  const id = first.resultId;
  assert.deepEqual(pulled.report('u', [{ line: 1, message: 'a' }], id), { kind: 'unchanged', resultId: id });
  // A client without the result gets it in full, under the same ID.
  const again = pulled.report('u', [{ line: 1, message: 'a' }], 'other');
  assert.equal(again.kind, 'full');
  assert.equal(again.resultId, id);
});

test('a changed diagnostic, one more or one fewer, is a new result in full', () => {
  const pulled = new PulledDiagnostics(convert);
  const base: F[] = [{ line: 1, message: 'a', related: [{ line: 3 }] }, { line: 2, message: 'b' }];
  let id = pulled.report('u', base, undefined).resultId;
  const changes: F[][] = [
    [{ line: 1, message: 'a', related: [{ line: 4 }] }, { line: 2, message: 'b' }],
    [{ line: 1, message: 'a' }, { line: 2, message: 'b' }],
    [{ line: 1, message: 'a', related: [{ line: 4 }] }, { line: 3, message: 'b' }],
    [{ line: 1, message: 'a', related: [{ line: 4 }] }, { line: 3, message: 'c' }],
    [{ line: 1, message: 'a', related: [{ line: 4 }] }],
    [],
  ];
  for (const findings of changes) {
    const r = pulled.report('u', findings, id);
    assert.equal(r.kind, 'full', JSON.stringify(findings));
    assert.notEqual(r.resultId, id);
    assert.deepEqual(r.kind === 'full' && r.items, findings.map(convert));
    id = r.resultId!;
  }
});

test('sameValue: equal JSON-like values only', () => {
  assert.ok(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }));
  for (const [a, b] of [
    [{ a: 1 }, { a: 1, b: undefined }],
    [{ a: 1 }, { b: 1 }],
    [[1], { 0: 1 }],
    [[1, 2], [1]],
    ['1', 1],
    [null, {}],
  ] as const)
    assert.ok(!sameValue(a, b) && !sameValue(b, a), JSON.stringify([a, b]));
});
