/**
 * A guard before the parser for backtick runs that cannot open or close a code span. micromark
 * tries every run as an opening and scans to the end of the block for a closing run of the same
 * length, so runs of 1, 2, ... 2,000 backticks took 56 s (9 s per keystroke at 0.5 MB). A run
 * that is text is handed to the parser as apostrophes (a copy of the same length: offsets stay
 * exact, and the model's text, which references are read from, is the original). Which runs
 * are text:
 * - in a chunk that is one paragraph with no escaped backtick, exactly CommonMark's pairing
 *   (a run opens when a later run has its length, and the first such closes it; runs inside
 *   are content), computed in one pass;
 * - elsewhere (lists, tables, quotes hold several inline contexts), only a run whose length no
 *   other run in the chunk has: it can neither open nor close.
 * Runs that could be code fences (three or more backticks starting a line) are left alone.
 */
export function defuseBackticks(text: string, minRuns = MIN_RUNS_TO_CARE): string {
  if (text.indexOf('`') < 0) return text;
  const runs: Run[] = [];
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
    let end = i;
    while (end < text.length && text.charCodeAt(end) === 96) end++;
    runs.push({ start: i, length: end - i, escaped: i > 0 && text.charCodeAt(i - 1) === 92 });
    i = end;
  }
  if (runs.length < minRuns) return text;
  const isText = onlyParagraph(text) ? textRunsPaired(runs) : textRunsAlone(runs);
  let result = '';
  let copied = 0;
  runs.forEach((r, k) => {
    if (!isText[k] || r.escaped || onFenceLine(text, r.start)) return;
    result += text.slice(copied, r.start) + "'".repeat(r.length);
    copied = r.start + r.length;
  });
  return copied === 0 ? text : result + text.slice(copied);
}

/** CommonMark's pairing in one paragraph: the runs that neither open nor close a code span, nor lie inside one. */
function textRunsPaired(runs: readonly Run[]): boolean[] {
  const next = new Array<number>(runs.length).fill(-1);
  const last = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = last.get(runs[k]!.length) ?? -1;
    last.set(runs[k]!.length, k);
  }
  const isText = new Array<boolean>(runs.length).fill(false);
  for (let k = 0; k < runs.length; ) {
    if (next[k]! < 0) {
      isText[k] = true;
      k++;
    } else k = next[k]! + 1;
  }
  return isText;
}

/** The runs whose length no other run has (an escaped "\\```" may be read as a run one shorter). */
function textRunsAlone(runs: readonly Run[]): boolean[] {
  const count = new Map<number, number>();
  const add = (n: number) => count.set(n, (count.get(n) ?? 0) + 1);
  for (const r of runs) {
    add(r.length);
    if (r.escaped && r.length > 1) add(r.length - 1);
  }
  return runs.map((r) => count.get(r.length) === 1);
}

interface Run {
  readonly start: number;
  readonly length: number;
  /** After a backslash: the parser may read its first backtick as escaped. */
  readonly escaped: boolean;
}

/**
 * Whether the chunk is one paragraph: no blank line inside, no line that could start another
 * block (a list, quote, table, heading, fence or indented code), no escaped backtick.
 */
function onlyParagraph(text: string): boolean {
  if (text.includes('\\`')) return false;
  const lines = text.trimEnd().split(/\r\n|\r|\n/);
  return lines.every((l, i) => l.trim() !== '' && !/^ {0,3}(?:[-*+>#|]|\d{1,9}[.)]|`{3}|~{3})|^ {4}|^\t/.test(l) && (i > 0 || !/^ {0,3}[-=_*]{3,}/.test(l)) && !/\|/.test(l));
}

/** Below this many runs in a chunk the parser's cost is no concern: leave the text as it is. */
const MIN_RUNS_TO_CARE = 64;

/**
 * Whether the run is on a line that starts (after its container markers and blanks) with three
 * backticks or tildes: a possible code fence, whose meaning a backtick further on the line
 * changes (a backtick fence's info string may hold none), so nothing on it is touched.
 */
function onFenceLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) {
    // Past column 400 nothing is a container marker any more (nesting.ts reads them as text from column 200).
    if (at - i >= 400) return false;
    i--;
  }
  // After the line's container markers ("- ", "> ", "1. ") a fence may start as well.
  return FENCE_AFTER_CONTAINERS.test(text.slice(i, at + 3));
}

const FENCE_AFTER_CONTAINERS = /^(?:[ \t]*(?:[>*+-]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*(?:`{3}|~{3})/;
