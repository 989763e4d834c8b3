/** Folding ranges: sections, tables, front matter and comments in Markdown; keys and list items in YAML. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../support/check.js';
import { uriOf } from '../support/memoryHost.js';
import { getFoldingRanges } from '../../server/src/core/index.js';

async function folds(path: string, text: string): Promise<string[]> {
  const { service } = await workspace({ files: { [path]: text }, annotations: [] });
  return getFoldingRanges(service, uriOf(path)).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`);
}

test('folding: Markdown front matter, sections up to their last non-blank line, tables, comments', async () => {
  const text = [
    '---', //                          0
    'aims:', //                        1
    '  kind: policy', //               2
    '---', //                          3
    '# AI policy', //                  4
    'Intro.', //                       5
    '', //                             6
    '## Purpose', //                   7
    'Why.', //                         8
    '', //                             9
    '', //                            10
    '## Scope', //                    11
    '', //                            12
    '| A | B |', //                   13
    '|---|---|', //                   14
    '| 1 | 2 |', //                   15
    '', //                            16
    '<!--', //                        17
    'a comment', //                   18
    '-->', //                         19
    '### Empty', //                   20
    '## Review', //                   21
    'Yearly.', //                     22
    '', //                            23
  ].join('\n');
  assert.deepEqual(await folds('policy.md', text), ['0-3', '4-22', '7-8', '11-20', '13-15', '17-19 comment', '21-22']);
});

test('folding: CRLF and a heading with nothing under it', async () => {
  assert.deepEqual(await folds('a.md', '# A\r\ntext\r\n\r\n# B\r\n# C\r\nmore\r\nlines\r\n'), ['0-1', '4-6']);
});

test('folding: YAML top-level keys (aims included) and multi-line list items, nested too', async () => {
  const text = [
    '# ISO/IEC 42001 register', //     0
    'aims:', //                        1
    '  kind: risk-register', //        2
    '  id: RR-001', //                 3
    'risks:', //                       4
    '  - id: R-001', //                5
    '    title: Bias', //              6
    '    controls:', //                7
    '      - A.5.4', //                8
    '      - A.7.4', //                9
    '', //                            10
    '  - id: R-002', //               11
    '    # a comment', //             12
    '    title: Drift', //            13
    '  - R-003', //                   14
    'systems:', //                    15
    '- id: SYS-001', //               16
    '  name: TalentMatch', //         17
    'notes: none', //                 18
    '', //                            19
  ].join('\n');
  assert.deepEqual(await folds('risk/register.yaml', text), ['1-3', '4-14', '5-9', '11-13', '15-17', '16-17']);
});

test('folding: an unknown document has none', async () => {
  const { service } = await workspace({ files: {}, annotations: [] });
  assert.deepEqual(getFoldingRanges(service, uriOf('x.md')), []);
});
