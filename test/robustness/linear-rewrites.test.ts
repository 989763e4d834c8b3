/**
 * The regular expressions rewritten for linear time (regex-safety.test.ts)
 * must still mean what they meant: each rewrite is compared with the original
 * regex, kept here as the reference, on random strings over the characters the
 * regex cares about (property-based; AIMS_FUZZ_RUNS sets the case count).
 * Units: parse/columns.ts, parse/chunkModel.ts, util/text.ts, rules/clauseTitleMismatch.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { withoutParentheses } from '../../server/src/core/parse/columns.js';
import { withoutClosingHashes } from '../../server/src/core/parse/chunkModel.js';
import { isPlaceholderText } from '../../server/src/core/util/text.js';
import { bracketedNumbers } from '../../server/src/core/rules/clauseTitleMismatch.js';
import { fuzzParams } from '../support/generators.js';

const over = (chars: readonly string[], maxLength = 40) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));
const seq = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((p) => p.join(''));
/** Short runs of what the rewritten regexes had ambiguous quantifiers over. */
const blanks = over([' ', ' ', '\t', '\u00a0', '**', '__', '*'], 3);
const params = fuzzParams(2000);

/** What a regex finds: index, whole match and groups, or null. */
const found = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? [m.index, ...m] : null;
};

test('columns.ts withoutParentheses equals s.replace(/\\(.*?\\)/g, " ")', () => {
  fc.assert(
    fc.property(over(['(', ')', 'a', ' ', '\n', '\r', '\u2028']), (s) => assert.equal(withoutParentheses(s), s.replace(/\(.*?\)/g, ' '))),
    params,
  );
});

test('clauseTitleMismatch.ts bracketedNumbers (from the brackets back) finds what the forward pattern found', () => {
  const forward = /\b([A-Z][A-Za-z]{0,30}(?:[ ][A-Za-z]{1,30}){0,5})[ ]\((\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\)/g;
  const word = fc.oneof(over(['A', 'b', 'C', 'x'], 34), fc.constantFrom('Corrective', 'Action', 'Management', 'review', 'AI', '9x', '_a'));
  const piece = fc.oneof(word, fc.constantFrom(' ', ' ', '  ', '\n', '(10.1)', ' (9.2)', '(1.2.3)', ' (10.12.1)', '(6.1', ')', '(', '.', '1'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), (s) => {
      const expected = [...s.matchAll(forward)].map((m) => [m.index, m[0], m[1], m[2]]);
      assert.deepEqual([...bracketedNumbers(s)].map((m) => [m.index, m[0], m[1], m[2]]), expected);
    }),
    params,
  );
});

