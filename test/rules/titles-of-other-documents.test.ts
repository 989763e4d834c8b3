/**
 * Titles that name a kind of ours but another document (an eighth trial's workspaces): a
 * certification body's stage 1 or 2 audit report is not the organisation's internal audit
 * report (9.2.2), and a control's rationale page is not the record it explains; a "Policy on
 * the Use of Artificial Intelligence" is the AI policy.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('kinds: a certification audit report and a rationale page are not read as an internal audit report or an impact assessment', async () => {
  await check(
    `
//- audits/Stage-2-Audit-Report.md
# Stage 2 Certification Audit Report

Certification body audit of the client's AIMS against ISO/IEC 42001:2023.

//- audits/surveillance-audit-report-2026.md
# Surveillance Audit Report 2026 (ISO/IEC 42001)

//- docs/rationale/A.5-impact-assessment.md
# Rationale: impact assessment (A.5)

Why we assess the impact of our AI systems (ISO/IEC 42001 A.5.2).

//- audits/internal-audit-report-2026.md
# Internal Audit Report 2026
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

Internal audit of the AIMS against ISO/IEC 42001.
`,
    { codes: ['kind-inferred'] },
  );
});

test('kinds: "Policy on the Use of Artificial Intelligence" is the AI policy; a policy on AI in one process is not', async () => {
  await check(
    `
//- ai-policy.md
# Policy on the Use of Artificial Intelligence
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred

Adopted by the board under ISO/IEC 42001 clause 5.2.

//- recruitment-ai.md
# Policy on the use of AI in recruitment

How hiring managers may use AI tools (ISO/IEC 42001 A.9.4).
`,
    { codes: ['kind-inferred'] },
  );
});
