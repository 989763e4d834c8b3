/**
 * Hover, data-driven: each case is a fixture with a `$0` cursor, the fragments
 * the tooltip must (and must not) contain, and the text its range must cover.
 * Fragments are facts (IDs, titles, numbers, paths), not whole sentences, so
 * the wording can evolve. The cases are data, by what is hovered, in hover/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../support/cursor.js';
import { parseFixture } from '../support/fixture.js';
import { getHover } from '../../server/src/core/index.js';
import { WORKSPACE } from './hover/case.js';
import { CONTROLS } from './hover/controls.js';
import { CLAUSES } from './hover/clauses.js';
import { ENTITIES } from './hover/entities.js';
import { KINDS } from './hover/kinds.js';
import { FRAMEWORKS, SECTORS } from './hover/frameworks.js';

const cases = [...CONTROLS, ...CLAUSES, ...ENTITIES, ...KINDS, ...FRAMEWORKS, ...SECTORS];


for (const c of cases)
  test(`hover: ${c.name}`, async () => {
    const { service, uri, position } = await atCursor(c.fixture);
    const hover = getHover(service, uri, position);
    if (!c.includes) {
      assert.equal(hover, undefined, `expected no hover, got:\n${hover?.contents}`);
      return;
    }
    assert.ok(hover, 'expected a hover');
    for (const s of c.includes) assert.ok(hover.contents.includes(s), `hover should include "${s}":\n${hover.contents}`);
    for (const s of c.excludes ?? []) assert.ok(!hover.contents.includes(s), `hover should not include "${s}":\n${hover.contents}`);
    if (c.covers !== undefined) {
      const fx = parseFixture(c.fixture);
      const text = fx.files[fx.cursor!.path]!;
      const lines = service.getDocument(uri)?.lines ?? service.configSectors!.lines;
      const covered = text.slice(lines.offsetAt(hover.range.start), lines.offsetAt(hover.range.end));
      assert.equal(covered, c.covers);
    }
  });

test('hover: an unknown URI or a position past the end gives nothing, and never throws', async () => {
  const { service, uri } = await atCursor(`${WORKSPACE}\n//- notes.md\n# ISO/IEC 42001\nA.2.2 $0\n`);
  assert.equal(getHover(service, 'file:///elsewhere.md', { line: 0, character: 0 }), undefined);
  assert.equal(getHover(service, uri, { line: 999, character: 999 }), undefined);
  const doc = service.getDocument(uri)!;
  for (let o = 0; o <= doc.text.length; o++) getHover(service, uri, doc.lines.positionAt(o));
});
