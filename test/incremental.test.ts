/**
 * Differential tests of incremental parsing: for generated AIMS-like Markdown
 * and random edits, (1) the chunked parse equals a whole-document parse, and
 * (2) re-parsing with the previous version's chunks equals a fresh parse.
 * The case count is configurable: AIMS_FUZZ_RUNS (default 300 here); AIMS_FUZZ_SEED replays a failure.
 * Units: parse/markdown.ts, parse/fastChunk.ts, parse/chunks.ts, parse/sections.ts (sectionTitleAt), parse/titledTable.ts, parse/riskMethod.ts and parse/chunkRisks.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMarkdown, type MarkdownParts } from '../server/src/core/parse/markdown.js';
import { splitChunks } from '../server/src/core/parse/chunks.js';
import { sectionTitleAt } from '../server/src/core/parse/sections.js';
import { DEFAULT_CONFIG, parseDocument, type Section } from '../server/src/core/index.js';
import { dumpModel } from './support/dumpModel.js';
import { fuzzParams } from './support/generators.js';

const params = fuzzParams(300);

/** Lines that stress block structure: headings, fences, lists, quotes, tables, HTML, front matter. */
const line = fc.oneof(
  fc.constantFrom(
    '# Title',
    '## Risk criteria',
    '### A.6.2.4 AI system verification and validation',
    '#no-space heading',
    '   ## indented heading',
    '    # four-space code',
    '```',
    '~~~yaml',
    '````',
    // Fences the line reader (fastChunk.ts) must leave to the parser: closing ones indented or
    // with blanks after, and one after a line separator, which ends no Markdown line.
    ' ```',
    '```  ',
    '  ~~~~',
    'Text\u2028```',
    '- item with A.5.2',
    '* Item',
    '+ item',
    '2) Item',
    '-  Two spaces',
    '-     Indented code in an item',
    '- - -',
    '-',
    '## Title ##',
    '##\tTab',
    '##',
    '# A # b #  ',
    '###### Six',
    '####### Seven',
    '## Heading with `code`',
    '## Heading <!-- c -->',
    'Title',
    '---  ',
    '  - nested',
    '1. numbered',
    '> quote with R-001',
    '> # heading in quote',
    '| ID | Likelihood | Impact |',
    '|---|---|---|',
    '| R-001 | 3 | 4 |',
    '<!-- comment',
    '-->',
    '<!-- one-line comment -->',
    '<pre>',
    '</pre>',
    '---',
    '...',
    'aims:',
    '  kind: risk-register',
    'Setext',
    '======',
    '',
    '',
    'Plain text citing Clause 6.1.2 and A.6.2.9.',
    '[ref]: https://example.org',
    // MkDocs admonitions: a body indented after a blank line is Markdown (parse/markdown.ts).
    '!!! note "Impact scale"',
    '??? info',
    '    body citing A.5.2 and `A.9.9`',
    '    | Value | Label |',
    // Pandoc grid tables (parse/gridTable.ts): borders and rows that line up, or not.
    '+-----+-----+',
    '+=====+=====+',
    '| R-1 | A.2 |',
    '|     | x   |',
    '| ID  | Risk | L |',
    '  \t',
    // Deeper than the nesting guard lets the parser go (parse/nesting.ts).
    '- '.repeat(120) + 'A.6.2.9',
    '> '.repeat(60) + '1. '.repeat(60) + 'deep',
    ' '.repeat(210) + '- far right',
  ),
  fc.string({ maxLength: 12 }),
);

const doc = fc.array(line, { minLength: 0, maxLength: 40 }).map((ls) => ls.join('\n'));
const eol = fc.constantFrom('\n', '\r\n', '\r');

function shape(p: MarkdownParts): unknown {
  return { frontMatter: p.frontMatter ?? null, headings: p.headings, tables: p.tables, excluded: p.excluded, problems: p.problems };
}

