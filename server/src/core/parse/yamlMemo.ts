/**
 * What the chunked YAML reader (yamlChunks.ts) asks of small pieces of a file on every edit,
 * by their text, remembered: most edits leave those pieces as they were. Bounded memos whose
 * keys are copies, not views of a document's text.
 */
import { parseYaml } from './yaml.js';

/**
 * Whether the parse under way reads a new version of a document it read before: only then are
 * the memos below written. A first read (a closed document indexed, or one just opened) is
 * not asked again, and the index's thousands of first reads filled them with copies of text
 * no edit would ask for (a few hundred bytes of retained memory per YAML document).
 */
let on = false;

/** Run `f` with the memos written (`remember`) or only read. */
export function remembering<T>(remember: boolean, f: () => T): T {
  on = remember;
  try {
    return f();
  } finally {
    on = false;
  }
}

/**
 * Whether these lines, parsed alone, are broken (and not by a quote or bracket left open), by
 * their text: yamlChunks.ts split() asks it on every edit for every stray line still in the file, whose
 * lines are unchanged by nearly every edit. Bounded; keys are copies, not views of the text.
 */
const strayMemo = new Map<string, boolean>();
const MAX_MEMO = 2_000;

export function readsAsStray(lines: string): boolean {
  let stray = strayMemo.get(lines);
  if (stray === undefined) {
    const problems = parseYaml(lines).problems;
    stray = problems.length > 0 && !problems.some((q) => /Missing closing|to end with/.test(q.message));
    if (on) {
      if (strayMemo.size >= MAX_MEMO) strayMemo.clear();
      strayMemo.set((' ' + lines).slice(1), stray);
    }
  }
  return stray;
}

/** Where that tiny document's mapping ends, by its text: asked on every edit, unchanged by most. Bounded. */
const endMemo = new Map<string, number>();

export function mappingEnd(source: string): number {
  let end = endMemo.get(source);
  if (end === undefined) {
    end = parseYaml(source).root?.span.end ?? 0;
    if (on) {
      if (endMemo.size >= MAX_MEMO) endMemo.clear();
      endMemo.set((' ' + source).slice(1), end);
    }
  }
  return end;
}

