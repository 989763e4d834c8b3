/**
 * A glob matcher for workspace-relative paths ("/" separated), with VS Code's glob syntax:
 * `**` crosses folders, `*` and `?` stay within one, `{a,b}` alternates, `[abc]`, `[a-z]` and
 * the negated `[!a]` / `[^a]` match one character of a name. The glob becomes a regular
 * expression without look-around, run on RE2 (util/linearRegExp.ts): matching is linear in the
 * path whatever the glob, so `*a*a*a*a*a*a*a*a*a*a*a*a*b` or twelve `**` cannot hang a run
 * (issue 14; a backtracking engine took 44 s on them). Compiled once per glob.
 */
import { LinearRegExp } from './linearRegExp.js';

const cache = new Map<string, RegExp>();

/**
 * The project's own default include and exclude globs, vetted to run in linear time on the
 * native engine, which is ten times faster on the paths of a large workspace; every other glob
 * (from configuration) runs on RE2.
 */
const vetted = new Set<string>();

export function vetGlobs(globs: readonly string[]): void {
  for (const g of globs) vetted.add(g);
}

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" matches the rest.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:[^/]*/)*';
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      inGroup++;
      out += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      out += ')';
    } else if (c === ',' && inGroup > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      const body = close > i ? glob.slice(i + 1, close) : '';
      if (close > i && /^[!^]?(?:[^\\/\]]|\\.)+$/.test(body)) {
        // "[!a]" and "[^a]" negate; a class never matches the folder separator.
        const negated = body[0] === '!' || body[0] === '^';
        const chars = (negated ? body.slice(1) : body).replace(/[[\]^]/g, '\\$&');
        out += negated ? `[^/${chars}]` : `[${chars}]`;
        i = close;
      } else out += '\\[';
    } else out += c.replace(/[.+^$()|\\\]*?{}]/g, '\\$&');
  }
  while (inGroup-- > 0) out += ')';
  re = vetted.has(glob) ? new RegExp('^' + out + '$', 'i') : compile('^' + out + '$');
  cache.set(glob, re);
  return re;
}

/** The glob's expression on RE2; a class RE2 cannot read ("[z-a]") makes the glob match nothing rather than throw. */
function compile(source: string): RegExp {
  try {
    return new LinearRegExp(source, 'i');
  } catch {
    return new LinearRegExp('[^\\s\\S]', 'i');
  }
}

export function matchGlob(glob: string, relativePath: string): boolean {
  return globToRegExp(glob).test(relativePath);
}

export function matchAny(globs: readonly string[], relativePath: string): boolean {
  return globs.some((g) => matchGlob(g, relativePath));
}
