/**
 * Is this document a template (a form to copy and fill in) rather than a filled-in document?
 * Templates are not checked for missing or empty sections or overdue reviews, and provide no
 * documented information; their control and clause references are still checked.
 *
 * The signals, from what real repositories do: the word "template" in the title, a subtitle or
 * a note near the top ("## ISO/IEC 42001 | Clause 4.3 — Template", "> This is a template");
 * header fields left as blanks to fill ("**Owner:** ______"); or the organisation's name and
 * other values left as bracketed placeholders ("[Organisation Name]", "[Date]") throughout.
 */

import { detached, hasLoneCarriageReturn, perChunk, type ChunkedText } from '../text/chunkMemo.js';

/** How far from the top a template says what it is (lines). */
const HEAD_LINES = 25;
const TEMPLATE_WORD = /\btemplates?\b/i;
/** "[Organisation Name]", "[Date + 1 Year]", "[CEO / Board]": capitalised, not a link, not a checkbox. */
const PLACEHOLDER = /\[(?:[A-Z][A-Za-z0-9 /&+.,'#-]{1,40})\](?![(\[:])/g;
const ORGANISATION_PLACEHOLDER = /\[(?:organi[sz]ation|company|client|entity|your organi[sz]ation)(?:'s)?(?: name)?\]/i;
/** A header field with nothing but a blank line to fill: "**Approved by:** ________". */
/** How much of the text is searched for blanks and placeholders. */
const SAMPLE = 200_000;
const BLANK_FIELD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^:\n]{2,40}:(?:\*\*|__)?[ \t]*_{5,}/gm;

const verdicts = new WeakMap<object, boolean>();

/**
 * Whether the document looks like a template, once per version (missing-section,
 * empty-section and the index's facts all ask). The signals that scan the text are kept per
 * chunk: a placeholder never crosses a line end, nor does a blank field unless a lone carriage
 * return ends a line (such a text is read whole), and chunks start at line starts.
 */
export function looksLikeTemplate(doc: ChunkedText & { readonly title?: string | undefined }): boolean {
  let v = verdicts.get(doc);
  if (v === undefined) verdicts.set(doc, (v = judge(doc)));
  return v;
}

function judge(doc: ChunkedText & { readonly title?: string | undefined }): boolean {
  const { text, title } = doc;
  if (title && TEMPLATE_WORD.test(title)) return true;
  const head = headOf(text);
  for (const line of head) {
    const t = line.trim();
    // A heading, a quote or a line in emphasis near the top that calls the document a template.
    if (/^(?:#{1,6}\s|>|\*|_)/.test(t) && TEMPLATE_WORD.test(t)) return true;
    if (/\bthis (?:document )?is a template\b/i.test(t)) return true;
  }
  const whole = hasLoneCarriageReturn(text) ? { text } : doc;
  if (perChunk(whole, 'template-organisation', 0, text.length, (t) => ORGANISATION_PLACEHOLDER.test(t)).some(Boolean)) return true;
  const marks = perChunk(whole, 'template-marks', 0, Math.min(text.length, SAMPLE), (t) => ({
    blanks: (t.match(BLANK_FIELD) ?? []).length,
    placeholders: (t.match(PLACEHOLDER) ?? []).map(detached),
  }));
  if (marks.reduce((n, m) => n + m.blanks, 0) >= 3) return true;
  const distinct = new Set<string>();
  for (const m of marks) for (const p of m.placeholders) distinct.add(p);
  return distinct.size >= 8;
}

function headOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < HEAD_LINES && start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    lines.push(text.slice(start, Math.min(stop, start + 500)));
    start = stop + 1;
  }
  return lines;
}
