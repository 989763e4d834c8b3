/**
 * Closed documents kept without their text (when the host can read a file at once): findings,
 * coverage and models built on demand equal those of a service that keeps every text; the text
 * is read again when asked for; a file changed behind the index's back is read again; and a
 * closed document's summary holds no string that keeps its text alive (a heap snapshot); its
 * references, kept packed, unpack to what the other keeps, every feature (hovers, definitions,
 * references, links, lenses, symbols) answers the same, and a summary's own heap stays small
 * (a heap snapshot).
 * A closed summary's flat fields and attributes read as a fresh parse's maps.
 * Units: service/closedTexts.ts, workspace/analysis.ts (compactSummary), workspace/packedParts.ts,
 * workspace/fieldMap.ts, workspace/attributeMap.ts and text/lineIndex.ts; parse/document.ts for
 * the fresh parse they are compared with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { computeCoverageModel, createLanguageService, getCodeLenses, getDefinition, getDocumentLinks, getHover, getReferences, getWorkspaceSymbols, type AimsLanguageService } from '../server/src/core/index.js';
import { FileSystemHost } from '../server/src/node/fsHost.js';
import { EXAMPLES, generated, temp, TODAY } from './support/diskWorkspace.js';
import { parseDocument } from '../server/src/core/parse/document.js';
import { packParts, StringTable, unpackParts } from '../server/src/core/workspace/packedParts.js';

/** A service over `root`; `keepTexts` hides the host's synchronous read, so every closed document keeps its text. */
async function indexed(root: string, keepTexts: boolean, logs: string[] = []): Promise<AimsLanguageService> {
  const host = new FileSystemHost(root, TODAY, undefined, (m) => logs.push(m));
  if (keepTexts) Object.assign(host, { readFileNow: undefined });
  const service = createLanguageService(host);
  await service.indexWorkspace();
  return service;
}

test('closed documents without their text give the findings, coverage, texts and models of documents that keep it', async () => {
  for (const root of [EXAMPLES, await generated(120)]) {
    const kept = await indexed(root, true);
    const logs: string[] = [];
    const textless = await indexed(root, false, logs);
    const uris = textless.documents().map((d) => d.uri);
    assert.ok(uris.length > 0);
    for (const uri of uris) {
      const summary = textless.getSummary(uri)!;
      if (summary.text === '' && kept.getSummary(uri)!.text === '') continue;
      assert.ok(!Object.keys(summary).includes('text'), `${uri}: the text is not a property the summary holds`);
    }
    assert.deepStrictEqual(textless.getAllFindings(), kept.getAllFindings());
    assert.deepStrictEqual(computeCoverageModel(textless), computeCoverageModel(kept));
    for (const uri of uris) {
      assert.equal(textless.getSummary(uri)!.text, kept.getSummary(uri)!.text, uri);
      const [a, b] = [textless.getDocument(uri)!, kept.getDocument(uri)!];
      assert.deepStrictEqual({ ...a, reuse: undefined, textChunks: undefined, referenceChunks: undefined }, { ...b, reuse: undefined, textChunks: undefined, referenceChunks: undefined }, uri);
    }
    assert.deepEqual(logs.filter((l) => /changed on disk/.test(l)), []);
  }
});

/**
 * Attribute maps compared by what they hold, not by the form they are kept in (SmallMap,
 * AttributeMap, Map); an entry's spans read by name, as a closed entry's are getters (closedEntities.ts).
 */
function asMaps(xs: readonly object[]): object[] {
  return xs.map((x) => {
    if (!x || typeof x !== 'object' || !('attributes' in x)) return x;
    const spans = Object.fromEntries((['span', 'idSpan', 'extent'] as const).flatMap((k) => (k in x ? [[k, (x as Record<string, unknown>)[k]]] : [])));
    return { ...x, ...spans, attributes: new Map(x.attributes as ReadonlyMap<string, unknown>) };
  });
}