test('chunked Markdown parsing equals parsing the whole document', () => {
  fc.assert(
    fc.property(doc, eol, (text, nl) => {
      const t = text.replace(/\n/g, nl);
      assert.deepEqual(shape(parseMarkdown(t)), shape(parseMarkdown(t, undefined, { whole: true })));
    }),
    params,
  );
});

test('chunked equals whole on the cases the long fuzz runs found', () => {
  // Front matter "closed" by YAML's "..." is not closed for the parser: no chunk starts after it.
  for (const text of ['---\n...\n# Title\n---', '---\naims:\n  kind: policy\n...\n# Policy\n\nText.\n'])
    for (const nl of ['\n', '\r\n', '\r']) {
      const t = text.replace(/\n/g, nl);
      assert.deepEqual(shape(parseMarkdown(t)), shape(parseMarkdown(t, undefined, { whole: true })), JSON.stringify(t));
    }
});

/** A copy of a parse result with every span (any {start, end} of numbers) moved by `by`. */
function moved(value: unknown, by: number): unknown {
  if (Array.isArray(value)) return value.map((v) => moved(v, by));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = moved(v, by);
  if (typeof o['start'] === 'number' && typeof o['end'] === 'number') Object.assign(out, { start: o['start'] + by, end: o['end'] + by });
  return out;
}

/**
 * Pipe tables, mostly well-formed (same width everywhere, delimiter cells valid, cells with
 * text) so that most take the fast path; cells of characters that matter to tables, code
 * spans, HTML, escapes and headings, and rows a cell short or long, so that some do not.
 */
const cellUnit = fc.oneof({ weight: 60, arbitrary: fc.constantFrom('a', 'Z', '1', '.', '-', ':', '*', '_', '#', '>', '[', ']', '=', '~', '&', '!', ' ') }, { weight: 1, arbitrary: fc.constantFrom('|', '\\', '`', '<', '\t', '') });
const cell = fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), fc.string({ unit: cellUnit, minLength: 1, maxLength: 6 }), fc.constantFrom('', ' ', '  ')).map(([a, b, c]) => a + b + c);
const delimiterCell = fc.oneof({ weight: 9, arbitrary: fc.constantFrom('---', ':--', '--:', ':-:', ' - ', '-', ' :---: ') }, { weight: 1, arbitrary: fc.constantFrom('x', '', '- -') });
/** What a register has under it after a blank line: a note, a list, fenced code (read with the table by fastChunk), and things it must leave to the parser. */
const NOTES_UNDER = [
  '\n\nA note on the scores.\n',
  '\n\n- A list item\n- Another\n\n```yaml\ncontrols: [A.9.9]\n```\n',
  '\n\n\nNote\n```\nunclosed',
  '\n\n- item\n  indented',
  '\n\n[ref]: https://example.org\n',
  '\n\n| Second | table |\n|---|---|\n',
  '\n\n> quote\n',
  '\n  \nText after a line of blanks\n',
];
const tableDoc = fc
  .integer({ min: 1, max: 4 })
  .chain((w) => {
    const width = fc.oneof({ weight: 9, arbitrary: fc.constant(w) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) });
    const row = width.chain((n) => fc.array(cell, { minLength: n, maxLength: n })).map((cs) => `|${cs.join('|')}|`);
    // A body row may lack its leading or trailing pipe (a keystroke before or after it).
    const bodyRow = fc
      .tuple(width.chain((n) => fc.array(cell, { minLength: n, maxLength: n })), fc.boolean(), fc.boolean())
      .map(([cs, lead, trail]) => `${lead ? '|' : ''}${cs.join('|')}${trail ? '|' : ''}`);
    const delimiter = width.chain((n) => fc.array(delimiterCell, { minLength: n, maxLength: n })).map((cs) => `|${cs.join('|')}|`);
    return fc.tuple(row, delimiter, fc.array(fc.oneof(row, bodyRow), { maxLength: 5 }), fc.constantFrom('', '\n', '\n\n', '\n\n## Next\n', '\nText after\n', ' ', '\n\n\n', ...NOTES_UNDER));
  })
  .map(([head, delimiter, body, after]) => `# T\n\n${[head, delimiter, ...body].join('\n')}${after}`);

