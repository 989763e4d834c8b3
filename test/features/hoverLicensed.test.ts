/**
 * The guidance overlay: an organisation points `guidance.overlay` at its own
 * licensed text, and hovers show that wording (escaped, with its source)
 * instead of the tool's summaries. Paths stay inside the workspace; a missing
 * or malformed overlay is a finding, and hovers fall back to our own text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { check } from '../support/check.js';
import { getHover } from '../../server/src/core/index.js';

const POLICY = `
//- governance/policy.md
---
aims:
  kind: policy
  title: AI policy
---
# AI policy

We verify every release (A.6.2.$04) and plan risk assessments (Clause 6.1.2).
`;

const OVERLAY = `
//- licensed/iso42001.yaml
source: "ISO/IEC 42001:2023, licensed to Example Ltd"
controls:
  A.6.2.4: |
    LICENSED CONTROL TEXT for verification.
    It continues here.

    A second paragraph with [a link](https://example.com) and <b>html</b>.
guidance:
  B.6.2.4: LICENSED GUIDANCE TEXT.
clauses:
  "6.1.2": LICENSED CLAUSE TEXT.
`;

const hoverAt = async (fixture: string) => {
  const { service, uri, position } = await atCursor(fixture);
  return getHover(service, uri, position)?.contents ?? '';
};

test('guidance overlay: the control hover shows the licensed text and guidance, escaped, with the source', async () => {
  const text = await hoverAt(`//- .aims.yaml\nguidance:\n  overlay: licensed/iso42001.yaml\n${OVERLAY}${POLICY}`);
  assert.match(text, /A\.6\.2\.4 — AI system verification and validation/);
  assert.match(text, /LICENSED CONTROL TEXT for verification\. It continues here\./);
  assert.match(text, /Implementation guidance \(Annex B\.6\.2\.4\):\*\*\n\nLICENSED GUIDANCE TEXT\./);
  assert.match(text, /Licensed text: ISO\/IEC 42001:2023, licensed to Example Ltd \(from licensed\/iso42001\.yaml\)/);
  assert.ok(text.includes('\\[a link\\](https://example.com) and \\<b\\>html\\</b\\>'), 'links and HTML from the file are escaped');
  assert.doesNotMatch(text, /Typical evidence/, "the tool's own summary is replaced");
});

test('guidance overlay: clauses too; without an entry the hover keeps our own text', async () => {
  const clause = await hoverAt(`//- .aims.yaml\nguidance:\n  overlay: licensed/iso42001.yaml\n${OVERLAY}${POLICY.replace('A.6.2.$04', 'A.6.2.4').replace('Clause 6.1.2', 'Clause 6.1.$02')}`);
  assert.match(clause, /Clause 6\.1\.2 — /);
  assert.match(clause, /LICENSED CLAUSE TEXT\./);
  const other = await hoverAt(`//- .aims.yaml\nguidance:\n  overlay: licensed/iso42001.yaml\n${OVERLAY}${POLICY.replace('A.6.2.$04', 'A.7.$04')}`);
  assert.match(other, /A\.7\.4 — Quality of data for AI systems/);
  assert.match(other, /Typical evidence/);
  assert.doesNotMatch(other, /Licensed text/);
});

test('guidance overlay from the editor settings (same key)', async () => {
  const { service, uri, position } = await atCursor(`${OVERLAY}${POLICY}`, { settings: { guidance: { overlay: 'licensed/iso42001.yaml' } } });
  assert.match(getHover(service, uri, position)?.contents ?? '', /LICENSED CONTROL TEXT/);
});

test('guidance overlay: a missing file, a path leaving the workspace and a malformed file are findings', async () => {
  const body = POLICY.replace('$0', '');
  await check(
    `//- .aims.yaml
guidance:
  overlay: licensed/nope.yaml
  ^^^^^^^ schema there is no file "licensed/nope.yaml" in the workspace
${body}`,
    { codes: ['schema'] },
  );
  for (const path of ['../outside/iso.yaml', '/etc/iso.yaml', 'file:///etc/iso.yaml'])
    await check(
      `//- .aims.yaml
guidance:
  overlay: ${path}
  ^^^^^^^ schema must be a path inside the workspace
${body}`,
      { codes: ['schema'] },
    );
  await check(
    `//- .aims.yaml
guidance:
  overlay: licensed/iso.yaml
//- licensed/iso.yaml
controls: [A.6.2.4]
^^^^^^^^ schema "controls" must map IDs to text
clauses:
  "6.1": 12
  ^^^^^ schema "clauses.6.1" must be text
extra: 1
^^^^^ schema Unknown key "extra"
${body}`,
    { codes: ['schema'] },
  );
});