test('packed closed summaries unpack to what a kept summary holds, and every feature answers the same', async () => {
  for (const root of [EXAMPLES, await generated(150)]) {
    const kept = await indexed(root, true);
    const packed = await indexed(root, false);
    const uris = packed.documents().map((d) => d.uri);
    // Twice: the second pass unpacks every summary afresh (the first pass's objects evicted by the later documents').
    for (const pass of [0, 1])
      for (const uri of uris)
        for (const part of ['references', 'definitions', 'risks', 'soa'] as const) assert.deepStrictEqual(asMaps(packed.getSummary(uri)![part]), asMaps(kept.getSummary(uri)![part]), `${uri} ${part} (pass ${pass})`);
    // The format packs a summary's definitions, risks and SoA entries too (not used by the service yet): each round trip exact.
    const table = new StringTable();
    for (const uri of uris) {
      const { references, definitions, risks, soa } = kept.getSummary(uri)!;
      const back = unpackParts(packParts({ references, definitions, risks, soa }, table), table);
      assert.deepStrictEqual([back.references, asMaps(back.definitions), asMaps(back.risks), asMaps(back.soa)], [references, asMaps(definitions), asMaps(risks), asMaps(soa)], uri);
    }
    assert.deepStrictEqual(getWorkspaceSymbols(packed, ''), getWorkspaceSymbols(kept, ''));
    assert.deepStrictEqual(getWorkspaceSymbols(packed, 'R-0'), getWorkspaceSymbols(kept, 'R-0'));
    // Every place an ID stands in a sample of documents (each kind of the generated workspace).
    for (const uri of uris.filter((_, i) => i % 7 === 0)) {
      assert.deepStrictEqual(getDocumentLinks(packed, uri), getDocumentLinks(kept, uri), uri);
      assert.deepStrictEqual(getCodeLenses(packed, uri), getCodeLenses(kept, uri), uri);
      const s = kept.getSummary(uri)!;
      const places = [...s.references.map((r) => r.span), ...s.definitions.map((d) => d.span), ...s.soa.map((e) => e.idSpan)];
      for (const span of places) {
        const at = s.lines.positionAt(span.start + 1);
        const where = `${uri} at ${at.line}:${at.character}`;
        assert.deepStrictEqual(getHover(packed, uri, at), getHover(kept, uri, at), where);
        assert.deepStrictEqual(getDefinition(packed, uri, at), getDefinition(kept, uri, at), where);
        assert.deepStrictEqual(getReferences(packed, uri, at, true), getReferences(kept, uri, at, true), where);
      }
    }
    assert.deepStrictEqual(packed.getAllFindings(), kept.getAllFindings());
  }
});

test('a closed summary\'s flat fields and attributes read as the parsed document\'s maps (fieldMap.ts, attributeMap.ts)', async () => {
  for (const root of [EXAMPLES, await generated(120)]) {
    const service = await indexed(root, false);
    let fields = 0;
    let attributes = 0;
    for (const summary of service.documents()) {
      // A fresh parse: a model built on demand shares the summary's metadata.
      const doc = parseDocument({ uri: summary.uri, relativePath: service.relativePathOf(summary.uri)!, text: summary.text, version: summary.version, languageId: summary.languageId, config: service.config });
      const same = <V>(flat: ReadonlyMap<string, V> | undefined, parsed: ReadonlyMap<string, V> | undefined, what: string) => {
        const where = `${summary.uri} ${what}`;
        assert.equal(flat?.size, parsed?.size, where);
        if (!flat || !parsed) return 0;
        assert.deepStrictEqual([...flat], [...parsed], where);
        assert.deepStrictEqual([...flat.keys()], [...parsed.keys()], where);
        assert.deepStrictEqual([...flat.values()], [...parsed.values()], where);
        for (const k of parsed.keys()) {
          assert.ok(flat.has(k), where);
          assert.deepStrictEqual(flat.get(k), parsed.get(k), `${where} ${k}`);
        }
        assert.equal(flat.get('no such key'), undefined);
        assert.equal(flat.has('no such key'), false);
        return parsed.size;
      };
      fields += same(summary.meta.fields, doc.meta.fields, 'fields');
      same(summary.meta.informal, doc.meta.informal, 'informal');
      for (const part of ['definitions', 'risks', 'soa'] as const) {
        assert.equal(summary[part].length, doc[part].length, `${summary.uri} ${part}`);
        summary[part].forEach((x, i) => (attributes += same(x.attributes, doc[part][i]!.attributes, `${part} ${i}`)));
      }
    }
    assert.ok(fields > 20 && attributes > 20, `${fields} fields, ${attributes} attributes compared`);
  }
});

