/**
 * The coverage model on three fixture workspaces (complete, partial,
 * contradictory), with numbers worked out by hand from the fixtures in
 * test/fixtures/coverage/workspaces.ts; and the one coverage figure agreeing
 * with computeCoverage (the CLI summary line and aims/coverage).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverage, computeCoverageModel, type CoverageModel, type HeatMap } from '../../server/src/core/index.js';
import { workspace } from '../support/check.js';
import { COMPLETE, CONTRADICTORY, PARTIAL, head } from '../fixtures/coverage/workspaces.js';

async function model(fixture: string, withFiles = true): Promise<CoverageModel> {
  const { service, host } = await workspace(fixture);
  const files = withFiles ? (await host.listFiles()).map((f) => f.relativePath) : undefined;
  const m = computeCoverageModel(service, files ? { files } : {});
  assert.deepEqual(m.summary, computeCoverage(service), 'the model and computeCoverage give one figure');
  return m;
}

const cells = (h: HeatMap) => h.rows.flat().filter((c) => c.count > 0).map((c) => `${c.likelihood}x${c.impact}=${c.count}`);
const groups = (m: CoverageModel) => Object.fromEntries(m.annexA.groups.map((g) => [g.id, [g.controls, g.applicable, g.excluded, g.undecided, g.implemented, g.partial, g.planned, g.contradictions]]));
const states = (m: CoverageModel) => {
  const out: Record<string, number> = {};
  for (const c of m.annexA.controls) out[c.state] = (out[c.state] ?? 0) + 1;
  return out;
};

interface Expected {
  readonly fixture: string;
  readonly summary: { requirementsProvided: number; controlsDecided: number; percent: number; documents: number };
  readonly gaps: number;
  readonly statuses: Record<string, number>;
  readonly states: Record<string, number>;
  readonly groups: Record<string, number[]>;
  readonly evidence: [items: number, resolved: number, unresolved: number, text: number];
  readonly objectives: string[];
  readonly sources: Record<string, string[]>;
  readonly unmatched: string[];
  readonly before: string[];
  readonly after: string[];
  readonly afterCounts: [placed: number, levelOnly: number, unrated: number];
  readonly grid: [rows: number, columns: number];
  readonly above: string[];
  readonly untreated: string[];
  readonly contradictions: string[];
}

const CASES: Record<string, Expected> = {
  complete: {
    fixture: COMPLETE,
    summary: { requirementsProvided: 18, controlsDecided: 38, percent: 100, documents: 15 },
    gaps: 0,
    statuses: { approved: 12, draft: 1, overdue: 1, retired: 1 },
    states: { implemented: 30, partial: 3, planned: 2, excluded: 3 },
    groups: { 'A.2': [3, 3, 0, 0, 3, 0, 0, 0], 'A.6.2': [7, 7, 0, 0, 6, 0, 1, 0], 'A.9': [3, 3, 0, 0, 2, 0, 1, 0], 'A.10': [3, 2, 1, 0, 1, 1, 0, 0] },
    evidence: [42, 40, 1, 1],
    objectives: ['accountability', 'fairness', 'privacy', 'robustness'],
    sources: { 'machine-learning': ['R-001'], 'level-of-automation': ['R-002'], 'system-hardware-issues': ['R-003'], 'lack-of-transparency': ['R-004'] },
    unmatched: [],
    before: ['5x3=1', '4x5=1', '3x4=1', '2x2=1'],
    after: ['2x3=1', '1x3=1'],
    afterCounts: [2, 2, 0],
    grid: [5, 5],
    above: ['R-001', 'R-002', 'R-004'],
    untreated: [],
    contradictions: [],
  },
  partial: {
    fixture: PARTIAL,
    // 5.2 and 7.2 only: the register (R-101 untreated, an error) no longer provides 6.1.1 and
    // 8.2, nor the SoA (28 controls undecided, an error) 6.1.3; (2 + 9) / 56 = 19%.
    summary: { requirementsProvided: 2, controlsDecided: 9, percent: 19, documents: 5 },
    gaps: 16,
    statuses: { approved: 2, draft: 1, retired: 1, undeclared: 1 },
    states: { implemented: 3, partial: 1, planned: 1, applicable: 3, excluded: 1, undecided: 29 },
    groups: { 'A.2': [3, 2, 1, 0, 2, 0, 0, 0], 'A.3': [2, 1, 0, 1, 0, 0, 1, 0], 'A.5': [4, 4, 0, 0, 0, 1, 0, 0], 'A.10': [3, 0, 0, 3, 0, 0, 0, 0] },
    evidence: [3, 2, 1, 0],
    objectives: [],
    sources: { 'machine-learning': ['R-102'] },
    unmatched: ['R-101', 'R-103'],
    before: ['4x4=1', '4x5=1', '2x3=1'],
    after: ['1x3=1'],
    afterCounts: [1, 1, 1],
    grid: [5, 5],
    above: ['R-101', 'R-103'],
    untreated: ['R-101'],
    contradictions: [],
  },
  contradictory: {
    fixture: CONTRADICTORY,
    // None: the register treats a risk with an excluded control and both statements contradict
    // themselves or leave controls undecided (errors); 38 / 56 = 67%.
    summary: { requirementsProvided: 0, controlsDecided: 38, percent: 67, documents: 3 },
    gaps: 18,
    statuses: { approved: 1, draft: 2 },
    states: { implemented: 35, contradiction: 3 },
    groups: { 'A.7': [5, 4, 1, 0, 4, 0, 0, 1], 'A.8': [4, 3, 1, 0, 3, 0, 0, 1], 'A.9': [3, 2, 1, 0, 2, 0, 0, 1] },
    evidence: [0, 0, 0, 0],
    objectives: [],
    sources: { 'technology-readiness': ['R-202'] },
    unmatched: ['R-201'],
    before: ['3x4=1', '2x2=1'],
    after: ['2x2=1'],
    afterCounts: [1, 1, 0],
    grid: [4, 4],
    above: ['R-201'],
    untreated: [],
    contradictions: ['A.7.3 risk/register.yaml:16', 'A.8.3 risk/soa.md:48', '- risk/soa.md:15'],
  },
};

for (const [name, e] of Object.entries(CASES))
  test(`coverage model, ${name} workspace: exact figures`, async () => {
    const m = await model(e.fixture);
    assert.deepEqual({ ...m.summary }, { requirements: 18, controls: 38, ...e.summary });
    assert.equal(m.clauses.gaps.length, e.gaps);
    assert.equal(m.clauses.clauses.length, 16, 'the clauses with documented information');
    assert.equal(m.clauses.clauses.flatMap((c) => c.requirements).filter((r) => r.provided).length, e.summary.requirementsProvided);
    const statuses: Record<string, number> = {};
    for (const d of m.clauses.documents) statuses[d.status] = (statuses[d.status] ?? 0) + 1;
    assert.deepEqual(statuses, e.statuses);
    assert.equal(m.annexA.controls.length, 38);
    assert.deepEqual(states(m), e.states);
    const g = groups(m);
    for (const [id, counts] of Object.entries(e.groups)) assert.deepEqual(g[id], counts, `group ${id}`);
    assert.equal(m.annexA.groups.length, 10);
    const t = m.annexA.totals;
    assert.deepEqual([t.evidenceItems, t.evidenceResolved, t.evidenceUnresolved, t.evidenceText], e.evidence);
    assert.deepEqual(m.annexC.objectives.filter((o) => o.documents.length > 0).map((o) => o.id), e.objectives);
    assert.deepEqual(Object.fromEntries(m.annexC.riskSources.filter((s) => s.risks.length > 0).map((s) => [s.id, s.risks])), e.sources);
    assert.deepEqual(m.annexC.unmatchedSources.map((u) => u.risk), e.unmatched);
    assert.deepEqual(cells(m.risks.before), e.before);
    assert.deepEqual(cells(m.risks.after), e.after);
    assert.deepEqual([m.risks.after.placed, m.risks.after.levelOnly, m.risks.after.unrated], e.afterCounts);
    assert.deepEqual([m.risks.before.rows.length, m.risks.before.rows[0]!.length], e.grid);
    assert.deepEqual(m.risks.aboveThreshold, e.above);
    assert.deepEqual(m.risks.untreated, e.untreated);
    const contradictions = [
      ...m.annexA.controls.flatMap((c) => c.contradictions.map((x) => `${c.id} ${x.path}:${x.line}`)),
      ...m.annexA.documentContradictions.map((x) => `- ${x.path}:${x.line}`),
    ];
    assert.deepEqual(contradictions, e.contradictions);
  });

test('complete workspace: providers, statuses and evidence item by item', async () => {
  const m = await model(COMPLETE);
  const req = (id: string) => m.clauses.clauses.flatMap((c) => c.requirements).find((r) => r.id === id)!;
  assert.deepEqual(req('6.2-objectives').providers.map((p) => `${p.path} ${p.via} ${p.status}`), ['governance/objectives.md kind approved', 'governance/policy.md clauses approved']);
  assert.deepEqual(req('6.1.3-soa').providers.map((p) => `${p.path} ${p.status}`), ['risk/soa-2025.md retired', 'risk/soa.md approved']);
  assert.deepEqual(req('7.2-competence').providers.map((p) => `${p.path}:${p.line} ${p.status} ${p.nextReview}`), ['support/competence.md:3 overdue 2026-06-30']);
  const control = (id: string) => m.annexA.controls.find((c) => c.id === id)!;
  const items = (id: string) => control(id).evidence.map((e) => `${e.text} ${e.kind} ${e.resolved ? (e.target?.path ?? '') : 'unresolved'}`);
  assert.deepEqual(items('A.2.2'), ['POL-001 document governance/policy.md', 'governance/policy.md file governance/policy.md']);
  assert.deepEqual(items('A.4.6'), ['COMP-001 document support/competence.md', '../support/competence.md file support/competence.md']);
  assert.deepEqual(items('A.4.2'), ['SYS-001 document systems/sys-001.md', 'evidence/training-log.pdf file evidence/training-log.pdf']);
  assert.deepEqual(items('A.6.2.4'), ['[test report](../systems/sys-001.md) file systems/sys-001.md', 'R-001 risk risk/register.yaml']);
  assert.deepEqual(items('A.9.2'), ['POL-999 document unresolved']);
  assert.deepEqual(items('A.3.3'), ['staff survey results text unresolved']);
  // The retired SoA of 2025 excluded A.2.2; it no longer decides anything.
  assert.deepEqual([control('A.2.2').decision, control('A.2.2').conflict, control('A.2.2').source], ['applicable', false, { path: 'risk/soa.md', line: 16 }]);
  assert.deepEqual([control('A.10.3').status, control('A.10.3').implementation, control('A.9.3').implementation], ['in progress', 'partial', 'planned']);
  assert.deepEqual(control('A.6.2.4').risks, ['R-004']);
  assert.deepEqual(control('A.6.2.4').declaredBy, [{ path: 'systems/sys-001.md', line: 12, id: 'SYS-001' }]);
  assert.deepEqual(control('A.6.2.4').citedBy.map((c) => `${c.path}:${c.line} x${c.count}`), ['risk/register.yaml:46 x1', 'risk/treatment.md:14 x1', 'systems/sys-001.md:12 x2']);
  assert.deepEqual(m.annexC.objectives.find((o) => o.id === 'fairness')!.documents, [{ path: 'governance/objectives.md', line: 15 }]);
  const r = Object.fromEntries(m.risks.risks.map((x) => [x.id, [x.before.score, x.before.level, x.after.score ?? null, x.after.level ?? null, x.residualText ?? null]]));
  assert.deepEqual(r, {
    'R-001': [20, 'critical', null, 'medium', 'medium'],
    'R-002': [12, 'high', 6, 'medium', 'likelihood: 2, impact: 3'],
    'R-003': [4, 'low', 4, 'low', '4'],
    'R-004': [15, 'critical', 3, 'low', null],
  });
  assert.deepEqual(m.risks.owners, [{ owner: 'CTO', risks: ['R-001', 'R-002'] }, { owner: 'Head of IT', risks: ['R-003', 'R-004'] }]);
  assert.deepEqual(m.risks.before.byLevel, [{ level: 'low', count: 1 }, { level: 'medium', count: 0 }, { level: 'high', count: 1 }, { level: 'critical', count: 2 }]);
});

test('evidence paths to files the engine does not read resolve only when the caller lists the files', async () => {
  const m = await model(COMPLETE, false);
  const t = m.annexA.totals;
  assert.deepEqual([t.evidenceItems, t.evidenceResolved, t.evidenceUnresolved, t.evidenceText], [42, 39, 2, 1]);
  assert.deepEqual(m.annexA.controls.find((c) => c.id === 'A.4.2')!.evidence.map((e) => e.resolved), [true, false]);
});

test('partial workspace: providers by clauses, retired-only gaps, undeclared documents, risks read from Markdown columns', async () => {
  const m = await model(PARTIAL);
  const req = (id: string) => m.clauses.clauses.flatMap((c) => c.requirements).find((r) => r.id === id)!;
  assert.deepEqual(req('7.2-competence').providers.map((p) => `${p.path} ${p.via}`), ['governance/roles.md clauses']);
  assert.deepEqual([req('9.2.2-audit').provided, req('9.2.2-audit').providers.map((p) => p.status)], [false, ['retired']]);
  assert.deepEqual(req('8.2-risk-assessment-results').providers.map((p) => `${p.path}:${p.line} ${p.status}`), ['notes/ai-risk-register.md:1 undeclared']);
  const risks = Object.fromEntries(m.risks.risks.map((x) => [x.id, [x.before.likelihood, x.before.impact, x.after.likelihood ?? null, x.after.impact ?? null, x.after.level ?? null, x.owner ?? null]]));
  assert.deepEqual(risks, { 'R-101': [4, 4, null, null, null, 'Ops lead'], 'R-102': [2, 3, 1, 3, 'low', null], 'R-103': [4, 5, null, null, 'high', 'Ops lead'] });
  assert.deepEqual(m.risks.withoutOwner, ['R-102']);
  assert.equal(m.annexA.controls.find((c) => c.id === 'A.3.3')!.justification, 'To be decided');
  assert.equal(m.annexA.controls.find((c) => c.id === 'A.3.3')!.decision, 'undecided');
  assert.deepEqual(m.findings.filter((f) => f.severity === 'error' && f.code === 'risk-untreated').map((f) => `${f.path}:${f.line}:${f.column}`), ['notes/ai-risk-register.md:5:3']);
});

test('contradictory workspace: two statements of applicability that disagree, under a 4 x 4 method', async () => {
  const m = await model(CONTRADICTORY);
  const a92 = m.annexA.controls.find((c) => c.id === 'A.9.2')!;
  assert.deepEqual([a92.decision, a92.conflict, a92.state, a92.source], ['excluded', true, 'contradiction', { path: 'risk/soa-customers.yaml', line: 9 }]);
  assert.deepEqual(m.risks.method, {
    likelihood: { min: 1, max: 4 },
    impact: { min: 1, max: 4 },
    bands: [
      { level: 'low', min: 1, max: 3 },
      { level: 'medium', min: 4, max: 8 },
      { level: 'high', min: 9, max: 16 },
    ],
    acceptanceThreshold: 8,
  });
  assert.deepEqual(m.risks.after.byLevel, [{ level: 'low', count: 1 }, { level: 'medium', count: 1 }, { level: 'high', count: 0 }]);
  assert.equal(m.risks.before.rows[0]![3]!.level, 'high', 'the top-right cell, 4 x 4 = 16');
  assert.deepEqual(m.annexA.controls.find((c) => c.id === 'A.7.3')!.risks, ['R-201']);
});

test('the model is plain data: it survives JSON unchanged', async () => {
  const m = await model(COMPLETE);
  assert.deepEqual(JSON.parse(JSON.stringify(m)), m);
});

test('evidence that points outside the workspace root never resolves, even when a file of that name is inside it', async () => {
  const fixture = `
//- soa.md
${head('soa', 'SOA-9')}
# Statement of applicability
| Control | Applicable | Justification | Status | Evidence |
|---|---|---|---|---|
| A.2.2 | Yes | Needed | implemented | ../outside.md |
| A.2.3 | Yes | Needed | implemented | ../../etc/passwd |
| A.2.4 | Yes | Needed | implemented | [link](file:///etc/passwd) |
| A.3.2 | Yes | Needed | implemented | policy/../../outside.md |
| A.3.3 | Yes | Needed | implemented | sub/../outside.md |
//- outside.md
# A file inside the root, named like the targets that climb out of it
`;
  const m = await model(fixture);
  const evidence = (id: string) => m.annexA.controls.find((c) => c.id === id)!.evidence.map((e) => [e.text, e.resolved]);
  assert.deepEqual(evidence('A.2.2'), [['../outside.md', false]]);
  assert.deepEqual(evidence('A.2.3'), [['../../etc/passwd', false]]);
  assert.deepEqual(evidence('A.2.4'), [['[link](file:///etc/passwd)', false]]);
  assert.deepEqual(evidence('A.3.2'), [['policy/../../outside.md', false]]);
  // Climbing down and back up stays inside the root: that one is the workspace file.
  assert.deepEqual(evidence('A.3.3'), [['sub/../outside.md', true]]);
});

/** A register stating its bands: scores up to 6 accepted, 8 and up treated. */
const STATED_BANDS = `
//- risk/register.md
${head('risk-register', 'RR-001', 'draft')}
# AI risk register

| Score | Level | Decision |
|---|---|---|
| 1–6 | Low | Accept |
| 8–12 | Medium | Treat within six months |
| 15–25 | High | Treat now |

| ID | Risk | Likelihood | Impact | Owner | Status |
|---|---|---|---|---|---|
| R-101 | Drift | 2 | 4 | ML Ops | Open |
| R-102 | Vendor lock-in | 2 | 2 | CTO | Open |
`;

test('risks are rated by the method their register states, as the risk rules rate them', async () => {
  const m = await model(
    `${STATED_BANDS}
| ID | Risk | Likelihood | Impact | Controls |
|---|---|---|---|---|
| R-103 | Model theft | 3 | 4 | Weekly monitoring; kill-switch |
`,
    false,
  );
  // 8 is above what the register accepts (6): untreated, as risk-untreated reports it; under the default threshold (9) it was not.
  // R-103's controls in words treat it, as the rule reads them.
  assert.deepEqual(m.risks.aboveThreshold, ['R-101', 'R-103']);
  assert.deepEqual(m.risks.untreated, ['R-101']);
  assert.equal(m.risks.method.acceptanceThreshold, 6);
  const { service } = await workspace(STATED_BANDS);
  assert.ok(service.getAllFindings().some((f) => f.code === 'risk-untreated' && f.message.includes('R-101')), 'the rule reports the same risk');
});
