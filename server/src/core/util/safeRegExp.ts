/**
 * Compile a user-supplied pattern (from configuration): bounded length, and run on the
 * linear-time engine (util/linearRegExp.ts), so no pattern can make matching hang however it
 * nests its quantifiers. Returns the RegExp (global) or a message for a finding on the config line.
 */
import { linearRegExp } from './linearRegExp.js';

export function safeRegExp(pattern: string): RegExp | string {
  if (pattern.length > 200) return 'The pattern is longer than 200 characters.';
  return linearRegExp(pattern, 'g');
}
