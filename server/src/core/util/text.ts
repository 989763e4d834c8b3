/** Lower case, numbering and punctuation stripped, `_`/`-` as spaces: "2.1 Risk_Criteria:" -> "risk criteria". */
export function normalizeTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[_\-\u2010-\u2015/]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*(?:[a-z]?\d+(?: \d+)*|[ivx]+)\s+(?=\p{L})/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Portée" reads as "portee", "Geltungsbereich" stays: synonyms are written without accents.
 * Composed again afterwards: decomposition splits a Hangul syllable into its letters (and a kana
 * from its voicing mark), which a word written as it is typed would no longer match.
 */
export function foldAccents(s: string): string {
  return /[^\u0000-\u007f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : s;
}

/** True when `phrase` occurs in normalised `text` starting at a word start. */
export function containsPhrase(normalizedText: string, phrase: string): boolean {
  const hay = ' ' + normalizedText;
  return hay.includes(' ' + phrase);
}

/**
 * Text that says nothing yet: TBD, TODO, lorem ipsum, [Insert ...], blanks to fill, and a promise
 * of text ("TBD — to be defined by the committee", "To be determined"). A footnote's mark
 * ("[^ext]") points at its text.
 */
const PLACEHOLDER_TOKEN =
  /^(?:tbd|tbc|todo|to do|fixme|xxx+|n\/?a|none yet|pending|lorem ipsum.*|\[(?!\^)[^\]\n]{0,120}\]|_{3,}|\.{3,}|-+|…|(?:(?:tbd|tbc|todo)[ \t]*[-\u2013\u2014:][ \t]*)?(?:to be|will be)[ \t]+(?:defined|determined|confirmed|completed|written|added|agreed|decided)\b.{0,100})$/i;

export function isPlaceholderText(text: string): boolean {
  if (surelyLong(text)) return false;
  const stripped = text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Linear on long runs: a run is tried from its first character only; bullets match within their line.
    .replace(/(?<![*_`>#|:])[*_`>#|:]+(?=\s|$)/g, ' ')
    .replace(/^[ \t]*[-*+]\s+/gm, '')
    .trim();
  if (stripped.length === 0) return true;
  if (stripped.length > 400) return false;
  const parts = stripped
    .split(/[\r\n]+|[;,]\s+/)
    .map((p) => (/^[.…\s]+$/.test(p) ? '...' : p.replace(/^[*_\s]+|[*_\s.:]+$/g, '').trim()))
    .filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => PLACEHOLDER_TOKEN.test(p) || /^lorem ipsum/i.test(p));
}

/**
 * Whether text without HTML comments keeps more than 400 characters after the
 * stripping in isPlaceholderText, proven without running it: outside comments
 * that stripping removes only markers, bullets and blanks, so more than 400
 * other characters survive it. Sections of real prose stop here after a few
 * hundred characters (the rule runs on every section on every edit).
 */
function surelyLong(text: string): boolean {
  if (text.length <= 400 || text.includes('<!--')) return false;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (placeholderStrips(text.charCodeAt(i))) continue;
    if (++kept > 400) return true;
  }
  return false;
}

/** Whether isPlaceholderText's stripping may remove the character: * _ ` > # | : + - and whitespace (all that trim() removes too). */
export function placeholderStrips(c: number): boolean {
  return c === 42 || c === 95 || c === 96 || c === 62 || c === 35 || c === 124 || c === 58 || c === 43 || c === 45 || c <= 32 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f;
}

/** `text` less the characters of `chars` at its end (a loop: a trailing-run regex is quadratic on "----"). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Levenshtein distance, bounded work for short IDs. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Emoji and their joiners: decoration beside a level or in a heading ("🔴 High", "AI Roles 🧭"), never a word. */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;

/** `s` with each emoji replaced by `by` (checked cheaply first: nearly all text has none). */
export function replacePictographs(s: string, by: string): string {
  return /[^\u0000-\u2000]/.test(s) ? s.replace(PICTOGRAPHS, by) : s;
}

/** `s` without emoji, its spaces collapsed and trimmed. */
export function withoutPictographs(s: string): string {
  return /[^\u0000-\u2000]/.test(s) ? replacePictographs(s, '').replace(/\s+/g, ' ').trim() : s;
}
