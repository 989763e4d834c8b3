/**
 * Whether the words around an ID say it does not exist: "controls that do not exist (A.6.2.9,
 * A.3.4)", "cites non-existent A.6.2.9/10/11", "invented clauses 8.5/8.6", "(A.2.1, A.6.4: not
 * controls)", "the SoA lists A.6.2.11, which does not exist". Audit findings, corrective actions
 * and notes on a document's mistakes quote the wrong IDs to say they are wrong; reporting the
 * quote as the mistake is noise (the unknown-ID rules ask this only of IDs they would report).
 *
 * Read on the ID's own line only (a chunk holds whole lines, so what is judged per chunk stays
 * right), across the list of IDs the ID is in, by a scan that is linear in the line's length.
 */
import type { Span } from '../text/types.js';

/** How far either way the words are read: a list of IDs and the words that govern it. */
const REACH = 400;

/** A denial just before the list: "invented controls (", "non-existent ", "that do not exist (", "non-existent controls such as ". */
const DENIED_BEFORE =
  /(?:\b(?:non-?existent|nonexistent|invented|fictitious|fictional|made-up|hallucinated|bogus|invalid)(?:\s+(?:annex\s+a\s+)?(?:controls?|clauses?|ids?|numbers?|references?))?|\b(?:that|which)\s+(?:do|does|did)\s+not\s+exist|\b(?:do|does|did)\s+not\s+exist\s*[(:]|\b(?:inexistant|inexistente|inesistente|nicht\s+existierende)[a-z]*(?:\s+(?:mesures?|contr[oô]les?|clauses?|controles?|controlli|kontrollen?|ma(?:ss|ß)nahmen?))?|存在しない(?:管理策|箇条|条項)?)(?:\s+annex)?(?:[,;]?\s+(?:such\s+as|like|e\.g\.|including|for\s+example)[,:]?)?[\s(:[*_`"'\u2018\u2019\u201c\u201d\u300c\u300e]*$/i;

/**
 * A denial just after the list: ": not controls", " does not exist", ", which is not a clause",
 * ", a control that does not exist",
 * " (invented)", after a closing quote too ('"A.6.2.9", which does not exist'). Every branch after the leading run starts with a character the run does not
 * take, so a long run of spaces is read once (test/robustness/regex-safety.test.ts).
 */
const DENIED_AFTER =
  /^[\s)\]*_`"'\u2018\u2019\u201c\u201d\u300d\u300f]*(?::\s*|,\s*(?:which|that|qui|que|che|die|der|das)\s+|,\s*an?\s+(?:annex\s+a\s+)?(?:controls?|clauses?|ids?)\s+(?:which|that)\s+|(?:which|that)\s+|\(\s*)?(?:(?:(?:is|are|was|were)\s+)?not\s+(?:a\s+|an\s+)?(?:real\s+|valid\s+|actual\s+)?(?:annex\s+a\s+)?(?:controls?|clauses?)\b|(?:do|does|did)\s+not\s+exist|(?:(?:is|are|was|were)\s+)?(?:invented|fictitious|made-up|non-?existent|nonexistent)\b|n['’]existe(?:nt)?\s+pas|(?:existiert|existieren)\s+nicht|nicht\s+existierende?|gibt\s+es\s+nicht|no\s+existen?\b|non\s+esiste|は?存在しない)/i;

/**
 * A denial the line's end cuts: "the SoA contains an entry A.4.7 which is not a" and, on the next
 * line of the paragraph, "control of the standard". Read on the ID's line only, as the rest is.
 */
const WRAPPED_DENIAL = /^[)\]*_`"'\u2019\u201d]*(?:[ \t]*,)?[ \t]+(?:which|that)[ \t]+(?:is|are|was|were)[ \t]+not[ \t]+an?[ \t]*$/i;

/** A word one of the patterns needs (a pre-check; the patterns decide). */
const DENIAL_WORD = /\bnot[ \t]+an?[ \t]*$|exist|esiste|存在しない|gibt\s+es\s+nicht|invented|fictitious|fictional|made-up|hallucinated|bogus|invalid|not\s+(?:a\s+|an\s+)?(?:real\s+|valid\s+|actual\s+)?(?:annex\s+a\s+)?(?:controls?|clauses?)\b/i;

/** An ID as lists write them: A.6.2.9, B.7.4, 8.5, 10, A.6.3.x (the letter part optional). */
const ID_TOKEN = /^(?:[A-D]\.)?(?:\d+|x)(?:\.(?:\d+|x))*$/i;
const TOKEN_CHAR = /[A-Za-z0-9.]/;
/** What separates a list's IDs: spaces, punctuation, quotes ("A.6.2.9", which ...), emphasis, dashes of ranges, ellipses. */
const SEPARATOR = /[\s,;/&()[\]*_`"'\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2011-]/;
const JOINING_WORD = /^(?:and|or|to|an?)$/i;

export function saidNotToExist(text: string, span: Span): boolean {
  // The line, at most REACH either way; a lone carriage return ends a line too (and chunks may
  // start after one). Searched within the reach only: a document-wide search per ID was
  // quadratic in a findings-heavy document.
  let lineStart = span.start;
  const low = Math.max(0, span.start - REACH);
  while (lineStart > low && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  let lineEnd = span.end;
  const high = Math.min(text.length, span.end + REACH);
  while (lineEnd < high && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  // Nearly every line says nothing of the kind: one search of the line before any scan.
  if (!DENIAL_WORD.test(text.slice(lineStart, lineEnd))) return false;
  const listStart = scanList(text, span.start, lineStart, -1);
  const listEnd = scanList(text, span.end, lineEnd, 1);
  if (DENIED_BEFORE.test(text.slice(lineStart, listStart)) || DENIED_AFTER.test(text.slice(listEnd, lineEnd)) || WRAPPED_DENIAL.test(text.slice(listEnd, lineEnd))) return true;
  // A quoted ID and title, denied after the quote: 'lists a control "A.9.5 Human oversight", which is not an Annex A control'.
  const open = OPENING_QUOTE.exec(text.slice(Math.max(lineStart, span.start - 3), span.start));
  if (!open) return false;
  const close = CLOSING_QUOTE.exec(text.slice(span.end, lineEnd));
  return close !== null && DENIED_AFTER.test(text.slice(span.end + close.index + close[0].length, lineEnd));
}

/** A quote right before an ID (escaped too, as pandoc writes it: \"A.9.5). */
const OPENING_QUOTE = /\\?["\u201c\u2018']$/;
const CLOSING_QUOTE = /\\?["\u201d\u2019']/;

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * From an edge of the ID, past the other IDs of its list in one direction: the offset of the
 * list's outer edge (the start of its first ID going back, the end of its last going forward).
 */
function scanList(text: string, from: number, limit: number, step: 1 | -1): number {
  let edge = from;
  let at = from;
  for (;;) {
    // Separators, then a joining word only if an ID comes after it.
    while (at !== limit && isSeparatorAt(text, at, step)) at += step;
    const word = tokenAt(text, at, limit, step);
    if (word.length === 0) return edge;
    let next = at + step * word.length;
    if (JOINING_WORD.test(word)) {
      // Up to two joining words ("or an", "and a") between two IDs.
      let id = '';
      for (let words = 1; ; words++) {
        while (next !== limit && isSeparatorAt(text, next, step)) next += step;
        id = tokenAt(text, next, limit, step);
        if (words === 2 || !JOINING_WORD.test(id)) break;
        next += step * id.length;
      }
      if (!isId(id)) return edge;
      at = next + step * id.length;
    } else if (isId(word)) at = next;
    else return edge;
    edge = at;
  }
}

function isSeparatorAt(text: string, at: number, step: 1 | -1): boolean {
  const c = text[step === 1 ? at : at - 1]!;
  // "..." between IDs, and the full stop after one ("A.4.10." ends a sentence going forward).
  return SEPARATOR.test(c) || (c === '.' && !TOKEN_CHAR.test(text[step === 1 ? at + 1 : at - 2] ?? ' '));
}

/** The run of ID characters next to `at` in the scan's direction. */
function tokenAt(text: string, at: number, limit: number, step: 1 | -1): string {
  let end = at;
  while (end !== limit && TOKEN_CHAR.test(text[step === 1 ? end : end - 1]!)) end += step;
  return step === 1 ? text.slice(at, end) : text.slice(end, at);
}

function isId(token: string): boolean {
  return ID_TOKEN.test(token.replace(/\.$/, ''));
}
