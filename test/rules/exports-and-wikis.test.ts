/**
 * Pages exported from a wiki or an office suite: a Confluence space's H1 is "Space name : Page
 * title", with a breadcrumb and a "Created by ..." line under it, and page titles dated in ISO
 * form; a Google Docs export's title is a bold line; a GitHub wiki page has no H1 (the wiki shows
 * its file name). Also the combined "AIMS Scope and Context" page such spaces keep. Fixtures in
 * our own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../support/check.js';

test('Confluence export: the page title after the space name names the kind, an ISO date after it too', async () => {
  const { service } = await workspace(`
//- LOGAI/NHL-SYS-03-Driver-Fatigue-Detection_196642.md
# Nordhaven AI Governance : NHL-SYS-03 Driver Fatigue Detection

1.  [Nordhaven AI Governance](index.md)

Created by Jan de Vries, last modified on Feb 17, 2026

## Purpose
Detects fatigue from cab camera frames (ISO/IEC 42001 A.6.2.2).

//- LOGAI/Management-Review-Minutes-2026-11-12_196670.md
# Nordhaven AI Governance : Management Review Minutes 2026-11-12

//- LOGAI/AIMS-Scope-and-Context_196614.md
# Nordhaven AI Governance : AIMS Scope and Context

//- LOGAI/Context_196615.md
# Nordhaven AI Governance : Organisational Context
`);
  const kind = (name: string) => service.documents().find((d) => d.uri.endsWith(name))?.meta.kind;
  assert.equal(kind('NHL-SYS-03-Driver-Fatigue-Detection_196642.md'), 'ai-system');
  assert.equal(kind('Management-Review-Minutes-2026-11-12_196670.md'), 'management-review');
  // The scope is the documented information clause 4.3 asks for; the page gives its context too.
  assert.equal(kind('AIMS-Scope-and-Context_196614.md'), 'scope');
  assert.equal(kind('Context_196615.md'), 'context');
});

test('titles: "Management Review of the AIMS" names the review ("of the AIMS" is what it is of)', async () => {
  const { service } = await workspace(`
//- Management Review Minutes – 18 Nov 2026.md
**Clinical AI Board – Management Review of the AIMS**

**Date:** 18 November 2026

**1\\. Status of actions from the previous review (May 2026)**
`);
  assert.equal(service.documents()[0]?.meta.kind, 'management-review');
});

test('a wiki page with no H1: its file name names the kind before its first section\'s heading does', async () => {
  const { service } = await workspace(`
//- Internal-Audit-2026.md
## Audit scope
The AIMS (ISO/IEC 42001) at the Aarhus site.
## Findings

//- notes.md
## AI Policy
We use AI under ISO/IEC 42001.
`);
  const kind = (name: string) => service.documents().find((d) => d.uri.endsWith(name))?.meta.kind;
  assert.equal(kind('Internal-Audit-2026.md'), 'audit-report');
  // A file name that names no kind leaves it to the heading.
  assert.equal(kind('notes.md'), 'policy');
});

test('titles and file names: a product name after the kind, a bilingual title, a KPI register', async () => {
  const { service } = await workspace(`
//- Impact-Assessment-PickVision.md
## Affected groups
Warehouse staff (ISO/IEC 42001 A.5.4).

//- docs/aims-scope.md
# AIMS scope / Anwendungsbereich

//- registers/objectives-kpi.csv
Ziel;Kennzahl;Zielwert;Verantwortlich
Fairness;Gap;<3%;CTO

//- Impact-Assessment-Procedure.md
# How we run impact assessments (ISO/IEC 42001)
`);
  const kind = (name: string) => service.documents().find((d) => d.uri.endsWith(name))?.meta.kind;
  assert.equal(kind('Impact-Assessment-PickVision.md'), 'impact-assessment');
  assert.equal(kind('aims-scope.md'), 'scope');
  assert.equal(kind('objectives-kpi.csv'), 'objectives');
  // A procedure is no record of results, however its file is named.
  assert.notEqual(kind('Impact-Assessment-Procedure.md'), 'impact-assessment');
});
