/**
 * AIMS data kept as TOML (a Hugo site's `data/systems.toml`, a `[[risk]]` list), read into
 * the same tree as YAML (core/parse/toml.ts), and the TOML files that are no AIMS documents
 * (a package's manifest, a site generator's configuration). Fixtures in our own words,
 * modelled on such sites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, workspace } from '../support/check.js';

test('TOML data: an array of tables `[[system]]` defines the systems others cite', async () => {
  await check(
    `
//- data/systems.toml
# AI system inventory (rendered by the inventory shortcode on the scope page)
[[system]]
id = "KA-SYS-01"
name = "ClaimScore"
role = "developer"

[[system]]
id = "KA-SYS-02"   # pricing
name = 'QuoteLens'

//- content/scope.md
# Scope of the AI Management System
The AIMS covers ClaimScore (KA-SYS-01), QuoteLens (KA-SYS-02) and KA-SYS-07.
                                                                  ^^^^^^^^^ dangling-reference The AI system KA-SYS-07
`,
    { codes: ['dangling-reference'] },
  );
});

test('TOML data: a `[[risk]]` list of rated items defines its risks, and their ratings are checked', async () => {
  await check(
    `
//- data/risks.toml
[[risk]]
id = "R-001"
title = "Scores drift after a product change"
likelihood = 3
impact = 4
treatment = """
Monthly drift report (A.6.2.6);
retrain on breach."""

[[risk]]
id = "R-002"
title = "Reason codes unclear to handlers"
likelihood = 2
impact = 9
         ^ risk-out-of-scale The impact of R-002 is 9, outside the scale 1-5

//- content/review.md
# Management review, November 2026
R-001 and R-002 stay open; R-019 is escalated.
                           ^^^^^ dangling-reference The risk R-019
`,
    { codes: ['dangling-reference', 'risk-out-of-scale'] },
  );
});

test('TOML data: a list of other things (owners, no ratings) holds no risks; `[aims]` declares a kind', async () => {
  const { service } = await workspace(`
//- data/owners.toml
[[risk]]
id = "R-001"
owner = "Claims analytics"

//- data/register.toml
[aims]
kind = "risk-register"
title = "AI risk register"

[[risks]]
id = "R-001"
title = "Drift"
likelihood = 3
`);
  const doc = (name: string) => service.documents().find((d) => d.uri.endsWith(name));
  assert.deepEqual(doc('owners.toml')?.risks.map((r) => r.id) ?? [], []);
  assert.equal(doc('register.toml')?.meta.kind, 'risk-register');
  assert.equal(doc('register.toml')?.languageId, 'toml');
  assert.deepEqual(doc('register.toml')?.risks.map((r) => r.id), ['R-001']);
});

test('TOML files that configure a tool or describe a package are no AIMS documents, whatever they name', async () => {
  await check(
    `
//- pyproject.toml
[project]
name = "claims-ai"
description = "Scoring models; documented under ISO/IEC 42001 (controls A.6.2.4, A.99.1; risk R-999)"

//- Cargo.toml
[package]
name = "risk-engine"
description = "Risk scoring for the AI management system (ISO/IEC 42001 clause 6.1.2, R-998)"

//- hugo.toml
title = "Kestrel Assurance — AI Management System"
[params]
  aimsStandard = "ISO/IEC 42001:2023"

//- notes/plan.toml
title = "Notes on ISO/IEC 42001"
see = "R-997"
       ^^^^^ dangling-reference The risk R-997
`,
    { codes: ['dangling-reference', 'unknown-control'] },
  );
});

test('TOML data: a file named as a register is read as one, and the notice says how to declare it in TOML', async () => {
  await check(
    `
//- data/ai-risk-register.toml
[[risk]]
  ^^^^ kind-inferred Read as an AI risk register because its file name "ai risk register" names that kind of document. Declare the kind to make this certain, with a table: [aims] kind = "risk-register".
id = "R-001"
title = "Drift"
likelihood = 3
impact = 2
treatment = "Monthly drift report"
owner = "Claims analytics"
status = "Open"
`,
    { codes: ['kind-inferred'] },
  );
});

test('TOML data: an SoA kept as `[[control]]` tables is read, its decisions checked', async () => {
  await check(
    `
//- data/soa.toml
[aims]
kind = "soa"

[[control]]
id = "A.2.2"
applicable = true
justification = "Required by clause 5.2"
status = "implemented"

[[control]]
id = "A.4.4"
      ^^^^^ soa-missing-justification A.4.4 is excluded without a justification
applicable = false
justification = ""
`,
    { codes: ['soa-missing-justification'] },
  );
});

test("a data file's first-line comment naming a kind is its title; a CI pipeline's is not", async () => {
  await check(
    `
//- services/recommender/aims.yaml
# AI system record – recommender (SYS-002)
system:
  id: SYS-002
  name: Product recommender

//- services/support/aims.yaml
# AI system record
id: SYS-003
name: Support reply assistant

//- .github/workflows/aims.yml
# Checks the AI policy
on: [push]

//- governance/risk-register.md
# AI risk register (ISO/IEC 42001)
| ID | Risk | System | Likelihood | Impact | Treatment | Owner | Status |
|----|------|--------|---|---|---|---|---|
| R-001 | Drift | SYS-002 | 2 | 3 | Monitor | Ana | Open |
| R-002 | Harmful reply | SYS-003 | 2 | 4 | Guardrails | Leo | Open |
| R-003 | Bias | SYS-009 | 2 | 4 | Tests | Leo | Open |
                 ^^^^^^^ dangling-reference The AI system SYS-009
`,
    { codes: ['dangling-reference'] },
  );
  const { service } = await workspace(`
//- .github/workflows/aims.yml
# Checks the AI policy
on: [push]
`);
  assert.equal(service.documents()[0]?.meta.kind, undefined);
});
