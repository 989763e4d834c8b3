/**
 * A closed summary's definitions, risks and SoA entries keep their spans as numbers and read as
 * the parsed entries do (workspace/closedEntities.ts, made by workspace/analysis.ts compactSummary
 * and workspace/codec.ts decodeAnalysis, whose closed decode takes workspace/packedParts.ts's
 * packer; the entries' shapes are model/types.ts's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG } from '../server/src/core/index.js';
import type { DocumentSummary } from '../server/src/core/model/types.js';
import { analyzeDocument, compactSummary } from '../server/src/core/workspace/analysis.js';
import { decodeAnalysis, encodeAnalysis } from '../server/src/core/workspace/codec.js';
import { ReferencePacker, StringTable } from '../server/src/core/workspace/packedParts.js';
import { closedDefinition, closedRisk, closedSoaEntry } from '../server/src/core/workspace/closedEntities.js';
import { EXAMPLES } from './support/diskWorkspace.js';

/** Every entry as plain data, each field read by name. */
function entries(s: DocumentSummary): unknown {
  const attrs = (m: ReadonlyMap<string, unknown>) => [...m];
  return {
    d: s.definitions.map((d) => ({ type: d.type, id: d.id, span: d.span, extent: d.extent, title: d.title, weak: d.weak, attributes: attrs(d.attributes) })),
    r: s.risks.map((r) => ({ id: r.id, idSpan: r.idSpan, extent: r.extent, attributes: attrs(r.attributes) })),
    s: s.soa.map((e) => ({ controlId: e.controlId, idSpan: e.idSpan, extent: e.extent, applicable: e.applicable, attributes: attrs(e.attributes) })),
  };
}

test('closed entries, made compact or decoded from the cache, read as the parsed ones and keep no span object', () => {
  let closed = 0;
  for (const name of (readdirSync(EXAMPLES, { recursive: true }) as string[]).filter((n) => /\.(?:md|ya?ml|csv)$/.test(n))) {
    const text = readFileSync(path.join(EXAMPLES, name), 'utf8');
    const uri = pathToFileURL(path.join(EXAMPLES, name)).href;
    const fresh = analyzeDocument({ uri, relativePath: name, text, version: 1, config: DEFAULT_CONFIG }, false);
    const compact = compactSummary(fresh.summary, new Map(), true);
    const decoded = decodeAnalysis(encodeAnalysis(fresh), { uri, version: 1, text, intern: (s) => s, packer: () => new ReferencePacker(new StringTable()) })!.summary;
    for (const s of [compact, decoded]) {
      assert.deepStrictEqual(entries(s), entries(fresh.summary), name);
      for (const x of [...s.definitions, ...s.risks, ...s.soa]) {
        // A span kept as an object would be an own property; a closed entry builds it when read.
        assert.deepEqual(Object.keys(x).filter((k) => ['span', 'idSpan', 'extent'].includes(k)), [], `${name}: ${'id' in x ? x.id : x.controlId}`);
        closed++;
      }
    }
  }
  assert.ok(closed > 150, `${closed} closed entries`);
});

test('an entry whose ID span lies past what a small number holds stays a plain object with its spans', () => {
  const far = { start: 2_000_000, end: 2_000_007 };
  const extent = { start: 1_999_990, end: 2_000_400 };
  const attributes = new Map();
  const d = closedDefinition({ type: 'risk', id: 'R-1', span: far, extent, attributes }, 'R-1', attributes, undefined);
  const r = closedRisk({ id: 'R-1', idSpan: far, extent, attributes }, 'R-1', attributes);
  const e = closedSoaEntry({ controlId: 'A.2.2', idSpan: far, extent, applicable: false, attributes }, 'A.2.2', attributes);
  assert.deepStrictEqual([d, r, e], [
    { type: 'risk', id: 'R-1', span: far, extent, attributes },
    { id: 'R-1', idSpan: far, extent, attributes },
    { controlId: 'A.2.2', idSpan: far, extent, applicable: false, attributes },
  ]);
  // Near the start, with an extent longer than a small span holds: closed, read back exactly.
  const near = closedDefinition({ type: 'document', id: 'POL-1', span: { start: 5, end: 10 }, extent: { start: 0, end: 90_000 }, attributes, weak: true }, 'POL-1', attributes, 'AI policy');
  assert.deepEqual(Object.keys(near).sort(), ['attributes', 'id', 'title', 'type', 'weak']);
  assert.deepStrictEqual([near.span, near.extent, near.title, near.weak], [{ start: 5, end: 10 }, { start: 0, end: 90_000 }, 'AI policy', true]);
});
