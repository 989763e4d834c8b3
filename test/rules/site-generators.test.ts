/**
 * AIMS documents kept as a static site (Jekyll, Hugo, MkDocs, Obsidian): registers as data files
 * that are a bare YAML list (`_data/risks.yml`), pages that render them with a template or
 * include them from another file, front matter titled by an ID over a heading that names the
 * kind. Fixtures in our own words, modelled on such sites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';

const RISKS_YML = `
//- _data/risks.yml
# Rendered on aims/risk-register.md. Likelihood and impact 1-5.
- id: HL-R-001
  title: Route plans breach drivers' hours when orders arrive late
  owner: Network planning
  likelihood: 3
  impact: 4
  treatment: Hard constraint in the planner
  controls: [A.6.2.2]
  status: Open
- id: HL-R-002
  title: Allocation favours faster drivers
  owner: Network planning
  likelihood: 3
  impact: 9
          ^ risk-out-of-scale The impact of HL-R-002 is 9, outside the scale 1-5
  treatment: Remove speed-derived features
  status: Open
`;

test('site data: a bare YAML list of rated items is a risk register whose risks are defined and checked', async () => {
  await check(
    RISKS_YML +
      `
//- aims/management-review.md
# Management review, November 2026
HL-R-001 and HL-R-002 stay open; HL-R-019 is escalated.
                                 ^^^^^^^^ dangling-reference The risk HL-R-019
`,
    { codes: ['dangling-reference', 'risk-out-of-scale'] },
  );
});

test('site data: a bare YAML list of other things (systems, actions: IDs, no ratings or treatments) holds no risks', async () => {
  const { service } = await workspace(`
//- _data/systems.yml
# Our AI systems, rendered on aims/systems.md
- id: HL-SYS-01
  name: Route planner
  owner: Network planning
//- _data/risks.yml
- id: HL-R-001
  title: Late orders break drivers' hours
  likelihood: 3
  impact: 4
- ref: HL-R-002
  title: Allocation favours faster drivers
  residual:
    likelihood: 2
`);
  const risks = (name: string) => service.documents().find((d) => d.uri.endsWith(name))?.risks.map((r) => r.id);
  assert.deepEqual(risks('systems.yml') ?? [], []);
  assert.deepEqual(risks('risks.yml'), ['HL-R-001', 'HL-R-002']);
});

test("site data: a log that is a bare YAML list has its items' keys as its sections", async () => {
  await check(
    `
//- _data/nonconformities.yml
- id: NC-26-01
  raised: 2026-10-14
  source: Internal audit F1
  nonconformity: The SoA has two rows for A.8.3
  root_cause: Two pull requests edited it without a review of the whole file
  corrective_action: Code owners review the SoA; the rows are corrected
  owner: Head of digital risk
  due: 2026-12-15
  effectiveness: Checked at the next audit
  status: open
`,
    { codes: ['missing-section'] },
  );
});

test('site pages: a risk table headed "ID" whose rows a template fills has its ID column', async () => {
  await check(
    `
//- aims/risk-register.md
# AI risk register

| ID | Risk | Owner | Likelihood | Impact | Treatment | Status |
|---|---|---|---|---|---|---|
{% for r in site.data.risks %}| {{ r.id }} | {{ r.title }} | {{ r.owner }} | {{ r.likelihood }} | {{ r.impact }} | {{ r.treatment }} | {{ r.status }} |
{% endfor %}
`,
    { codes: ['missing-field'] },
  );
});

for (const include of ['--8<-- "soa-annex-a.md"', '{{< soa-table >}}', '{% include soa-table.html %}', '![[SoA table]]', '<!--@include: ./soa-rows.md-->'])
  test(`site pages: an SoA page that includes its rows (${include.slice(0, 12)}) is not reported as listing none`, async () => {
    await check(
      `
//- docs/statement-of-applicability.md
# Statement of Applicability

Every Annex A control, our decision and its justification:

${include}
`,
      { codes: ['missing-section'] },
    );
  });

test('site pages: an SoA page with no rows and no include is reported as listing none', async () => {
  await check(
    `
//- docs/statement-of-applicability.md
# Statement of Applicability
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-section lists no controls

The table will follow.
`,
    { codes: ['missing-section'] },
  );
});

test('site pages: front matter titled by an ID ("AIIA-001: TriageAssist") leaves the kind to the heading', async () => {
  const findings = await check(
    `
//- docs/impact/aiia-triage.md
---
title: "AIIA-001: TriageAssist"
       ^^^^^^^^^^^^^^^^^^^^^^^^ kind-inferred its heading "AI System Impact Assessment — TriageAssist"
---

# AI System Impact Assessment — TriageAssist { #aiia-001 }
`,
    { codes: ['kind-inferred'] },
  );
  assert.match(findings[0]!.message, /Read as an AI system impact assessment/);
});

test('objective-as-control: "the objective A.3.1" is meant; other prose gives a notice, an SoA row a warning', async () => {
  const findings = await check(
    `
//- content/audit-2026.md
# Internal audit 2026
The SoA lists the objective A.3.1 as if it were a control.

| # | Action | Owner |
|---|---|---|
| 1 | Correct the SoA rows (A.6.2.8, A.3.1) | CRO |
                                     ^^^^^ objective-as-control A.3.1 is the objective

//- content/soa.md
---
aims:
  kind: soa
---
# Statement of applicability
| Control | Title | Applicable | Justification |
|---|---|---|---|
| A.3.1 | Internal organization | Yes | Roles are defined |
  ^^^^^ objective-as-control A.3.1 is the objective
`,
    { codes: ['objective-as-control'] },
  );
  assert.deepEqual(findings.map((f) => f.severity), ['information', 'warning']);
});

test('site data: a bare YAML list of systems (`_data/systems.yml`) defines the systems others cite', async () => {
  await check(
    `
//- _data/systems.yml
# AI system inventory, rendered on aims/scope.md
- id: HL-SYS-01
  name: RouteWise
  owner: Network planning
- id: HL-SYS-02
  name: FatigueGuard

//- aims/scope.md
# AIMS Scope
The AIMS covers RouteWise (HL-SYS-01), FatigueGuard (HL-SYS-02) and HL-SYS-09.
                                                                    ^^^^^^^^^ dangling-reference The AI system HL-SYS-09
`,
    { codes: ['dangling-reference'] },
  );
});
