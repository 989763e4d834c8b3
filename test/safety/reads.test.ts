/**
 * Issue 14, items 3 and 5: what the hosts read. Nothing outside the workspace (links are
 * followed to their real path and refused when it leaves the root); nothing read past its
 * limit, whatever `stat` says (a link to /proc/self/pagemap has size 0 and no end); and an
 * open buffer over max_file_size is not parsed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../support/runCli.js';
import { FileSystemHost } from '../../server/src/node/fsHost.js';
import { createLanguageService } from '../../server/src/core/index.js';
import { LspClient } from '../support/lspClient.js';


const ARGS = ['--today', '2026-12-03', '--no-cache', '--format', 'json'];
const BAD = '# ISO/IEC 42001 notes\n\nSee A.6.2.9 for the details.\n';

function dirs(): { outside: string; root: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'aims-safe-reads-'));
  const outside = path.join(base, 'outside');
  const root = path.join(base, 'workspace');
  mkdirSync(outside);
  mkdirSync(root);
  writeFileSync(path.join(root, 'notes.md'), BAD);
  return { outside, root };
}

const codes = (out: string) => (JSON.parse(out).findings as { code: string; path: string }[]).map((f) => `${f.path} ${f.code}`);

test('a link to /proc/self/pagemap is not read (it leaves the workspace), and the run says so', { skip: !existsSync('/proc/self/pagemap') && 'no /proc here' }, async () => {
  const { root } = dirs();
  symlinkSync('/proc/self/pagemap', path.join(root, 'pagemap.md'));
  const before = process.memoryUsage().rss;
  const { code, err } = await runCli(['check', '.', ...ARGS], root);
  assert.equal(code, 1);
  assert.match(err, /pagemap\.md: a link to a file outside the workspace; it was not read/);
  assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'memory grew by more than 200 MB');
});

test('reads stop at the limit whatever stat says: a 10 MB file read with a 1,000-byte cap gives 1,001 bytes', async () => {
  const { root } = dirs();
  const big = path.join(root, 'big.md');
  writeFileSync(big, 'x'.repeat(10 * 1024 * 1024));
  const host = new FileSystemHost(root, '2026-12-03');
  const bytes = await host.readFile(pathToFileURL(big).href, 1000);
  assert.equal(bytes?.length, 1001);
});

test('a 1.5 GB sparse guidance overlay is refused before being read (its cap is 4 MB)', async () => {
  const { root } = dirs();
  writeFileSync(path.join(root, '.aims.yaml'), 'guidance:\n  overlay: licensed.md\n');
  writeFileSync(path.join(root, 'licensed.md'), '');
  truncateSync(path.join(root, 'licensed.md'), 1.5 * 1024 * 1024 * 1024);
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const { code, out } = await runCli(['check', '.', ...ARGS], root);
  assert.equal(code, 1);
  assert.ok(performance.now() - t < 5000, 'took more than 5 s');
  assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'memory grew by more than 200 MB');
  assert.ok(codes(out).includes('.aims.yaml schema'), out);
  assert.match(out, /larger than the 4 MB limit for an overlay/);
});

test('a linked .aims.yaml outside the root is not read: its settings do not apply', async () => {
  const { outside, root } = dirs();
  writeFileSync(path.join(outside, 'aims.yaml'), 'rules:\n  unknown-control: off\n');
  symlinkSync(path.join(outside, 'aims.yaml'), path.join(root, '.aims.yaml'));
  const { out, err } = await runCli(['check', '.', ...ARGS], root);
  assert.ok(codes(out).includes('notes.md unknown-control'), out);
  assert.match(err, /\.aims\.yaml: a link to a file outside the workspace; it was not read/);
});

test('a linked document outside the root is not read: its text never surfaces in findings', async () => {
  const { outside, root } = dirs();
  writeFileSync(path.join(outside, 'secret.md'), '# ISO/IEC 42001\n\nTOKEN-4242 sees A.6.2.99 here.\n');
  symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'linked.md'));
  // A link inside the root to a file inside the root is fine.
  symlinkSync(path.join(root, 'notes.md'), path.join(root, 'alias.md'));
  const { out, err } = await runCli(['check', '.', ...ARGS], root);
  assert.doesNotMatch(out, /A\.6\.2\.99|TOKEN-4242/);
  assert.match(err, /linked\.md: a link to a file outside the workspace/);
  assert.ok(codes(out).includes('alias.md unknown-control'), out);
});

test('a listed file replaced by a link to outside the root after the listing is not read', async () => {
  const { outside, root } = dirs();
  writeFileSync(path.join(outside, 'secret.md'), '# ISO/IEC 42001\n\nTOKEN-4242 sees A.6.2.99 here.\n');
  const notices: string[] = [];
  const host = new FileSystemHost(root, '2026-12-03');
  host.onNotice = (n) => notices.push(n);
  const [file] = await host.listFiles();
  assert.equal(file!.relativePath, 'notes.md');
  assert.match(new TextDecoder().decode(host.readFileNow(file!.uri)), /A\.6\.2\.9/);
  // Swapped for a link between the listing and the read (the listing's verdict no longer holds).
  rmSync(path.join(root, 'notes.md'));
  symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'notes.md'));
  assert.equal(host.readFileNow(file!.uri), undefined);
  assert.ok(notices.some((n) => /outside the workspace/.test(n)), notices.join('\n'));
});

test('a linked folder is not walked: a link to / or to an ancestor cannot loop or leave the root', async () => {
  const { outside, root } = dirs();
  writeFileSync(path.join(outside, 'far.md'), BAD);
  symlinkSync(outside, path.join(root, 'far'));
  symlinkSync(root, path.join(root, 'loop'));
  const host = new FileSystemHost(root, '2026-12-03');
  const files = (await host.listFiles()).map((f) => f.relativePath);
  assert.deepEqual(files, ['notes.md']);
});

test('an open document over max_file_size is not parsed: one notice, and the language service answers at once', async () => {
  const { root } = dirs();
  writeFileSync(path.join(root, '.aims.yaml'), 'max_file_size: 100000\n');
  const service = createLanguageService(new FileSystemHost(root, '2026-12-03'));
  await service.indexWorkspace();
  const uri = pathToFileURL(path.join(root, 'huge.md')).href;
  const t = performance.now();
  service.setDocument({ uri, relativePath: 'huge.md' }, '# ISO/IEC 42001\n\n' + 'See A.6.2.9. '.repeat(100_000), 1);
  const findings = service.getFindings(uri);
  assert.ok(performance.now() - t < 1000);
  assert.deepEqual(findings.map((f) => f.code), ['file-skipped']);
  assert.match(findings[0]!.message, /larger than the .* limit/);
  // Shrunk under the limit, it is read again.
  service.setDocument({ uri, relativePath: 'huge.md' }, '# ISO/IEC 42001\n\nSee A.6.2.9.\n', 2);
  assert.deepEqual(service.getFindings(uri).map((f) => f.code), ['unknown-control']);
});

test('a 20 MB didOpen leaves the server answering: a hover on another document comes back within 2 s', async () => {
  const { root } = dirs();
  const uri = pathToFileURL(root).href;
  const c = LspClient.start();
  try {
    await c.initialize(uri);
    const huge = uri + '/huge.md';
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: huge, languageId: 'markdown', version: 1, text: '# ISO/IEC 42001\n\n' + 'See A.6.2.9. '.repeat(1_600_000) } });
    const notes = uri + '/notes.md';
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: notes, languageId: 'markdown', version: 1, text: BAD } });
    const t = performance.now();
    const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: notes }, position: { line: 2, character: 6 } });
    assert.ok(performance.now() - t < 2000, `hover took ${(performance.now() - t).toFixed(0)} ms`);
    assert.ok(hover);
    await c.waitFor(() => c.diagnostics.get(huge)?.diagnostics.some((d) => d.code === 'file-skipped') === true, 'the file-skipped notice on the huge buffer');
  } finally {
    await c.stop();
  }
});
