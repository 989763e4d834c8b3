/**
 * The document-wide names (ISO/IEC 27001, NIST, the AI Act, other laws) answered from the edit
 * alone (refs/mentions.ts) equal a whole scan of every version, over chains of random edits
 * that make, break, cut and join the names. AIMS_FUZZ_RUNS and AIMS_FUZZ_SEED as elsewhere.
 * Units: refs/mentions.ts, the bounds in refs/patterns.ts, text/textDelta.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { documentMentions, type MentionState } from '../server/src/core/refs/mentions.js';
import { textDelta } from '../server/src/core/text/textDelta.js';
import { DEFAULT_CONFIG, parseDocument } from '../server/src/core/index.js';
import { fuzzParams } from './support/generators.js';

const params = fuzzParams(400);

/** Names, their halves and look-alikes: an edit joining two pieces may make a name. */
const piece = fc.constantFrom(
  'ISO/IEC 27001', '27002', '270011', 'x27001', '2700', '1',
  'NIST', 'NISTx', 'AI RMF', 'AIRMF', 'RMF', 'R', 'MF',
  'EU AI Act', 'AI Act', 'AI\tAct', 'AIA', 'AIAx', '2024/1689', 'Artificial Intelligence Act', 'Artificial Intelligence', ' Act',
  'GDPR', 'UK GDPR', 'DSGVO', 'Directive', 'NIS2', 'NIS 2', 'Data Act', 'Regulation (EU) 2016/679', 'Regulation (EU) ', '2024/1689', 'No 2016/', '679',
  'Regulation (EC) No 1272/2008', 'Constitution', 'Con', 'stitution',
  ' ', '\n', '\r\n', '.', 'the', 'control A.6.2.4', 'x', '_', '-', '9',
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
/** An edit: where (a share of the length), how much to remove, what to insert. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 30 }), insert: fc.oneof(piece, fc.constant(''), fc.string({ maxLength: 3 })) });

function apply(t: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * t.length);
  return t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.remove));
}

test('mentions answered from the edit equal a whole scan of every version', () => {
  fc.assert(
    fc.property(text, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
      let t = start;
      let state: MentionState = documentMentions(t);
      for (const e of edits) {
        const next = apply(t, e);
        state = documentMentions(next, state, textDelta(t, next));
        const whole = documentMentions(next);
        assert.deepEqual(state.mentions, whole.mentions, JSON.stringify({ from: t, to: next }));
        // A witness is a match where it says.
        for (const w of state.witnesses) if (w) assert.ok(w.start >= 0 && w.end <= next.length && w.end > w.start);
        t = next;
      }
    }),
    params,
  );
});

test('a name typed into a document changes how its articles are read on the next version', () => {
  const uri = 'file:///w/policy.md';
  const first = '# Policy\n\nArticle 9 applies.\n';
  const a = parseDocument({ uri, relativePath: 'policy.md', text: first, version: 1, config: DEFAULT_CONFIG });
  assert.equal(a.references.filter((r) => r.type === 'ai-act-article').length, 0);
  const second = '# Policy\n\nArticle 9 applies. See the EU AI Act.\n';
  const b = parseDocument({ uri, relativePath: 'policy.md', text: second, version: 2, config: DEFAULT_CONFIG, previous: a });
  assert.deepEqual(b.references.filter((r) => r.type === 'ai-act-article').map((r) => r.id), ['Article 9']);
  // And GDPR typed next makes it nobody's in particular again.
  const third = '# Policy\n\nArticle 9 applies. See the EU AI Act and GDPR.\n';
  const c = parseDocument({ uri, relativePath: 'policy.md', text: third, version: 3, config: DEFAULT_CONFIG, previous: b });
  assert.equal(c.references.filter((r) => r.type === 'ai-act-article').length, 0);
});
