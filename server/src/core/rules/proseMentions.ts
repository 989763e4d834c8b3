/**
 * Which required items a document names in its prose ("continual improvement" anywhere in the
 * text, not only in a label), read chunk by chunk so that an edit reads one chunk again.
 *
 * The whole-text reading: normalise the text (normalizeTitle, then fold accents) and count a
 * synonym where ' ' + synonym occurs in ' ' + normalised + ' '. Why chunk by chunk gives the
 * same: chunks start at line starts. Lower-casing is local to a character except the final
 * sigma, whose context stops at a line end; the other steps are local to a character up to how
 * many spaces a run leaves, and spaces are collapsed; a line end becomes a space. So the whole
 * text's words are the chunks' words in order, and an occurrence lies within one chunk's words
 * or crosses a boundary with at most n - 1 of a synonym's n words on each side: those are found
 * from each chunk's first and last words. What the whole-text reading does and this does not:
 * normalizeTitle drops a leading number ("1 ", "iv ") at the start of the whole text, which can
 * change whether a synonym occurs only if its first word is such a number; a kind with such a
 * synonym, or one that is not words between single spaces, is read the whole-text way.
 */
import type { AimsDocument } from '../model/types.js';
import type { KindSpec, RequiredItem } from '../catalogue/kinds.js';
import { foldAccents, normalizeTitle } from '../util/text.js';
import { chunkValue, detached, stretches } from '../text/chunkMemo.js';
import { pushAll } from '../util/arrays.js';

/** How much of the text is read for prose: bounded time on huge files. */
const PROSE_LIMIT = 1_000_000;
/** Words kept from each end of a chunk: synonyms of up to SEAM + 1 words are matched across chunks. */
const SEAM = 8;
/** Between two runs of words that are not adjacent in the text: equal to no word, starts with none. */
const GAP = '\u0000';

/**
 * Synonyms specific enough to count when they occur anywhere in the text ("continual
 * improvement", "whistleblowing"), not only in a label: two words or more, or one long word.
 * Short ones ("how", "data", "review") occur in any prose.
 */
export function proseSynonyms(item: RequiredItem): string[] {
  if (item.labelOnly) return [];
  return item.synonyms.filter((s) => !s.startsWith('=') && (s.includes(' ') || s.length >= 8)).map(foldAccents);
}

