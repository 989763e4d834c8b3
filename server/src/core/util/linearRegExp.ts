/**
 * A RegExp whose matching runs on RE2 (re2js, a pure-JavaScript port of Google's RE2): time
 * linear in the input whatever the pattern, so a configured pattern such as `((R+))+$` or
 * `(a|aa)+$` cannot hang the server or the CLI (issue 14). It is a real RegExp subclass:
 * `exec` is overridden, and `test`, `match`, `matchAll`, `replace` and `split` all go through
 * it, with the usual `lastIndex` semantics for the `g` and `y` flags. RE2 has no look-around
 * and no back-references; a pattern that uses them is refused (`linearRegExp` says why).
 */
import { RE2JS } from 're2js';

export class LinearRegExp extends RegExp {
  readonly #pattern: string;
  readonly #re2: RE2JS;

  constructor(pattern: string | RegExp, flags?: string) {
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    const f = flags ?? (typeof pattern === 'string' ? '' : pattern.flags);
    // The native part only carries the flags and lastIndex; it never matches anything.
    super('(?:)', f.replace(/[^dgimsuy]/g, ''));
    this.#pattern = source;
    this.#re2 = RE2JS.compile(source, (f.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) | (f.includes('m') ? RE2JS.MULTILINE : 0) | (f.includes('s') ? RE2JS.DOTALL : 0));
  }

  override get source(): string {
    return this.#pattern;
  }

  override toString(): string {
    return `/${this.#pattern}/${this.flags}`;
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    const advancing = this.global || this.sticky;
    const from = advancing ? this.lastIndex : 0;
    if (from > s.length) {
      this.lastIndex = 0;
      return null;
    }
    const m = this.#re2.matcher(s);
    if (!m.find(from) || (this.sticky && m.start() !== from)) {
      if (advancing) this.lastIndex = 0;
      return null;
    }
    const groups: (string | undefined)[] = [];
    for (let i = 0; i <= m.groupCount(); i++) groups.push(m.group(i) ?? undefined);
    const result = groups as unknown as RegExpExecArray;
    result.index = m.start();
    result.input = s;
    if (advancing) this.lastIndex = m.end();
    return result;
  }
}

/** A copy of `re` with other flags, on the same engine (a LinearRegExp stays linear). */
export function withFlags(re: RegExp, flags: string, source = re.source): RegExp {
  return re instanceof LinearRegExp ? new LinearRegExp(source, flags) : new RegExp(source, flags);
}

/** A configured pattern on the linear engine, or why it cannot be one. */
export function linearRegExp(pattern: string, flags: string): RegExp | string {
  try {
    return new LinearRegExp(pattern, flags);
  } catch (e) {
    const why = (e as Error).message;
    return /invalid (?:named capture|perl operator)|missing argument|\(\?[<=!]/i.test(why) || /\(\?<?[=!]|\\[1-9]/.test(pattern)
      ? `Patterns run on a linear-time engine (RE2), which has no look-ahead, look-behind or back-references: ${why}.`
      : `Not a valid regular expression: ${why}.`;
  }
}
