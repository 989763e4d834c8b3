/**
 * Control tags in source code (parse/codeTags.ts): the reference rules fire at the tag, in
 * every comment syntax, and nowhere else: prose after `aims:`, a tag-like string in code, a
 * Markdown heading and an ordinary YAML key are not tags.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLanguageService, computeCoverage, parseDocument, DEFAULT_CONFIG } from '../../server/src/core/index.js';
import { scanCodeTags } from '../../server/src/core/parse/codeTags.js';
import { FileSystemHost } from '../../server/src/node/fsHost.js';
import { FileCacheStore } from '../../server/src/node/cacheStore.js';
import { check, workspace } from '../support/check.js';
import { MemoryHost, pathOf, uriOf } from '../support/memoryHost.js';
import { fuzzParams } from '../support/generators.js';
import { aged } from '../support/diskWorkspace.js';
import fc from 'fast-check';

const codes = ['unknown-control', 'objective-as-control', 'dangling-reference'];

const REGISTER = `
//- risk/register.yaml
aims:
  kind: risk-register
  id: RR-001
  title: AI risk register
  owner: CRO
  version: "1"
  status: draft
risks:
  - id: R-001
    title: Biased ranking
    systems: [SYS-001]

//- systems/talentmatch.yaml
aims:
  kind: ai-system
  id: SYS-001
  title: TalentMatch
  owner: CPO
  version: "1"
  status: draft
`;

test('code tags: findings at the tag in Python (comments and docstrings), TypeScript, Go, SQL, shell, HTML and a CI workflow', async () => {
  await check(
    REGISTER +
      `
//- src/ranking.py
"""Ranking service.

aims: A.6.2.8 SYS-001 "event log retention"
aims: A.6.2.9
      ^^^^^^^ unknown-control A.6.2.9 is not an ISO/IEC 42001 Annex A control
"""
# aims: A.9.3 R-001 "human review of rejections"
# aims: A.2.1
        ^^^^^ objective-as-control A.2.1 is the objective
def rank(candidates):
    # aims: A.7.4, R-404
                   ^^^^^ dangling-reference The risk R-404
    return sorted(candidates)

//- web/review.ts
// aims: A.9.3 SYS-007
               ^^^^^^^ dangling-reference The AI system SYS-007
/* aims: A.10.9 */
         ^^^^^^ unknown-control
/**
 * aims: A.6.2.6 "monitoring"
 */
export const review = () => true;

//- svc/main.go
package main
// aims: A.6.2.4-A.6.2.5 SYS-001
func main() {}

//- db/retention.sql
-- aims: A.7.99 "retention job"
         ^^^^^^ unknown-control

//- deploy/run.sh
#!/bin/sh
# aims: A.6.2.5 SYS-001

//- web/index.html
<!-- aims: A.8.2 SYS-001 "notice to users" -->

//- .github/workflows/ci.yml
name: ci
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    # aims: A.6.2.4 "verification in CI"
    # aims: A.6.2.44
            ^^^^^^^^ unknown-control
    steps:
      - run: npm test
`,
    { codes },
  );
});

test('code tags: not tags, so no finding: prose after aims:, tags inside strings or after code, a YAML comment of prose, a tag inside a YAML string, a text file', async () => {
  await check(
    REGISTER +
      `
//- src/notes.py
# aims: reduce bias in hiring decisions
# aims: A.6.2.9 covers this, see the wiki
msg = "aims: A.6.2.9"
x = 1  # aims: A.6.2.9
# Our aims: A.6.2.9 is mentioned in a sentence.
#aims:A.6.2.9

//- src/app.ts
const s = '// aims: A.6.2.9';
// The aims: A.10.9 are documented elsewhere.

//- config/app.yaml
# aims: keep the model small
settings:
  note: "# aims: A.6.2.9"
  url: https://example.com/#aims: A.6.2.9

