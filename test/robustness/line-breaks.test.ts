/**
 * Line breaks of every style ("\n", "\r\n" and the lone "\r" of classic Mac
 * files): a document reads the same in each, its edits insert its own line
 * breaks, and no span ends between the "\r" and "\n" of a line break.
 * Units: text/lineIndex.ts (LineIndex.edited), text/textDelta.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService, DEFAULT_CONFIG, getFoldingRanges, LineIndex, parseDocument, type AimsDocument } from '../../server/src/core/index.js';
import { dumpModel } from '../support/dumpModel.js';
import { textDelta } from '../../server/src/core/text/textDelta.js';

const parse = (relativePath: string, text: string): AimsDocument => parseDocument({ uri: `file:///ws/${relativePath}`, relativePath, text, version: 1, config: DEFAULT_CONFIG });
const STYLES = ['\n', '\r\n', '\r'] as const;

test('LineIndex.eol is the style of the first line break; "\\n" without one', () => {
  assert.equal(new LineIndex('a\rb\rc').eol, '\r');
  assert.equal(new LineIndex('a\r\nb').eol, '\r\n');
  assert.equal(new LineIndex('a\nb\r\n').eol, '\n');
  assert.equal(new LineIndex('\r\n').eol, '\r\n');
  assert.equal(new LineIndex('\r').eol, '\r');
  assert.equal(new LineIndex('no break').eol, '\n');
  assert.equal(new LineIndex('').eol, '\n');
});

test('LineIndex.edited (the lines an edit left alone kept, the rest read) is a fresh index of the new text', () => {
  // Edits that make, cut and join "\r\n" pairs at the edges of the change, at the start and the end.
  const piece = fc.constantFrom('', 'a', '\r', '\n', '\r\n', 'x\ry', '\n\r', 'ab\ncd');
  const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), insert: piece });
  fc.assert(
    fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), (first, edits) => {
      let before = first;
      let index = new LineIndex(before);
      for (const e of edits) {
        const at = e.at % (before.length + 1);
        const after = before.slice(0, at) + e.insert + before.slice(Math.min(before.length, at + e.del));
        const edited = LineIndex.edited(index, after, textDelta(before, after));
        const fresh = new LineIndex(after);
        assert.equal(edited.lineCount, fresh.lineCount, JSON.stringify([before, after]));
        for (let line = 0; line < fresh.lineCount; line++) assert.equal(edited.lineStart(line), fresh.lineStart(line), JSON.stringify([before, after, line]));
        [before, index] = [after, edited];
      }
    }),
    { numRuns: 3000 },
  );
});

const REGISTER = `aims:
  kind: risk-register
  id: RR-2026
risks:
  - id: R-001
    title: Bias against part-time applicants   # a comment
    likelihood: 3
    impact: 4
    controls: [A.5.4, A.7.4]
  - id: R-002
    title: >
      Folded text
      over two lines
    likelihood: 2
    impact: 2
`;

const POLICY = `---
aims:
  kind: policy
  id: POL-001
  title: AI policy
---
# AI policy

| ID | Likelihood | Impact |
|---|---|---|
| R-003 | 3 | 4 |

\`\`\`
A.6.2.9 in code
\`\`\`

See A.7.4 (Human oversight) and Clause 8.5.
`;

test('a YAML register and a Markdown policy read the same in every line-break style (the model at the same positions)', () => {
  // A section's content length counts its line breaks, which differ in length: left out.
  const model = (path: string, text: string) => dumpModel(parse(path, text)).replace(/ content=\d+/g, '');
  for (const [path, text] of [['risk/register.yaml', REGISTER], ['governance/policy.md', POLICY]] as const) {
    const lf = model(path, text);
    for (const eol of STYLES) assert.equal(model(path, text.replace(/\n/g, eol)), lf, `${path} with ${JSON.stringify(eol)}`);
  }
  assert.deepEqual(parse('r.yaml', REGISTER.replace(/\n/g, '\r')).risks.map((r) => r.id), ['R-001', 'R-002']);
});

test('front matter folds in every line-break style', () => {
  for (const eol of STYLES) {
    const service = createLanguageService({ listFiles: async () => [], readFile: async () => undefined, today: () => '2026-11-28' });
    service.setDocument({ uri: 'file:///ws/p.md', relativePath: 'p.md' }, POLICY.replace(/\n/g, eol), 1);
    assert.ok(getFoldingRanges(service, 'file:///ws/p.md').some((r) => r.startLine === 0 && r.endLine === 5), JSON.stringify(eol));
  }
});

test('yaml-syntax spans never end inside a "\\r\\n"; a repeated key is underlined where it repeats', () => {
  for (const [text, line] of [
    ['a:\r\na:\r\n', 1],
    ['a:\na: 1\n', 1],
    ['b: 1\r\na:\r\n# note\r\nb:\r\n', 3],
    ['x: [\r\n\r\n  y\r\n', -1],
    // A second document ("..." then "--"): the notice underlines at most the line's own characters.
    // Found by the 100,000-case fuzz run (seed 1098840515).
    ['controls:\r\n...\r\n--\r\n', -1],
    ['a: 1\r\n---\r\nb: 2\r\n', -1],
  ] as const) {
    const doc = parse('x.yaml', text);
    assert.ok(doc.problems.length > 0, JSON.stringify(text));
    for (const p of doc.problems)
      for (const o of [p.span.start, p.span.end]) assert.ok(!(text[o - 1] === '\r' && text[o] === '\n'), `${JSON.stringify(text)}: ${p.message} at ${p.span.start}-${p.span.end}`);
    if (line >= 0) {
      const dup = doc.problems.find((p) => /twice/.test(p.message))!;
      assert.equal(doc.lines.positionAt(dup.span.start).line, line, JSON.stringify(text));
      assert.equal(text.slice(dup.span.start, dup.span.end), text.startsWith('b') ? 'b' : 'a');
    }
  }
});
