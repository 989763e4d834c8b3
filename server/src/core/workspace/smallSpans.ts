/**
 * A span as one small integer, for the flat maps closed documents keep (attributeMap.ts,
 * fieldMap.ts): start and length in one number V8 keeps unboxed (below 2^30), half the slots of
 * two. A span that does not fit (past the first million characters, or longer than 1,023) makes
 * its map keep every span as two numbers instead: `fitsSmall` is asked of them all first.
 */
const LENGTH_BITS = 10;
const MAX_LENGTH = (1 << LENGTH_BITS) - 1;
const MAX_START = (1 << 20) - 1;

export function fitsSmall(start: number, end: number): boolean {
  return start >= 0 && start <= MAX_START && end >= start && end - start <= MAX_LENGTH;
}

export function smallSpan(start: number, end: number): number {
  return start * (MAX_LENGTH + 1) + (end - start);
}

export function spanStart(small: number): number {
  return Math.floor(small / (MAX_LENGTH + 1));
}

export function spanEnd(small: number): number {
  return spanStart(small) + (small % (MAX_LENGTH + 1));
}
