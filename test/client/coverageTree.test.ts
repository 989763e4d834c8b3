/**
 * The coverage tree's data (what the VS Code view shows), built from the
 * coverage model of fixture workspaces: every requirement and control appears,
 * counts add up, gaps are what they should be and every target is a real line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildCoverageTree, gapsOnly, type TreeNode } from '../../client/src/coverageTreeModel.js';
import { computeCoverageModel, createLanguageService } from '../../server/src/core/index.js';
import { FileSystemHost } from '../../server/src/node/fsHost.js';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';

const EXAMPLES = path.resolve(SOURCE_TEST_DIR, '..', 'examples');

async function treeOf(dir: string) {
  const service = createLanguageService(new FileSystemHost(dir, () => '2026-11-28'));
  await service.indexWorkspace();
  const model = computeCoverageModel(service);
  return { model, tree: buildCoverageTree(model) };
}

const all = (nodes: readonly TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
const controlNodes = (nodes: readonly TreeNode[]) => all(nodes).filter((n) => /^control:A\.[\d.]+$/.test(n.id));

test('coverage tree of the examples: 18 requirements, 38 controls, ids unique; the overdue review and the errors are the gaps, each at its line, rolled up', async () => {
  const { model, tree } = await treeOf(EXAMPLES);
  assert.deepEqual(tree.map((n) => [n.label, n.description]), [
    ['Clauses 4–10: documented information', '16/18 provided'],
    ['Annex A controls', `38/38 decided · ${model.annexA.totals.implemented} implemented`],
  ]);
  const nodes = all(tree);
  assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length, 'ids are unique (VS Code keys expansion state by them)');
  assert.equal(all(tree[0]!.children).filter((n) => n.id.startsWith('req:') && n.id.split(':').length === 2).length, 18);
  assert.deepEqual(controlNodes(tree).map((n) => n.id.slice(8)).sort(), model.annexA.controls.map((c) => c.id).sort());
  // A.6.1 and A.6.2 have no A.6 group of their own: they stand at the top of Annex A.
  assert.deepEqual(tree[1]!.children.map((g) => g.id), ['group:A.2', 'group:A.3', 'group:A.4', 'group:A.5', 'group:A.6.1', 'group:A.6.2', 'group:A.7', 'group:A.8', 'group:A.9', 'group:A.10']);
  // Each gap is a finding, and a click goes to its line (not the top of the file).
  const gaps = all(gapsOnly(tree)).filter((n) => n.children.length === 0);
  assert.deepEqual(gaps.map((n) => `${n.description} ${n.target?.path}:${n.target?.line}`), [
    'review-overdue support/competence.md:11',
    'unknown-clause evaluation/monitoring-report-2026-q3.md:25',
    'unknown-clause evaluation/monitoring-report-2026-q3.md:25',
    'unknown-control evaluation/internal-audit-2026.md:38',
  ]);
  // Rolled up: an overdue record warns on its requirement and clause; an error in the only
  // provider leaves the requirement unprovided (incomplete); a provided one only warns.
  const node = (id: string) => all(tree).find((n) => n.id === id)!;
  assert.deepEqual([node('req:7.2-competence').icon, node('clause:7.2').icon], ['warning', 'warning']);
  assert.deepEqual([node('req:9.2.2-audit').icon, node('req:9.2.2-audit').description], ['error', 'incomplete']);
  assert.deepEqual([node('req:8.1-operations').icon, node('clause:8.1').icon], ['warning', 'warning']);
  assert.equal(tree[0]!.icon, 'error');
  assert.equal(node('req:5.2-policy').icon, 'pass');
});

test('coverage tree of a partial workspace: a missing requirement and undecided controls are gaps', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-tree-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  rmSync(path.join(dir, 'risk', 'statement-of-applicability.md'));
  rmSync(path.join(dir, 'improvement'), { recursive: true });
  const { model, tree } = await treeOf(dir);
  const gaps = gapsOnly(tree);
  const missing = all(gaps).filter((n) => n.label === 'missing');
  assert.deepEqual(missing.map((n) => n.id).sort(), model.clauses.gaps.filter((g) => g.state === 'missing').map((g) => `req:${g.requirement}:missing`).sort());
  assert.deepEqual(missing.map((n) => n.id).sort(), ['req:10.2-nonconformity:missing', 'req:6.1.3-soa:missing'].sort(), 'the SoA and the nonconformity log are missing');
  const undecided = controlNodes(gaps).filter((n) => n.description?.startsWith('undecided'));
  assert.equal(undecided.length, model.annexA.totals.undecided);
  assert.ok(undecided.length > 0);
  for (const n of all(tree)) if (n.target) assert.ok(n.target.line >= 1 && !n.target.path.startsWith('/'), `${n.id} -> ${n.target.path}:${n.target.line}`);
});

test('coverage tree with eu-ai-act enabled (issue 17): a node per mapped article, open ones are gaps', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-tree-fw-'));
  try {
    cpSync(EXAMPLES, dir, { recursive: true });
    const config = path.join(dir, '.aims.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('frameworks: [iso42001, iso27001]', 'frameworks: [iso42001, iso27001, eu-ai-act]'));
    const { model, tree } = await treeOf(dir);
    const fw = tree.find((n) => n.id === 'framework:eu-ai-act')!;
    assert.ok(fw, 'an EU AI Act node at the top');
    const ai = model.frameworks[0]!;
    assert.equal(fw.description, `${ai.evidenced}/${ai.total} evidenced`);
    assert.equal(fw.children.length, ai.total);
    const art12 = fw.children.find((n) => n.id === 'framework:eu-ai-act:Article 12')!;
    assert.equal(art12.label, 'Article 12 Record-keeping');
    assert.deepEqual(art12.children.map((c) => c.label), ['A.6.2.8 AI system recording of event logs']);
    assert.deepEqual(gapsOnly([fw]).flatMap((n) => n.children.map((c) => c.id)), ai.items.filter((i) => i.state === 'open').map((i) => `framework:eu-ai-act:${i.id}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('coverage tree with nist-ai-rmf enabled (issue 17): subcategories under their categories, a category a gap only through its open subcategories', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-tree-rmf-'));
  try {
    cpSync(EXAMPLES, dir, { recursive: true });
    const config = path.join(dir, '.aims.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('frameworks: [iso42001, iso27001]', 'frameworks: [iso42001, iso27001, nist-ai-rmf]'));
    // Without the policy and the management review, leadership's subcategory (GOVERN 2.3, mapped
    // to clauses 5.1, 5.2 and 9.3 only) has nothing to evidence it: the examples cover all 72.
    rmSync(path.join(dir, 'governance'), { recursive: true });
    rmSync(path.join(dir, 'evaluation'), { recursive: true });
    const { model, tree } = await treeOf(dir);
    const fw = tree.find((n) => n.id === 'framework:nist-ai-rmf')!;
    const rmf = model.frameworks.find((f) => f.framework === 'nist-ai-rmf')!;
    assert.equal(fw.children.length, 19, 'one node per category');
    const gv1 = fw.children.find((n) => n.id === 'framework:nist-ai-rmf:group:GOVERN 1')!;
    const g = rmf.groups.find((x) => x.id === 'GOVERN 1')!;
    assert.equal(gv1.description, `${g.evidenced}/7 evidenced`);
    assert.deepEqual(gv1.children.map((c) => c.id), g.items.map((id) => `framework:nist-ai-rmf:${id}`));
    // Gaps only: the open subcategories, each under its category.
    const open = rmf.items.filter((i) => i.state === 'open').map((i) => `framework:nist-ai-rmf:${i.id}`);
    assert.ok(open.length > 0 && open.length < 72, `some open, some evidenced: ${open.length}`);
    assert.deepEqual(gapsOnly([fw]).flatMap((n) => n.children.flatMap((c) => c.children.map((s) => s.id))), open);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
