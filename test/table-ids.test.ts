/**
 * The IDs a Markdown register's ID columns define, kept per chunk (parse/tableIds.ts), equal a
 * reading of the tables afresh: after random edits that reuse the previous version's chunks
 * (moving the tables after the edit), and when the same chunks are read with other ID patterns.
 * Units: parse/tableIds.ts and its use in parse/entities.ts collectDefinitions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG, normalizeConfig, parseDocument, type AimsConfig, type AimsDocument } from '../server/src/core/index.js';
import { fuzzParams } from './support/generators.js';

const params = fuzzParams(300);

const parse = (text: string, version: number, config: AimsConfig = DEFAULT_CONFIG, previous?: AimsDocument) =>
  parseDocument({ uri: 'file:///w/register.md', relativePath: 'register.md', text, version, config, ...(previous ? { previous } : {}) });

const definitions = (d: AimsDocument) => d.definitions.map((x) => ({ type: x.type, id: x.id, span: x.span, extent: x.extent, title: x.title, weak: x.weak }));

const row = fc.constantFrom('| R-001 | Drift |', '| R-002 | **Bias** `x` |', '| R-001 | Again |', '| RR-01 | Register |', '| POL-001 | Policy |', '| r-003 | lower |', '| note | none |', '|  | |', '| x R-004 | y |', '| KX-01 | custom |');
const header = fc.constantFrom('| ID | Risk |', '| Document | Title |', '| Ref | Title |', '| Item | Title |');
const table = fc.tuple(header, fc.array(row, { minLength: 1, maxLength: 5 })).map(([h, rows]) => [h, '|---|---|', ...rows].join('\n'));
const block = fc.oneof(table, fc.constantFrom('## Risks', '## Documents', 'Some prose R-001.', '- a list item'));
const doc = fc
  .tuple(fc.constantFrom('risk-register', 'soa', 'policy'), fc.array(block, { minLength: 1, maxLength: 8 }))
  .map(([kind, blocks]) => `---\naims:\n  kind: ${kind}\n---\n# Register\n\n${blocks.join('\n\n')}\n`);

test('table ID columns kept per chunk equal a fresh reading after random edits', () => {
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 8 }), insert: fc.oneof(row.map((r) => '\n' + r), fc.constantFrom('x', '1', '\n\n', '| R-009 | New |\n', 'Document ')) });
  fc.assert(
    fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
      let current = parse(text, 1);
      let t = text;
      edits.forEach((e, i) => {
        const at = t.length ? e.at % (t.length + 1) : 0;
        t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
        current = parse(t, i + 2, DEFAULT_CONFIG, current);
        assert.deepEqual(definitions(current), definitions(parse(t, 1)));
      });
    }),
    params,
  );
});

test('the same chunks read with other ID patterns define what those patterns find', () => {
  const custom = normalizeConfig({ ids: { risk: '\\bKX-\\d{2}\\b', document: '\\bRR-\\d{2}\\b' } }).config;
  assert.notEqual(custom.ids.risk, DEFAULT_CONFIG.ids.risk);
  fc.assert(
    fc.property(doc, (text) => {
      const first = parse(text, 1);
      const other = parse(text, 2, custom, first);
      assert.deepEqual(definitions(other), definitions(parse(text, 1, custom)));
      assert.deepEqual(definitions(parse(text, 3, DEFAULT_CONFIG, other)), definitions(first));
    }),
    params,
  );
});
