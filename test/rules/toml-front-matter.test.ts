/**
 * Hugo pages whose front matter is TOML between `+++` fences: their title names the kind (a
 * Hugo theme prints it, so the page often has no H1), `[aims]` declares it, review dates and
 * references in it are read as in YAML front matter; and the quick fixes, which write YAML,
 * leave such front matter alone. Fixtures in our own words, modelled on Hugo sites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCodeActions } from '../../server/src/core/index.js';
import { check, workspace } from '../support/check.js';
import { uriOf } from '../support/memoryHost.js';

test('TOML front matter: its title names the kind of a page with no H1, and `[aims]` declares one', async () => {
  const { service } = await workspace(`
//- content/policy/ai-policy.md
+++
title = "AI Policy"
weight = 10
[params]
  owner = "Chief Risk Officer"
+++

## Purpose
Why we use AI, and how.

//- content/risk/soa.md
+++
title = "Annex A decisions"
[aims]
kind = "soa"
+++

{{< soa-table >}}
`);
  const doc = (name: string) => service.documents().find((d) => d.uri.endsWith(name));
  assert.equal(doc('ai-policy.md')?.meta.kind, 'policy');
  assert.equal(doc('ai-policy.md')?.title, 'AI Policy');
  assert.equal(doc('soa.md')?.meta.kind, 'soa');
  assert.equal(doc('soa.md')?.meta.kindSource, 'declared');
});

test('TOML front matter: an `[aims]` review date past is overdue; the IDs in it are checked', async () => {
  await check(
    `
//- content/policy/ai-policy.md
+++
title = "AI Policy"
[aims]
kind = "policy"
next_review = 2026-03-31
              ^^^^^^^^^^ review-overdue
controls = ["A.2.2", "A.2.9"]
                      ^^^^^ unknown-control A.2.9 is not an ISO/IEC 42001 Annex A control
+++

Our policy.
`,
    { codes: ['review-overdue', 'unknown-control'], today: '2026-12-05' },
  );
});

test('TOML front matter never closed is reported with its own fence', async () => {
  await check(
    `
//- content/scope.md
+++
^^^ yaml-syntax The front matter opened here is never closed: add a line with only "+++" after the last front-matter key.
title = "Scope of the AI Management System"

The AIMS covers ISO/IEC 42001 for our claims models.
`,
    { codes: ['yaml-syntax'] },
  );
});

test('quick fixes that write YAML are not offered in TOML front matter; those in the body still are', async () => {
  const { service } = await workspace(`
//- content/risk/register.md
+++
title = "AI Risk Register"
+++

Controls: A.6.2.44.
`);
  const uri = uriOf('content/risk/register.md');
  const codes = service.getFindings(uri).map((f) => f.code);
  assert.ok(codes.includes('kind-inferred'), codes.join(', '));
  const doc = service.getDocument(uri)!;
  const all = getCodeActions(service, uri, { start: { line: 0, character: 0 }, end: doc.lines.positionAt(doc.text.length) });
  // Declaring the kind would write a YAML `aims:` block into the TOML: not offered.
  assert.deepEqual(all.filter((a) => a.fixes.includes('kind-inferred')), []);
  // Correcting the control ID in the body is.
  assert.ok(all.some((a) => a.fixes.includes('unknown-control')), all.map((a) => a.title).join('\n'));
});

test('TOML front matter: the notice says how to declare the kind there, and `[params]` holds the review date', async () => {
  await check(
    `
//- content/policy/ai-policy.md
+++
title = "AI Policy"
        ^^^^^^^^^^^ kind-inferred Read as an AI policy because its title "AI Policy" names that kind of document. Declare the kind to make this certain, with a table in the +++ front matter: [aims] kind = "policy".
[params]
  owner = "Chief Risk Officer"
  next_review = 2026-09-30
                ^^^^^^^^^^ review-overdue The review of this document was due on 2026-09-30
+++

Our policy.
`,
    { codes: ['kind-inferred', 'review-overdue'], today: '2026-12-05' },
  );
});
