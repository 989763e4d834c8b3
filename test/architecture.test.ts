/**
 * Invariants of the code layout (ARCHITECTURE.md), checked on the sources:
 * no import cycles; only parse/ imports the Markdown and YAML parsers; the
 * core imports nothing from its users; no source file grows past 400 lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');
const SRC = path.join(REPO, 'server', 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (let m = IMPORT.exec(text); m; m = IMPORT.exec(text)) out.push(m[1] ?? m[2]!);
  return out;
}

const files = tsFiles(SRC);
const rel = (f: string) => path.relative(SRC, f).split(path.sep).join('/');
const resolveLocal = (from: string, spec: string) => path.resolve(path.dirname(from), spec.replace(/\.js$/, '.ts'));

test('no import cycles in server/src', () => {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((s) => s.startsWith('.')).map((s) => resolveLocal(f, s))]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'visiting') assert.fail(`import cycle: ${[...stack.slice(stack.indexOf(f)), f].map(rel).join(' -> ')}`);
    state.set(f, 'visiting');
    stack.push(f);
    for (const d of graph.get(f) ?? []) visit(d);
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) visit(f);
});

/** Cycles in a graph of nodes to their dependencies, each as a path "a -> b -> a". */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (n: string): void => {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'visiting') {
      found.push([...stack.slice(stack.indexOf(n)), n].join(' -> '));
      return;
    }
    state.set(n, 'visiting');
    stack.push(n);
    for (const d of graph.get(n) ?? []) visit(d);
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) visit(n);
  return found;
}

test('no folder-level import cycles in server/src/core (type-only imports count too): model/ is a leaf, the facade sits on top', () => {
  const CORE = path.join(SRC, 'core');
  const folderOf = (f: string) => {
    const parts = path.relative(CORE, f).split(path.sep);
    return parts.length > 1 ? parts[0]! : '(root)';
  };
  const graph = new Map<string, string[]>();
  for (const f of files.filter((x) => x.startsWith(CORE + path.sep))) {
    const from = folderOf(f);
    for (const s of importsOf(f).filter((x) => x.startsWith('.'))) {
      const to = folderOf(resolveLocal(f, s));
      if (to !== from && !(graph.get(from) ?? []).includes(to)) graph.set(from, [...(graph.get(from) ?? []), to]);
    }
  }
  assert.deepEqual(cyclesOf(graph), []);
  // The root holds only the facade, and nothing in the core imports it.
  assert.deepEqual(readdirSync(CORE).filter((n) => n.endsWith('.ts')).sort(), ['index.ts']);
  assert.ok(![...graph.entries()].some(([from, to]) => from !== '(root)' && to.includes('(root)')), 'a core folder imports the facade');
  // The plain data types depend on nothing but other leaves.
  assert.deepEqual((graph.get('model') ?? []).filter((d) => !['catalogue', 'config', 'text'].includes(d)), []);
});

test('only core/parse imports remark, unified, micromark, mdast or yaml', () => {
  const parsers = /^(?:unified|remark-|micromark|mdast|yaml$)/;
  const offenders = files.filter((f) => !rel(f).startsWith('core/parse/') && importsOf(f).some((s) => parsers.test(s)));
  assert.deepEqual(offenders.map(rel), []);
});

test('the core imports only the core and its parser and matching packages (re2js: linear-time patterns)', () => {
  const allowed = /^(?:\.|unified$|remark-parse$|remark-frontmatter$|micromark-extension-gfm-table$|mdast-util-gfm-table$|mdast$|yaml$|re2js$)/;
  const bad: string[] = [];
  for (const f of files.filter((x) => rel(x).startsWith('core/')))
    for (const s of importsOf(f)) {
      if (!allowed.test(s)) bad.push(`${rel(f)} imports ${s}`);
      else if (s.startsWith('.') && !resolveLocal(f, s).startsWith(path.join(SRC, 'core'))) bad.push(`${rel(f)} reaches outside the core: ${s}`);
    }
  assert.deepEqual(bad, []);
});

