import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, describeFinding } from '../support/check.js';
import { MemoryHost } from '../support/memoryHost.js';
import { createLanguageService, type Finding } from '../../server/src/core/index.js';

const codes = ['file-skipped'];
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Index a workspace given as bytes; return every finding as "path:range code" plus its message and severity. */
async function findingsOf(files: Record<string, string | Uint8Array>, settings?: unknown): Promise<Finding[]> {
  const service = createLanguageService(new MemoryHost(files), settings !== undefined ? { settings } : {});
  await service.indexWorkspace();
  return service.getAllFindings();
}

const lines = (fs: readonly Finding[]) => fs.map((f) => `${describeFinding(f)} ${f.severity}`).sort();

test('file-skipped: binary, non-UTF-8 and oversized files get one notice at the start and nothing else', async () => {
  const findings = await findingsOf({
    'risk/export.md': new Uint8Array([0x23, 0x20, 0x52, 0x00, 0x01, 0x02]),
    'governance/politique-ia.md': new Uint8Array([0x23, 0x20, 0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x0a]),
    'exports/chat-history.md': new Uint8Array(6 * 1024 * 1024).fill(0x61),
  });
  assert.deepEqual(lines(findings), [
    'exports/chat-history.md:0:0-0:0 file-skipped information',
    'governance/politique-ia.md:0:0-0:0 file-skipped information',
    'risk/export.md:0:0-0:0 file-skipped information',
  ]);
  const message = (path: string) => findings.find((f) => f.uri.endsWith(path))!.message;
  assert.match(message('risk/export.md'), /binary/);
  assert.match(message('governance/politique-ia.md'), /not valid UTF-8/);
  assert.match(message('exports/chat-history.md'), /6\.0 MB, above the 5\.0 MB limit \(max_file_size in \.aims\.yaml\)/);
});

test('file-skipped: max_file_size from the settings; a file at the limit is still read', async () => {
  const policy = (pad: number) => utf8(`# AI policy (ISO 42001)\n${'x'.repeat(pad)}\n`);
  const atLimit = policy(100 - policy(0).length);
  const aboveLimit = policy(101 - policy(0).length);
  assert.equal(atLimit.length, 100);
  assert.equal(aboveLimit.length, 101);
  const findings = await findingsOf({ 'a/at-limit.md': atLimit, 'b/above-limit.md': aboveLimit }, { max_file_size: 100 });
  assert.deepEqual(lines(findings.filter((f) => f.code === 'file-skipped')), ['b/above-limit.md:0:0-0:0 file-skipped information']);
});

test('file-skipped: a UTF-8 byte order mark, UTF-8 accents and files of other types are no reason to skip', async () => {
  const findings = await findingsOf({
    'governance/ai-policy.md': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# AI policy\nRésumé of our ISO 42001 commitments.\n')]),
    'diagrams/aims.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'exports/risks.xlsx': new Uint8Array(6 * 1024 * 1024),
  });
  assert.deepEqual(lines(findings.filter((f) => f.code === 'file-skipped')), []);
  assert.ok(findings.some((f) => f.uri.endsWith('ai-policy.md')), 'the policy is read and checked');
});

test('file-skipped: YAML nested deeper than the parser reads is cut off with a notice on the cut node', async () => {
  const depth = 70;
  const value = '['.repeat(depth) + '1' + ']'.repeat(depth);
  // The notice covers the first node below level 64: the innermost brackets from there on.
  const cut = depth - 64;
  const start = 'nested: '.length + depth - cut;
  await check(
    `
//- governance/policy.yaml
aims:
  kind: policy
  id: POL-001
nested: ${value}
${' '.repeat(start)}${'^'.repeat(2 * cut + 1)} file-skipped nested deeper than 64 levels
`,
    { codes },
  );
});
