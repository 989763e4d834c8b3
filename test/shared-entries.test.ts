/**
 * A closed summary's risk definitions hold their risks' objects (attributes, title; the spans
 * are numbers in a closed entry), made compact from a parse or decoded from the cache, and read
 * exactly as before.
 * Units: workspace/sharedEntries.ts, workspace/analysis.ts (compactSummary), workspace/codec.ts (decodeAnalysis),
 * workspace/packedParts.ts (the packer a closed decode takes), model/types.ts (the entries).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG } from '../server/src/core/index.js';
import type { Definition, DocumentSummary } from '../server/src/core/model/types.js';
import { analyzeDocument, compactSummary } from '../server/src/core/workspace/analysis.js';
import { decodeAnalysis, encodeAnalysis } from '../server/src/core/workspace/codec.js';
import { ReferencePacker, StringTable } from '../server/src/core/workspace/packedParts.js';
import { shareRiskDefinitions } from '../server/src/core/workspace/sharedEntries.js';
import { EXAMPLES, generated } from './support/diskWorkspace.js';

/** Definitions and risks as plain data, the way a reader sees them: spans read by name, as a closed entry's are getters (closedEntities.ts). */
const plain = (s: Pick<DocumentSummary, 'definitions' | 'risks'>) =>
  JSON.parse(
    JSON.stringify({
      d: s.definitions.map((d) => ({ ...d, span: d.span, extent: d.extent, attributes: [...d.attributes] })),
      r: s.risks.map((r) => ({ ...r, idSpan: r.idSpan, extent: r.extent, attributes: [...r.attributes] })),
    }),
  ) as unknown;

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

function sharing(s: Pick<DocumentSummary, 'definitions' | 'risks'>): { risks: number; shared: number } {
  let risks = 0;
  let shared = 0;
  for (const d of s.definitions) {
    if (d.type !== 'risk') continue;
    risks++;
    // Spans are numbers in a closed entry (closedEntities.ts), compared by value; the attributes are shared objects.
    const r = s.risks.find((x) => sameSpan(x.idSpan, d.span));
    // A shared title string cannot be told from an equal copy here (=== compares strings by
    // value): bench/workspace-child.mjs memory measures it.
    if (r && sameSpan(r.extent, d.extent) && r.attributes === d.attributes && (d.title === undefined || d.title === r.attributes.get('title')?.text)) shared++;
  }
  return { risks, shared };
}

test('closed risk definitions share their risks\' attributes and title, made compact or decoded, and read as before', async () => {
  const root = await generated(120);
  let compared = 0;
  for (const base of [EXAMPLES, root]) {
    for (const name of (readdirSync(base, { recursive: true }) as string[]).filter((n) => /\.(?:md|ya?ml|csv)$/.test(n))) {
      const text = readFileSync(path.join(base, name), 'utf8');
      const uri = pathToFileURL(path.join(base, name)).href;
      const fresh = analyzeDocument({ uri, relativePath: name, text, version: 1, config: DEFAULT_CONFIG }, false).summary;
      const compact = compactSummary(fresh, new Map(), true);
      const entry = encodeAnalysis(analyzeDocument({ uri, relativePath: name, text, version: 1, config: DEFAULT_CONFIG }, false));
      const decoded = decodeAnalysis(entry, { uri, version: 1, text, intern: (s) => s, packer: () => new ReferencePacker(new StringTable()) })!.summary;
      for (const s of [compact, decoded]) {
        assert.deepEqual(plain(s), plain(fresh), name);
        const { risks, shared } = sharing(s);
        assert.equal(shared, risks, `${name}: ${shared} of ${risks} risk definitions share their risk's objects`);
        compared += risks;
      }
    }
  }
  assert.ok(compared > 200, `${compared} risk definitions compared`);
});

test('a risk definition that is not its risk as written keeps its own objects', () => {
  const attributes = new Map([['title', { text: 'Drift', span: { start: 20, end: 25 } }]]);
  const risk = { id: 'R-1', idSpan: { start: 2, end: 5 }, extent: { start: 0, end: 30 }, attributes };
  const same: Definition = { type: 'risk', id: 'R-1', span: { start: 2, end: 5 }, extent: { start: 0, end: 30 }, attributes: new Map(attributes), title: 'Drift' };
  const otherExtent: Definition = { ...same, extent: { start: 0, end: 31 } };
  const otherTitle: Definition = { ...same, attributes: new Map([['title', { text: 'Bias', span: { start: 20, end: 24 } }]]), title: 'Bias' };
  const [a, b, c] = shareRiskDefinitions([same, otherExtent, otherTitle], [risk]);
  assert.ok(sameSpan(a!.span, risk.idSpan) && sameSpan(a!.extent, risk.extent) && a!.attributes === risk.attributes);
  assert.equal(b, otherExtent);
  assert.ok(sameSpan(c!.span, risk.idSpan) && c!.attributes === otherTitle.attributes && c!.title === 'Bias');
});

test('closed summaries share one frozen empty list for what they do not have', () => {
  const policy = (name: string) => {
    const uri = `file:///ws/${name}`;
    const text = '---\naims:\n  kind: ai-policy\n---\n# AI policy\n\nWe follow ISO/IEC 42001.\n';
    const fresh = analyzeDocument({ uri, relativePath: name, text, version: 1, config: DEFAULT_CONFIG }, false);
    const decoded = decodeAnalysis(encodeAnalysis(fresh), { uri, version: 1, text, intern: (s) => s, packer: () => new ReferencePacker(new StringTable()) })!.summary;
    return [compactSummary(fresh.summary, new Map(), true), decoded];
  };
  const [a, b] = policy('a.md');
  const [c, d] = policy('b.md');
  for (const s of [b, c, d]) {
    assert.equal(s!.risks, a!.risks);
    assert.equal(s!.soa, a!.soa);
  }
  assert.ok(Object.isFrozen(a!.risks) && a!.risks.length === 0);
});