test('tables read without the parser equal what the parser reads (cells, spans, widths, trailing text)', () => {
  fc.assert(
    fc.property(tableDoc, eol, (text, nl) => {
      const t = text.replace(/\n/g, nl);
      assert.deepEqual(shape(parseMarkdown(t)), shape(parseMarkdown(t, undefined, { whole: true })));
    }),
    // Cheap cases, and the fast path is taken by about a quarter of them: ten times as many.
    { ...params, numRuns: params.numRuns * 10 },
  );
});

test('a byte-order mark kept in the text moves every span by exactly one', () => {
  fc.assert(
    fc.property(doc, eol, (text, nl) => {
      const t = text.replace(/\n/g, nl);
      assert.deepEqual(shape(parseMarkdown('\uFEFF' + t)), moved(shape(parseMarkdown(t)), 1));
    }),
    params,
  );
});

test('re-parsing after random edits, reusing unchanged chunks, equals a fresh parse', () => {
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 20 }), insert: fc.oneof(line, fc.string({ maxLength: 5 }), fc.constant('\n## New section\n')) });
  fc.assert(
    fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => {
      const cfg = DEFAULT_CONFIG;
      let current = parseDocument({ uri: 'file:///ws/d.md', relativePath: 'd.md', text, version: 1, config: cfg });
      let t = text;
      edits.forEach((e, i) => {
        const at = t.length ? e.at % (t.length + 1) : 0;
        t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
        current = parseDocument({ uri: 'file:///ws/d.md', relativePath: 'd.md', text: t, version: i + 2, config: cfg, previous: current });
        const fresh = parseDocument({ uri: 'file:///ws/d.md', relativePath: 'd.md', text: t, version: i + 2, config: cfg });
        assert.equal(dumpModel(current), dumpModel(fresh));
      });
    }),
    params,
  );
});

test('an edit inside one paragraph re-parses only that chunk', () => {
  const sections = Array.from({ length: 50 }, (_, i) => `## Section ${i}\n\nText of section ${i} citing A.6.2.4.\n`).join('\n');
  const first = parseMarkdown(sections);
  const edited = sections.replace('Text of section 25', 'Text of section twenty-five');
  const second = parseMarkdown(edited, first);
  // A chunk per heading and one per paragraph after a blank line.
  assert.equal(first.chunks.length, 100);
  assert.equal(first.parsedChunks, 100);
  assert.equal(second.parsedChunks, 1);
});

test('chunks start at headings and at paragraphs after a blank line, never inside a block that runs on', () => {
  const starts = (lines: string[]) => {
    const text = lines.join('\n');
    return splitChunks(text).starts.map((s) => text.slice(s, text.indexOf('\n', s) < 0 ? undefined : text.indexOf('\n', s)));
  };
  assert.deepEqual(starts(['# Policy', 'Intro line', '', 'Second paragraph', 'continued', '', '| ID | Title |', '|---|---|']), ['# Policy', 'Second paragraph', '| ID | Title |']);
  // List markers, indented lines, thematic breaks and lines right after text do not start a chunk.
  assert.deepEqual(starts(['- item', '', '- loose item', '', '  indented continuation', '', '---', '', '1. numbered', 'lazy line']), ['- item']);
  // Nor does anything inside a fence, a comment or an HTML block that only a blank line ends.
  assert.deepEqual(starts(['```', '', 'code', '```', '<!--', '', 'comment', '-->', '<div>', 'html', '', 'After']), ['```', 'After']);
});

test('the section title at an offset (binary search) is the title of the last section holding it, as a scan of them all finds', () => {
  const scan = (sections: readonly Section[], offset: number) => {
    let title = '';
    for (const s of sections) if (s.span.start <= offset && offset <= s.span.end) title = s.title;
    return title;
  };
  fc.assert(
    fc.property(doc, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), (text, at) => {
      const d = parseDocument({ uri: 'file:///ws/d.md', relativePath: 'd.md', text, version: 1, config: DEFAULT_CONFIG });
      for (const a of [0, text.length, ...at.map((x) => Math.floor(x * text.length))]) assert.equal(sectionTitleAt(d.sections, a), scan(d.sections, a), `${a} in ${JSON.stringify(text)}`);
    }),
    params,
  );
});

