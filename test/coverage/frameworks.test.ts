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

test('framework coverage: evidenced through an included control, a clause a written document addresses, or a citation; open otherwise', async () => {
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
  // Article 9 maps to A.5.2 (undecided here) and to clause 6.1.3, which the SoA, a written
  // document in force, addresses by its kind.
  assert.deepEqual(item('Article 9').evidencedBy, []);
  assert.deepEqual(item('Article 9').evidencedByClauses, ['6.1.3']);
  // Articles 12, 19 and 26 through A.6.2.8; Article 4 by its citation; Article 9 by its clause.
  assert.deepEqual(ai.items.filter((i) => i.state === 'evidenced').map((i) => i.id), ['Article 4', 'Article 9', 'Article 12', 'Article 19', 'Article 26']);
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

test('framework coverage: AI RMF subcategories roll up by category; a category cited is shown, not counted for its subcategories', async () => {
  const { service } = await workspace(`${FIXTURE}
//- nist.md
# ISO/IEC 42001 and the NIST AI RMF
Our third-party work answers GOVERN 6.
`);
  const rmf = computeCoverageModel(service, { frameworks: ['nist-ai-rmf'] }).frameworks.find((f) => f.framework === 'nist-ai-rmf')!;
  assert.equal(rmf.groups.length, 19);
  assert.deepEqual(rmf.groups.map((g) => g.items.length).reduce((a, b) => a + b), 72);
  const g = (id: string) => rmf.groups.find((x) => x.id === id)!;
  // MEASURE 2: MEASURE 2.4 and 2.6 through A.6.2.8, which is implemented.
  assert.deepEqual(rmf.items.filter((i) => i.id.startsWith('MEASURE 2.') && i.state === 'evidenced').map((i) => i.id), ['MEASURE 2.4', 'MEASURE 2.6']);
  assert.equal(g('MEASURE 2').evidenced, 2);
  assert.deepEqual(g('GOVERN 6').citedBy.map((c) => c.path), ['nist.md']);
  assert.equal(g('GOVERN 6').evidenced, 0, 'citing the category evidences none of its subcategories');
  const ai = computeCoverageModel(service).frameworks.find((f) => f.framework === 'eu-ai-act')!;
  assert.deepEqual(ai.groups, []);
});

test('aims coverage --format markdown --framework nist-ai-rmf: the audit pack has the section, with item IDs in code spans', async () => {
  const repo = path.resolve(SOURCE_TEST_DIR, '..');
  const r = await runCli(['coverage', 'examples', '--today', '2026-11-28', '--format', 'markdown', '--framework', 'nist-ai-rmf'], repo);
  assert.match(r.out, /\n## NIST AI Risk Management Framework 1\.0\n\nNIST AI 100-1, January 2023\. \d+ of 72 subcategories evidenced/);
  assert.match(r.out, /Crosswalk: "NIST AI RMF to ISO\/IEC FDIS 42001 AI Management System Crosswalk" \(hosted by NIST, by Microsoft\), with the project's additions\./);
  assert.match(r.out, /\n\| `GOVERN 1` \| Policies and processes for AI risk are in place and applied \| \d of 7 \| /);
  assert.equal((r.out.match(/\n\| `(?:GOVERN|MAP|MEASURE|MANAGE) \d\.\d+` \| /g) ?? []).length, 72);
  assert.doesNotMatch(r.out, /\| (?:GOVERN|MAP|MEASURE|MANAGE) \d/, 'no item ID outside a code span');
  const plain = await runCli(['coverage', 'examples', '--today', '2026-11-28', '--format', 'markdown'], repo);
  assert.doesNotMatch(plain.out, /## NIST AI Risk/, 'no section when the framework is neither enabled nor asked for');
});

test('aims coverage --framework nist-ai-rmf: a section per subcategory; a wrong name is an error', async () => {
  const repo = path.resolve(SOURCE_TEST_DIR, '..');
  const r = await runCli(['coverage', 'examples', '--today', '2026-11-28', '--framework', 'nist-ai-rmf'], repo);
  assert.match(r.out, /\nNIST AI Risk Management Framework 1\.0 \(NIST AI 100-1, January 2023\): \d+ of 72 subcategories evidenced/);
  assert.match(r.out, /\n {2}GOVERN 1\.1 {3}(?:evidenced|OPEN {5}) Legal and regulatory requirements/);
  assert.match(r.out, /\n {2}by category: GOVERN 1 \d\/7, GOVERN 2 \d\/3, /);
  const html = await runCli(['coverage', 'examples', '--today', '2026-11-28', '--format', 'html', '--framework', 'nist-ai-rmf'], repo);
  assert.equal((html.out.match(/<tr data-group="(?:GOVERN|MAP|MEASURE|MANAGE) \d">/g) ?? []).length, 19);
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
