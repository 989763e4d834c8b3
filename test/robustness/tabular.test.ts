/**
 * CSV and JSON files: exact positions (UTF-16 columns, CRLF, BOM, line breaks inside quoted
 * values), and no exception or unbounded work on any input, malformed or huge.
 * Unit also: parse/csv.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG, parseDocument } from '../../server/src/core/index.js';
import { MAX_RECORDS, parseCsv } from '../../server/src/core/parse/csv.js';
import { fuzzParams } from '../support/generators.js';

const parse = (relativePath: string, text: string) => parseDocument({ uri: `file:///ws/${relativePath}`, relativePath, text, version: 1, config: DEFAULT_CONFIG });

test('CSV with a BOM, CRLF and a quoted value spanning lines: cells and references at their exact places', () => {
  const text = '\uFEFFRisk ID,Risk,Likelihood,Impact,Controls\r\nR-001,"Two-line\r\nrisk 😀, with a comma",2,3,A.7.4\r\nR-002,"Says ""A.6.2.9"" inside quotes",1,1,"A.8.2, A.9.9"\r\n';
  const doc = parse('ai-risk-register.csv', text);
  assert.equal(doc.languageId, 'csv');
  assert.equal(doc.meta.kind, 'risk-register');
  assert.deepEqual(
    doc.risks.map((r) => [r.id, r.attributes.get('likelihood')?.text, r.attributes.get('impact')?.text]),
    [
      ['R-001', '2', '3'],
      ['R-002', '1', '1'],
    ],
  );
  const table = doc.tables[0]!;
  for (const row of [table.header, ...table.rows]) for (const c of row) assert.equal(text.slice(c.span.start, c.span.end), c.text);
  assert.equal(table.rows[0]![1]!.text, 'Two-line\r\nrisk 😀, with a comma');
  const range = (id: string) => doc.lines.range(doc.references.find((r) => r.id === id)!.span);
  // After the BOM the header starts at column 1 of line 0; the surrogate pair counts two.
  assert.deepEqual(doc.lines.range(table.header[0]!.span).start, { line: 0, character: 1 });
  assert.deepEqual(range('A.7.4'), { start: { line: 2, character: 27 }, end: { line: 2, character: 32 } });
  assert.deepEqual(range('A.6.2.9'), { start: { line: 3, character: 14 }, end: { line: 3, character: 21 } });
  assert.deepEqual(range('A.9.9'), { start: { line: 3, character: 51 }, end: { line: 3, character: 56 } });
  assert.deepEqual(doc.lines.range(doc.risks[1]!.idSpan), { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } });
});

test('JSON with a BOM and CRLF: values at their exact places, keys never read as references', () => {
  const text = '\uFEFF{\r\n  "A.6.3": "group key",\r\n  "controls": [\r\n    { "id": "A.6.2.4", "note": "😀 see A.6.2.9" }\r\n  ]\r\n}\r\n';
  const doc = parse('mapping.json', text);
  assert.equal(doc.languageId, 'json');
  assert.deepEqual(
    doc.references.map((r) => [r.id, doc.lines.range(r.span).start]),
    [
      ['A.6.2.4', { line: 3, character: 13 }],
      ['A.6.2.9', { line: 3, character: 39 }],
    ],
  );
});

test('malformed JSON: a yaml-syntax problem, the rest still read, no exception', () => {
  const doc = parse('mapping.json', '{ "controls": [ { "id": "A.6.2.4" }, { "id": "A.6.3" ');
  assert.ok(doc.problems.some((p) => p.code === 'yaml-syntax'));
  assert.ok(doc.references.some((r) => r.id === 'A.6.2.4'));
});

const csvChar = fc.constantFrom('a', 'R', '-', '1', 'A.6.2.9', ',', ';', '\t', '"', '""', '\r', '\n', '\r\n', ' ', '😀', '\uFEFF', '|');

test('any CSV text: never throws; every cell is the text at its span, in order, inside the text', () => {
  fc.assert(
    fc.property(fc.array(csvChar, { maxLength: 200 }), (parts) => {
      const text = parts.join('');
      const csv = parseCsv(text);
      let last = 0;
      for (const row of csv.table ? [csv.table.header, ...csv.table.rows] : [])
        for (const c of row) {
          assert.equal(text.slice(c.span.start, c.span.end), c.text);
          assert.ok(c.span.start >= last && c.span.end <= text.length, JSON.stringify(text));
          last = c.span.end;
        }
      for (const p of csv.problems) assert.ok(p.span.start >= 0 && p.span.end <= text.length);
      // The whole document path too: rules and readers see what the table holds.
      parse('risk-register.csv', text);
    }),
    fuzzParams(500),
  );
});

test('a quote opened on every line: quotes pair up across lines as RFC 4180 says, in linear time, with few notices', () => {
  const text = 'ID,Risk\n' + 'R-1,"open\n'.repeat(30_000);
  const started = Date.now();
  const csv = parseCsv(text);
  assert.ok(Date.now() - started < 2000, 'took too long');
  // Each quote closes at the next line's: two lines make one record.
  assert.equal(csv.table!.rows.length, 15_000);
  assert.equal(csv.table!.rows[0]![1]!.text, 'open\nR-1,"open');
  assert.ok(csv.problems.length <= 5);
});

test('a CSV export past the record limit: the first records are read, one notice says the rest is not', () => {
  const text = 'ID,Risk,Likelihood,Impact\n' + Array.from({ length: MAX_RECORDS + 10 }, (_, i) => `R-${i},Risk ${i},1,1`).join('\n');
  const doc = parse('risk-register.csv', text);
  assert.equal(doc.tables[0]!.rows.length, MAX_RECORDS - 1);
  const skipped = doc.problems.filter((p) => p.code === 'file-skipped');
  assert.equal(skipped.length, 1);
  assert.match(skipped[0]!.message, /first 20000 records/);
});
