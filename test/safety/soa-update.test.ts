/**
 * Issue 14, item 1: `aims soa --update FILE --write` never loses a line. A file that was
 * not read in full is refused (exit 2, untouched); the write stays inside the workspace,
 * is atomic, and keeps the BOM and line endings; an update that could not be complete
 * is refused rather than called "already up to date".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/runCli.js';

const TODAY = ['--today', '2026-12-03', '--no-cache'];


function workspace(config = 'version: 1\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-safe-soa-'));
  writeFileSync(path.join(dir, '.aims.yaml'), config);
  return dir;
}

const TABLE = '# Statement of applicability\n\n| Control | Title | Applicable | Justification |\n|---|---|---|---|\n| A.2.2 | AI policy | Yes | Our policy, written by hand |\n';

/** Write `bytes` as soa.md, run --update --write, and check it is refused and left byte for byte as it was. */
async function refusedUntouched(bytes: Buffer, why: RegExp, config?: string): Promise<void> {
  const dir = workspace(config);
  const file = path.join(dir, 'soa.md');
  writeFileSync(file, bytes);
  const r = await runCli(['soa', '--update', 'soa.md', '--write', ...TODAY], dir);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /soa\.md was not updated \(nothing was written\)/);
  assert.match(r.err, why);
  assert.deepEqual(readFileSync(file), bytes);
  assert.deepEqual(readdirSync(dir).sort(), ['.aims.yaml', 'soa.md'], 'no temporary file is left behind');
  const printed = await runCli(['soa', '--update', 'soa.md', ...TODAY], dir);
  assert.equal(printed.code, 2, 'printing is refused too');
  assert.equal(printed.out, '');
}

test('soa --update --write refuses a Latin-1 file and leaves it untouched', async () => {
  await refusedUntouched(Buffer.concat([Buffer.from(TABLE), Buffer.from('| A.2.3 | Alignment | Yes | Caf\xe9 policy |\n', 'latin1')]), /not valid UTF-8/);
});

test('soa --update --write refuses a UTF-16 file and leaves it untouched', async () => {
  await refusedUntouched(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TABLE, 'utf16le')]), /UTF-16/);
});

test('soa --update --write refuses a file with a NUL byte past the first 8 KB and leaves it untouched', async () => {
  await refusedUntouched(Buffer.from(TABLE + 'x'.repeat(10_000) + '\0\n'), /NUL bytes/);
});

test('soa --update --write refuses a file over max_file_size and leaves it untouched', async () => {
  await refusedUntouched(Buffer.from(TABLE + 'Notes. '.repeat(200)), /larger than max_file_size \(1000 bytes/, 'version: 1\nmax_file_size: 1000\n');
});

test('soa --update DIR says it is a folder (exit 2)', async () => {
  const dir = workspace();
  mkdirSync(path.join(dir, 'soa.md'));
  const r = await runCli(['soa', '--update', 'soa.md', ...TODAY], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /soa\.md is a folder/);
});

test('soa --update --write does not write through a symlink that leaves the workspace', async () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'aims-safe-outside-'));
  const target = path.join(outside, 'soa.md');
  writeFileSync(target, TABLE);
  const dir = workspace();
  symlinkSync(target, path.join(dir, 'soa.md'));
  const r = await runCli(['soa', '--update', 'soa.md', '--write', ...TODAY], dir);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /outside the workspace/);
  assert.equal(readFileSync(target, 'utf8'), TABLE);
  assert.deepEqual(readdirSync(outside), ['soa.md']);
});

test('soa --update --write refuses a file outside the workspace given by path', async () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'aims-safe-outside-'));
  const target = path.join(outside, 'soa.md');
  writeFileSync(target, TABLE);
  const dir = workspace();
  writeFileSync(path.join(dir, 'notes.md'), '# ISO/IEC 42001 notes\n');
  const r = await runCli(['soa', '--update', target, '--write', '.', ...TODAY], dir);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /outside the workspace/);
  assert.equal(readFileSync(target, 'utf8'), TABLE);
});

