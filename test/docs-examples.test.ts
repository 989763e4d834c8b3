/**
 * Every example a user may copy from the walkthrough and the README passes `aims check`: each
 * fenced YAML or Markdown block outside the generated rule section (whose examples show what
 * each rule finds, on purpose) is put into a copy of the example workspace as a user would put
 * it, and must add no finding of its own, except what an excerpt cannot have (a register's
 * other rows, a policy's body). The snippets are held to the same by test/templates/ (a
 * workspace of templates checks clean; each snippet expanded is its template).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, type Finding } from '../server/src/core/index.js';
import { MemoryHost, pathOf } from './support/memoryHost.js';
import { SOURCE_TEST_DIR } from './support/snapshot.js';

const REPO = path.resolve(SOURCE_TEST_DIR, '..');
const TODAY = '2026-11-28';

interface Example {
  readonly source: string;
  readonly line: number;
  readonly lang: string;
  readonly text: string;
}

/** The fenced blocks of a Markdown file, outside the regions between `<!-- NAME:start` and `<!-- NAME:end -->` for `skip`. */
function fencedBlocks(file: string, skip: readonly string[] = []): Example[] {
  const lines = readFileSync(path.join(REPO, file), 'utf8').split('\n');
  const out: Example[] = [];
  let skipping: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const region = /^<!-- (\w+):(start|end)\b/.exec(line);
    if (region && skip.includes(region[1]!)) skipping = region[2] === 'start' ? region[1] : undefined;
    const open = /^```(\w+)\s*$/.exec(line);
    if (!open || skipping) continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
    out.push({ source: file, line: start, lang: open[1]!, text: lines.slice(start, i + 1).join('\n') + '\n' });
    i++;
  }
  return out;
}

function examples(): Example[] {
  const walkthrough = readdirSync(path.join(REPO, 'client/media/walkthrough')).filter((n) => n.endsWith('.md')).map((n) => `client/media/walkthrough/${n}`);
  return [...walkthrough.flatMap((f) => fencedBlocks(f)), ...fencedBlocks('README.md', ['rules', 'kinds', 'bench'])].filter((e) => e.lang === 'yaml' || e.lang === 'markdown');
}

function exampleWorkspace(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else files[rel.slice('examples/'.length)] = readFileSync(path.join(REPO, rel), 'utf8');
    }
  };
  walk('examples');
  return files;
}

/** The README's own declaration example (the first `aims:` block): what register excerpts are put under. */
function declaration(kind: string, id: string): string {
  const decl = examples().find((e) => e.source === 'README.md' && /^aims:\n/.test(e.text));
  assert.ok(decl, 'the README declares a document in an example');
  return decl.text.replace(/kind: [\w-]+/, `kind: ${kind}`).replace(/id: [\w-]+/, `id: ${id}`).replace(/\n {2}(?:clauses|controls): .*/g, '');
}

/** What an excerpt cannot have, by what it shows: a register's other rows, a document's body. */
const EXCERPT_MAY_LACK: Record<string, readonly string[]> = {
  declaration: ['missing-section', 'empty-section'],
  soa: ['soa-missing-control'],
  // `sectors:` in the configuration example is there to give this notice (a pointer, not a problem).
  config: ['annex-d-sector'],
};

/** The examples use the example workspace's own IDs (POL-001, RR-2026, R-001): placed beside it, they are defined twice. */
const PLACED_BESIDE_EXAMPLES = ['duplicate-id'];

interface Placed {
  readonly files: Record<string, string>;
  /** The file whose findings count. */
  readonly file: string;
  readonly excerpt: keyof typeof EXCERPT_MAY_LACK | undefined;
}

/** The example put into a copy of examples/ where a user would put it; undefined for what is not an AIMS file (a CI workflow). */
function place(e: Example): Placed | undefined {
  const files = exampleWorkspace();
  const t = e.text;
  if (/^---\naims:\n/.test(t)) {
    // Front matter, as shown: a Markdown document with it and its title.
    const title = /\n {2}title: (.+)/.exec(t)?.[1] ?? 'Example';
    return { files: { ...files, 'example.md': `${t}\n# ${title}\n` }, file: 'example.md', excerpt: 'declaration' };
  }
  if (/^aims:\n/.test(t)) return { files: { ...files, 'example.yaml': t }, file: 'example.yaml', excerpt: 'declaration' };
  if (/^version: 1\n/m.test(t)) {
    // With the overlay it names, as the README shows it further on.
    const overlay = /\n {2}overlay: (\S+)/.exec(t)?.[1];
    const overlayText = examples().find((x) => /^source: /m.test(x.text))?.text;
    return { files: { ...files, '.aims.yaml': t, ...(overlay && overlayText ? { [overlay]: overlayText } : {}) }, file: '.aims.yaml', excerpt: 'config' };
  }
  if (/^source: /m.test(t) && /^(?:clauses|controls|guidance):/m.test(t)) {
    const overlay = 'licensed/iso42001.yaml';
    const config = `${files['.aims.yaml'] ?? 'version: 1\n'}guidance:\n  overlay: ${overlay}\n`;
    return { files: { ...files, '.aims.yaml': config, [overlay]: t }, file: overlay, excerpt: undefined };
  }
  if (/^risks:\n/.test(t)) return { files: { ...files, 'example-register.yaml': declaration('risk-register', 'RR-900') + t }, file: 'example-register.yaml', excerpt: undefined };
  if (/^controls:/.test(t)) return { files: { ...files, 'example-soa.yaml': declaration('soa', 'SOA-900') + t }, file: 'example-soa.yaml', excerpt: 'soa' };
  return undefined;
}

async function findingsIn(placed: Placed): Promise<Finding[]> {
  const service = createLanguageService(new MemoryHost(placed.files, TODAY));
  await service.indexWorkspace();
  const excused = [...PLACED_BESIDE_EXAMPLES, ...(placed.excerpt ? EXCERPT_MAY_LACK[placed.excerpt]! : [])];
  return service.getAllFindings().filter((f) => pathOf(f.uri) === placed.file && !excused.includes(f.code));
}

test('every example in the walkthrough and the README passes aims check where a user would put it', async () => {
  const all = examples();
  assert.ok(all.length >= 6, `examples found: ${all.length}`);
  const failures: string[] = [];
  let checked = 0;
  for (const e of all) {
    const placed = place(e);
    if (!placed) continue;
    checked++;
    for (const f of await findingsIn(placed)) failures.push(`${e.source}:${e.line} (${placed.file}): ${f.code} ${f.severity}: ${f.message}`);
  }
  assert.ok(checked >= 6, `examples checked: ${checked}`);
  assert.deepEqual(failures, []);
});

test('the check can fail: the walkthrough\'s declaration without its required fields is caught', async () => {
  const bare = { source: 'test', line: 1, lang: 'yaml', text: '---\naims:\n  kind: policy\n  id: POL-900\n  title: AI policy\n  status: approved\n---\n' };
  const found = await findingsIn(place(bare)!);
  assert.ok(found.some((f) => f.code === 'missing-field'), found.map((f) => f.code).join(', '));
});
