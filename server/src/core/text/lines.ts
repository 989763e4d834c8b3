/**
 * Line boundaries found by scanning characters, for readers that look at the line around an
 * offset without a line index (a region's text, a paragraph, the words before a reference).
 * Any line break counts: "\n", "\r\n" or a lone "\r".
 */

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Where the line holding `offset` starts, looking back no further than `floor` (returned when
 * the line starts before it): a reader of the words before an offset must not scan a 5 MB
 * line once per reference.
 */
export function lineStartWithin(text: string, offset: number, floor: number): number {
  let i = offset;
  while (i > floor && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the line holding `from` ends (its line break, not included), looking no further than `limit`. */
export function lineEndFrom(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}