//- README.txt
# aims: A.6.2.9
`,
    { codes },
  );
});

test('code tags: the scanner gives each ID and the note with exact spans, CRLF and lone CR included', () => {
  for (const style of ['hash', 'python'] as const) {
    const mac = 'x = 1\r# aims: A.6.2.8 SYS-002 "kept"\ry = 2\r# aims: A.6.2.9\r';
    assert.deepEqual(scanCodeTags(mac, style).map((t) => mac.slice(t.span.start, t.span.end)), ['aims: A.6.2.8 SYS-002 "kept"', 'aims: A.6.2.9'], style);
  }
  const text = 'x = 1\r\n# aims: A.6.2.8 SYS-002 "event log retention"\r\n';
  const [tag] = scanCodeTags(text, 'hash');
  assert.ok(tag);
  assert.deepEqual(
    tag.ids.map((i) => text.slice(i.span.start, i.span.end)),
    ['A.6.2.8', 'SYS-002'],
  );
  assert.equal(tag.note?.text, 'event log retention');
  assert.equal(text.slice(tag.span.start, tag.span.end), 'aims: A.6.2.8 SYS-002 "event log retention"');
  assert.deepEqual(scanCodeTags('print("aims: A.6.2.8")\n', 'python'), []);
});

test('code tags: a source file with tags is not an AIMS document; one without tags keeps nothing, not even its text', async () => {
  const { service } = await workspace(REGISTER + '\n//- src/a.py\n# aims: A.6.2.8 SYS-001\n\n//- src/b.py\nprint("no tag here")\n');
  const before = computeCoverage(service).documents;
  assert.equal(before, 2, 'the register and the system record');
  const b = service.getSummary('file:///ws/src/b.py')!;
  assert.equal(b.relevant, false);
  assert.equal(b.text, '');
  const a = service.getDocument('file:///ws/src/a.py')!;
  assert.deepEqual(
    a.references.map((r) => `${r.type} ${r.id}`),
    ['control A.6.2.8', 'system SYS-001'],
  );
  // code_tags: false reads no source file.
  const off = await workspace({ files: { '.aims.yaml': 'code_tags: false\n', 'src/a.py': '# aims: A.6.2.99\n' }, annotations: [] });
  assert.deepEqual(off.service.getAllFindings().filter((f) => f.uri.endsWith('.py')), []);
});

test('code tags: a source file the repository ignores (.gitignore, nested, negated) is not read; AIMS documents are, ignored or not', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'aims-tags-'));
  const write = (p: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), text);
  };
  write('.gitignore', 'build/\n*.gen.ts\n!keep.gen.ts\n');
  write('src/.gitignore', 'vendor/\n');
  write('build/out.py', '# aims: A.1.1\n');
  write('src/x.gen.ts', '// aims: A.1.2\n');
  write('src/keep.gen.ts', '// aims: A.1.3\n');
  write('src/vendor/lib.py', '# aims: A.1.4\n');
  write('src/app.py', '# aims: A.1.5\n');
  write('build/notes.md', '# ISO/IEC 42001 notes\n\nSee A.1.6.\n');
  const service = createLanguageService(new FileSystemHost(root, '2026-12-04'));
  await service.indexWorkspace();
  const found = service
    .getAllFindings()
    .filter((f) => f.code === 'unknown-control')
    .map((f) => `${path.relative(root, new URL(f.uri).pathname)} ${f.message.slice(0, 5)}`)
    .sort();
  assert.deepEqual(found, ['build/notes.md A.1.6', 'src/app.py A.1.5', 'src/keep.gen.ts A.1.3']);
});

test('code tags: generated, binary and over-limit source files are passed over without a finding, on disk and open in the editor', async () => {
  const tag = '// aims: A.9.99\n';
  const files: Record<string, string | Uint8Array> = {
    '.aims.yaml': 'max_file_size: 4000\n',
    'src/real.ts': tag,
    'web/app.min.js': tag,
    'api/model_pb2.py': '# aims: A.9.99\n',
    'gen/client.go': '// Code generated by protoc-gen-go. DO NOT EDIT.\n' + tag,
    'gen/types.ts': '/* eslint-disable */\n// @generated by the schema compiler\n' + tag,
    'media/clip.ts': new Uint8Array([0x47, 0x00, 0x11, 0x10, 0x00, 0x42]),
    'dist/bundle.js': tag + 'x'.repeat(5000),
  };
  const service = createLanguageService(new MemoryHost(files));
  await service.indexWorkspace();
  const show = () => service.getAllFindings().map((f) => `${pathOf(f.uri)} ${f.code}`).sort();
  assert.deepEqual(show(), ['src/real.ts unknown-control']);
  service.setDocument({ uri: uriOf('dist/bundle.js'), relativePath: 'dist/bundle.js' }, tag + 'y'.repeat(5000), 2);
  service.setDocument({ uri: uriOf('gen/client.go'), relativePath: 'gen/client.go' }, '// Code generated by protoc-gen-go. DO NOT EDIT.\n' + tag + tag, 2);
  service.setDocument({ uri: uriOf('web/app.min.js'), relativePath: 'web/app.min.js' }, tag, 2);
  assert.equal(service.getDocument(uriOf('web/app.min.js'))?.languageId, 'code', 'a generated file open in the editor is still read as code');
  assert.deepEqual(show(), ['src/real.ts unknown-control']);
  // A tag in prose that mentions generated code is still a tag.
  assert.equal(scanCodeTags('# Builds the generated report.\n# aims: A.6.2.8\n', 'hash').length, 1);
});

test('code tags: a Markdown document is never read as code, and a YAML AIMS document gains no reference from its comments unless they are tags', () => {
  const md = parseDocument({ uri: 'file:///ws/p.md', relativePath: 'p.md', text: '# aims: A.6.2.9\n', version: 1, config: DEFAULT_CONFIG });
  assert.equal(md.languageId, 'markdown');
});

test('code tags, warm run: untagged source files unchanged since the last run are not read again; a changed one is, and its new tag found', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'aims-tags-warm-'));
  const cacheRoot = mkdtempSync(path.join(tmpdir(), 'aims-tags-cache-'));
  mkdirSync(path.join(root, 'src'));
  // Enough files for the manifest to be kept (MANIFEST_MIN_FILES); fewer are simply read.
  for (let i = 0; i < 250; i++) writeFileSync(path.join(root, 'src', `m${i}.py`), `def f${i}():\n    return ${i}\n`);
  writeFileSync(path.join(root, 'src', 'tagged.py'), '# aims: A.6.2.99\n');
  // Written an hour ago, as a checkout is: a manifest trusts no stamp as young as itself.
  aged(root);
  const run = async () => {
    const host = new FileSystemHost(root, '2026-12-04', undefined, () => {}, new FileCacheStore({ root: cacheRoot, log: () => {} }));
    const reads: string[] = [];
    const readFile = host.readFile.bind(host);
    host.readFile = (uri, max) => {
      reads.push(uri.slice(uri.lastIndexOf('/') + 1));
      return readFile(uri, max);
    };
    const service = createLanguageService(host);
    await service.indexWorkspace();
    return { reads: reads.sort(), findings: service.getAllFindings().map((f) => `${f.uri.slice(f.uri.lastIndexOf('/') + 1)} ${f.code}`).sort() };
  };
  const cold = await run();
  assert.equal(cold.reads.length, 251);
  assert.deepEqual(cold.findings, ['tagged.py unknown-control']);
  const warm = await run();
  assert.deepEqual(warm.reads, ['tagged.py'], 'only the tagged file is read again (for its findings)');
  assert.deepEqual(warm.findings, cold.findings);
  // A changed file (new size and time) is read, and its new tag counts.
  writeFileSync(path.join(root, 'src', 'm3.py'), 'def f3():\n    # aims: A.1.9\n    return 3\n');
  const after = await run();
  assert.deepEqual(after.reads, ['m3.py', 'tagged.py']);
  assert.deepEqual(after.findings, ['m3.py unknown-control', 'tagged.py unknown-control']);
});

test('code tags, fuzzed: the scanner never throws, every span lies in the text on one line, every ID reads as written, and LF, CRLF and lone CR line ends read alike', () => {
  const piece = fc.constantFrom('# ', '// ', '/* ', ' */', '-- ', '<!-- ', ' -->', 'aims:', 'aims: ', 'A.6.2.8', 'A.6.2.9', 'SYS-002', 'R-001', ', ', ' ', '"note"', '"', '\n', '\r\n', '\r', '"""', "'''", 'x = 1', '\t', 'é', '😀');
  const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, fc.constantFrom('code', 'hash', 'python') as fc.Arbitrary<'code' | 'hash' | 'python'>, (t, style) => {
      const tags = scanCodeTags(t, style);
      for (const tag of tags) {
        assert.ok(tag.span.start >= 0 && tag.span.end <= t.length && tag.span.start < tag.span.end);
        assert.ok(!/[\r\n]/.test(t.slice(tag.span.start, tag.span.end)), 'a tag is one line');
        assert.ok(t.startsWith('aims:', tag.span.start));
        for (const id of tag.ids) assert.equal(t.slice(id.span.start, id.span.end), id.text);
      }
      // The same lines with LF, CRLF or lone CR (classic Mac) ends hold the same tags.
      const ends = (eol: string) => scanCodeTags(t.replace(/\r\n|\r|\n/g, eol), style).map((tag) => tag.ids.map((i) => i.text).join(' '));
      assert.deepEqual(ends('\r\n'), ends('\n'));
      assert.deepEqual(ends('\r'), ends('\n'));
    }),
    fuzzParams(500),
  );
});
