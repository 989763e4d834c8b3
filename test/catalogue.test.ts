/**
 * The catalogue data, and catalogue/annexes.ts beyond what the facade exports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { CLAUSES, CONTROL_GROUPS, CONTROLS, DOCUMENTED_INFORMATION } from '../server/src/core/index.js';
import { ANNEX_C, ANNEX_D, ANNEX_B_NOTE } from '../server/src/core/catalogue/annexes.js';

/** The machine-readable Annex A set from the structure reference. */
const EXPECTED_CONTROL_IDS = `
A.2.2 A.2.3 A.2.4 A.3.2 A.3.3 A.4.2 A.4.3 A.4.4 A.4.5 A.4.6
A.5.2 A.5.3 A.5.4 A.5.5 A.6.1.2 A.6.1.3
A.6.2.2 A.6.2.3 A.6.2.4 A.6.2.5 A.6.2.6 A.6.2.7 A.6.2.8
A.7.2 A.7.3 A.7.4 A.7.5 A.7.6 A.8.2 A.8.3 A.8.4 A.8.5
A.9.2 A.9.3 A.9.4 A.10.2 A.10.3 A.10.4
`
  .trim()
  .split(/\s+/);

const KIND_IDS: readonly string[] = [
  'policy',
  'scope',
  'roles',
  'risk-assessment-process',
  'risk-register',
  'risk-treatment-plan',
  'soa',
  'impact-assessment',
  'objectives',
  'competence',
  'communication',
  'monitoring-report',
  'audit-report',
  'management-review',
  'nonconformity-log',
  'ai-system',
];

test('Annex A has exactly 38 controls', () => {
  assert.equal(CONTROLS.length, 38);
  assert.equal(EXPECTED_CONTROL_IDS.length, 38);
});

test('control IDs match the reference set', () => {
  const actual = [...CONTROLS.map((c) => c.id)].sort();
  const expected = [...EXPECTED_CONTROL_IDS].sort();
  assert.deepEqual(actual, expected);
});

test('control IDs are unique', () => {
  const ids = CONTROLS.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('no control ID is an objective (.1) statement', () => {
  for (const c of CONTROLS) {
    assert.ok(!c.id.endsWith('.1'), `${c.id} ends in .1`);
  }
});

test('every control belongs to a known group', () => {
  const groups = new Set(CONTROL_GROUPS.map((g) => g.id));
  for (const c of CONTROLS) {
    assert.ok(groups.has(c.group), `${c.id} has unknown group ${c.group}`);
    assert.ok(c.id.startsWith(`${c.group}.`), `${c.id} is not inside ${c.group}`);
  }
});

test('control groups are the eleven reference groups', () => {
  const ids = CONTROL_GROUPS.map((g) => g.id);
  assert.deepEqual(ids, ['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.6.1', 'A.6.2', 'A.7', 'A.8', 'A.9', 'A.10']);
  const groups = new Set(ids);
  for (const g of CONTROL_GROUPS) {
    if (g.parent !== undefined) assert.ok(groups.has(g.parent), `${g.id} has unknown parent`);
    if (g.objectiveId !== undefined) assert.ok(g.objectiveId.endsWith('.1'), `${g.id} objective ${g.objectiveId}`);
    assert.ok(g.objective.trim().length > 0, `${g.id} has no objective`);
  }
});

test('every control has concise guidance and some evidence', () => {
  for (const c of CONTROLS) {
    assert.ok(c.guidance.trim().length > 0, `${c.id} has empty guidance`);
    assert.ok(c.guidance.length < 600, `${c.id} guidance is ${c.guidance.length} chars`);
    assert.ok(c.evidence.length > 0, `${c.id} has no evidence`);
    assert.ok(c.title.trim().length > 0, `${c.id} has no title`);
  }
});

test('clauses include the 42001-specific sub-clauses', () => {
  const ids = new Set(CLAUSES.map((c) => c.id));
  for (const id of ['6.1.4', '8.4', '9.3.3']) {
    assert.ok(ids.has(id), `missing clause ${id}`);
  }
});

test('clauses do not include numbers that do not exist', () => {
  const ids = new Set(CLAUSES.map((c) => c.id));
  for (const id of ['6.4', '7.6', '8.5', '9.4', '10.3']) {
    assert.ok(!ids.has(id), `clause ${id} should not exist`);
  }
});

test('clause IDs are unique and parents exist', () => {
  const ids = CLAUSES.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  const set = new Set(ids);
  for (const c of CLAUSES) {
    if (c.parent !== undefined) assert.ok(set.has(c.parent), `${c.id} has unknown parent ${c.parent}`);
    assert.ok(c.summary.trim().length > 0, `${c.id} has no summary`);
  }
});

test('control related clauses exist', () => {
  const ids = new Set(CLAUSES.map((c) => c.id));
  for (const c of CONTROLS) {
    for (const r of c.relatedClauses) {
      assert.ok(ids.has(r), `${c.id} relates to unknown clause ${r}`);
    }
  }
});

test('every documented-information requirement points at a real clause', () => {
  const ids = new Set(CLAUSES.map((c) => c.id));
  for (const d of DOCUMENTED_INFORMATION) {
    assert.ok(ids.has(d.clause), `${d.id} refers to unknown clause ${d.clause}`);
  }
  const diIds = DOCUMENTED_INFORMATION.map((d) => d.id);
  assert.equal(new Set(diIds).size, diIds.length);
});

test('every kind is a known KindId', () => {
  const kinds = new Set(KIND_IDS);
  assert.equal(kinds.size, 16);
  for (const d of DOCUMENTED_INFORMATION) {
    assert.ok(d.kinds.length > 0, `${d.id} has no kinds`);
    for (const k of d.kinds) assert.ok(kinds.has(k), `${d.id} has unknown kind ${k}`);
  }
  for (const c of CONTROLS) {
    assert.ok(c.kinds.length > 0, `${c.id} has no kinds`);
    for (const k of c.kinds) assert.ok(kinds.has(k), `${c.id} has unknown kind ${k}`);
  }
});

test('Annex C has 11 objectives and 7 risk sources', () => {
  assert.equal(ANNEX_C.filter((i) => i.type === 'objective').length, 11);
  assert.equal(ANNEX_C.filter((i) => i.type === 'risk-source').length, 7);
  const ids = ANNEX_C.map((i) => i.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const i of ANNEX_C) {
    for (const a of i.aliases) assert.equal(a, a.toLowerCase(), `${i.id} alias ${a} is not lower case`);
  }
});

test('Annex B note and Annex D entries are present', () => {
  assert.ok(ANNEX_B_NOTE.length > 0);
  assert.ok(ANNEX_D.some((s) => s.id === 'integration'));
});