test('chunkModel.ts withoutClosingHashes equals s.replace(/[ \\t]+#+[ \\t]*$/, "")', () => {
  fc.assert(
    fc.property(over(['#', ' ', '\t', 'a']), (s) => assert.equal(withoutClosingHashes(s), s.replace(/[ \t]+#+[ \t]*$/, ''))),
    params,
  );
});

test('entities.ts CONTROL_CELL: one \\s* per gap matches as the original', () => {
  const before = /^\s*(?:\*\*|__)?\s*(?:Annex\s+)?A\.(\d{1,2}(?:\.\d{1,2}){1,2})\b/;
  const after = /^\s*(?:(?:\*\*|__)\s*)?(?:Annex\s+)?A\.(\d{1,2}(?:\.\d{1,2}){1,2})\b/;
  fc.assert(
    fc.property(
      seq(blanks, fc.constantFrom('Annex ', 'Annex\u00a0', 'Annex', '', ''), blanks, fc.constantFrom('A.', 'A.', 'A'), fc.constantFrom('6.2.4', '6.2', '6', '10.2.3.4', '6.x', '6.2x', '1.1 ', ''), over(['1', '.', 'x', ' '], 4)),
      (s) => assert.deepEqual(found(after, s), found(before, s)),
    ),
    params,
  );
});

test('scan.ts attachedTitle regexes: the rewrites find the same title', () => {
  const pairs: [RegExp, RegExp][] = [
    [
      /^\s*(?:\*\*|__)?\s*[:\-\u2013\u2014]\s+([A-Z][^|\n]{2,80}?)\s*(?:\*\*|__)?\s*(?=$|[|:;.,(]|\s[-\u2013\u2014]\s)/,
      /^\s*(?:(?:\*\*|__)\s*)?[:\-\u2013\u2014]\s+([A-Z][^|\n]{2,80}?)(?:\s*(?:\*\*|__))?\s*(?=$|[|:;.,(]|\s[-\u2013\u2014]\s)/,
    ],
    [
      /^\s*(?:\*\*|__)?\s+([A-Z][^|\n:;.(]{2,80}?)\s*(?:\*\*|__)?\s*(?=$|[|:;.(]|\s[-\u2013\u2014]\s)/,
      /^\s*(?:(?:\*\*|__)\s*)?\s([A-Z][^|\n:;.(]{2,80}?)(?:\s*(?:\*\*|__))?\s*(?=$|[|:;.(]|\s[-\u2013\u2014]\s)/,
    ],
  ];
  // About one string in twelve has a title; the others must fail alike.
  const rest = seq(blanks, fc.constantFrom(':', '-', '\u2013', ' ', ' '), blanks, fc.constantFrom('Human', 'Hu', 'H', 'x'), over([' ', ' oversight', 'u', '**', '__', '|', '.', ',', '(', ';', ':', ' - ', '\u2013', '\n', '\t', ' '], 6));
  for (const [before, after] of pairs)
    fc.assert(
      fc.property(rest, (s) => assert.deepEqual(found(after, s), found(before, s))),
      params,
    );
});

test('text.ts isPlaceholderText: the early "surely too long" answer changes no result', () => {
  // The reference: the function as it was before the early answer.
  const TOKEN = /^(?:tbd|tbc|todo|to do|fixme|xxx+|n\/?a|none yet|pending|lorem ipsum.*|\[[^\]\n]{0,120}\]|_{3,}|\.{3,}|-+|…)$/i;
  const reference = (text: string): boolean => {
    const stripped = text
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/(?<![*_`>#|:])[*_`>#|:]+(?=\s|$)/g, ' ')
      .replace(/^[ \t]*[-*+]\s+/gm, '')
      .trim();
    if (stripped.length === 0) return true;
    if (stripped.length > 400) return false;
    const parts = stripped
      .split(/[\r\n]+|[;,]\s+/)
      .map((p) => (/^[.…\s]+$/.test(p) ? '...' : p.replace(/^[*_\s]+|[*_\s.:]+$/g, '').trim()))
      .filter((p) => p.length > 0);
    return parts.length > 0 && parts.every((p) => TOKEN.test(p) || /^lorem ipsum/i.test(p));
  };
  // Long texts, mostly of what the stripping removes, around placeholder words and some prose.
  const unit = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('*', '_', '`', '>', '#', '|', ':', '+', '-', ' ', '\t', '\n', '\n- ', '\u00a0', '\u3000', '\ufeff', '\u2028') },
    { weight: 3, arbitrary: fc.constantFrom('TBD', 'todo', 'N/A', '...', '<!-- note -->', '<!--', '-->', ', ', '; ') },
    { weight: 1, arbitrary: fc.constantFrom('a', 'word', 'é', '.') },
  );
  // Lists of placeholders under decorations the stripping removes (most of them are placeholders).
  const line = fc
    .tuple(fc.constantFrom('', '- ', '* ', '+ ', '> ', '## ', '   ', '\t', '**', '| '), fc.oneof({ weight: 200, arbitrary: fc.constantFrom('TBD', 'todo', 'N/A', '...', '[Insert owner]', '___', 'TBD; TBC') }, { weight: 1, arbitrary: fc.constant('word') }), fc.constantFrom('', ' ', ' **', ' |', ':', ' <!-- x -->', '\u00a0'))
    .map((p) => p.join(''));
  const text = fc.oneof(
    fc.array(unit, { minLength: 100, maxLength: 900 }).map((a) => a.join('')),
    fc.array(line, { minLength: 20, maxLength: 140 }).map((a) => a.join('\n')),
  );
  fc.assert(
    fc.property(text, (s) => assert.equal(isPlaceholderText(s), reference(s))),
    params,
  );
  assert.equal(isPlaceholderText('word '.repeat(200)), false);
  assert.equal(isPlaceholderText('- TBD\n'.repeat(100)), true);
  assert.equal(isPlaceholderText(`${'* '.repeat(300)}TBD`), true);
});
