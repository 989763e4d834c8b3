/**
 * Control tags as evidence in the coverage model: each tag that names a control is listed
 * under the control (path, line, systems, risks, note), apart from the documents citing it;
 * the tree and the reports show them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverageModel } from '../../server/src/core/index.js';
import { formatCoverage } from '../../server/src/cli/coverage.js';
import { buildCoverageTree } from '../../client/src/coverageTreeModel.js';
import { workspace } from '../support/check.js';

const FILES = {
  'systems/shiftcast.yaml': 'aims:\n  kind: ai-system\n  id: SYS-002\n  title: ShiftCast\n',
  'src/log.py': 'import logging\n\n# aims: A.6.2.8 SYS-002 R-001 "event log retention"\ndef log(e):\n    logging.info(e)  # A.6.2.8 in a plain comment is not a tag\n',
  '.github/workflows/ci.yml': 'jobs:\n  test:\n    # aims: A.6.2.4\n    runs-on: ubuntu-latest\n',
  'docs/notes.md': '# ISO/IEC 42001 notes\n\nLogging follows A.6.2.8.\n',
};

test('coverage model: code evidence per control, with the tag\'s systems, risks and note; citedBy keeps documents only', async () => {
  const { service } = await workspace({ files: FILES, annotations: [] });
  const model = computeCoverageModel(service);
  const a628 = model.annexA.controls.find((c) => c.id === 'A.6.2.8')!;
  assert.deepEqual(a628.codeEvidence, [{ path: 'src/log.py', line: 3, systems: ['SYS-002'], risks: ['R-001'], note: 'event log retention' }]);
  assert.deepEqual(
    a628.citedBy.map((c) => c.path),
    ['docs/notes.md'],
  );
  const a624 = model.annexA.controls.find((c) => c.id === 'A.6.2.4')!;
  assert.deepEqual(a624.codeEvidence, [{ path: '.github/workflows/ci.yml', line: 3, systems: [], risks: [] }]);
  assert.match(formatCoverage(model, 'text', { workspace: 'ws', version: 'test' }), /code evidence \(control tags\): A\.6\.2\.4 \.github\/workflows\/ci\.yml:3; A\.6\.2\.8 src\/log\.py:3/);
  assert.match(formatCoverage(model, 'markdown', { workspace: 'ws', version: 'test' }), /\[src\/log\.py:3\]\(\.\/src\/log\.py#L3\) \(event log retention\)/);
  assert.match(formatCoverage(model, 'html', { workspace: 'ws', version: 'test' }), /code <a href="[^"]*src\/log\.py#L3" title="event log retention">src\/log\.py:3<\/a>/);
  const tree = JSON.stringify(buildCoverageTree(model));
  assert.match(tree, /"label":"Code: src\/log\.py:3","description":"event log retention · SYS-002 · R-001"/);
});
