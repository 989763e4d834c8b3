/**
 * Likelihood and impact scales stated in a sentence rather than a table: "Likelihood and impact
 * are each rated 1 (lowest) to 5 (highest)", "Probabilidad e impacto se valoran de 1 a 5",
 * "Impact is scored from 1 to 4". Numbers only (the default words keep their meaning on a scale
 * of the same length: rules/riskScore.ts). Read line by line and kept per Markdown chunk, as the
 * bands written in lines are (riskMethod.ts); a line naming a level ("Low 1-4") states a band,
 * not a scale, and a range past 10 is a score's, not a scale's.
 */
import type { StatedScale } from '../model/types.js';
import type { TextChunk } from '../text/types.js';
import { perChunk } from '../text/chunkMemo.js';

const LIKELIHOOD_WORD = /likelihood|probabilit|probabilidad|vraisemblance|wahrscheinlichkeit|waarschijnlijkheid/;
const IMPACT_WORD = /impact|severity|consequence|gravedad|gravit|auswirkung|schadensausma|gevolg/;
/** "1 to 5", "1-5", "de 1 a 5", "von 1 bis 5", "1 (lowest) to 5 (highest)". */
const RANGE = /(?<![\d.])([01])(?:[ \t]*\([^()\n]{0,24}\))?[ \t]*(?:-|–|—|to|a|à|bis|tot)[ \t]*(\d{1,2})(?!\d|\.\d|%)/;
const LEVEL_WORD = /\b(?:low|medium|high|critical|moderate|faible|élevé|eleve|bajo|medio|alto|niedrig|mittel|hoch|basso|laag|hoog)\b/;

interface Found {
  readonly likelihood?: StatedScale;
  readonly impact?: StatedScale;
}

function lineScales(text: string): Found {
  let likelihood: StatedScale | undefined;
  let impact: StatedScale | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (likelihood && impact) break;
    if (raw.length > 400 || !/\d/.test(raw)) continue;
    const line = raw.toLowerCase();
    const l = LIKELIHOOD_WORD.test(line);
    const i = IMPACT_WORD.test(line);
    if ((!l && !i) || LEVEL_WORD.test(line)) continue;
    const m = RANGE.exec(line);
    if (!m) continue;
    const min = Number(m[1]);
    const max = Number(m[2]);
    if (max < 3 || max > 10) continue;
    const scale: StatedScale = { min, max, labels: {} };
    if (l) likelihood ??= scale;
    if (i) impact ??= scale;
  }
  return { ...(likelihood ? { likelihood } : {}), ...(impact ? { impact } : {}) };
}

/** The first likelihood and impact scales the document's lines state. */
export function scalesFromLines(text: string, chunks?: readonly TextChunk[]): Found {
  const parts = chunks ? perChunk({ text, textChunks: chunks }, 'risk-scale-lines', 0, text.length, (chunk) => lineScales(chunk)) : [lineScales(text)];
  let likelihood: StatedScale | undefined;
  let impact: StatedScale | undefined;
  for (const p of parts) {
    likelihood ??= p.likelihood;
    impact ??= p.impact;
  }
  return { ...(likelihood ? { likelihood } : {}), ...(impact ? { impact } : {}) };
}