test('a table that did not move takes its section title from the new version (a heading edited in place)', () => {
  const config = DEFAULT_CONFIG;
  const before = '## Risks\n\n| ID | Level |\n|---|---|\n| R-001 | high |\n';
  const first = parseDocument({ uri: 'file:///ws/d.md', relativePath: 'd.md', text: before, version: 1, config });
  // Same length: every chunk after the heading stays where it was, its table the same object.
  const after = before.replace('Risks', 'Rizks');
  const second = parseDocument({ uri: 'file:///ws/d.md', relativePath: 'd.md', text: after, version: 2, config, previous: first });
  assert.equal(second.tables[0]!.sectionTitle, 'Rizks');
  assert.equal(dumpModel(second), dumpModel(parseDocument({ uri: 'file:///ws/d.md', relativePath: 'd.md', text: after, version: 2, config })));
});

test('a scale table whose heading changes is read again with its new heading (parse/riskMethod.ts keeps readings per chunk)', () => {
  const config = DEFAULT_CONFIG;
  const head = '---\naims:\n  kind: risk-assessment-process\n---\n# AI risk assessment process\n\n';
  const table = '| Score | Level |\n|---|---|\n| 1 | Rare |\n| 2 | Possible |\n| 3 | Likely |\n';
  const before = `${head}## Likelihood scale\n\n${table}`;
  const first = parseDocument({ uri: 'file:///ws/p.md', relativePath: 'p.md', text: before, version: 1, config });
  assert.ok(first.riskMethod?.likelihood && !first.riskMethod.impact);
  // The table's chunk is the same text; only the heading above it (another chunk) changed.
  const after = before.replace('## Likelihood scale', '## Impact scale');
  const second = parseDocument({ uri: 'file:///ws/p.md', relativePath: 'p.md', text: after, version: 2, config, previous: first });
  const fresh = parseDocument({ uri: 'file:///ws/p.md', relativePath: 'p.md', text: after, version: 2, config });
  assert.ok(fresh.riskMethod?.impact && !fresh.riskMethod.likelihood);
  assert.deepEqual(second.riskMethod, fresh.riskMethod);
});

test('a register table is read again when the kind changes and moved when its chunk moves (parse/chunkRisks.ts keeps risks per chunk)', () => {
  const config = DEFAULT_CONFIG;
  const table = '## Risks\n\n| ID | Risk | Owner |\n|---|---|---|\n| R-001 | Drift | CRO |\n| R-002 | Bias | CRO |\n';
  const v1 = `---\naims:\n  kind: policy\n---\n# AI policy\n\n${table}`;
  const first = parseDocument({ uri: 'file:///ws/r.md', relativePath: 'r.md', text: v1, version: 1, config });
  // Another kind, one character longer: the table's chunk is the same text, moved by one.
  const v2 = v1.replace('kind: policy', 'kind: risk-register').replace('# AI policy', '# AI register');
  const second = parseDocument({ uri: 'file:///ws/r.md', relativePath: 'r.md', text: v2, version: 2, config, previous: first });
  const fresh2 = parseDocument({ uri: 'file:///ws/r.md', relativePath: 'r.md', text: v2, version: 2, config });
  assert.deepEqual(fresh2.risks.map((r) => r.id), ['R-001', 'R-002']);
  assert.equal(dumpModel(second), dumpModel(fresh2));
  const v3 = v2.replace('# AI register', '# AI risk register');
  const third = parseDocument({ uri: 'file:///ws/r.md', relativePath: 'r.md', text: v3, version: 3, config, previous: second });
  assert.equal(dumpModel(third), dumpModel(parseDocument({ uri: 'file:///ws/r.md', relativePath: 'r.md', text: v3, version: 3, config })));
});
