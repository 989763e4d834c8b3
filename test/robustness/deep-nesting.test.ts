/**
 * The nesting guard before the Markdown parser (parse/nesting.ts): list and
 * quote markers past 100 levels, or right of column 200, are read as text,
 * with a notice where that happened; positions stay exact, code is left as it
 * is, and real documents are never touched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, type Finding } from '../../server/src/core/index.js';
import { defuseNesting, MAX_NESTING } from '../../server/src/core/parse/nesting.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

function findings(text: string): Finding[] {
  const service = createLanguageService({ listFiles: async () => [], readFile: async () => undefined, today: () => '2026-11-28' });
  service.setDocument({ uri: 'file:///ws/notes.md', relativePath: 'notes.md' }, text, 1);
  return service.getAllFindings();
}
const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);

test('150 lists on one line: the control after them is found where it is, with one notice on the markers past 100', () => {
  const fs = findings(`# ISO/IEC 42001\n\n${'- '.repeat(150)}A.6.2.9\n`);
  assert.deepEqual(brief(fs), [`file-skipped 2:${2 * MAX_NESTING}-2:${2 * 150 - 1}`, 'unknown-control 2:300-2:307']);
  assert.match(fs[0]!.message, /nests 150 lists or block quotes; beyond 100 levels/);
});

test('a list nested 300 deep by indentation: read to column 200, a notice on the first line past it, later lines counted', () => {
  const lines = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
  const fs = findings(`# ISO/IEC 42001\n\n${lines.join('\n')}\n\nA.6.2.9\n`).filter((f) => f.code === 'file-skipped');
  // Line 101 of the list (document line 103) is the first whose marker is right of column 200.
  assert.deepEqual(brief(fs).slice(0, 2), ['file-skipped 103:202-103:203', 'file-skipped 104:204-104:205']);
  assert.equal(fs.length, 10);
  assert.match(fs[9]!.message, /column 220.* So are 189 more lines below\./);
});

test('inside fenced code, deep markers change nothing: no notice, and nothing in the code is a reference', () => {
  const fs = findings(`# ISO/IEC 42001\n\n\`\`\`\n${'> '.repeat(200)}A.6.2.9\n${' '.repeat(300)}- A.6.2.9\n\`\`\`\n`);
  assert.deepEqual(brief(fs), []);
});

test('a thematic break of 300 dashes is not a list: untouched', () => {
  assert.deepEqual(defuseNesting(`Text\n\n${'- '.repeat(300)}\n`).deep, []);
  assert.deepEqual(defuseNesting(`${'> '.repeat(50)}${'* '.repeat(300)}\n`).deep, []);
});

test('the copy the parser reads has the same length, and differs only in the markers it turned into "." (and the blanks past column 200 before them)', () => {
  const text = `${'1. '.repeat(120)}x\r\n${'> - '.repeat(60)}y\r${'\t'.repeat(60)}- z\n`;
  const d = defuseNesting(text);
  assert.equal(d.text.length, text.length);
  // "1. " takes three columns a level: column 201 comes first (at level 68); "> - " reaches level 101 at column 200.
  assert.deepEqual(d.deep.map((x) => [x.depth, x.column]), [[120, 201], [120, 200], [1, 240]]);
  const lineOf = (i: number) => text.slice(0, i).split(/\r\n|\r|\n/).length;
  for (let i = 0; i < text.length; i++)
    if (d.text[i] !== text[i])
      assert.ok(
        d.text[i] === '.' && d.deep.some((x) => (x.span.start <= i && i < x.span.end) || (/[ \t]/.test(text[i]!) && i < x.span.start && lineOf(i) === lineOf(x.span.start))),
        `offset ${i}`,
      );
  // The tabs past column 200 on the last line are read as text too: the parser no longer weighs them.
  assert.match(d.text.split(/\r\n|\r|\n/)[2]!, /^\t{50}\.{10}\.\s?z/);
});

test('real documents are never touched: no line of the examples (or the corpus, when present) trips the guard', () => {
  const roots = [path.resolve(SOURCE_TEST_DIR, '..', 'examples'), path.resolve(SOURCE_TEST_DIR, '..', '..', 'shared', 'corpus')];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const full = path.join(dir, n);
      return statSync(full).isDirectory() ? files(full) : /\.(?:md|markdown)$/i.test(n) ? [full] : [];
    });
  let n = 0;
  for (const root of roots.filter((r) => existsSync(r)))
    for (const f of files(root)) {
      n++;
      assert.deepEqual(defuseNesting(readFileSync(f, 'utf8')).deep, [], f);
    }
  assert.ok(n >= 10, `only ${n} Markdown files`);
});
