/**
 * Pandoc's grid tables, as Word documents converted to Markdown keep their tables, read as
 * tables: cells joined across their lines, spans on the first line's text, the header above
 * "+===+", and lines that do not line up left as prose. Unit: parse/gridTable.ts (through
 * parseDocument, and readGridTables directly for the spans); the rules that read the tables
 * are the facade's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseDocument } from '../server/src/core/index.js';
import { readGridTables } from '../server/src/core/parse/gridTable.js';
import { check } from './support/check.js';

const REGISTER = [
  '+--------+----------------------+----+----+-----------+',
  '| Risk   | Description          | L  | I  | Annex A   |',
  '| ID     |                      |    |    | controls  |',
  '+========+======================+====+====+===========+',
  '| R-101  | Route optimiser sends| 3  | 5  | A.6.2.4,  |',
  '|        | drivers down roads   |    |    | A.7.4     |',
  '+--------+----------------------+----+----+-----------+',
  '| R-102  | Vision misses people | 2  | 5  | A.6.2.6   |',
  '+--------+----------------------+----+----+-----------+',
].join('\n');

const texts = (cells: readonly { text: string }[]) => cells.map((c) => c.text);

test('grid tables: the header joined across its lines, each row one row, a cell\'s span on its first line\'s text', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = REGISTER.replaceAll('\n', eol);
    const [t, ...more] = readGridTables(text, { start: 0, end: text.length });
    assert.equal(more.length, 0);
    assert.deepEqual(texts(t!.header), ['Risk ID', 'Description', 'L', 'I', 'Annex A controls']);
    assert.deepEqual(t!.rows.map(texts), [
      ['R-101', 'Route optimiser sends drivers down roads', '3', '5', 'A.6.2.4, A.7.4'],
      ['R-102', 'Vision misses people', '2', '5', 'A.6.2.6'],
    ]);
    // A cell's span holds its first line's text: the start of what the cell says.
    for (const row of [t!.header, ...t!.rows]) for (const c of row) assert.ok(c.text.startsWith(text.slice(c.span.start, c.span.end)), c.text);
    assert.equal(text.slice(t!.rows[0]![0]!.span.start, t!.rows[0]![0]!.span.end), 'R-101');
    assert.deepEqual(t!.span, { start: 0, end: text.length });
  }
});

test('grid tables: without a header border the header is empty; rows without their closing border, or out of line, are no table', () => {
  const headerless = ['+-----+-----+', '| a   | b   |', '+-----+-----+'].join('\n');
  const [t] = readGridTables(headerless, { start: 0, end: headerless.length });
  assert.deepEqual(t!.header, []);
  assert.deepEqual(t!.rows.map(texts), [['a', 'b']]);
  for (const broken of [
    ['+-----+-----+', '| a   | b   |'].join('\n'),
    ['+-----+-----+', '| a     b   |', '+-----+-----+'].join('\n'),
    ['+-----+-----+', '| a   | b   | c |', '+-----+-----+'].join('\n'),
    ['+-----+-----+', '+-----+-----+'].join('\n'),
  ])
    assert.deepEqual(readGridTables(broken, { start: 0, end: broken.length }), [], broken);
});

test('grid tables: a document\'s grid table is one of its tables, whether its chunk is read by lines or parsed', () => {
  const text = `# Risk register (ISO/IEC 42001)\n\nIntro.\n\n${REGISTER}\n\nNotes after.\n`;
  const doc = parseDocument({ uri: 'file:///w/register.md', relativePath: 'register.md', text, version: 1, config: DEFAULT_CONFIG });
  assert.deepEqual(doc.tables.map((t) => texts(t.header)), [['Risk ID', 'Description', 'L', 'I', 'Annex A controls']]);
  const whole = parseDocument({ uri: 'file:///w/register.md', relativePath: 'register.md', text, version: 1, config: DEFAULT_CONFIG, whole: true });
  assert.deepEqual(whole.tables, doc.tables);
});

test('grid tables: a register kept as a grid table defines its risks', async () => {
  await check(
    `
//- risk/AI-Risk-Register.md
---
title: AI Risk Register
---
# 1 Risk register (ISO/IEC 42001)

${REGISTER}

//- risk/plan.md
# AI risk treatment plan (ISO/IEC 42001)
R-101 and R-102 are treated; R-109 is treated too.
                             ^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});
