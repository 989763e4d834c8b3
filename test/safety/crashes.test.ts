/**
 * Issue 14, item 4: no input crashes a run. Spreading a huge array into a call
 * (`push(...ids)`, `Math.max(...widths)`) overflows V8's stack at about 100,000 items; the
 * CLI then said "internal error" (exit 2). The engine loops instead (core/util/arrays.ts, held
 * by a lint rule), and these inputs run to findings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/runCli.js';


function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aims-safe-crash-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const ARGS = ['--today', '2026-12-03', '--no-cache', '--format', 'json'];

test('"R-001 " x 200,000 in one file: check gives its dangling references, no stack overflow (not exit 2)', async () => {
  const dir = workspace({ 'notes.md': '# Risk notes (ISO/IEC 42001)\n\n' + 'R-001 '.repeat(200_000) + '\n' });
  const { code, out, err } = await runCli(['check', '.', ...ARGS], dir);
  assert.notEqual(code, 2, err);
  assert.doesNotMatch(err, /internal error|Maximum call stack/i);
  const findings = JSON.parse(out).findings as { code: string }[];
  assert.ok(findings.some((f) => f.code === 'dangling-reference'));
});

test('a 20,000-row risk table: check and coverage finish (no stack overflow)', async () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => `| R-${String(i + 1).padStart(5, '0')} | Risk ${i} | 3 | 4 | 12 | High | Owner | Mitigate |`).join('\n');
  const dir = workspace({ 'risk-register.md': `# AI risk register (ISO/IEC 42001)\n\n| ID | Risk | Likelihood | Impact | Score | Level | Owner | Treatment |\n|---|---|---|---|---|---|---|---|\n${rows}\n` });
  const check = await runCli(['check', '.', ...ARGS], dir);
  assert.notEqual(check.code, 2, check.err);
  assert.doesNotMatch(check.err, /internal error|Maximum call stack/i);
  const coverage = await runCli(['coverage', '.', '--today', '2026-12-03', '--no-cache'], dir);
  assert.notEqual(coverage.code, 2, coverage.err);
  assert.doesNotMatch(coverage.err, /internal error|Maximum call stack/i);
});
