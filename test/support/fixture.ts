/**
 * Fixture strings for data-driven tests.
 *
 * Several files in one string, each introduced by a line `//- path` (a path may hold spaces,
 * as exports name files: `//- AIMS/AI Systems 6b65….csv`):
 *
 *     //- governance/policy.md
 *     ---
 *     aims: { kind: policy }
 *     ---
 *     Uses A.6.2.9 for logs.
 *          ^^^^^^^ unknown-control
 *
 * A line whose first non-blank character is `^` is an annotation, not text:
 * it marks columns of the previous text line and names the rule code expected
 * there (optionally followed by a fragment the message must contain). The
 * annotation lines are removed before the engine sees the file. A `|` cursor
 * is marked by the two characters `$0` (for feature tests).
 */
export interface Annotation {
  readonly path: string;
  /** 0-based line in the file as the engine sees it (annotations removed). */
  readonly line: number;
  readonly startCharacter: number;
  readonly endCharacter: number;
  readonly code: string;
  readonly messageIncludes?: string;
}

export interface Fixture {
  readonly files: Record<string, string>;
  readonly annotations: readonly Annotation[];
  readonly cursor?: { readonly path: string; readonly offset: number };
}

const ANNOTATION = /^(\s*)(\^+)\s+([a-z][a-z0-9-]*)(?:\s+(.+))?$/;

export function parseFixture(text: string, defaultPath = 'doc.md'): Fixture {
  const source = text.replace(/^\n/, '');
  const chunks: { path: string; lines: string[] }[] = [];
  for (const line of source.split('\n')) {
    const header = /^\/\/- (\S(?:.*\S)?)[ \t]*$/.exec(line);
    if (header) chunks.push({ path: header[1]!, lines: [] });
    else {
      if (chunks.length === 0) chunks.push({ path: defaultPath, lines: [] });
      chunks[chunks.length - 1]!.lines.push(line);
    }
  }
  const files: Record<string, string> = {};
  const annotations: Annotation[] = [];
  let cursor: Fixture['cursor'];
  for (const chunk of chunks) {
    const kept: string[] = [];
    for (const line of chunk.lines) {
      const m = ANNOTATION.exec(line);
      if (m && kept.length > 0) {
        annotations.push({
          path: chunk.path,
          line: kept.length - 1,
          startCharacter: m[1]!.length,
          endCharacter: m[1]!.length + m[2]!.length,
          code: m[3]!,
          ...(m[4] ? { messageIncludes: m[4].trim() } : {}),
        });
      } else kept.push(line);
    }
    let content = kept.join('\n');
    const at = content.indexOf('$0');
    if (at >= 0) {
      cursor = { path: chunk.path, offset: at };
      content = content.slice(0, at) + content.slice(at + 2);
    }
    files[chunk.path] = content;
  }
  return { files, annotations, ...(cursor ? { cursor } : {}) };
}
