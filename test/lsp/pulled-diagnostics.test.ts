/**
 * Pulled diagnostics' result IDs (lsp/diagnostics.ts PulledDiagnostics): the same findings,
 * or new findings that convert to the same diagnostics, keep the result ID and are answered
 * "unchanged" to a client that has it; anything else is a new result in full. Units also:
 * lsp/convert.ts (sameShown, sameValue).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver';
import { PulledDiagnostics } from '../../server/src/lsp/diagnostics.js';
import { sameShown, sameValue, toDiagnostic } from '../../server/src/lsp/convert.js';
import type { Finding } from '../../server/src/core/index.js';

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

test('sameShown says two findings are equal exactly when their diagnostics are (convert.ts keeps the two in step)', () => {
  const range = fc.record({ start: fc.record({ line: fc.nat(2), character: fc.nat(2) }), end: fc.record({ line: fc.nat(2), character: fc.nat(2) }) });
  const span = fc.record({ start: fc.nat(5), end: fc.nat(5) });
  const finding: fc.Arbitrary<Finding> = fc.record({
    code: fc.constantFrom('unknown-control', 'dangling-reference'),
    severity: fc.constantFrom('error' as const, 'warning' as const),
    message: fc.constantFrom('a', 'b'),
    uri: fc.constantFrom('file:///a.md', 'file:///b.md'),
    span,
    range,
    related: fc.array(fc.record({ uri: fc.constantFrom('file:///a.md', 'file:///c.md'), span, range, message: fc.constantFrom('here', 'there') }), { maxLength: 2 }),
    data: fc.option(fc.constantFrom({ id: 'A.1' }, { id: 'A.2' }, { id: 'A.1', suggestions: ['A.2.2'] }), { nil: undefined }),
  }).map((f) => (f.data === undefined ? (({ data: _d, ...rest }) => rest)(f) : f) as Finding);
  const docs = (code: string) => `file:///README.md#${code}`;
  fc.assert(
    // b is a with one field (or none) taken from another finding: equal in all but at most one.
    fc.property(finding, finding, fc.constantFrom('code', 'severity', 'message', 'uri', 'span', 'range', 'related', 'data', 'none', 'uri', 'span', 'range', 'message'), fc.boolean(), (a, other, field, inRelated) => {
      // Either a field of the finding, or the same field of its first related location.
      const near = inRelated && a.related.length > 0 && other.related.length > 0 && ['uri', 'span', 'range', 'message'].includes(field);
      const b = (near
        ? { ...a, related: [{ ...a.related[0]!, [field]: (other.related[0] as unknown as Record<string, unknown>)[field] }, ...a.related.slice(1)] }
        : field === 'none' ? { ...a } : { ...a, [field]: (other as unknown as Record<string, unknown>)[field] }) as Finding;
      if (b.data === undefined) delete (b as { data?: unknown }).data;
      assert.equal(sameShown(a, b), sameValue(toDiagnostic(a, docs), toDiagnostic(b, docs)), JSON.stringify([a, b]));
      assert.ok(sameShown(a, { ...a, span: { start: a.span.start + 1, end: a.span.end + 1 } }));
    }),
    { numRuns: 2000 },
  );
});