test('soa --update --write keeps a UTF-8 BOM and CRLF line endings, writes by rename and keeps the permissions', async () => {
  const dir = workspace();
  const file = path.join(dir, 'soa.md');
  const original = '\uFEFF' + TABLE.replace(/\n/g, '\r\n');
  writeFileSync(file, original, { mode: 0o640 });
  const inode = statSync(file).ino;
  const r = await runCli(['soa', '--update', 'soa.md', '--write', ...TODAY], dir);
  assert.equal(r.code, 1, r.err); // 1: the workspace, as read before the update, lacks decisions
  assert.match(r.err, /updated: soa\.md/);
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
  const text = bytes.toString('utf8').slice(1);
  assert.ok(text.startsWith(TABLE.replace(/\n/g, '\r\n')), 'every line as it was');
  assert.equal(text.split('\r\n').length - 1, text.split('\n').length - 1, 'every line break is CRLF');
  assert.match(text, /\r\n\| A\.2\.3 \| Alignment with other organizational policies \| Undecided \| \|\r\n/);
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.notEqual(statSync(file).ino, inode, 'replaced by a rename, never truncated in place');
  assert.deepEqual(readdirSync(dir).sort(), ['.aims.yaml', 'soa.md']);
});

test('soa --update --write through a symlink inside the workspace replaces the real file and keeps the link', async () => {
  const dir = workspace();
  mkdirSync(path.join(dir, 'docs'));
  const real = path.join(dir, 'docs', 'soa.md');
  writeFileSync(real, TABLE);
  symlinkSync(real, path.join(dir, 'soa.md'));
  const r = await runCli(['soa', '--update', 'soa.md', '--write', ...TODAY], dir);
  assert.equal(r.code, 1, r.err); // 1: the workspace, as read before the update, lacks decisions
  assert.ok(statSync(path.join(dir, 'soa.md')).isFile());
  assert.match(readFileSync(real, 'utf8'), /\| A\.10\.4 \|/);
});

test('soa --update refuses a flow-style YAML controls list instead of calling it up to date', async () => {
  const dir = workspace();
  const text = 'aims:\n  kind: soa\ncontrols: [{id: A.2.2, applicable: true}, {id: A.2.3, applicable: true}]\n';
  writeFileSync(path.join(dir, 'soa.yaml'), text);
  const r = await runCli(['soa', '--update', 'soa.yaml', '--write', ...TODAY], dir);
  assert.equal(r.code, 2, r.err);
  assert.doesNotMatch(r.err, /already up to date/);
  assert.match(r.err, /flow style/);
  assert.equal(readFileSync(path.join(dir, 'soa.yaml'), 'utf8'), text);
});

test('soa --update refuses YAML merge keys (<<: *def) in the controls items', async () => {
  const dir = workspace();
  const text = 'aims:\n  kind: soa\ndefaults: &def\n  applicable: true\ncontrols:\n  - id: A.2.2\n    <<: *def\n';
  writeFileSync(path.join(dir, 'soa.yaml'), text);
  const r = await runCli(['soa', '--update', 'soa.yaml', '--write', ...TODAY], dir);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /merge keys/);
  assert.equal(readFileSync(path.join(dir, 'soa.yaml'), 'utf8'), text);
});

test('soa --update of a block-style YAML SoA adds every missing control (the check passes)', async () => {
  const dir = workspace();
  const text = 'aims:\n  kind: soa\ncontrols:\n  - id: A.2.2\n    applicable: true\n    justification: Written by hand\n';
  writeFileSync(path.join(dir, 'soa.yaml'), text);
  const r = await runCli(['soa', '--update', 'soa.yaml', '--write', ...TODAY], dir);
  assert.equal(r.code, 1, r.err); // 1: the workspace, as read before the update, lacks decisions
  const after = readFileSync(path.join(dir, 'soa.yaml'), 'utf8');
  assert.ok(after.startsWith(text));
  assert.equal(after.match(/- id: A\.\d+\.\d+/g)?.length, 38);
});
