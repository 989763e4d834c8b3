/**
 * SARIF partialFingerprints for findings: what makes an alert the same alert
 * from one run to the next. Code scanning matches alerts by fingerprint; with
 * none it falls back to a hash of the line it reads itself, and a fingerprint
 * holding a line number would call every finding below an inserted line new.
 * Ours is the rule code, the repository-relative path, the finding's line and
 * flagged text with whitespace collapsed, and a counter that tells apart
 * findings with all of those equal (in the findings' order).
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../core/index.js';

/** The key under partialFingerprints; the version goes up if what is hashed ever changes. */
export const FINGERPRINT_KEY = 'aimsFinding/v1';

export function fingerprints(findings: readonly Finding[], pathOf: (uri: string) => string, textOf: (uri: string) => string | undefined): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const text = textOf(f.uri);
    const line = text === undefined ? { start: 0, end: 0 } : lineAt(text, f.span.start);
    // Only the flagged text's first line: a span over a whole section would otherwise change with any edit in it.
    const flagged = text === undefined ? '' : text.slice(f.span.start, Math.min(f.span.end, line.end));
    const key = [f.code, pathOf(f.uri), squash(text?.slice(line.start, line.end) ?? ''), squash(flagged)].join('\0');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n}`;
  });
}

/** Where the line holding an offset starts and ends (any line end: \n, \r\n, a lone \r). */
function lineAt(text: string, offset: number): { start: number; end: number } {
  const at = Math.min(Math.max(offset, 0), text.length);
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