test('a closed document\'s summary keeps its references packed: a few kilobytes of its own (heap snapshot)', async () => {
  const service = await indexed(await generated(300), false);
  const refs = service.documents().reduce((n, d) => n + d.references.length, 0);
  assert.ok(refs > 300 * 20, `${refs} references`);
  const file = writeHeapSnapshot(path.join(temp('heap'), 'packed.heapsnapshot'));
  const { summaries, bytes } = summaryStrings(file);
  rmSync(path.dirname(file), { recursive: true, force: true });
  assert.ok(summaries >= 200, `found ${summaries} closed summaries`);
  // What a summary reaches of its own (strings many share counted once): 4.9 KB with its
  // references packed, its fields and attributes flat, in arrays of their exact length, and
  // their short values pooled (5.4 KB with a copy of each; 5.9 KB with the room `push` leaves; 7.8 KB with fields and attributes as objects;
  // holding the references as objects as well, 11.5 KB).
  assert.ok(bytes / summaries < 5100, `${Math.round(bytes / summaries)} bytes per closed summary`);
  assert.ok(Array.isArray(service.getAllFindings()));
});

test('a closed document whose file changed behind the index is read again when its text is needed', async () => {
  const root = path.join(temp('ws'), 'ws');
  cpSync(EXAMPLES, root, { recursive: true });
  const logs: string[] = [];
  const service = await indexed(root, false, logs);
  const file = path.join(root, 'governance', 'ai-policy.md');
  const uri = service.documents().find((d) => d.uri.endsWith('/governance/ai-policy.md'))!.uri;
  const before = service.getSummary(uri)!;
  const changed = readFileSync(file, 'utf8') + '\nLogging follows A.6.2.99.\n';
  writeFileSync(file, changed);
  assert.equal(before.text, changed, 'the text as it is now');
  assert.ok(logs.some((l) => /governance\/ai-policy\.md changed on disk since it was indexed/.test(l)), logs.join('\n'));
  // The document is read again, as if the watcher had said so.
  for (let i = 0; i < 50 && service.getSummary(uri) === before; i++) await new Promise((r) => setTimeout(r, 10));
  assert.notEqual(service.getSummary(uri), before);
  assert.ok(service.getFindings(uri).some((f) => f.code === 'unknown-control' && f.message.startsWith('A.6.2.99')));
  rmSync(root, { recursive: true, force: true });
});

/**
 * Every string reachable from a closed document's summary (not through the service it reads
 * its text from), with its length: a slice of the text would bring the whole text with it.
 */
