/**
 * The smallest single replacement that turns one text into another (common
 * prefix and suffix kept), so an update of a statement of applicability
 * touches only the lines that changed: undo, diff and review stay small, and
 * everything else keeps its bytes. No `vscode` here, so node tests cover it.
 */
export interface Replacement {
  /** UTF-16 offsets into the old text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function minimalReplacement(oldText: string, newText: string): Replacement | undefined {
  if (oldText === newText) return undefined;
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && oldText.charCodeAt(oldText.length - 1 - end) === newText.charCodeAt(newText.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLow(oldText.charCodeAt(start)) || (oldText[start - 1] === '\r' && oldText[start] === '\n'))) start--;
  while (end > 0 && (isLow(oldText.charCodeAt(oldText.length - end)) || (oldText[oldText.length - end - 1] === '\r' && oldText[oldText.length - end] === '\n'))) end--;
  return { start, end: oldText.length - end, text: newText.slice(start, newText.length - end) };
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
