/**
 * dangling-reference on an ID a document cites again and again (a policy, a register and an
 * impact assessment naming systems no inventory defines): the first citation in each document
 * is a warning, the later ones in the same document notices, so one missing definition does
 * not read as a dozen problems.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../support/check.js';

test('dangling-reference: an undefined ID cited again in the same document is a notice after the first warning', async () => {
  const findings = await check(
    `
//- policy.md
# AI policy (ISO/IEC 42001)

It covers SYS-401 (route planning) and SYS-402 (damage detection).
          ^^^^^^^ dangling-reference
                                       ^^^^^^^ dangling-reference
SYS-401 plans the routes every morning; SYS-401 is reviewed yearly.
^^^^^^^ dangling-reference
                                        ^^^^^^^ dangling-reference

//- register.md
# AI risk register

| Risk ID | Risk | System | Likelihood | Impact |
|---|---|---|---|---|
| R-001 | Longer shifts | SYS-401 | 3 | 3 |
                          ^^^^^^^ dangling-reference
`,
    { codes: ['dangling-reference'] },
  );
  const bySpot = findings.map((f) => `${f.uri.split('/').pop()}:${f.range.start.line}:${f.range.start.character} ${f.severity}`).sort();
  assert.deepEqual(bySpot, ['policy.md:2:10 warning', 'policy.md:2:39 warning', 'policy.md:3:0 information', 'policy.md:3:40 information', 'register.md:4:26 warning']);
});
