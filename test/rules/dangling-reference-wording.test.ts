/**
 * dangling-reference and the words around an ID: an ID given as an example of the format, an
 * undefined ID of one letter and digits (a notice), and an ID the text says is missing ("There
 * is no R-017"), across a paragraph of LF or CRLF lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';

const codes = ['dangling-reference'];

test('dangling-reference: an ID given as an example of the format is no reference; one cited beside it is', async () => {
  await check(
    `
//- .github/ISSUE_TEMPLATE/ai-incident.yml
name: AI incident report
description: Report an AI incident (ISO/IEC 42001 A.8.4)
body:
  - type: input
    attributes:
      label: AI system ID (e.g. SYS-001)
  - type: input
    attributes:
      label: Related risks (for example R-101, R-102 or R-103)

//- incidents/nonconformity-log.md
# Nonconformity log
Affected system: SYS-002. Risk IDs follow the register's format (example: R-900).
                 ^^^^^^^ dangling-reference
Format: SYS-123. Open risks such as R-104 are tracked.
                                    ^^^^^ dangling-reference
`,
    { codes },
  );
});

test('dangling-reference: an undefined ID of one letter and digits ("R12", "R250 000" in rand) is only a notice', async () => {
  const findings = await check(
    `
//- risk/register.md
---
aims:
  kind: risk-register
  id: RR-01
---
| ID | Risk | Likelihood | Impact |
|---|---|---|---|
| R-01 | Model drift | 3 | 3 |

//- plan.md
# Plan under ISO/IEC 42001
Budget R250 000 for risk R-01; ships with Release R12. Risk R-77 is new.
       ^^^^ dangling-reference R250
                                                  ^^^ dangling-reference R12
                                                            ^^^^ dangling-reference R-77
`,
    { codes },
  );
  assert.deepEqual(findings.map((f) => `${f.message.split(' ')[2]} ${f.severity}`), ['R250 information', 'R12 information', 'R-77 warning']);
});

test('dangling-reference: an ID the text says is missing ("There is no R-017", "R-018 does not exist") is not reported again, anywhere in that paragraph', async () => {
  await check(
    `
//- audit/nc-2026-01.md
# Nonconformity report NC-2026-01 (ISO/IEC 42001 clause 10.2)
The treatment plan cites R-017, but there is no R-017 in the AI risk register.

The plan v2.0 has actions for R-023 ("leakage between clients"). There is no
R-023 in the register either.
R-018 does not exist either; R-019 is not in the risk register; no such risk R-020.
SYS-009 in the register matches no component; unknown system SYS-010; SYS-011 is unregistered.
Undefined risk ID \`R-021\` was removed. R-022 is tracked by the plan.
                                       ^^^^^ dangling-reference The risk R-022
`,
    { codes: ['dangling-reference'] },
  );
});

test('dangling-reference: a paragraph of a CRLF document ends at its blank line too', async () => {
  const { service } = await workspace(`//- audit/nc.md\n# Nonconformity report (ISO/IEC 42001)\r\n\r\nThe plan has actions for R-031.\r\n\r\nThere is no R-031 in the register, we said last year.\r\n`);
  const found = service.getAllFindings().filter((f) => f.code === 'dangling-reference');
  // The first paragraph cites R-031 as real; the denial is in another paragraph.
  assert.deepEqual(found.map((f) => f.range.start.line), [2]);
});

test('dangling-reference: a document-shaped ID given a status ("MR-2025-03 (…): complete") is an action, not a document; a risk given one is a risk', async () => {
  await check(
    `
//- reviews/management-review-2026.md
# Management Review Minutes -- AIMS (ISO/IEC 42001)

## Status of actions from previous reviews

MR-2025-03 (extend AIMS to RouteWise): complete. MR-2025-05 (recruiter training): in
progress. MR-2025-07 - closed. R-044: closed.
                               ^^^^^ dangling-reference

The policy POL-404 is cited as evidence.
           ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
});
