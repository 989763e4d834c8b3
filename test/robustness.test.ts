/**
 * Bad input gets a finding or a notice, never an exception or a hang. Each
 * case names the user-facing result it must produce.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, DEFAULT_CONFIG, parseDocument, type Finding } from '../server/src/core/index.js';
import { MemoryHost, pathOf, uriOf } from './support/memoryHost.js';

async function findingsFor(files: Record<string, string | Uint8Array>, settings?: unknown): Promise<Finding[]> {
  const host = new MemoryHost(files);
  const service = createLanguageService(host, settings !== undefined ? { settings } : {});
  await service.indexWorkspace();
  return service.getAllFindings();
}

const codes = (fs: Finding[]) => fs.map((f) => `${pathOf(f.uri)} ${f.code}`);

test('malformed YAML: a yaml-syntax finding where the error is, the rest still read', async () => {
  const fs = await findingsFor({ 'risk-register.yaml': 'aims:\n  kind: risk-register\nrisks:\n  - id: R-001\n    title: [unclosed\n' });
  const syntax = fs.filter((f) => f.code === 'yaml-syntax');
  assert.ok(syntax.length >= 1, codes(fs).join('\n'));
  assert.equal(syntax[0]!.range.start.line >= 4, true);
});

test('unterminated front matter: one yaml-syntax finding on the opening fence', async () => {
  const fs = await findingsFor({ 'policy.md': '---\naims:\n  kind: policy\n# AI policy\n\nText about ISO/IEC 42001.\n' });
  const f = fs.find((x) => x.code === 'yaml-syntax');
  assert.ok(f, codes(fs).join('\n'));
  assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  assert.match(f.message, /never closed/);
});

test('duplicate keys in front matter: yaml-syntax on the second key', async () => {
  const fs = await findingsFor({ 'policy.md': '---\naims:\n  kind: policy\n  kind: scope\n---\n# AI policy\n' });
  const f = fs.find((x) => x.code === 'yaml-syntax');
  assert.ok(f);
  assert.equal(f.range.start.line, 3);
  assert.match(f.message, /appears twice/);
});

test('binary and invalid UTF-8 files: a file-skipped notice, nothing else', async () => {
  const binary = new Uint8Array([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]);
  const invalid = new Uint8Array([0x23, 0x20, 0xc3, 0x28, 0x0a]);
  const fs = await findingsFor({ 'image.md': binary, 'latin1.md': invalid });
  assert.deepEqual(codes(fs).sort(), ['image.md file-skipped', 'latin1.md file-skipped']);
  assert.match(fs.find((f) => pathOf(f.uri) === 'latin1.md')!.message, /UTF-8/);
});

test('a 50 MB file is skipped with a notice (max_file_size), a smaller limit is configurable', async () => {
  const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const fs = await findingsFor({ 'huge.md': big, 'small.md': '# ISO/IEC 42001\n\nA.6.2.9\n' });
  assert.deepEqual(codes(fs).sort(), ['huge.md file-skipped', 'small.md unknown-control']);
  assert.match(fs[0]!.message, /50\.0 MB/);
  const limited = await findingsFor({ '.aims.yaml': 'max_file_size: 10\n', 'small.md': '# ISO/IEC 42001\n\nA.6.2.9\n' });
  assert.deepEqual(codes(limited), ['small.md file-skipped']);
});

test('an open buffer follows max_file_size as the configuration changes: skipped when the limit falls, read again in full when it rises', async () => {
  const host = new MemoryHost({ 'soa.md': '# Old text\n' });
  const service = createLanguageService(host);
  await service.indexWorkspace();
  const text = '# ISO/IEC 42001 statement\n\nSee A.6.2.9 and A.5.2.\n' + 'Padding line.\n'.repeat(20);
  service.setDocument({ uri: uriOf('soa.md'), relativePath: 'soa.md' }, text, 2);
  const inFull = codes(service.getAllFindings());
  assert.ok(inFull.includes('soa.md unknown-control'), inFull.join('\n'));
  // The limit falls below the buffer: by editor settings (updateSettings) and by a new .aims.yaml (re-index).
  await service.updateSettings({ max_file_size: 200 });
  assert.deepEqual(codes(service.getAllFindings()), ['soa.md file-skipped']);
  await service.updateSettings({});
  assert.deepEqual(codes(service.getAllFindings()), inFull, 'the buffer itself is read again, not its stand-in');
  host.write('.aims.yaml', 'max_file_size: 200\n');
  await service.refreshFile({ uri: uriOf('.aims.yaml'), relativePath: '.aims.yaml' });
  assert.deepEqual(codes(service.getAllFindings()), ['soa.md file-skipped']);
  host.write('.aims.yaml', 'max_file_size: 100000\n');
  await service.refreshFile({ uri: uriOf('.aims.yaml'), relativePath: '.aims.yaml' });
  assert.deepEqual(codes(service.getAllFindings()), inFull);
});

test('a YAML alias bomb is not expanded', async () => {
  let y = 'aims:\n  kind: risk-register\na0: &a0 ["x","x","x","x","x","x","x","x","x","x"]\n';
  for (let i = 1; i < 12; i++) y += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
  y += 'risks:\n  - id: R-001\n    title: *a11\n';
  const start = Date.now();
  const fs = await findingsFor({ 'bomb.yaml': y });
  assert.ok(Date.now() - start < 2000, 'alias expansion would take forever');
  assert.ok(Array.isArray(fs));
});

test('10,000-deep nesting in YAML and Markdown: read without overflowing the stack', async () => {
  const deepYaml = 'aims:\n  kind: policy\nx: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
  const deepMd = '# ISO/IEC 42001\n\n' + '> '.repeat(10_000) + 'A.6.2.9\n' + '- '.repeat(5_000) + 'deep list\n';
  const fs = await findingsFor({ 'deep.yaml': deepYaml, 'deep.md': deepMd });
  assert.ok(fs.some((f) => pathOf(f.uri) === 'deep.yaml'), codes(fs).join('\n'));
  assert.ok(fs.some((f) => pathOf(f.uri) === 'deep.md' && f.code === 'unknown-control'), codes(fs).join('\n'));
});

test('CRLF line endings and a BOM: ranges stay exact in UTF-16 columns', () => {
  const text = '\uFEFF---\r\naims:\r\n  kind: policy\r\n---\r\n# Pólicy 😀\r\n\r\nSee A.6.2.9 😀 and A.7.4 (Human oversight).\r\n';
  const doc = parseDocument({ uri: 'file:///ws/p.md', relativePath: 'p.md', text, version: 1, config: DEFAULT_CONFIG });
  assert.equal(doc.meta.kind, 'policy');
  const ref = doc.references.find((r) => r.id === 'A.6.2.9')!;
  assert.deepEqual(doc.lines.range(ref.span), { start: { line: 6, character: 4 }, end: { line: 6, character: 11 } });
  const title = doc.references.find((r) => r.id === 'A.7.4')!.title!;
  // "😀" is two UTF-16 code units, so the title starts at column 26.
  assert.deepEqual(doc.lines.range(title.span), { start: { line: 6, character: 26 }, end: { line: 6, character: 41 } });
  assert.equal(doc.sections[0]!.title, 'Pólicy 😀');
});

test('empty, whitespace-only and front-matter-only files', async () => {
  const fs = await findingsFor({ 'a.md': '', 'b.md': '   \n\n', 'c.md': '---\n---\n', 'd.yaml': '', 'e.yaml': '---\n...\n' });
  assert.deepEqual(fs, []);
});

test('a bad .aims.yaml: schema findings in the configuration file, defaults used', async () => {
  const fs = await findingsFor({ '.aims.yaml': 'risk:\n  bands: 7\nrules:\n  unknown-control: loud\nmystery: 1\n', 'n.md': '# ISO/IEC 42001\n\nA.6.2.9\n' });
  assert.deepEqual(codes(fs).sort(), ['.aims.yaml schema', '.aims.yaml schema', '.aims.yaml schema', 'n.md unknown-control']);
  const lines = fs.filter((f) => f.code === 'schema').map((f) => f.range.start.line).sort();
  assert.deepEqual(lines, [1, 3, 4]);
});

test('a user ID pattern with look-behind is refused on its config line (patterns run on RE2)', async () => {
  const fs = await findingsFor({ '.aims.yaml': 'ids:\n  risk: "(?<!x)R-\\\\d+"\n', 'n.md': '# x\n' });
  assert.equal(fs.length, 1);
  assert.match(fs[0]!.message, /linear-time engine/);
});

test('parsing YAML leaves Error.stackTraceLimit as it found it (stacks are off only while composing)', () => {
  const before = Error.stackTraceLimit;
  try {
    for (const limit of [10, 3, Infinity]) {
      Error.stackTraceLimit = limit;
      const doc = parseDocument({ uri: 'file:///ws/x.yaml', relativePath: 'x.yaml', text: 'a: [\n b: c\n  - x\nd: {', version: 1, config: DEFAULT_CONFIG });
      assert.ok(doc.problems.length > 0);
      assert.equal(Error.stackTraceLimit, limit);
    }
  } finally {
    Error.stackTraceLimit = before;
  }
});
