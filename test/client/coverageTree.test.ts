/**
 * The coverage tree's data (what the VS Code view shows), built from the
 * coverage model of fixture workspaces: every requirement and control appears,
 * counts add up, gaps are what they should be and every target is a real line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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

test('coverage tree of the examples: 18 requirements, 38 controls, ids unique, the overdue review is the gap', async () => {
  const { model, tree } = await treeOf(EXAMPLES);
  assert.deepEqual(tree.map((n) => [n.label, n.description]), [
    ['Clauses 4–10: documented information', '18/18 provided'],
    ['Annex A controls', `38/38 decided · ${model.annexA.totals.implemented} implemented`],
  ]);
  const nodes = all(tree);
  assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length, 'ids are unique (VS Code keys expansion state by them)');
  assert.equal(all(tree[0]!.children).filter((n) => n.id.startsWith('req:') && n.id.split(':').length === 2).length, 18);
  assert.deepEqual(controlNodes(tree).map((n) => n.id.slice(8)).sort(), model.annexA.controls.map((c) => c.id).sort());
  // A.6.1 and A.6.2 have no A.6 group of their own: they stand at the top of Annex A.
  assert.deepEqual(tree[1]!.children.map((g) => g.id), ['group:A.2', 'group:A.3', 'group:A.4', 'group:A.5', 'group:A.6.1', 'group:A.6.2', 'group:A.7', 'group:A.8', 'group:A.9', 'group:A.10']);
  const gaps = all(gapsOnly(tree)).filter((n) => n.children.length === 0);
  assert.deepEqual(gaps.map((n) => `${n.label} ${n.target?.path}:${n.target?.line}`), ['AIMS competence requirements and training records support/competence.md:3']);
});

test('coverage tree of a partial workspace: a missing requirement and undecided controls are gaps', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-tree-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  rmSync(path.join(dir, 'risk', 'statement-of-applicability.md'));
  rmSync(path.join(dir, 'improvement'), { recursive: true });
  const { model, tree } = await treeOf(dir);
  const gaps = gapsOnly(tree);
  const missing = all(gaps).filter((n) => n.label === 'missing');
  assert.deepEqual(missing.map((n) => n.id).sort(), model.clauses.gaps.map((g) => `req:${g.requirement}:missing`).sort());
  assert.deepEqual(missing.map((n) => n.id).sort(), ['req:10.2-nonconformity:missing', 'req:6.1.3-soa:missing'].sort(), 'the SoA and the nonconformity log are missing');
  const undecided = controlNodes(gaps).filter((n) => n.description?.startsWith('undecided'));
  assert.equal(undecided.length, model.annexA.totals.undecided);
  assert.ok(undecided.length > 0);
  for (const n of all(tree)) if (n.target) assert.ok(n.target.line >= 1 && !n.target.path.startsWith('/'), `${n.id} -> ${n.target.path}:${n.target.line}`);
});
