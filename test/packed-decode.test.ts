/**
 * A cache entry decoded straight into the packed form a closed summary keeps (codec.ts with a
 * packer, packedParts.ts ReferencePacker) gives the numbers and strings packParts gives for the
 * reference objects the same entry decodes to, line starts included; and what a packed summary
 * cites (packedCitations) is what its references cite, in the same order.
 * Units: workspace/codec.ts, workspace/packedParts.ts, workspace/analysis.ts (the entries), workspaceIndex/facts.ts (the order it reads).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG } from '../server/src/core/index.js';
import { analyzeDocument } from '../server/src/core/workspace/analysis.js';
import { decodeAnalysis, encodeAnalysis } from '../server/src/core/workspace/codec.js';
import { packedCitations, packedLines, packParts, ReferencePacker, StringTable, unpackParts } from '../server/src/core/workspace/packedParts.js';
import { EXAMPLES, generated } from './support/diskWorkspace.js';

function textsOf(root: string): { name: string; text: string }[] {
  return (readdirSync(root, { recursive: true }) as string[]).filter((n) => /\.(?:md|ya?ml|csv)$/.test(n)).map((name) => ({ name, text: readFileSync(path.join(root, name), 'utf8') }));
}

/** What facts.ts files: distinct IDs by type, types by first reference, IDs by first citation. */
function cited(refs: readonly { type: string; id: string }[]): [string, string[]][] {
  const m = new Map<string, Set<string>>();
  for (const r of refs) {
    if (!m.has(r.type)) m.set(r.type, new Set());
    m.get(r.type)!.add(r.id);
  }
  return [...m].map(([t, ids]) => [t, [...ids]]);
}

test('references decoded straight into the packed form pack as their decoded objects do, and cite the same', async () => {
  const root = await generated(80);
  let references = 0;
  for (const [base, docs] of [[EXAMPLES, textsOf(EXAMPLES)], [root, textsOf(root)]] as const) {
    for (const { name, text } of docs) {
      const uri = pathToFileURL(path.join(base, name)).href;
      // CRLF too: its line starts are not packed (the summary keeps its own index).
      for (const t of [text, text.replace(/\n/g, '\r\n')]) {
        const entry = encodeAnalysis(analyzeDocument({ uri, relativePath: name, text: t, version: 1, config: DEFAULT_CONFIG }, false));
        const table = new StringTable();
        const objects = decodeAnalysis(entry, { uri, version: 1, text: t })!;
        const direct = decodeAnalysis(entry, { uri, version: 1, text: t, intern: (s) => s, packer: () => new ReferencePacker(table) })!;
        assert.deepEqual(direct.summary.references, [], name);
        const starts = objects.summary.lines.plainStarts;
        const made = packParts({ references: objects.summary.references, definitions: [], risks: [], soa: [], lineStarts: starts, textLength: starts ? t.length : 0 }, table);
        assert.deepEqual(direct.packed, made, name);
        assert.deepEqual([...packedCitations(direct.packed!, table)].map(([k, v]) => [k, [...v]]), cited(objects.summary.references), name);
        // Textless (a warm start's unchanged file): the same references, no line starts.
        const textless = decodeAnalysis(entry, { uri, version: 1, text: undefined, intern: (s) => s, packer: () => new ReferencePacker(table) })!;
        assert.deepEqual(textless.packed, packParts({ references: objects.summary.references, definitions: [], risks: [], soa: [], lineStarts: undefined, textLength: 0 }, table), name);
        references += objects.summary.references.length;
      }
    }
  }
  assert.ok(references > 1000, `${references} references compared`);
});

test('a bad reference in an entry decoded into the packed form is a miss, as it is for objects', () => {
  const text = '# AI Policy\n\nWe apply A.2.2 and A.6.2.4.\n';
  const entry = JSON.parse(encodeAnalysis(analyzeDocument({ uri: 'file:///p.md', relativePath: 'p.md', text, version: 1, config: DEFAULT_CONFIG }, false))) as { r: unknown[][] };
  assert.ok(entry.r.length >= 2);
  for (const bad of [[99, 'A.2.2', 0, 1, 0, 0], [0, 'A.2.2', 0, text.length + 1, 0, 0], [0, 7, 0, 1, 0, 0], [0, 'A.2.2', 0, 1, 1.5, 0]]) {
    const damaged = JSON.stringify({ ...entry, r: [bad, ...entry.r.slice(1)] });
    const ctx = { uri: 'file:///p.md', version: 1, text };
    assert.equal(decodeAnalysis(damaged, ctx), undefined, JSON.stringify(bad));
    assert.equal(decodeAnalysis(damaged, { ...ctx, intern: (s: string) => s, packer: () => new ReferencePacker(new StringTable()) }), undefined, JSON.stringify(bad));
  }
});

test('packed numbers past 16 bits and past one slice of code units read back exactly', () => {
  // A 200 KB register of 9,000 lines: offsets past 65,535 (two code units a number) and more
  // numbers than stringOfUnits makes in one slice; and a 60 KB one that stays narrow.
  for (const rows of [9_000, 2_000]) {
    const lines = ['# AI risk register', '', '| ID | Risk | Control |', '|---|---|---|'];
    for (let k = 0; k < rows; k++) lines.push(`| R-${String(k).padStart(4, '0')} | Drift ${k} | A.6.2.${(k % 8) + 1} |`);
    const text = lines.join('\n') + '\n';
    const uri = 'file:///ws/risk-register.md';
    const entry = encodeAnalysis(analyzeDocument({ uri, relativePath: 'risk-register.md', text, version: 1, config: DEFAULT_CONFIG }, false));
    const table = new StringTable();
    const objects = decodeAnalysis(entry, { uri, version: 1, text })!;
    const direct = decodeAnalysis(entry, { uri, version: 1, text, intern: (s) => s, packer: () => new ReferencePacker(table) })!;
    assert.equal(direct.packed!.wide, text.length > 0xffff, `${text.length} characters`);
    assert.deepEqual(unpackParts(direct.packed!, table).references, objects.summary.references);
    const lines2 = packedLines(direct.packed!)!;
    assert.equal(lines2.length, text.length);
    assert.deepEqual([...lines2.starts], [...objects.summary.lines.plainStarts!]);
    assert.ok(objects.summary.references.length > 1000);
  }
});
