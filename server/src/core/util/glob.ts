/**
 * A small glob matcher for workspace-relative paths ("/" separated):
 * `**` crosses folders, `*` and `?` stay within one, `{a,b}` alternates,
 * `[abc]` is a class. Compiled once per pattern; linear-time regexes only
 * (no nested quantifiers), so a hostile pattern cannot hang matching.
 */
const cache = new Map<string, RegExp>();

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
      const close = glob.indexOf(']', i + 1);
      if (close > i) {
        out += '[' + glob.slice(i + 1, close).replace(/\\/g, '\\\\') + ']';
        i = close;
      } else out += '\\[';
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  while (inGroup-- > 0) out += ')';
  re = new RegExp('^' + out + '$', 'i');
  cache.set(glob, re);
  return re;
}

export function matchGlob(glob: string, relativePath: string): boolean {
  return globToRegExp(glob).test(relativePath);
}

export function matchAny(globs: readonly string[], relativePath: string): boolean {
  return globs.some((g) => matchGlob(g, relativePath));
}
