/**
 * Coverage per framework (issue 17): which AI RMF subcategories and AI Act articles the AIMS
 * evidences through mapped controls and direct citations, and `aims coverage --framework`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { computeCoverageModel } from '../../server/src/core/index.js';
import { workspace } from '../support/check.js';
import { runCli } from '../support/runCli.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

const FIXTURE = `
//- .aims.yaml
frameworks: [iso42001, eu-ai-act]
//- soa.md
---
aims:
  kind: soa
  id: SOA-001
---
# Statement of applicability
| Control | Title | Applicable | Justification | Status |
|---|---|---|---|---|
| A.6.2.8 | AI system recording of event logs | Yes | Logs are kept | Implemented |
| A.8.4 | Communication of incidents | Yes | Incidents are reported | Planned |
| A.4.6 | Human resources | No | Out of scope | |
//- literacy.md
# ISO/IEC 42001 competence plan
Training meets Article 4 of the EU AI Act.
`;

test('framework coverage: evidenced through an included control or a citation, open otherwise', async () => {
  const { service } = await workspace(FIXTURE);
  const model = computeCoverageModel(service);
  assert.deepEqual(model.frameworks.map((f) => f.framework), ['eu-ai-act'], 'only the enabled framework');
  const ai = model.frameworks[0]!;
  const item = (id: string) => ai.items.find((i) => i.id === id)!;
  // A.6.2.8 is implemented: Articles 12 and 19 are evidenced through it.
  assert.equal(item('Article 12').state, 'evidenced');
  assert.deepEqual(item('Article 12').evidencedBy, ['A.6.2.8']);
  // A.8.4 is only planned: Article 73 stays open.
  assert.equal(item('Article 73').state, 'open');
  assert.deepEqual(item('Article 73').controls.map((c) => `${c.id} ${c.state}`), ['A.8.4 planned']);
  // A.4.6 is excluded, but a document cites Article 4 itself.
  assert.equal(item('Article 4').state, 'evidenced');
  assert.deepEqual(item('Article 4').evidencedBy, []);
  assert.deepEqual(item('Article 4').citedBy.map((c) => c.path), ['literacy.md']);
  assert.equal(ai.total, ai.items.length);
  assert.equal(ai.evidenced, ai.items.filter((i) => i.state === 'evidenced').length);
  // Articles 12, 19 and 26 through A.6.2.8; Article 4 by its citation.
  assert.deepEqual(ai.items.filter((i) => i.state === 'evidenced').map((i) => i.id), ['Article 4', 'Article 12', 'Article 19', 'Article 26']);
});

test('framework coverage: a framework not enabled is computed only when asked for', async () => {
  const { service } = await workspace(FIXTURE);
  const model = computeCoverageModel(service, { frameworks: ['nist-ai-rmf'] });
  assert.deepEqual(model.frameworks.map((f) => f.framework), ['nist-ai-rmf', 'eu-ai-act']);
  const rmf = model.frameworks[0]!;
  assert.equal(rmf.total, 72);
  assert.equal(rmf.items.find((i) => i.id === 'MEASURE 2.4')!.state, 'evidenced', 'A.6.2.8 implemented');
  assert.equal(rmf.items.find((i) => i.id === 'GOVERN 2.3')!.state, 'open', 'mapped to clauses only, cited nowhere');
});

test('aims coverage --framework nist-ai-rmf: a section per subcategory; a wrong name is an error', async () => {
  const repo = path.resolve(SOURCE_TEST_DIR, '..');
  const r = await runCli(['coverage', 'examples', '--today', '2026-11-28', '--framework', 'nist-ai-rmf'], repo);
  assert.match(r.out, /\nNIST AI Risk Management Framework 1\.0 \(NIST AI 100-1, January 2023\): \d+ of 72 subcategories evidenced/);
  assert.match(r.out, /\n {2}GOVERN 1\.1 {3}(?:evidenced|OPEN {5}) Legal and regulatory requirements/);
  const bad = await runCli(['coverage', 'examples', '--framework', 'nist'], repo);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--framework must be nist-ai-rmf or eu-ai-act/);
});

test('aims coverage --format html --framework eu-ai-act: a section with a row per mapped article', async () => {
  const repo = path.resolve(SOURCE_TEST_DIR, '..');
  const r = await runCli(['coverage', 'examples', '--today', '2026-11-28', '--format', 'html', '--framework', 'eu-ai-act'], repo);
  assert.match(r.out, /<section id="eu-ai-act" aria-labelledby="eu-ai-act-h">\n<h2 id="eu-ai-act-h">EU AI Act<\/h2>/);
  assert.equal((r.out.match(/<tr data-item="Article \d+" data-state="(?:evidenced|open)">/g) ?? []).length, 25);
  const plain = await runCli(['coverage', 'examples', '--today', '2026-11-28', '--format', 'html'], repo);
  assert.doesNotMatch(plain.out, /data-item="Article/, 'no section when the framework is neither enabled nor asked for');
});
