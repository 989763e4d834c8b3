/**
 * Compile a user-supplied pattern (from configuration) defensively: bounded
 * length, and no quantified group that itself contains a quantifier, the shape
 * behind catastrophic backtracking. Returns the RegExp (global) or a message.
 */
export function safeRegExp(pattern: string): RegExp | string {
  if (pattern.length > 200) return 'The pattern is longer than 200 characters.';
  if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/.test(pattern))
    return 'The pattern repeats a group that already repeats (for example "(a+)+"), which can make matching hang; simplify it.';
  try {
    return new RegExp(pattern, 'g');
  } catch (e) {
    return `Not a valid regular expression: ${(e as Error).message}`;
  }
}
