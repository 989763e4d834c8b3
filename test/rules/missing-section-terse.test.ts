/**
 * missing-section on the terse documents small teams and corporate templates write
 * (catalogue/kinds.ts synonyms, rules/sectionContent.ts labels): a policy's section headed just
 * "Policy" (a synonym matched as a whole label), an objectives table's "By" column, "Present:"
 * after a sentence on a notes line, a "Did it work?" section. Our own wording.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';
import type { Finding } from '../../server/src/core/index.js';

/** The kind is observed too, so a case where nothing is missing is not one where no kind was read. */
const withKinds = ['missing-section', 'kind-inferred'];

function missingTitles(findings: readonly Finding[], path: string): string[] {
  return findings
    .filter((f) => f.uri.endsWith('/' + path) && f.code === 'missing-section')
    .flatMap((f) => ((f.data?.['items'] as { title: string }[] | undefined) ?? []).map((i) => i.title))
    .sort();
}

test('missing-section as written: a policy\'s section headed just "Policy" is its statement; "Policy owner" is not', async () => {
  const policy = (heading: string) =>
    check(
      `
//- policies/ai-policy.md
# AI Policy
^^^^^^^^^^^ missing-section
^^^^^^^^^^^ kind-inferred kind: policy
## 1. Purpose
Why the agency governs its use of AI.
## ${heading}
a. Every AI use case is inventoried before it is used.
`,
      { codes: withKinds },
    );
  assert.ok(!missingTitles(await policy('3. Policy'), 'policies/ai-policy.md').includes('Policy statement and principles'));
  assert.ok(missingTitles(await policy('3. Policy owner'), 'policies/ai-policy.md').includes('Policy statement and principles'));
});

test('missing-section as written: an objectives table\'s "By" column is its timeline; "Bypass" is not', async () => {
  const objectives = (column: string) =>
    check(
      `
//- aims/objectives.md
# AI Objectives 2026
^^^^^^^^^^^^^^^^^^^^ missing-section
^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: objectives

| Objective | Measure | Target | Owner | ${column} |
|---|---|---|---|---|
| Drafts are correct | QA sample error rate | < 3 % | QA lead | 2026-09-30 |
`,
      { codes: withKinds },
    );
  assert.ok(!missingTitles(await objectives('By'), 'aims/objectives.md').includes('Timeline'));
  assert.ok(missingTitles(await objectives('Bypass'), 'aims/objectives.md').includes('Timeline'));
});

test('missing-section as written: "Present:" after a sentence on a notes line lists the attendees; "Did it work?" checks effectiveness', async () => {
  const review = await check(
    `
//- review-2026-10.md
# Management review 2026-10
^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section
^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: management-review

Date: 2026-10-14. Present: Priya (chair), Tom, Aisha, Ben, Sofia.

//- training.md
# Training & competence
^^^^^^^^^^^^^^^^^^^^^^^ missing-section
^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred kind: competence

## Did it work?
Checked at the quarterly review: all five can explain how to raise a concern.
`,
    { codes: withKinds },
  );
  assert.ok(!missingTitles(review, 'review-2026-10.md').includes('Attendees'));
  assert.ok(!missingTitles(review, 'training.md').includes('Effectiveness of actions'));
});