test('one rule per file: every file in core/rules (but the helpers) exports exactly one Rule registered in registry.ts', () => {
  const rulesDir = path.join(SRC, 'core', 'rules');
  const registry = readFileSync(path.join(rulesDir, 'registry.ts'), 'utf8');
  const helpers = new Set(['registry.ts', 'types.ts', 'util.ts', 'riskScore.ts', 'provides.ts', 'sectionContent.ts', 'proseMentions.ts', 'clauseNumbering.ts', 'chunkReports.ts', 'clauseCells.ts', 'saidNotToExist.ts']);
  for (const name of readdirSync(rulesDir).filter((n) => n.endsWith('.ts') && !helpers.has(n))) {
    const text = readFileSync(path.join(rulesDir, name), 'utf8');
    const exported = [...text.matchAll(/export const (\w+): Rule\b/g)].map((m) => m[1]!);
    assert.equal(exported.length, 1, `${name} should export one Rule`);
    assert.ok(registry.includes(`from './${name.replace(/\.ts$/, '.js')}'`), `${name} is not registered`);
  }
});

test('one quick fix per file: every file in core/features/fixes (but the helpers) exports one FixProvider for the rule of the same file name, registered in registry.ts', () => {
  const fixesDir = path.join(SRC, 'core', 'features', 'fixes');
  const rulesDir = path.join(SRC, 'core', 'rules');
  const registry = readFileSync(path.join(fixesDir, 'registry.ts'), 'utf8');
  for (const name of readdirSync(fixesDir).filter((n) => n.endsWith('.ts') && !['registry.ts', 'util.ts'].includes(n))) {
    const text = readFileSync(path.join(fixesDir, name), 'utf8');
    assert.equal([...text.matchAll(/export const \w+: FixProvider\b/g)].length, 1, `${name} should export one FixProvider`);
    assert.ok(registry.includes(`from './${name.replace(/\.ts$/, '.js')}'`), `${name} is not registered`);
    const code = /\bcode: '([a-z-]+)'/.exec(text)?.[1];
    const rule = readFileSync(path.join(rulesDir, name), 'utf8');
    assert.ok(code && rule.includes(`code: '${code}'`), `fixes/${name} fixes ${code}, which rules/${name} does not report`);
  }
});

test('tests go through the facade (core/index.ts), except a test that names in its header the unit it reaches past it for', () => {
  const TEST = path.join(REPO, 'test');
  const CORE = path.join(SRC, 'core');
  const bad: string[] = [];
  for (const f of tsFiles(TEST)) {
    const text = readFileSync(f, 'utf8');
    const header = /^\s*\/\*\*[\s\S]*?\*\//.exec(text)?.[0] ?? '';
    for (const spec of importsOf(f).filter((s) => s.startsWith('.'))) {
      const target = resolveLocal(f, spec);
      if (!target.startsWith(CORE + path.sep) || target === path.join(CORE, 'index.ts')) continue;
      const unit = path.relative(CORE, target).split(path.sep).join('/').replace(/\.ts$/, '');
      const base = unit.split('/').pop()!;
      if (!header.includes(`${unit}.ts`) && !header.includes(`${base}.ts`) && !header.includes(unit)) bad.push(`${path.relative(REPO, f)} imports core/${unit}.ts without naming it in its header`);
    }
  }
  assert.deepEqual(bad, []);
});

test('source files stay small (at most 400 lines, data files excepted)', () => {
  const data = new Set(['core/catalogue/controls.ts', 'core/catalogue/kinds.ts', 'core/catalogue/clauses.ts', 'core/catalogue/annexes.ts']);
  const long = files.filter((f) => !data.has(rel(f)) && readFileSync(f, 'utf8').split('\n').length > 400).map(rel);
  assert.deepEqual(long, []);
});

