/**
 * End to end in a real LSP client nobody here wrote: Neovim's built-in client
 * (apt neovim 0.7) starts the bundled server over stdio, receives diagnostics,
 * hovers a control ID and renames a risk ID. Skipped when nvim is not installed
 * (.ci/run installs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SOURCE_TEST_DIR } from '../support/snapshot.js';
import { SERVER } from '../support/lspClient.js';
import { SERVER_NODE_FLAGS } from '../../protocol/serverProcess.js';

const HARNESS = path.join(SOURCE_TEST_DIR, 'e2e', 'neovim', 'harness.lua');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

function nvim(env: Record<string, string>): { code: number | null; lines: string[]; stderr: string } {
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${HARNESS}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, AIMS_SERVER: `${process.execPath} ${SERVER_NODE_FLAGS.join(' ')} ${SERVER} --stdio`, ...env },
  });
  return { code: r.status, lines: (r.stdout + r.stderr).split('\n').filter(Boolean), stderr: r.stderr };
}

function positionOf(text: string, needle: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return `${before.length - 1}:${before[before.length - 1]!.length}`;
}

test('Neovim: diagnostics and hover on the example risk register', { skip: !hasNvim && 'nvim not installed' }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'aims-nvim-'));
  cpSync(path.resolve(SOURCE_TEST_DIR, '..', 'examples'), root, { recursive: true });
  const file = path.join(root, 'risk', 'risk-register.yaml');
  const text = readFileSync(file, 'utf8');
  const r = nvim({ AIMS_ROOT: root, AIMS_FILE: file, AIMS_EXPECT: '1', AIMS_HOVER: positionOf(text, 'A.9.4') });
  assert.equal(r.code, 0, r.lines.join('\n'));
  assert.ok(r.lines.some((l) => /^DIAG 63:11 risk-level-mismatch R-004 is rated "medium"/.test(l)), r.lines.join('\n'));
  const hover = r.lines.find((l) => l.startsWith('HOVER '));
  assert.ok(hover && hover.includes('A.9.4') && hover.includes('Intended use of the AI system'), r.lines.join('\n'));
});

test('Neovim: renaming a risk ID edits every file that cites it', { skip: !hasNvim && 'nvim not installed' }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'aims-nvim-'));
  cpSync(path.resolve(SOURCE_TEST_DIR, '..', 'examples'), root, { recursive: true });
  const file = path.join(root, 'risk', 'risk-register.yaml');
  const text = readFileSync(file, 'utf8');
  const at = positionOf(text, 'R-004');
  const r = nvim({ AIMS_ROOT: root, AIMS_FILE: file, AIMS_EXPECT: '1', AIMS_RENAME: `${at}:R-099` });
  assert.equal(r.code, 0, r.lines.join('\n'));
  const rename = r.lines.find((l) => l.startsWith('RENAME '));
  assert.ok(rename, r.lines.join('\n'));
  const [, files] = /RENAME (\d+) files/.exec(rename)!;
  assert.ok(Number(files) >= 2, rename);
  assert.ok(r.lines.some((l) => l.startsWith('LINE ') && l.includes('R-099')), r.lines.join('\n'));
});
