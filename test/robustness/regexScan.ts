/**
 * Regular-expression literals in TypeScript source, found by a small scanner
 * (strings, template literals and comments skipped; a `/` starts a regex where
 * an expression may start), and adversarial inputs for one regex: long runs of
 * the characters it mentions, alone, alternating and after a different one,
 * each ended by a character that makes the match fail late.
 */

export interface RegexLiteral {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

/** Tokens after which `/` begins a regular expression rather than a division. */
const BEFORE_REGEX = /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof|\bcase|\bdo|\belse|\bin|\bof|=>)\s*$/;

export function regexLiterals(file: string, src: string): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  let i = 0;
  let code = ''; // code seen so far, strings and comments blanked: decides what `/` means
  const templateDepth: number[] = [];
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      code += ' ';
      continue;
    }
    if (c === '"' || c === "'") {
      i = skipString(src, i, c);
      code += '""';
      continue;
    }
    if (c === '`' || (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === 0)) {
      if (c === '}') templateDepth.pop();
      // Template text up to the closing backtick or the next `${`.
      let j = i + 1;
      while (j < src.length && src[j] !== '`' && !(src[j] === '$' && src[j + 1] === '{')) j += src[j] === '\\' ? 2 : 1;
      if (src[j] === '$') {
        templateDepth.push(0);
        i = j + 2;
        code += '`${';
      } else {
        i = j + 1;
        code += '``';
      }
      continue;
    }
    if (c === '{' && templateDepth.length > 0) templateDepth[templateDepth.length - 1]!++;
    if (c === '}' && templateDepth.length > 0) templateDepth[templateDepth.length - 1]!--;
    if (c === '/' && BEFORE_REGEX.test(code.slice(-12))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '/' && !inClass) break;
        j++;
      }
      if (src[j] === '/') {
        const flags = /^[dgimsuyv]*/.exec(src.slice(j + 1))![0];
        out.push({ file, line: src.slice(0, i).split('\n').length, source: src.slice(i + 1, j), flags });
        i = j + 1 + flags.length;
        code += '/r/';
        continue;
      }
    }
    code += c;
    i++;
  }
  return out;
}

function skipString(src: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < src.length && src[j] !== quote && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Characters worth repeating for a regex: those it names literally, and members of its classes and escapes. */
export function alphabetOf(re: RegExp): string[] {
  const found = new Set<string>();
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const e = src[++i]!;
      const map: Record<string, string> = { d: '1', D: 'a', w: 'a', W: ' ', s: ' ', S: 'a', n: '\n', r: '\r', t: '\t' };
      if (map[e]) found.add(map[e]!);
      else if (e === 'u' && /^[0-9a-fA-F]{4}/.test(src.slice(i + 1, i + 5))) {
        found.add(String.fromCharCode(parseInt(src.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (e === 'p') i = src.indexOf('}', i);
      else if (!/[bB0-9kcx]/.test(e)) found.add(e);
    } else if (!'^$()[]{}|?*+'.includes(c)) found.add(c === '.' ? 'a' : c);
  }
  // Representatives that classes and negated classes admit.
  for (const probe of ['a', 'A', '1', ' ', '\n', '-', '.', '*', '|', '#', '[', ']', ':', 'é']) found.add(probe);
  return [...found];
}

/** Inputs of about `size` characters that make a backtracking matcher work hardest. */
export function adversarialInputs(re: RegExp, size: number): string[] {
  const alphabet = alphabetOf(re);
  const own = alphabet.slice(0, 10);
  const inputs: string[] = [];
  const tails = ['\u0000', '!'];
  for (const a of alphabet) for (const t of tails) inputs.push(a.repeat(size) + t);
  for (const a of own)
    for (const b of own) {
      if (a === b) continue;
      inputs.push(a + b.repeat(size) + '\u0000');
      if (own.indexOf(a) < 4 && own.indexOf(b) < 4) inputs.push((a + b).repeat(size >> 1) + '\u0000');
    }
  return inputs;
}

/** Run a regex the way the engine does: every match of a global one (as replace and matchAll do), else one search. */
export function runRegex(re: RegExp, input: string): number {
  const copy = new RegExp(re.source, re.flags);
  if (!copy.global && !copy.sticky) return copy.test(input) ? 1 : 0;
  let n = 0;
  copy.lastIndex = 0;
  for (let m = copy.exec(input); m; m = copy.exec(input)) {
    n++;
    if (m[0].length === 0) copy.lastIndex++;
  }
  return n;
}
