/** New documents ("New AIMS Document…"): the template's ID made unique in the workspace. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_ID_PATTERNS, freeDocumentId, getNewDocument } from '../../server/src/core/index.js';
import { workspace } from '../support/check.js';

test('new documents get an unused ID that still matches the default document pattern', () => {
  const taken = new Set(['POL-001', 'POL-003', 'RR-2026', 'RR-2026-02', 'MR-2026']);
  assert.equal(freeDocumentId('SCOPE-001', taken), 'SCOPE-001');
  assert.equal(freeDocumentId('POL-001', taken), 'POL-004');
  assert.equal(freeDocumentId('RR-2026', taken), 'RR-2026-03');
  assert.equal(freeDocumentId('mr-2026', taken), 'mr-2026-02');
  const pattern = new RegExp(`^${DEFAULT_ID_PATTERNS.document}$`);
  for (const id of ['POL-004', 'RR-2026-03', 'MR-2026-02']) assert.match(id, pattern);
});

test('a new policy in a workspace that has POL-001 declares POL-002, and its text carries the title and line ends asked for', async () => {
  const { service } = await workspace(`
//- policy.md
---
aims: { kind: policy, id: POL-001, title: AI policy, owner: CEO, version: "1", status: draft }
---
# AI policy
`);
  const made = getNewDocument(service, 'policy', 'markdown', { title: 'Second policy', today: '2026-12-04', eol: '\r\n' });
  assert.equal(made.id, 'POL-002');
  assert.match(made.text, /^---\r\naims:\r\n/);
  assert.match(made.text, /id: POL-002\r\n/);
  assert.match(made.text, /# Second policy\r\n/);
  assert.ok(!/[^\r]\n/.test(made.text), 'every line ends in CRLF');
});

test('a given ID is kept; without a workspace the template\'s own ID is used; an unknown kind is a RangeError', () => {
  assert.equal(getNewDocument(undefined, 'policy', 'markdown', { today: '2026-12-04', id: 'POL-XYZ' }).id, 'POL-XYZ');
  assert.equal(getNewDocument(undefined, 'policy', 'markdown', { today: '2026-12-04' }).id, 'POL-001');
  assert.throws(() => getNewDocument(undefined, 'nope' as never, 'markdown', { today: '2026-12-04' }), RangeError);
});

test('a new risk register in a workspace that defines R-001 and R-002 starts its example risk at R-003, in Markdown and YAML', async () => {
  const { service } = await workspace(`
//- register.md
---
aims: { kind: risk-register, id: RR-2026, title: AI risk register, owner: CEO, version: "1", status: draft }
---
# AI risk register
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-001 | Bias | 2 | 2 |
| R-002 | Drift | 2 | 2 |
`);
  for (const format of ['markdown', 'yaml'] as const) {
    const made = getNewDocument(service, 'risk-register', format, { today: '2026-12-04' });
    assert.match(made.text, /R-003/, format);
    assert.doesNotMatch(made.text, /R-001\b/, format);
  }
});
