/**
 * Issue 14, item 7: nothing skipped in silence, no loose validation. Unreadable files and
 * names that are not UTF-8 are said on stderr; a configuration file that was not read is an
 * error on it (its settings do not apply, and the user is told); impossible dates and a folder
 * given as --config are usage errors; CSV exports cannot carry spreadsheet formulas.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../support/runCli.js';
import { FileSystemHost } from '../../server/src/node/fsHost.js';


const TODAY = ['--today', '2026-12-03', '--no-cache'];
const BAD = '# ISO/IEC 42001 notes\n\nSee A.6.2.9 for the details.\n';

function workspace(config: string | Buffer = 'version: 1\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-safe-valid-'));
  writeFileSync(path.join(dir, '.aims.yaml'), config);
  writeFileSync(path.join(dir, 'notes.md'), BAD);
  return dir;
}

test('--today 2026-02-31 is refused (exit 2); real days, leap days included, are taken', async () => {
  const dir = workspace();
  for (const bad of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-00-10', '2026-13-01'])
    assert.equal((await runCli(['check', '.', '--today', bad, '--no-cache'], dir)).code, 2, bad);
  assert.match((await runCli(['check', '.', '--today', '2026-02-31'], dir)).err, /--today must be a date written YYYY-MM-DD \(got "2026-02-31"\)/);
  for (const good of ['2028-02-29', '2026-12-31']) assert.equal((await runCli(['check', '.', '--today', good, '--no-cache'], dir)).code, 1, good);
});

test('--config DIR is refused (exit 2), not ignored', async () => {
  const dir = workspace();
  mkdirSync(path.join(dir, 'settings'));
  const r = await runCli(['check', '.', '--config', 'settings', ...TODAY], dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /--config needs a file; settings is a folder/);
});

test('a .aims.yaml over 1 MB is an error on the config, not silently ignored (its disabled rules stay on, and it says so)', async () => {
  const dir = workspace(`rules:\n  unknown-control: off\n# ${'x'.repeat(1024 * 1024)}\n`);
  const r = await runCli(['check', '.', ...TODAY], dir);
  assert.equal(r.code, 1);
  assert.match(r.out, /^\.aims\.yaml:1:1: error file-skipped: This configuration file was not read \(it is 10486\d\d bytes, above the 1 MB limit for a configuration file\): the defaults apply, not its settings/m);
  assert.match(r.out, /^notes\.md:3:5: error unknown-control/m);
});

test('a .aims.yaml that is not UTF-8 is an error on the config, not silently ignored', async () => {
  const dir = workspace(Buffer.from('rules:\n  unknown-control: off\n# Caf\xe9 rules\n', 'latin1'));
  const r = await runCli(['check', '.', ...TODAY], dir);
  assert.equal(r.code, 1);
  assert.match(r.out, /^\.aims\.yaml:1:1: error file-skipped: This configuration file was not read \(it is not UTF-8 text\)/m);
});

test('a file whose name is not valid UTF-8 gets a notice on stderr, once', async () => {
  const dir = workspace();
  writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'risk-register-caf')), Buffer.from([0xe9]), Buffer.from('.md')]), BAD);
  const r = await runCli(['coverage', '.', ...TODAY], dir);
  const notices = r.err.split('\n').filter((l) => l.includes('is not valid UTF-8'));
  assert.equal(notices.length, 1, r.err);
  assert.match(notices[0]!, /^aims: risk-register-caf\uFFFD\.md: the name is not valid UTF-8, so it was not read \(rename it to have it checked\)$/);
});

test('a file that cannot be read gets a notice (the host says it; the CLI prints it on stderr)', async () => {
  const dir = workspace();
  const file = path.join(dir, 'gone.md');
  writeFileSync(file, BAD);
  const notices: string[] = [];
  const host = new FileSystemHost(dir, '2026-12-03');
  host.onNotice = (m) => notices.push(m);
  assert.ok((await host.listFiles()).some((f) => f.relativePath === 'gone.md'));
  unlinkSync(file);
  assert.equal(await host.readFile(pathToFileURL(file).href), undefined);
  assert.deepEqual(notices, ['gone.md: the file could not be read (ENOENT); it was not checked']);
  if (process.getuid?.() !== 0) {
    // Root reads anything; elsewhere a file without read permission shows the CLI's stderr line.
    writeFileSync(path.join(dir, 'locked.md'), BAD);
    chmodSync(path.join(dir, 'locked.md'), 0o000);
    const r = await runCli(['check', '.', ...TODAY], dir);
    assert.match(r.err, /^aims: locked\.md: the file could not be read \(EACCES\); it was not checked$/m);
  }
});

test('soa --format csv guards cells starting with = + - @ against formula injection', async () => {
  const dir = workspace();
  writeFileSync(
    path.join(dir, 'soa.md'),
    '# Statement of applicability\n\n| Control | Applicable | Justification | Status | Evidence |\n|---|---|---|---|---|\n' +
      '| A.2.2 | Yes | =HYPERLINK("http://evil.example","x") | +implemented | @SUM(A1) |\n' +
      '| A.2.3 | No | -1 reason | planned | POL-001 |\n',
  );
  const r = await runCli(['soa', '.', '--format', 'csv', ...TODAY], dir);
  const rows = r.out.split('\r\n');
  const a22 = rows.find((l) => l.startsWith('A.2.2,'))!;
  assert.equal(a22, `A.2.2,AI policy,yes,"'=HYPERLINK(""http://evil.example"",""x"")","'+implemented","'@SUM(A1)"`);
  assert.equal(rows.find((l) => l.startsWith('A.2.3,')), `A.2.3,Alignment with other organizational policies,no,"'-1 reason",planned,POL-001`);
  for (const line of rows) for (const cell of line.split(',')) assert.doesNotMatch(cell, /^[=+\-@]/, line);
});

test('a URI with a malformed %-escape ("bad%zz.md") names the file as written: read when it exists, a notice when not, never an uncaught error', async () => {
  const dir = workspace();
  writeFileSync(path.join(dir, 'bad%zz.md'), '# notes\n');
  const notices: string[] = [];
  const host = new FileSystemHost(dir, '2026-12-03');
  host.onNotice = (m) => notices.push(m);
  // vscode-uri keeps a malformed escape as written (Node's fileURLToPath threw on it).
  assert.equal(Buffer.from((await host.readFile(pathToFileURL(dir).href + '/bad%zz.md'))!).toString(), '# notes\n');
  assert.deepEqual(notices, []);
  assert.equal(await host.readFile('file:///nowhere/bad%zz.md'), undefined);
  assert.equal(notices.length, 1);
  assert.match(notices[0]!, /^\/nowhere\/bad%zz\.md: (?:the file could not be read|outside the workspace)/);
  // Another scheme is still no file.
  assert.equal(await host.readFile('untitled:Untitled-1'), undefined);
});
