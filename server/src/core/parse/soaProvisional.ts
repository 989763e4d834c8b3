/**
 * The provisional inclusion our SoA template writes in every row (templates/rows.ts) until
 * the risk treatment decides: "Yes", with a justification that says so. Such a row lists the
 * control but decides nothing, so coverage counts it as undecided and soa-provisional says
 * how many are left. A row whose own justification starts "Included provisionally" is read
 * the same way: it says, in the author's words, that nothing is decided yet.
 */
import type { SoaEntry } from '../model/types.js';

export const PROVISIONAL_JUSTIFICATION = 'Included provisionally; replace with the risks or requirements it addresses, or exclude it and say why';

const PROVISIONAL = /^[\s*_"'(]*included provisionally\b/i;

/** Whether a row includes its control only provisionally (by its justification). */
export function isProvisional(entry: Pick<SoaEntry, 'applicable' | 'attributes'>): boolean {
  if (entry.applicable !== true) return false;
  const j = entry.attributes.get('justification')?.text;
  return j !== undefined && PROVISIONAL.test(j);
}
