/**
 * Documentation sites and compliance kept as code, as trial 11's workspaces wrote them: MkDocs
 * content tabs labelled by a range of control groups, pandoc exports of Word documents whose
 * headings are numbered, one YAML file per Annex A control, IDs that are the last segment of
 * a link, a clinical hazard log. Fixtures in our own words, modelled on those styles.
 */
import { test } from 'node:test';
import { check } from '../support/check.js';

test('control-title-mismatch: a range of groups as a content tab\'s label ("A.2 – A.4") has no title', async () => {
  await check(
    `
//- docs/soa.md
# Statement of Applicability

This SoA records each ISO/IEC 42001 Annex A control's applicability.

=== "A.2 – A.4"

    | Control | Title | Applicable | Justification |
    |---|---|---|---|
    | A.2.2 | AI policy | Yes | Sets direction |

=== "A.5 - A.6"

    | Control | Title | Applicable | Justification |
    |---|---|---|---|
    | A.5.2 | AI system impact assessment process | Yes | Required for every system |

## A.7 – Customer relationships
         ^^^^^^^^^^^^^^^^^^^^^^ control-title-mismatch
`,
    { codes: ['control-title-mismatch'] },
  );
});

test("a MyST list table (Jupyter Book) is a table: a register's rows define their risks and are checked; an admonition's body is read", async () => {
  await check(
    `
//- risk/risk-register.md
(risk-register)=
# AI Risk Register

\`\`\`{admonition} Document control
:class: note
Document ID: RR-01 · Owner: Head of Data Science · Method: {ref}\`risk-method\`
\`\`\`

Likelihood and impact are rated 1 to 5.

\`\`\`{list-table} AI risks
:header-rows: 1
:widths: 10 40 10 10 10 20

* - ID
  - Risk
  - Likelihood
  - Impact
  - Owner
  - Treatment / controls
* - R-001
  - Route plan schedules a driver beyond legal
    driving time
  - 2
  - 5
  - Route owner
  - Hard constraint in the solver (A.6.2.4)
* - R-002
  - ETA predictions late for eastbound routes
  - 7
    ^ risk-out-of-scale
  - 3
  -
  - Regional features (A.6.2.6)
\`\`\`

\`\`\`{code-block} yaml
risk: R-404
\`\`\`

//- systems/sys-001.md
# AI system record: route optimiser (ISO/IEC 42001)

Risks: R-001, R-002 and R-009. Register: RR-01.
                        ^^^^^ dangling-reference
`,
    { codes: ['dangling-reference', 'risk-out-of-scale'] },
  );
});

test("compliance as code: a file named by a control's ID is that control's record, whatever its title; an ID at the end of a link names a page", async () => {
  await check(
    `
//- controls/A.2.2.yaml
# Annex A control A.2.2 (ISO/IEC 42001:2023)
id: A.2.2
title: "AI policy"
applicable: true
justification: "Sets the direction for every AI system."
status: implemented
evidence:
  - policy/ai-policy.md

//- controls/A.5.3.yaml
# Annex A control A.5.3 (ISO/IEC 42001:2023)
id: A.5.3
title: "Documentation of AI system impact assessments"
applicable: true
evidence:
  - https://wiki.example.com/display/AIMS/AIIA-SYS-001
  - https://tracker.example.com/browse/R-118 and R-119
                                                 ^^^^^ dangling-reference
`,
    { codes: ['dangling-reference', 'kind-inferred', 'missing-section'] },
  );
});

test("a Word document converted by pandoc: the title in its document-control table names the kind, its numbered level-1 headings are chapters, '--' is a dash", async () => {
  await check(
    `
//- Internal-Audit-Report-2026.md
+----------------------+----------------------------------------------------+
| Document title       | Internal Audit Report -- AI Management System      |
+----------------------+----------------------------------------------------+
| Version              | 1.0                                                |
+----------------------+----------------------------------------------------+

# 1 Audit scope {#scope}
^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred as an internal audit report because its title "Internal Audit Report -- AI Management System"

Clauses 4 to 10 of ISO/IEC 42001:2023.

# 2 Audit criteria {#criteria}

ISO/IEC 42001:2023 and our AIMS documents.
`,
    { codes: ['kind-inferred'] },
  );
});
