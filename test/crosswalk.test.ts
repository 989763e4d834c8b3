/**
 * The NIST AI RMF and EU AI Act catalogues and the crosswalk to ISO/IEC 42001 (issue 17): the
 * catalogues have the shape of the texts they transcribe, and every ID the crosswalk names is
 * in a catalogue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { AI_ACT_ANNEXES, AI_ACT_ARTICLES, AI_ACT_CHAPTERS, AIRC_CROSSWALK_SOURCE, AIRC_LEFT_OUT, AIRC_PAIRS, CLAUSES, CONTROLS, CROSSWALK, RMF_CATEGORIES, RMF_FUNCTIONS, RMF_SUBCATEGORIES } from '../server/src/core/index.js';

test('NIST AI RMF 1.0: 4 functions, 19 categories, 72 subcategories, each under its parent', () => {
  assert.equal(RMF_FUNCTIONS.length, 4);
  assert.equal(RMF_CATEGORIES.length, 19);
  assert.equal(RMF_SUBCATEGORIES.length, 72);
  const perFunction = Object.fromEntries(RMF_FUNCTIONS.map((f) => [f.id, RMF_SUBCATEGORIES.filter((s) => s.id.startsWith(f.id + ' ')).length]));
  assert.deepEqual(perFunction, { GOVERN: 19, MAP: 18, MEASURE: 22, MANAGE: 13 });
  for (const c of RMF_CATEGORIES) assert.ok(RMF_FUNCTIONS.some((f) => f.id === c.function), c.id);
  for (const s of RMF_SUBCATEGORIES) {
    assert.match(s.id, /^(GOVERN|MAP|MEASURE|MANAGE) \d\.\d{1,2}$/);
    assert.ok(RMF_CATEGORIES.some((c) => c.id === s.category), s.id);
  }
  // Subcategories are numbered from 1 without gaps within their category.
  for (const c of RMF_CATEGORIES) {
    const numbers = RMF_SUBCATEGORIES.filter((s) => s.category === c.id).map((s) => Number(s.id.split('.')[1]));
    assert.deepEqual(numbers, numbers.map((_, i) => i + 1), c.id);
  }
  assert.equal(new Set(RMF_SUBCATEGORIES.map((s) => s.id)).size, 72);
});

test('EU AI Act: 13 chapters covering articles 1-113 without gaps, 13 annexes', () => {
  assert.equal(AI_ACT_CHAPTERS.length, 13);
  assert.equal(AI_ACT_ARTICLES.length, 113);
  assert.deepEqual(AI_ACT_ARTICLES.map((a) => a.number), Array.from({ length: 113 }, (_, i) => i + 1));
  for (let i = 1; i < AI_ACT_CHAPTERS.length; i++) assert.equal(AI_ACT_CHAPTERS[i]!.first, AI_ACT_CHAPTERS[i - 1]!.last + 1);
  assert.equal(AI_ACT_CHAPTERS.at(-1)!.last, 113);
  assert.equal(AI_ACT_ANNEXES.length, 13);
  for (const a of AI_ACT_ARTICLES) assert.ok(a.title.length > 0 && a.id === `Article ${a.number}`);
  // Every title has been checked against a copy of the Official Journal text.
  assert.deepEqual(AI_ACT_ARTICLES.filter((a) => a.verified === false).map((a) => a.number), []);
});

test('every ID in the crosswalk is in the catalogues, and every row says whose it is and why', () => {
  const controls = new Set(CONTROLS.map((c) => c.id));
  const clauses = new Set(CLAUSES.map((c) => c.id));
  const rmf = new Set(RMF_SUBCATEGORIES.map((s) => s.id));
  const articles = new Set(AI_ACT_ARTICLES.map((a) => a.id));
  const seen = new Set<string>();
  for (const r of CROSSWALK) {
    const key = `${r.framework}|${r.id}`;
    assert.ok(!seen.has(`${key}|${r.source}`), `one row per item and source: ${key}`);
    seen.add(`${key}|${r.source}`);
    seen.add(key);
    assert.ok((r.framework === 'nist-ai-rmf' ? rmf : articles).has(r.id), `${key} is in its catalogue`);
    for (const c of r.controls) assert.ok(controls.has(c), `${key}: ${c} is an Annex A control`);
    for (const c of r.clauses ?? []) assert.ok(clauses.has(c), `${key}: ${c} is a clause`);
    assert.ok(r.controls.length + (r.clauses?.length ?? 0) > 0, `${key} maps to something`);
    if (r.source === 'project') assert.ok(r.rationale && r.rationale.length > 10 && r.rationale.length <= 140, `${key} has a one-line rationale`);
    else assert.equal(r.rationale, undefined, `${key}: a published row carries its source, not our words`);
  }
  // Every AI RMF subcategory is mapped.
  assert.deepEqual([...rmf].filter((id) => !seen.has(`nist-ai-rmf|${id}`)), []);
});

test('the published crosswalk NIST hosts: ID pairs for 71 subcategories, each item a clause or the Annex B twin of a control', () => {
  const controls = new Set(CONTROLS.map((c) => c.id));
  const clauses = new Set(CLAUSES.map((c) => c.id));
  const ids = AIRC_PAIRS.map(([id]) => id);
  assert.equal(new Set(ids).size, ids.length, 'one entry per subcategory');
  // MAP 1.5's only pair is left out (its number and title disagree in the source).
  assert.deepEqual(RMF_SUBCATEGORIES.map((s) => s.id).filter((id) => !ids.includes(id)), ['MAP 1.5']);
  for (const [id, items] of AIRC_PAIRS) {
    const list = items.split(' ');
    assert.equal(new Set(list).size, list.length, `${id}: no item twice`);
    for (const i of list) assert.ok(i.startsWith('B.') ? controls.has(`A.${i.slice(2)}`) : clauses.has(i), `${id}: ${i}`);
  }
  for (const [id, item] of AIRC_LEFT_OUT) assert.ok(!(AIRC_PAIRS.find(([s]) => s === id)?.[1].split(' ') ?? []).includes(item), `${id} ${item} stays out`);
  // Named precisely: who published it, who wrote it, which text of 42001 it maps.
  assert.match(AIRC_CROSSWALK_SOURCE.publisher, /NIST/);
  assert.match(AIRC_CROSSWALK_SOURCE.author, /Microsoft/);
  assert.match(AIRC_CROSSWALK_SOURCE.edition, /FDIS 42001/);
});

// Pairs read off the source, as rows of the crosswalk (Annex B items as controls).
const PUBLISHED: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['GOVERN 1.1', ['A.2.2', 'A.2.4'], ['4.1', '6.2']],
  ['GOVERN 1.5', [], ['8.2', '8.3', '8.4']],
  ['MAP 2.3', ['A.6.1.3', 'A.6.2.7', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6', 'A.6.2.4'], []],
  ['MEASURE 2.8', ['A.7.2', 'A.5.4', 'A.5.5', 'A.6.1.2', 'A.9.3'], ['6.1.2']],
  ['MANAGE 4.3', ['A.8.5', 'A.6.2.6'], ['9.3.2']],
];

for (const [id, controls, clauses] of PUBLISHED) {
  test(`the published row of ${id}`, () => {
    const row = CROSSWALK.find((r) => r.id === id && r.source === AIRC_CROSSWALK_SOURCE.id);
    assert.ok(row);
    assert.deepEqual(row.controls, controls);
    assert.deepEqual(row.clauses ?? [], clauses);
  });
}

test('the project keeps an AI RMF row only where it adds a control or clause to the published one', () => {
  for (const r of CROSSWALK.filter((x) => x.framework === 'nist-ai-rmf' && x.source === 'project')) {
    const pub = CROSSWALK.find((x) => x.id === r.id && x.source !== 'project');
    const adds = r.controls.some((c) => !pub?.controls.includes(c)) || (r.clauses ?? []).some((c) => !pub?.clauses?.includes(c));
    assert.ok(adds, `${r.id}: the project's row adds nothing to the published one`);
  }
});