test('the VS Code client imports nothing of the server: it speaks protocol/, which takes only types from the core', () => {
  const CLIENT = path.join(REPO, 'client', 'src');
  const bad: string[] = [];
  for (const f of tsFiles(CLIENT))
    for (const spec of importsOf(f)) {
      if (!spec.startsWith('.')) {
        if (!/^(?:vscode|vscode-languageclient(?:\/node)?|vscode-uri)$/.test(spec)) bad.push(`${path.relative(REPO, f)} imports the package ${spec}`);
        continue;
      }
      const target = path.relative(REPO, resolveLocal(f, spec)).split(path.sep).join('/');
      if (!target.startsWith('client/') && !target.startsWith('protocol/')) bad.push(`${path.relative(REPO, f)} imports ${target}`);
    }
  // The protocol declares the wire: the JSON-RPC message types, the engine's plain data types (erased at build), and how URIs compare.
  const PROTOCOL = path.join(REPO, 'protocol');
  const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;
  for (const f of tsFiles(PROTOCOL)) {
    const text = readFileSync(f, 'utf8');
    const typeOnly = new Set([...text.matchAll(TYPE_ONLY)].map((m) => m[1]!));
    for (const spec of importsOf(f)) {
      if (!spec.startsWith('.')) {
        // vscode-uri: the URI conversions both sides share (protocol/uris.ts), a pure package.
        if (spec !== 'vscode-languageserver-protocol' && spec !== 'vscode-uri') bad.push(`${path.relative(REPO, f)} imports the package ${spec}`);
        continue;
      }
      const target = path.relative(REPO, resolveLocal(f, spec)).split(path.sep).join('/');
      if (!target.startsWith('protocol/') && !typeOnly.has(spec)) bad.push(`${path.relative(REPO, f)} imports ${target} for more than its types`);
    }
  }
  assert.deepEqual(bad, []);
  // Editor-independent client modules stay free of `vscode`, so node tests cover them.
  for (const name of ['coverageTreeModel.ts', 'links.ts', 'declares.ts', 'recognise.ts', 'starterConfig.ts', 'textEdit.ts', 'statusText.ts', 'reportHtml.ts', 'trustText.ts', 'ruleDocText.ts'])
    assert.ok(!importsOf(path.join(CLIENT, name)).includes('vscode'), `${name} imports vscode`);
});

test('the activation entry (dist/extension.cjs, loaded in every workspace) holds the gate only: no language client, no views', () => {
  // esbuild's metafile of the last build says which source files each bundle holds.
  const meta = JSON.parse(readFileSync(path.join(REPO, 'dist', 'metafile.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const inputs = (name: string) => Object.entries(meta.outputs).find(([out]) => out.endsWith(`/${name}`) || out === name)?.[1].inputs ?? {};
  const entry = Object.keys(inputs('extension.cjs')).map((f) => f.replace(/^.*?((?:client|protocol)\/)/, '$1')).sort();
  assert.deepEqual(entry, ['client/src/declares.ts', 'client/src/extension.ts', 'client/src/gate.ts', 'client/src/ids.ts', 'client/src/recognise.ts', 'protocol/engineFacts.ts']);
  // The rest is the lazily required dist/client.cjs, with the language client.
  assert.ok(Object.keys(inputs('client.cjs')).some((f) => f.includes('node_modules/vscode-languageclient/')), 'the language client is in client.cjs');
  assert.match(readFileSync(path.join(REPO, 'dist', 'extension.cjs'), 'utf8'), /require\("\.\/client\.cjs"\)/, 'the entry requires client.cjs at run time');
});

test('the server entry (dist/server.cjs) holds the LSP library and the handshake; the engine (dist/engine.cjs) no second copy of the library', () => {
  const meta = JSON.parse(readFileSync(path.join(REPO, 'dist', 'metafile.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const inputs = (name: string) => Object.keys(Object.entries(meta.outputs).find(([out]) => out.endsWith(`/${name}`) || out === name)?.[1].inputs ?? {});
  assert.deepEqual(inputs('server.cjs').filter((f) => !f.startsWith('node_modules/')).sort(), ['server/src/lsp/capabilities.ts', 'server/src/lsp/handshake.ts', 'server/src/node/server.ts']);
  assert.deepEqual(inputs('engine.cjs').filter((f) => /node_modules\/vscode-(languageserver|languageserver-protocol|jsonrpc)\//.test(f)), []);
  assert.match(readFileSync(path.join(REPO, 'dist', 'server.cjs'), 'utf8'), /require\("\.\/engine\.cjs"\)/, 'the entry requires engine.cjs at run time');
  assert.match(readFileSync(path.join(REPO, 'dist', 'engine.cjs'), 'utf8'), /require\("\.\/server\.cjs"\)/, 'the engine takes the library from the entry');
});

test('the extension bundles carry no copy of the engine: no control titles, no parser', async () => {
  const bundle = ['extension.cjs', 'client.cjs'].map((f) => readFileSync(path.join(REPO, 'dist', f), 'utf8')).join('\n');
  const { CONTROLS } = await import('../server/src/core/index.js');
  assert.deepEqual(CONTROLS.filter((c) => bundle.includes(c.title)).map((c) => c.id), []);
  assert.ok(!/micromark|remark-parse/.test(bundle), 'a Markdown parser is bundled into the client');
});
