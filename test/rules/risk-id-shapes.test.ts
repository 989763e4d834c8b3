/**
 * The default risk ID shapes (config/config.ts DEFAULT_ID_PATTERNS): an organisation's prefix
 * before the usual risk ID ("NE-R-041") and "AIR-07" are risk IDs, so citing one nobody
 * defines is found; a document ID ("AIMS-RISK-001") and look-alikes of other things
 * (HR-01, FR-01, GDPR-01, PR-123) are not. System IDs take the same prefix ("KA-SYS-07").
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

const codes = ['dangling-reference'];

test('risk ID shapes: an organisation prefix and AIR-nn are risk IDs; other look-alikes are not', async () => {
  await check(
    `
//- planning/ai-risk-register.md
# AI risk register

**Document ID:** AIMS-RISK-001

| Risk ID | Risk | Likelihood | Impact | Treatment |
|---|---|---|---|---|
| NE-R-001 | Triage model misses rare conditions | 3 | 5 | Modify |
| NE-R-002 | Scheduling model overbooks clinics | 2 | 3 | Retain |
| AIR-07 | Chatbot gives outdated advice | 3 | 3 | Modify |

//- planning/ai-risk-treatment-plan.md
# AI risk treatment plan

Based on the register AIMS-RISK-001.

| Action | Risk | Control | Owner |
|---|---|---|---|
| TP-01 | NE-R-002 | A.6.2.6 | CMIO |
| TP-02 | NE-R-041 | A.7.4 | CDO |
          ^^^^^^^^ dangling-reference The risk NE-R-041 is not defined
| TP-03 | AIR-07 | A.8.2 | CX lead |
| TP-04 | AIR-09 | A.9.4 | CX lead |
          ^^^^^^ dangling-reference The risk AIR-09 is not defined

HR-01 and FR-01 (requirements), GDPR-01 and PR-123 are no risks.
`,
    { codes },
  );
});

test('system ID shapes: an organisation prefix before SYS-nn is a system ID; AIMS-SYS-001 is a document', async () => {
  await check(
    `
//- inventory/ai-system-inventory.md
# AI system inventory

| System ID | System | Owner |
|---|---|---|
| KA-SYS-01 | ClaimScore | Head of claims |

//- assessments/aiia-claimscore.md
# AI system impact assessment: ClaimScore

Covers KA-SYS-01 and the document-reading model KA-SYS-07; see also AIMS-SYS-001.
                                                ^^^^^^^^^ dangling-reference The AI system KA-SYS-07 is not defined
                                                                    ^^^^^^^^^^^^ dangling-reference The document AIMS-SYS-001 is not defined
`,
    { codes },
  );
});
