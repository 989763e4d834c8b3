/**
 * Issue 14, item 6: no terminal escape injection. What `aims check` (text, github) and
 * `aims coverage` (text, markdown) print shows control characters from file names and
 * quoted document text as visible escapes: a file name cannot set the terminal's title,
 * colour the output or start a line that reads like a finding.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/runCli.js';
import { formatText } from '../../server/src/cli/formatText.js';
import { formatGithub } from '../../server/src/cli/formatGithub.js';
import { visible } from '../../server/src/report/visible.js';
import type { Finding } from '../../server/src/core/index.js';


const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const TITLE = '\x1b]0;pwned\x07';
const FORGED = '\nforged.md:1:1: error unknown-control: this line was written by a file name\n';

test('visible: escapes, line breaks, C1 and bidi overrides are shown, printable text is kept', () => {
  assert.equal(visible(`a${TITLE}b`), 'a\\x1b]0;pwned\\x07b');
  assert.equal(visible('x\ny\r\u009b31m\u202eevil'), 'x\\ny\\r\\x9b31m\\u202eevil');
  assert.equal(visible('Café A.6.2.4 — ok\ttab'), 'Café A.6.2.4 — ok\ttab');
});

test('a file named with an escape sequence and a newline cannot set the terminal title or forge a finding line in aims check', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-safe-term-'));
  writeFileSync(path.join(dir, '.aims.yaml'), 'version: 1\n');
  const name = `notes${TITLE}${FORGED}x.md`;
  writeFileSync(path.join(dir, name), '# ISO/IEC 42001 notes\n\nSee A.6.2.9 for the details.\n');
  for (const format of ['text', 'github']) {
    const r = await runCli(['check', '.', '--format', format, '--today', '2026-12-03', '--no-cache'], dir);
    assert.equal(r.code, 1, r.err);
    assert.doesNotMatch(r.out, RAW_CONTROL, format);
    assert.equal(r.out.split('\n').filter((l) => l.startsWith('forged.md')).length, 0, `${format}: no forged line`);
    if (format === 'text') assert.match(r.out, /^notes\\x1b\]0;pwned\\x07\\nforged\.md:1:1: error unknown-control: this line was written by a file name\\nx\.md:3:5: error unknown-control: A\.6\.2\.9/m);
  }
  for (const format of ['text', 'markdown']) {
    const r = await runCli(['coverage', '.', '--format', format, '--today', '2026-12-03', '--no-cache'], dir);
    assert.doesNotMatch(r.out, RAW_CONTROL, format);
    assert.equal(r.out.split('\n').filter((l) => l.startsWith('forged.md')).length, 0, `${format}: no forged line`);
  }
});

test('quoted document text with escape sequences is printed visible by the text and github formats', () => {
  const f: Finding = {
    code: 'control-title-mismatch',
    severity: 'warning',
    message: `"${TITLE}\x1b[2J\u009b1;31mReporting" names another control`,
    uri: 'file:///ws/soa.md',
    span: { start: 0, end: 1 },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    related: [],
  };
  const text = formatText([f], () => 'soa.md', { documents: 1, percent: 0, requirementsProvided: 0, requirements: 18, controlsDecided: 0, controls: 38 } as never);
  assert.doesNotMatch(text, RAW_CONTROL);
  assert.match(text, /^soa\.md:1:1: warning control-title-mismatch: "\\x1b\]0;pwned\\x07\\x1b\[2J\\x9b1;31mReporting" names another control$/m);
  const gh = formatGithub([{ ...f, message: 'first\nsecond \x1b[31m' }], () => 'a\x1b,b.md');
  assert.doesNotMatch(gh, RAW_CONTROL);
  assert.equal(gh, '::warning file=a\\x1b%2Cb.md,line=1,col=1,endLine=1,endColumn=2,title=control-title-mismatch::first%0Asecond \\x1b[31m\n');
});