/** normalizeTitle then folded accents, without dropping a leading number (see above). */
export function proseWords(s: string): string {
  return foldAccents(
    s
      .toLowerCase()
      .replace(/[_\-\u2010-\u2015/]+/g, ' ')
      .replace(/[^\p{L}\p{N} ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

interface KindProse {
  /** Per item of the kind: its prose synonyms. */
  readonly synonyms: readonly (readonly string[])[];
  /** Synonyms of two words or more by their first word. */
  readonly byFirstWord: ReadonlyMap<string, readonly { readonly item: number; readonly words: readonly string[] }[]>;
  /** Per item: whether it has a synonym of two words or more. */
  readonly multiWord: readonly boolean[];
  /** The most words of a synonym, less one: how far an occurrence reaches across a boundary. */
  readonly reach: number;
  /** Some synonym the chunked reading cannot decide: read the whole text. */
  readonly whole: boolean;
}

const kinds = new WeakMap<KindSpec, KindProse>();

function kindProse(kind: KindSpec): KindProse {
  let k = kinds.get(kind);
  if (k) return k;
  const synonyms = kind.sections.map(proseSynonyms);
  const byFirstWord = new Map<string, { item: number; words: string[] }[]>();
  let reach = 0;
  let whole = false;
  synonyms.forEach((syns, item) => {
    for (const s of syns) {
      const words = s.split(' ');
      if (!/^[^ \u0000]+(?: [^ \u0000]+)*$/.test(s) || /^(?:[a-z]?\d+|[ivx]+)$/.test(words[0]!) || words.length > SEAM + 1) whole = true;
      if (words.length < 2) continue;
      reach = Math.max(reach, words.length - 1);
      byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), { item, words }]);
    }
  });
  const multiWord = synonyms.map((syns) => syns.some((s) => s.includes(' ')));
  kinds.set(kind, (k = { synonyms, byFirstWord, multiWord, reach, whole }));
  return k;
}

/** One chunk's prose. */
interface ChunkProse {
  /** ' ' + the chunk's words + ' '. */
  readonly padded: string;
  /** The chunk's words if there are at most 2 * SEAM, else the first SEAM and the last SEAM. */
  readonly ends: readonly string[];
  readonly many: boolean;
  /** Per kind, per item: whether a synonym occurs within the chunk (asked on demand). */
  readonly found: WeakMap<KindProse, (boolean | undefined)[]>;
}

function chunkProse(text: string): ChunkProse {
  // Detached: kept with the chunk, it must not keep the version of the text it was read from.
  const words = detached(proseWords(text));
  const list = words === '' ? [] : words.split(' ');
  const many = list.length > 2 * SEAM;
  return { padded: ' ' + words + ' ', ends: many ? [...list.slice(0, SEAM), ...list.slice(-SEAM)] : list, many, found: new WeakMap() };
}

/** The items of `absent` (items of `kind`) that the document's prose does not name. */
export function unmentioned(doc: AimsDocument, kind: KindSpec, absent: readonly RequiredItem[]): RequiredItem[] {
  const k = kindProse(kind);
  const asked = absent.map((item) => kind.sections.indexOf(item)).filter((i) => i >= 0 && k.synonyms[i]!.length > 0);
  if (asked.length === 0) return [...absent];
  if (k.whole) return absent.filter((item) => !wholeTextMentions(doc, item));
  const limit = Math.min(doc.text.length, PROSE_LIMIT);
  const parts = stretches(doc, 0, limit).map((s) => {
    const read = () => chunkProse(doc.text.slice(s.start, s.end));
    return s.key ? chunkValue(s.key, 'prose', read) : read();
  });
  const named = new Set<number>();
  for (const i of asked) {
    const syns = k.synonyms[i]!;
    for (const part of parts) {
      let found = part.found.get(k);
      if (!found) part.found.set(k, (found = []));
      const hit = (found[i] ??= syns.some((s) => part.padded.includes(' ' + s)));
      if (hit) {
        named.add(i);
        break;
      }
    }
  }
  const rest = asked.filter((i) => !named.has(i) && k.multiWord[i]);
  if (rest.length > 0 && parts.length > 1) for (const i of acrossChunks(parts, k, new Set(rest))) named.add(i);
  return absent.filter((item) => !named.has(kind.sections.indexOf(item)));
}

/**
 * The items of `want` with a synonym that occurs across a chunk boundary: matched over the
 * chunks' end words in order (`reach` from each end), runs that are not adjacent in the text
 * kept apart by GAP. Finds occurrences within a chunk too, which are occurrences all the same.
 */
function acrossChunks(parts: readonly ChunkProse[], k: KindProse, want: ReadonlySet<number>): Set<number> {
  const r = k.reach;
  const stream: string[] = [];
  for (const p of parts) {
    if (!p.many && p.ends.length <= 2 * r) pushAll(stream, p.ends);
    else {
      pushAll(stream, p.ends.slice(0, r));
      stream.push(GAP);
      pushAll(stream, p.ends.slice(-r));
    }
  }
  const found = new Set<number>();
  for (let j = 0; j < stream.length; j++) {
    const candidates = k.byFirstWord.get(stream[j]!);
    if (!candidates) continue;
    for (const c of candidates) if (want.has(c.item) && !found.has(c.item) && matchesAt(stream, j, c.words)) found.add(c.item);
  }
  return found;
}

/** ' ' + words.join(' ') occurs at word j: the words equal, the last one a prefix (as includes() reads it). */
function matchesAt(stream: readonly string[], j: number, words: readonly string[]): boolean {
  const last = words.length - 1;
  if (j + last >= stream.length) return false;
  for (let i = 1; i < last; i++) if (stream[j + i] !== words[i]) return false;
  return stream[j + last]!.startsWith(words[last]!);
}

const wholeProse = new WeakMap<AimsDocument, string>();

/** The whole-text reading, for the kinds the chunked one cannot decide. */
function wholeTextMentions(doc: AimsDocument, item: RequiredItem): boolean {
  let prose = wholeProse.get(doc);
  if (prose === undefined) {
    const sample = doc.text.length > PROSE_LIMIT ? doc.text.slice(0, PROSE_LIMIT) : doc.text;
    wholeProse.set(doc, (prose = ' ' + foldAccents(normalizeTitle(sample)) + ' '));
  }
  const text = prose;
  return proseSynonyms(item).some((s) => text.includes(' ' + s));
}
