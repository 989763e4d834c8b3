/**
 * Where systems are defined and what is an ID: an inventory titled in Chinese, Japanese or
 * Korean ("AI系统清单") defines the systems in its ID column; a release number ("R26.4") is no
 * risk ID. Fixtures in our own words, modelled on trial workspaces.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('an inventory titled in Chinese ("AI系统清单") defines the systems its rows list', async () => {
  await check(
    `
//- 08-AI系统清单.md
# AI系统清单
| 系统编号 | 系统名称 | 负责人 |
|---|---|---|
| LT-SYS-01 | 小澜语音助手 | 张磊 |
| LT-SYS-02 | 安防摄像头人形检测 | 李娜 |

//- 05-AI风险登记册.md
# AI风险登记册 (ISO/IEC 42001)
LT-SYS-01、LT-SYS-02 与 LT-SYS-07。
                      ^^^^^^^^^ dangling-reference The AI system LT-SYS-07
`,
    { codes: ['dangling-reference'] },
  );
});

test('a release number ("R26.4") is no risk ID; a risk ID at a sentence\'s end still is', async () => {
  await check(
    `
//- wiki/Risk-Review-2026.md
# AI risk review (ISO/IEC 42001)
Shipped in R26.4 and R27.1. Risk R-031 stays open, and so does R-099.
                                                               ^^^^^ dangling-reference The risk R-099
                                 ^^^^^ dangling-reference The risk R-031

//- wiki/AI-Risk-Register.md
# AI Risk Register
| ID | Risk | Likelihood | Impact | Treatment | Owner | Status |
|----|------|---|---|---|---|---|
| R-001 | Grasp failure | 2 | 3 | Sensors | Ana | Open |
`,
    { codes: ['dangling-reference'] },
  );
});

test('IDs an export wrote with escaped hyphens ("CAI\\-R\\-031") are read, in prose and in a register\'s rows', async () => {
  await check(
    `
//- Clinical AI Risk Register.md
# Clinical AI Risk Register
| Risk ID | Risk | Likelihood | Impact | Treatment | Owner | Status |
|---|---|---|---|---|---|---|
| CAI\\-R\\-001 | Missed sepsis | 3 | 4 | Lactate trigger | Dr Okoye | Open |

//- Management Review Minutes – 18 Nov 2026.md
# Management Review (ISO/IEC 42001)
CAI\\-R\\-001 stays open. New risk CAI\\-R\\-031 goes to the register.
                                 ^^^^^^^^^^^ dangling-reference The risk CAI-R-031
`,
    { codes: ['dangling-reference'] },
  );
});

test("a UK public body's ATRS record is read for the IDs it cites, though it never names the standard", async () => {
  await check(
    `
//- risk/ai-risk-register.md
# AI risk register (ISO/IEC 42001)
| ID | Risk | Likelihood | Impact | Treatment | Owner | Status |
|----|------|---|---|---|---|---|
| AIR-01 | Summaries omit objections | 3 | 3 | Officer review | Planning | Open |

//- tools/atrs-planning-comments-summariser.md
# ATRS record (DRAFT): Planning Comments Summariser
Risks: AIR-01 and AIR-14.
                  ^^^^^^ dangling-reference The risk AIR-14
`,
    { codes: ['dangling-reference'] },
  );
});
