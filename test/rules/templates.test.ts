/**
 * Templates (parse/template.ts): a form to copy and fill in is not the document it prepares, so
 * it is not held to its kind's sections, its blanks are not empty sections and its review date
 * is not overdue. Its control references are still checked. A declared kind is never a template,
 * unless it is a draft of our own templates nobody has written in yet (isUnwrittenSkeleton).
 * YAML flow sequences ("[SYS-201]") are data, not placeholders. Fixtures modelled on public AIMS
 * toolkits, in our own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverageModel, renderTemplate } from '../../server/src/core/index.js';
import { check, workspace } from '../support/check.js';

const codes = ['missing-section', 'empty-section', 'review-overdue', 'unknown-control'];
const today = '2026-12-03';

test('templates: a subtitle or a note that says so, the organisation left as a placeholder, blank fields, many placeholders', async () => {
  await check(
    `
//- clause5/subtitle.md
---
next_review: 2025-01-01
---
# AI Policy
## ISO/IEC 42001 | Clause 5.2 — Template
## Purpose
TBD

//- clause5/note.md
---
next_review: 2025-01-01
---
# AI Policy
> This is a template: copy it and replace every example.
## Scope
TBD

//- clause5/organisation.md
---
next_review: 2025-01-01
---
# AI Policy
[Organisation Name] uses AI systems under ISO/IEC 42001.
## Scope
TBD

//- clause5/blanks.md
---
next_review: 2025-01-01
---
# AI Policy
**Owner:** ______________
**Approved by:** ______________
**Effective date:** ______________
## Scope
TBD

//- clause5/placeholders.md
---
next_review: 2025-01-01
---
# AI Policy
Approved by [CEO] on [Date] for [Business Unit], owned by [Policy Owner].
It covers [AI System Name] and [Second System] in [Country], reviewed by [Review Board].
## Scope
TBD
`,
    { codes, today },
  );
});

test('templates: a control reference that does not exist is still reported in a template', async () => {
  await check(
    `
//- clause5/policy.md
# AI Policy
## ISO/IEC 42001 | Clause 5.2 — Template
[Organisation Name] logs the events of its AI systems (A.6.2.9).
                                                       ^^^^^^^ unknown-control
`,
    { codes, today },
  );
});

test('templates: a filled-in document with a few blanks, links and checkboxes is checked', async () => {
  await check(
    `
//- clause5/policy.md
---
next_review: 2025-01-01
             ^^^^^^^^^^ review-overdue
---
# AI Policy
^^^^^^^^^^^ missing-section
**Owner:** Head of AI Governance
**Approved by:** ______________
**Effective date:** ______________
Kestrel Analytics applies this policy under ISO/IEC 42001; see [Annex A](annex-a.md).
- [x] Published on the intranet
- [ ] Translated
## Scope
^^^^^^^^ empty-section
TBD
`,
    { codes, today },
  );
});

test('templates: an Obsidian note\'s wiki links are links, not placeholders', async () => {
  await check(
    `
//- Governance/ai-policy.md
---
aliases: [AI-Policy, Responsible AI Policy]
next_review: 2025-01-01
             ^^^^^^^^^^ review-overdue
---
# AI Policy
^^^^^^^^^^^ missing-section
See [[AI Risk Register]], [[Risk Treatment Plan]], [[Statement of Applicability]], [[Scope]],
[[AI Objectives]], [[Competence Matrix]], [[Internal Audit]], [[Management Review]] and [[SYS-001 Sepsis EWS|the record]].
Kestrel Analytics applies this policy under ISO/IEC 42001.
## Scope
^^^^^^^^ empty-section
TBD
`,
    { codes, today },
  );
});

test('templates: a declared kind is never a template', async () => {
  await check(
    `
//- clause5/policy.md
---
aims:
  kind: policy
        ^^^^^^ missing-section
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: draft
  next_review: 2025-01-01
               ^^^^^^^^^^ review-overdue
---
# AI Policy — Template
[Organisation Name] uses AI systems under ISO/IEC 42001.
## Scope
^^^^^^^^ empty-section
TBD
`,
    { codes, today },
  );
});

test('drafts from our templates nobody has written in are forms (no section findings, nothing provided); written in part, each note left is an empty section', async () => {
  const policy = renderTemplate('policy', 'markdown', { today });
  const partial = renderTemplate('policy', 'markdown', { today, id: 'POL-002' }).replace(/^_Why the organisation has this policy[^\n]*_$/m, 'We use AI to route support tickets; this policy keeps that fair and safe.');
  assert.notEqual(partial, renderTemplate('policy', 'markdown', { today, id: 'POL-002' }), 'the purpose note was replaced');
  const { service } = await workspace({
    files: {
      'aims/policy.md': policy,
      'aims/partial.md': partial,
      'aims/register.md': renderTemplate('risk-register', 'markdown', { today }),
      'aims/soa.md': renderTemplate('soa', 'markdown', { today }),
      'aims/record.yaml': renderTemplate('ai-system', 'yaml', { today }),
      'aims/scope.md': renderTemplate('scope', 'markdown', { today, eol: '\r\n' }),
    },
    annotations: [],
  });
  const found = (path: string) => service.getAllFindings().filter((f) => f.uri.endsWith(path) && ['missing-section', 'empty-section', 'review-overdue'].includes(f.code));
  for (const path of ['policy.md', 'register.md', 'soa.md', 'record.yaml', 'scope.md']) assert.deepEqual(found(`aims/${path}`), [], path);
  const partialFindings = found('aims/partial.md');
  assert.ok(partialFindings.length >= 5, partialFindings.map((f) => f.message).join('\n'));
  assert.ok(partialFindings.every((f) => f.code === 'empty-section' && /still holds the template's note/.test(f.message)), partialFindings.map((f) => f.message).join('\n'));
  assert.ok(!partialFindings.some((f) => /"Purpose"/.test(f.message)), 'the written section is not empty');
  const model = computeCoverageModel(service);
  const templates = model.clauses.documents.filter((d) => d.template).map((d) => d.path).sort();
  assert.deepEqual(templates, ['aims/policy.md', 'aims/record.yaml', 'aims/register.md', 'aims/scope.md', 'aims/soa.md']);
  const provided = model.clauses.clauses.flatMap((c) => c.requirements).filter((r) => r.providers.some((p) => templates.includes(p.path)));
  assert.deepEqual(provided.map((r) => r.id), [], 'a draft provides nothing');
  // The gap it leaves says a draft exists, and where.
  const scopeGap = service.getAllFindings().find((f) => f.code === 'missing-documented-information' && f.data?.['clause'] === '4.3');
  assert.match(scopeGap?.message ?? '', /A draft of it is not written yet\.$/);
  assert.deepEqual(scopeGap?.related?.map((r) => r.uri.slice(r.uri.indexOf('aims/'))), ['aims/scope.md']);
});

test('templates: a YAML register full of flow sequences ("[SYS-201]", "[A.6.2.4, A.7.4]") is no template; bracketed words in Markdown still are', async () => {
  const items = Array.from({ length: 9 }, (_, i) => `  - id: QS-R-00${i + 1}\n    title: Risk ${i + 1}\n    owner: ML lead\n    systems: [SYS-20${i}]\n    likelihood: 3\n    impact: 3\n    treatment: modify\n    controls: [A.6.2.4, A.7.${2 + (i % 4)}]\n    status: open\n`).join('');
  const { service } = await workspace({
    files: {
      'docs/risk-register.yaml': `# AI risk register, kept next to the catalog.\nrisks:\n${items}`,
      'docs/form.md': '# AI risk register\n\n' + ['Owner', 'System', 'Date', 'Approver', 'Scope', 'Version', 'Status', 'Reviewer'].map((w) => `- ${w}: [${w} Name]`).join('\n') + '\n',
    },
    annotations: [],
  });
  const model = computeCoverageModel(service);
  const templates = model.clauses.documents.filter((d) => d.template).map((d) => d.path).sort();
  assert.deepEqual(templates, ['docs/form.md']);
});