function summaryStrings(snapshotFile: string, textStart = '\0'): { longest: number; summaries: number; bytes: number; texts: number } {
  const s = JSON.parse(readFileSync(snapshotFile, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const m = s.snapshot.meta;
  const nf = m.node_fields.length;
  const ef = m.edge_fields.length;
  const [ti, ni, ec] = ['type', 'name', 'edge_count'].map((f) => m.node_fields.indexOf(f)) as [number, number, number];
  const [eti, eni, eto] = ['type', 'name_or_index', 'to_node'].map((f) => m.edge_fields.indexOf(f)) as [number, number, number];
  const n = s.nodes.length / nf;
  const first = new Uint32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) {
    first[i] = e;
    e += s.nodes[i * nf + ec]! * ef;
  }
  first[n] = s.edges.length;
  const type = (i: number) => m.node_types[0][s.nodes[i * nf + ti]!]!;
  const size = (i: number) => s.nodes[i * nf + m.node_fields.indexOf('self_size')]!;
  const name = (i: number) => s.strings[s.nodes[i * nf + ni]!]!;
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (type(i) === 'object' && name(i) === 'ClosedSummary') roots.push(i);
  // Down from the summaries, not through the hidden class, the prototype or the private link to the service's texts.
  const skip = new Set(['map', '__proto__', '#texts', '#file', 'constructor']);
  const seen = new Set<number>(roots);
  const numbers = new Set<number>();
  let frontier = roots;
  let longest = 0;
  let bytes = 0;
  for (let depth = 0; depth < 10 && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const i of frontier) {
      bytes += size(i);
      // The packed numbers (packedParts.ts) are a string of code units, not words of the text.
      if (type(i).includes('string') && !numbers.has(i)) longest = Math.max(longest, name(i).length);
      for (let e = first[i]!; e < first[i + 1]!; e += ef) {
        const et = m.edge_types[0][s.edges[e + eti]!]!;
        const en = et === 'element' || et === 'hidden' ? '' : s.strings[s.edges[e + eni]!]!;
        if (et === 'weak' || et === 'shortcut' || skip.has(en)) continue;
        const to = s.edges[e + eto]! / nf;
        if (seen.has(to) || type(to) === 'code' || type(to) === 'closure' || type(to) === 'hidden') continue;
        seen.add(to);
        if (en === 'nums') numbers.add(to);
        next.push(to);
      }
    }
    frontier = next;
  }
  // Anywhere in the heap, not only below the summaries: a text kept alive by anything (a pooled string's key among them).
  let texts = 0;
  for (let i = 0; i < n; i++) if (type(i) === 'string' && name(i).startsWith(textStart)) texts++;
  return { longest, summaries: roots.length, bytes, texts };
}

test('a closed document kept without its text holds no string that keeps the text alive (heap snapshot)', async () => {
  const root = temp('ws');
  mkdirSync(path.join(root, 'policies'));
  // Long documents whose titles, attributes and fields are slices of their texts when parsed.
  const prose = 'The organisation reviews the AI management system every year and records the results. '.repeat(40);
  for (let i = 0; i < 6; i++)
    writeFileSync(
      path.join(root, 'policies', `policy-${i}.md`),
      `---\naims:\n  kind: ai-policy\n  id: POL-00${i}\n  title: Responsible artificial intelligence policy number ${i}\n  owner: Head of governance and risk\n---\n\n# Responsible artificial intelligence policy number ${i}\n\n${prose}\n\n| ID | Risk | Owner | Likelihood | Impact | Treatment |\n|---|---|---|---|---|---|\n| R-10${i} | Training data that does not represent the people affected | Data protection officer ${i} | 3 | 4 | modify with A.7.4 |\n`,
    );
  const service = await indexed(root, false);
  assert.equal(service.documents().length, 6);
  const file = writeHeapSnapshot(path.join(temp('heap'), 'closed.heapsnapshot'));
  const { longest, summaries, texts } = summaryStrings(file, '---\naims:\n  kind: ai-policy');
  rmSync(path.dirname(file), { recursive: true, force: true });
  assert.ok(summaries >= 6, `found ${summaries} closed summaries`);
  // Fewer than the documents: the last few read stay remembered (three here), but no pooled
  // value (each document's owner is its own, 25 characters) keeps its document's text.
  assert.ok(texts < 6, `${texts} texts kept alive, by the summaries, the pool of shared strings or the last read`);
  assert.ok(longest > 0 && longest < 500, `the longest string a summary reaches has ${longest} characters (a text has over 3,000)`);
  // The service is used after the snapshot, so that it was alive when it was taken.
  assert.ok(Array.isArray(service.getAllFindings()));
  rmSync(root, { recursive: true, force: true });
});
