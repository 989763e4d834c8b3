/**
 * The start gate's decisions (client/src/recognise.ts) and the starter `.aims.yaml`
 * (client/src/starterConfig.ts), without VS Code: which file names name a document kind (as
 * the engine infers it from a file name), which document starts say ISO/IEC 42001, what a
 * workspace's file list leads to, and that the starter configuration changes no finding.
 * Unit also: parse/meta.ts (inferKind, the engine's own kind inference the gate must agree with).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KINDS_FOR_NAMES_ALONE, MAX_READS, mentionsAims, namedKind, nameWords, planGate } from '../../client/src/recognise.js';
import { ASK_AGAIN_DAYS, STARTER_CONFIG, starterOfferDue } from '../../client/src/starterConfig.js';
import { DEFAULT_CONFIG, KINDS } from '../../server/src/core/index.js';
import { inferKind } from '../../server/src/core/parse/meta.js';
import { describeFinding, workspace } from '../support/check.js';

const kindOf = (p: string) => {
  const i = namedKind(p);
  return i === undefined ? undefined : KINDS[i]!.id;
};

test('file names as words: separators, camel case and extensions', () => {
  assert.equal(nameWords('05-PLANNING/AI-RISK-REGISTER.md'), 'ai risk register');
  assert.equal(nameWords('data/AIRiskTreatmentPlan-001.yaml'), 'ai risk treatment plan 001');
  assert.equal(nameWords('statement_of_applicability.v2.csv'), 'statement of applicability v2');
});

test('file names that name a kind, as the engine infers it from the same name', () => {
  const named: Record<string, string> = {
    'governance/AI-POLICY.md': 'policy',
    'ai-governance-policy.md': 'policy',
    'planning/ai-risk-register.csv': 'risk-register',
    'RISK-TREATMENT-PLAN.md': 'risk-treatment-plan',
    'soa/statement-of-applicability-2026.md': 'soa',
    'records/ai-system-impact-assessment.md': 'impact-assessment',
    'people/competence-matrix.md': 'competence',
    'reviews/management-review-q3-2026.md': 'management-review',
    'improvement/continual-improvement-log.md': 'improvement',
    'context/interested-parties-register.md': 'interested-parties',
    'AIMS-SCOPE-STATEMENT.md': 'scope',
    'RACI-MATRIX.md': 'roles',
  };
  for (const [p, kind] of Object.entries(named)) {
    assert.equal(kindOf(p), kind, p);
    // The engine infers the same kind from the name (the gate is no second opinion).
    assert.equal(inferKind(undefined, p, undefined, DEFAULT_CONFIG).kind, kind, `engine on ${p}`);
  }
  // Names the engine does not split: camel case (data models name their files so).
  assert.equal(kindOf('examples/valid/StatementOfApplicability-001.yaml'), 'soa');
  assert.equal(kindOf('ManagementReview-001.yaml'), 'management-review');
  // About a kind, not one; or no kind at all.
  for (const p of [
    'templates/ai-policy.md',
    'AIMS-POLICY-TEMPLATE.md',
    'ISO42001-INTERNAL-AUDIT-GUIDE.md',
    'impact-assessment-how-to.md',
    'impact-assessment-questions.md',
    'README.md',
    'CHANGELOG.md',
    'docs/risk-register-checklist.md',
    'CONTRIBUTING.md',
    'src/context-menu.md',
    'docs/policy.md',
    'notes/communication-protocol.md',
  ])
    assert.equal(kindOf(p), undefined, p);
});

test('document starts that say ISO/IEC 42001, and ones that do not', () => {
  for (const head of [
    '# AI Policy\n\nThis policy meets ISO/IEC 42001:2023 clause 5.2.',
    '# Policy\n\nPart of our AI management system.',
    '| Control | Status |\n|---|---|\n| A.6.2.4 | Applicable |',
    'Responsible AI follows A.9.3 and A.10.2 of Annex A.',
    'controls:\n  - A.2.2\n',
    'Logging is covered by A.6.2.8.',
  ])
    assert.equal(mentionsAims(head), true, head);
  for (const head of [
    '# Release notes\n\nVersion 1.2.3 fixes A.5.2 of the parser.',
    '# ISMS SoA\n\n| A.5.23 | Cloud services | Applicable |',
    '# ISO/IEC 27001:2013 SoA\n\n| A.9.2 | User access management |',
    '# Access\n\nSee A.6.2.4.1 for details.',
    '# Aims of the project\n\nOur aims are simple.',
    'Data.A.2.2 is a path',
  ])
    assert.equal(mentionsAims(head), false, head);
});

test('a workspace: names alone, else the starts of a few files, else nothing', () => {
  const ws = (...paths: string[]) => paths.map((p) => ({ path: p, item: p }));
  // Three kinds named in full are a documentation set.
  const set = planGate(ws('src/index.ts', 'docs/ai-policy.md', 'docs/risk/ai-risk-register.md', 'docs/soa/statement-of-applicability.md'));
  assert.equal(set.start, 'docs/ai-policy.md');
  assert.equal(KINDS_FOR_NAMES_ALONE, 3);
  // Common one-word names ("context.md", "scope.md") are only read, not trusted.
  const common = planGate(ws('CONTEXT.md', 'docs/scope.md', 'objectives.md', 'communication.md', 'README.md', 'docs/README.md'));
  assert.equal(common.start, undefined);
  assert.deepEqual(common.read, ['README.md', 'CONTEXT.md', 'communication.md', 'objectives.md', 'docs/scope.md'], 'the top-level read-me first, then shallowest first');
  // Two named kinds: their starts decide.
  const two = planGate(ws('02-leadership/ai-policy.md', '03-planning/statement-of-applicability.md', 'LICENSE.md'));
  assert.equal(two.start, undefined);
  assert.deepEqual(two.read, ['02-leadership/ai-policy.md', '03-planning/statement-of-applicability.md']);
  // Bounded reads.
  const many = planGate(ws(...Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}/risk-register.md`)));
  assert.equal(many.read.length, MAX_READS);
  // Nothing to look at in a code repository.
  assert.deepEqual(planGate(ws('src/a.ts', 'docs/usage.md', '.github/workflows/ci.yml')), { read: [] });
});

test('the starter .aims.yaml is offered once: created and "don\'t ask again" end it, "not now" waits', () => {
  const now = Date.UTC(2026, 11, 3);
  const day = 86_400_000;
  assert.equal(starterOfferDue(undefined, now), true);
  assert.equal(starterOfferDue({ answer: 'created', at: now - 400 * day }, now), false);
  assert.equal(starterOfferDue({ answer: 'never', at: now - 400 * day }, now), false);
  assert.equal(starterOfferDue({ answer: 'later', at: now - day }, now), false);
  assert.equal(starterOfferDue({ answer: 'later', at: now - ASK_AGAIN_DAYS * day }, now), true);
  assert.equal(starterOfferDue({ answer: 'later', at: now + 5 * day }, now), true, 'a clock set back does not silence it for ever');
  assert.equal(starterOfferDue('garbage', now), true);
});

test('the starter .aims.yaml changes no finding and has none of its own', async () => {
  const files = {
    'governance/ai-policy.md': '# AI Policy\n\n## Purpose\n\nWhy we govern AI, under ISO/IEC 42001.\n\nControls: A.2.2, A.2.9\n',
    'risk/ai-risk-register.md': '# AI Risk Register\n\n| ID | Risk | Likelihood | Impact | Score |\n|---|---|---|---|---|\n| R-001 | Bias | 4 | 4 | 3 |\n',
  };
  const run = async (withStarter: boolean) => {
    const { service } = await workspace({ files: withStarter ? { ...files, '.aims.yaml': STARTER_CONFIG } : files, annotations: [] }, { today: '2026-12-03' });
    return service
      .getAllFindings()
      .map((f) => `${describeFinding(f)} ${f.message}`)
      .sort();
  };
  const without = await run(false);
  assert.ok(without.length > 0, 'the fixture has findings to compare');
  assert.deepEqual(await run(true), without);
});
