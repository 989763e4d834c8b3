/**
 * Per-system EU AI Act applicability (issue 17): catalogue/aiActApplicability.ts, the words a
 * system record writes for its risk class and role, and the articles each class and role brings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aiActRiskClass, aiActRoles, applicableArticles, isAiActRiskKey, isAiActRoleKey } from '../server/src/core/catalogue/aiActApplicability.js';

const CLASSES: readonly (readonly [string, string | undefined])[] = [
  ['High-risk (Annex III)', 'high-risk'],
  ['high', 'high-risk'],
  ['Annex III', 'high-risk'],
  ['Limited risk', 'limited-risk'],
  ['transparency', 'limited-risk'],
  ['Minimal', 'minimal-risk'],
  ['Prohibited', 'prohibited'],
  ['GPAI', 'gpai'],
  ['GPAI with systemic risk', 'gpai-systemic'],
  ['medium', undefined],
  ['TBD', undefined],
];

for (const [written, cls] of CLASSES) test(`AI Act class: "${written}" is ${cls ?? 'no class'}`, () => assert.equal(aiActRiskClass(written), cls));

test('AI Act keys: only a key naming the AI Act is read (a bare "Risk" or "Role" column is someone else\'s)', () => {
  for (const k of ['ai_act_risk', 'EU AI Act risk class', 'ai-act-classification', 'AI Act category']) assert.ok(isAiActRiskKey(k), k);
  for (const k of ['risk', 'risk class', 'act', 'ai risk']) assert.ok(!isAiActRiskKey(k), k);
  for (const k of ['ai_act_role', 'EU AI Act role']) assert.ok(isAiActRoleKey(k), k);
  for (const k of ['role', 'owner role']) assert.ok(!isAiActRoleKey(k), k);
  assert.deepEqual(aiActRoles('Deployer'), ['deployer']);
  assert.deepEqual(aiActRoles('Provider and deployer'), ['provider', 'deployer']);
  assert.deepEqual(aiActRoles('owner'), []);
});

test('articles: a high-risk deployer gets Articles 26 and 27, not the provider\'s 9-17; every system gets 4-6', () => {
  const deployer = applicableArticles('high-risk', ['deployer']);
  for (const n of [4, 5, 6, 26, 27]) assert.ok(deployer.includes(n), String(n));
  for (const n of [9, 10, 17, 43]) assert.ok(!deployer.includes(n), String(n));
  assert.ok(applicableArticles('high-risk', ['provider']).includes(9));
  // No role stated: every role's articles.
  assert.ok(applicableArticles('high-risk', []).includes(9) && applicableArticles('high-risk', []).includes(26));
  assert.deepEqual(applicableArticles('minimal-risk', ['provider']), [4, 5, 6]);
  assert.ok(applicableArticles('limited-risk', ['deployer']).includes(50));
  assert.ok(applicableArticles('gpai-systemic', ['provider']).includes(55));
});
