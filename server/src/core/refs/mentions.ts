/**
 * What the whole document names (ISO/IEC 27001, NIST, the AI Act, another law that numbers
 * articles): flags that decide how references are read, so every version needs them. A whole
 * scan of a 100 KB policy with these patterns costs about a millisecond, a quarter of an edit,
 * so each flag keeps a witness (where one match is) and the next version is answered from the
 * edit alone: a witness the edit did not touch still stands (moved with the text), and where
 * there was no match, a new one can only be near the edit, so only that window is read.
 */
import type { TextDelta } from '../text/textDelta.js';
import { AI_ACT_NAME_RE, ISO_27001_RE, MENTION_LOOKAROUND, MENTION_SHORTEST_MAX, NIST_NAME_RE, OTHER_LAW_RE } from './patterns.js';
import type { FrameworkMentions } from './frameworkRefs.js';

export interface DocumentMentions extends FrameworkMentions {
  /** ISO/IEC 27001 or 27002 is named: their control numbers are theirs. */
  readonly iso27001: boolean;
}

/** Where one match was, or null for none. */
type Witness = { readonly start: number; readonly end: number } | null;

/** The mentions of one version, with what the next version needs to answer from the edit alone. */
export interface MentionState {
  readonly mentions: DocumentMentions;
  readonly witnesses: readonly Witness[];
}

interface Probe {
  /** Finds the first match from lastIndex. */
  readonly global: RegExp;
  /** Tests for a match starting exactly at lastIndex. */
  readonly sticky: RegExp;
}

const probe = (re: RegExp): Probe => {
  const flags = re.flags.replace(/[gy]/g, '');
  return { global: new RegExp(re.source, flags + 'g'), sticky: new RegExp(re.source, flags + 'y') };
};

/** In the order of DocumentMentions' fields below. */
const PROBES: readonly Probe[] = [ISO_27001_RE, NIST_NAME_RE, AI_ACT_NAME_RE, OTHER_LAW_RE].map(probe);

/**
 * A new match depends on at most MENTION_SHORTEST_MAX characters from its start plus
 * MENTION_LOOKAROUND on either side, so one the edit made starts within that distance of the
 * changed text; the window reaches past it, and each hit is confirmed against the whole text.
 */
const WINDOW = MENTION_SHORTEST_MAX + 2 * MENTION_LOOKAROUND;

export function documentMentions(text: string, previous?: MentionState, delta?: TextDelta): MentionState {
  const witnesses = PROBES.map((p, i) => (previous && delta ? following(p, text, previous.witnesses[i]!, delta) : scan(p, text)));
  const [iso27001, nist, aiAct, otherLaw] = witnesses.map((w) => w !== null);
  return { mentions: { iso27001: iso27001!, nist: nist!, aiAct: aiAct!, otherLaw: otherLaw! }, witnesses };
}

/**
 * The same mentions, each read over the text only when first asked (then kept): for a document
 * parsed for its summary only (parse/document.ts `summaryOnly`), where no next version needs
 * the witnesses and most references never ask about the AI Act or other laws, whose patterns
 * are the costly ones. Asking for `witnesses` reads them all.
 */
export function lazyMentions(text: string): MentionState {
  const found: (Witness | undefined)[] = [undefined, undefined, undefined, undefined];
  const witness = (i: number): Witness => (found[i] === undefined ? (found[i] = scan(PROBES[i]!, text)) : found[i]!);
  return {
    mentions: {
      get iso27001() { return witness(0) !== null; },
      get nist() { return witness(1) !== null; },
      get aiAct() { return witness(2) !== null; },
      get otherLaw() { return witness(3) !== null; },
    },
    get witnesses() { return [0, 1, 2, 3].map(witness); },
  };
}

/** The mentions as a reuse key: a chunk's references are read again when they change. */
export function mentionsKey(m: DocumentMentions): string {
  return `${m.iso27001 ? 'i' : ''}${m.nist ? 'n' : ''}${m.aiAct ? 'a' : ''}${m.otherLaw ? 'o' : ''}`;
}

function scan(p: Probe, text: string): Witness {
  p.global.lastIndex = 0;
  const m = p.global.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function following(p: Probe, text: string, before: Witness, d: TextDelta): Witness {
  const changedEnd = d.length - d.suffix;
  const oldChangedEnd = changedEnd - d.delta;
  if (before) {
    if (before.end + MENTION_LOOKAROUND <= d.prefix) return before;
    if (before.start - MENTION_LOOKAROUND >= oldChangedEnd) return { start: before.start + d.delta, end: before.end + d.delta };
    return scan(p, text);
  }
  const from = Math.max(0, d.prefix - WINDOW);
  const window = text.slice(from, Math.min(text.length, changedEnd + WINDOW));
  p.global.lastIndex = 0;
  for (let m = p.global.exec(window); m; m = p.global.exec(window)) {
    // The window's edges cut words: confirm the hit where it is in the whole text.
    p.sticky.lastIndex = from + m.index;
    const confirmed = p.sticky.exec(text);
    if (confirmed) return { start: confirmed.index, end: confirmed.index + confirmed[0].length };
    p.global.lastIndex = m.index + 1;
  }
  return null;
}
