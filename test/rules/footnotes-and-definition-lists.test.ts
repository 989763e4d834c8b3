/**
 * Markdown as pandoc and footnote-heavy writers use it (a trial's footnote workspace): systems
 * introduced in a definition list ("Route optimiser (SYS-001)" then ": Plans routes") define
 * them, and an SoA row whose justification is a footnote's mark ("[^ext]") is justified.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';
import { parseFixture } from '../support/fixture.js';
import { pathOf, uriOf } from '../support/memoryHost.js';
import { getDefinition } from '../../server/src/core/index.js';

test('systems: a definition list naming them defines them; a treatment plan\'s does not, and a bare paragraph does not', async () => {
  await check(
    `
//- ai-policy.md
# AI policy (ISO/IEC 42001)

## Scope

All AI systems we develop or use, including:

Route optimiser (SYS-001)
: Plans delivery routes; developed in-house.

**SYS-002** — Warehouse vision

: Camera-based damage detection, supplier model.

\`SYS-003\` Driver scheduling
~ Proposes shift plans; a planner approves each one.

- SYS-004 Payroll forecaster
  ^^^^^^^ dangling-reference
: is a list item, then a line that starts with a colon.

//- risk-treatment-plan.md
# AI risk treatment plan (ISO/IEC 42001)

Chatbot (SYS-005)
         ^^^^^^^ dangling-reference
: Retrained quarterly.

//- register.md
# AI risk register (ISO/IEC 42001)

| Risk ID | Risk | System | Likelihood | Impact |
|---|---|---|---|---|
| R-001 | Late routes | SYS-001 | 3 | 3 |
| R-002 | Missed damage | SYS-002 | 3 | 3 |
| R-003 | Unfair shifts | SYS-003 | 3 | 3 |
| R-004 | Wrong forecast | SYS-004 | 3 | 3 |
                           ^^^^^^^ dangling-reference
| R-005 | Wrong answer | SYS-005 | 3 | 3 |
                         ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});

test('systems: a definition list in a CRLF document defines them, at the ID as written', async () => {
  const register = '# AI risk register (ISO/IEC 42001)\n\n| Risk ID | Risk | System | Likelihood | Impact |\n|---|---|---|---|---|\n| R-001 | Late routes | SYS-011 | 3 | 3 |\n';
  const fx = parseFixture('');
  const { service } = await workspace({ ...fx, files: { 'ai-policy.md': '# AI policy (ISO/IEC 42001)\r\n\r\nRoute optimiser (SYS-011)\r\n: Plans routes.\r\n', 'register.md': register } });
  assert.deepEqual(service.getAllFindings().filter((f) => f.code === 'dangling-reference'), []);
  const at = register.indexOf('SYS-011');
  const [target] = getDefinition(service, uriOf('register.md'), { line: 4, character: at - register.lastIndexOf('\n', at) });
  // Line 2 of the policy, "Route optimiser (" is 17 characters.
  assert.deepEqual(target && [pathOf(target.uri), target.range.start.line, target.range.start.character, target.range.end.character], ['ai-policy.md', 2, 17, 24]);
});

test('soa-missing-justification: a footnote\'s mark justifies; a bracketed blank still does not', async () => {
  await check(
    `
//- soa.md
---
aims:
  kind: soa
  id: SOA-001
---
# Statement of applicability

| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.8.3 | External reporting | No | [^ext] |
| A.8.4 | Communication of incidents | Yes | [Insert justification] |
  ^^^^^ soa-missing-justification

[^ext]: No law, regulator or customer requires external reporting on our AI systems.
`,
    { codes: ['soa-missing-justification'] },
  );
});
