/**
 * Whether a risk method states a rule that sets some levels above their score's band: "any risk
 * that could injure a person is treated as at least High, whatever its score", "rated no lower
 * than Critical". A register that follows such a rule rates those risks higher than likelihood x
 * impact gives, and that is not a mistake the score alone can show (rules/riskLevelMismatch.ts).
 */
import type { TextChunk } from '../text/types.js';
import { perChunk } from '../text/chunkMemo.js';

/** "at least High", "no lower than **critical**": the words after it are checked against the bands' levels. */
const FLOOR = /\b(?:at least|no lower than|not lower than|never lower than|a minimum (?:level |rating )?of)\s+(?:an?\s+|the\s+)?[*_"'\u201c]*([a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})/gi;
/** "whatever its score", "regardless of the computed score", "irrespective of their rating". */
const OVERRIDE = /\b(?:whatever|regardless of|irrespective of|independently of)\s+(?:its|the|their)\s+(?:[a-z]+\s+)?(?:score|rating|product|matrix result)\b/i;

/** What one stretch of text says: floors' following words (lower case), and whether it overrides the score. */
interface Said {
  readonly floors: readonly string[];
  readonly overrides: boolean;
}

function read(text: string): Said {
  const floors: string[] = [];
  for (const m of text.matchAll(FLOOR)) floors.push(m[1]!.toLowerCase().replace(/\s+/g, ' '));
  return { floors, overrides: OVERRIDE.test(text) };
}

/**
 * Whether `text` raises some risks above their band: it names one of `levels` as a floor ("at
 * least High"), or says a level holds whatever the score. Read per chunk and kept with it.
 */
export function statesRaisedLevels(text: string, levels: readonly string[], chunks?: readonly TextChunk[]): boolean {
  const said = chunks && chunks.length > 0 ? perChunk({ text, textChunks: chunks }, 'risk-raises', 0, text.length, read) : [read(text)];
  const names = levels.map((l) => l.toLowerCase());
  for (const s of said) {
    if (s.overrides) return true;
    for (const f of s.floors) if (names.some((n) => f === n || f.startsWith(n + ' '))) return true;
  }
  return false;
}
