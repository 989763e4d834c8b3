/**
 * What "provided" means for documented information: a document in force that serves the
 * requirement, with no error among its findings and no warning that content its kind requires
 * is missing. Notices and an overdue review do not take it away; the configuration's
 * severities are what count. The summary, the model and the gaps agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverage, computeCoverageModel, KINDS, type RequirementCoverage } from '../../server/src/core/index.js';
import { workspace } from '../support/check.js';

const TODAY = '2026-11-28';

function policy(options: { sections: boolean; extra?: string; nextReview?: string }): string {
  const kind = KINDS.find((k) => k.id === 'policy')!;
  const body = options.sections ? kind.sections.map((s) => `## ${s.title}\n\n${s.hint}\n`).join('\n') : '';
  return `---
aims:
  kind: policy
  id: POL-001
  title: AI policy
  owner: CISO
  version: "1.0"
  status: approved
  approved_by: Board
  approved_on: 2026-01-10
  next_review: ${options.nextReview ?? '2027-01-10'}
---
# AI policy

${body}${options.extra ?? ''}`;
}

async function policyRequirement(files: Record<string, string>): Promise<{ req: RequirementCoverage; provided: number; gap?: string }> {
  const fixture = Object.entries(files).map(([p, t]) => `//- ${p}\n${t}`).join('\n');
  const { service } = await workspace(fixture, { today: TODAY });
  const model = computeCoverageModel(service);
  assert.deepEqual(model.summary, computeCoverage(service));
  const req = model.clauses.clauses.flatMap((c) => c.requirements).find((r) => r.clause === '5.2')!;
  const gap = model.clauses.gaps.find((g) => g.clause === '5.2')?.state;
  return { req, provided: model.summary.requirementsProvided, ...(gap ? { gap } : {}) };
}

test('an approved policy with no sections is present but does not provide clause 5.2; with its sections it does', async () => {
  const bare = await policyRequirement({ 'policy.md': policy({ sections: false }) });
  assert.deepEqual([bare.req.present, bare.req.provided, bare.gap, bare.provided], [true, false, 'incomplete', 0]);
  const problem = bare.req.providers[0]!.problems[0]!;
  // At the finding's line (the title), where a click in the tree goes.
  assert.deepEqual([problem.code, problem.blocks, problem.path, problem.line], ['missing-section', true, 'policy.md', 3]);
  const full = await policyRequirement({ 'policy.md': policy({ sections: true }) });
  assert.deepEqual([full.req.present, full.req.provided, full.gap, full.provided], [true, true, undefined, 1]);
  assert.deepEqual(full.req.providers[0]!.problems, []);
});

test('an error in the document takes provision away; an overdue review and notices do not', async () => {
  const withError = await policyRequirement({ 'policy.md': policy({ sections: true, extra: '\nSee A.6.2.9.\n' }) });
  assert.deepEqual([withError.req.provided, withError.req.providers[0]!.problems.map((p) => `${p.code}:${p.blocks}`)], [false, ['unknown-control:true']]);
  const overdue = await policyRequirement({ 'policy.md': policy({ sections: true, nextReview: '2026-06-30' }) });
  assert.deepEqual([overdue.req.provided, overdue.req.providers[0]!.problems.map((p) => `${p.code}:${p.blocks}`)], [true, ['review-overdue:false']]);
  // A kind read from the title: its missing sections are a notice, which does not count.
  const inferred = await policyRequirement({ 'ai-policy.md': '# AI Policy\n\nWe use AI responsibly under ISO/IEC 42001.\n' });
  assert.deepEqual([inferred.req.present, inferred.req.provided], [true, true]);
});

test('the configuration decides: missing and empty sections turned into notices, or errors turned off, no longer count', async () => {
  const config = (rules: string) => `version: 1\nrules:\n${rules}\n`;
  const notices = await policyRequirement({ '.aims.yaml': config('  missing-section: information\n  empty-section: information'), 'policy.md': policy({ sections: false }) });
  assert.equal(notices.req.provided, true);
  const off = await policyRequirement({ '.aims.yaml': config('  unknown-control: off'), 'policy.md': policy({ sections: true, extra: '\nSee A.6.2.9.\n' }) });
  assert.equal(off.req.provided, true);
});

test('a retired provider is neither present nor providing, whatever its content', async () => {
  const retired = await policyRequirement({ 'policy.md': policy({ sections: true }).replace('status: approved', 'status: retired') });
  assert.deepEqual([retired.req.present, retired.req.provided, retired.gap], [false, false, 'missing']);
});
