/** Whether the words next to a control ID are its title, or the ID is the document's own numbering (helpers of scan.ts). */
import { getControl, getControlGroup, getObjectiveGroup } from '../catalogue/lookup.js';
import { CLAUSE_WORD_BEFORE } from './patterns.js';

/** Words that make a phrase after an ID the sentence going on, not a title. */
const PROSE_WORD =
  /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|requires?|required|must|shall|should|will|would|can|could|may|might|we|our|you|your|it|its|they|their|this|that|these|those|which|who|where|when|while|if|then|than|also|not|here|there|see|per|i\.e|e\.g|etc|as|at|from|into|applies|covers?|says?|means?|helps?|ensures?)$/i;

/** Whether the words after an ID, mid-sentence, can be a title: no verbs or pronouns, no other IDs or standards, not "The ...". */
export function titleLikePhrase(phrase: string): boolean {
  const words = phrase.split(/[ \t]+/);
  if (/^(?:The|A|An|This|These|That|Those|All|Each|Every|Some|No|Any)$/.test(words[0]!)) return false;
  if (/\d|\bA\.|\b(?:ISO|IEC|NIST|GDPR|EU|SOC|Annex|Clause|Article)\b/.test(phrase)) return false;
  return !words.some((w) => PROSE_WORD.test(w.replace(/[*_`'’"]+/g, '')));
}

const GENERIC_FIRST_WORD = /^(?:template|overview|introduction|summary|guide|guidance|checklist|procedure|register|example|notes?|form|plan|record|log|mapping|see|refer|details|evidence|status|scope|objective|purpose|requirements?|implementation|controls?|clause|annex|section|table)\b/i;

/**
 * The title part of a candidate ("AI policy - establish ..." -> "AI policy"), or undefined when it is prose.
 * A comma makes a phrase after an ID a list or a sentence, but not a cell of a title column
 * ("| Accuracy, reliability and performance | A.4.3 |"): `inTitleColumn` allows it there.
 */
export function cleanTitle(raw: string, inTitleColumn = false): string | undefined {
  let t = raw
    .replace(/[*_`]+/g, '')
    .split(/\s[-\u2013\u2014]\s|:\s|;\s/)[0]!
    .trim();
  t = t.slice(0, trailingRunStart(t, '.,'));
  if (t.length < 3 || (!inTitleColumn && /,/.test(t)) || GENERIC_FIRST_WORD.test(t)) return undefined;
  if (t.split(/\s+/).length > 9) return undefined;
  return t;
}

/** Where the trailing run of `chars` in `s` starts (s.length if none): /[.,]+$/ without its quadratic retries. */
function trailingRunStart(s: string, chars: string): number {
  let i = s.length;
  while (i > 0 && chars.includes(s[i - 1]!)) i--;
  return i;
}

/**
 * A document's own numbering that looks like a control: "### A.9.2.1 Purpose" in a policy whose
 * sections follow the controls (A.9.2 is a control; A.9.2.1 is the policy's first subsection), and
 * "Clause A.1.1" in a contract's own clauses. Real IDs are never own numbering.
 */
export function ownNumbering(text: string, start: number, id: string): boolean {
  if (getControl(id) || getControlGroup(id) || getObjectiveGroup(id)) return false;
  if (CLAUSE_WORD_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return true;
  const parts = id.split('.');
  if (parts.length < 4 || !getControl(parts.slice(0, -1).join('.'))) return false;
  const window = text.slice(Math.max(0, start - 20), start);
  const before = window.slice(Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1);
  return /^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?$/.test(before);
}
