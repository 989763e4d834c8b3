/**
 * The labels under which a document states its own ID: a "Document ID:" line in its header (also
 * after a separator, in HTML, and in the words of other languages), a bare "Reference:" line, a
 * document-control table's column, a front-matter key. Read by parse/definitions.ts, and asked
 * of texts the relevance pre-check does not parse (parse/relevance.ts).
 */
import type { Span } from '../text/types.js';
import { withFlags } from '../util/linearRegExp.js';
import { kindOfTitle } from './meta.js';
import { trimEndOf } from '../util/text.js';

/** A column holding the document's own ID: "Document ID", "Doc. No.", "Reference", "Document reference". */
export const OWN_ID_COLUMN = /^(?:(?:document|doc\.?)[ \t]*(?:id|no\.?|number|ref(?:erence)?|code)|ref(?:erence)?|r[ée]f[ée]rence|dokument[ \t-]?(?:id|nummer)|c[óo]digo|codice)$/i;

/** Another field of a document-control table (a table of one document, not a list of documents' IDs and titles). */
export const CONTROL_FIELD = /\b(?:version|owner|approv\w*|status|classification|review\w*|author|effective|issued|date|propri[ée]taire|revue|approuv\w*|verantwortlich|eigent[üu]mer|responsable)\b/i;

/** A "Document ID:" label at a line's start or after a separator (in HTML too: "<p><strong>Document ID:</strong> RR-2026"), and the ID after it. */
export const DOCUMENT_ID_LINE =
  /(?:^|\n|[·•])[ \t>*_|-]*(?:<[a-z][a-z0-9]{0,10}(?:[ \t][^<>\n]{0,80})?>[ \t]*){0,3}(?:(?:Document|Doc\.?|Assessment|Record|Report|Review|Audit|Plan|Policy|Procedure|Register|Log)[ \t]*(?:ID|No\.?|Number|Reference|Ref)|Codice(?:[ \t]+(?:del[ \t]+)?documento)?|C[óo]digo(?:[ \t]+do(?:[ \t]+documento)?|[ \t]+del[ \t]+documento)?|Dokument(?:en)?[ \t-]?(?:ID|Nummer|Kennung)|Document(?:nummer|code|[ \t]+(?:nummer|code))|Documento|文書(?:番号|ID)|문서[ \t]?(?:번호|ID))[ \t]*(?:[:*_ \t|\uff1a]|<\/?[a-z][a-z0-9]{0,10}>){1,12}[ \t]*`?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)/i;

/** Top-level front-matter keys that hold a document's own ID, as docs sites and other languages write them. */
export const OWN_ID_KEY = /^(?:id|doc(?:ument)?[ _-]?(?:id|code|no|number|ref(?:erence)?)|codice(?:[ _-]documento)?|c[óo]digo(?:[ _-]d[eo]l?[ _-]documento)?|kennung|dokument(?:en)?[ _-]?(?:id|nummer)|document(?:nummer|code))$/i;

/** A bare "Reference:" label in a header and the ID after it, of any shape. */
export const REFERENCE_LINE = /(?:^|\n)[ \t>*_|-]*(?:Reference|R[ée]f[ée]rence|Referenz|R[ée]f\.?)(?:[ \t]+(?:du|of the|des)[ \t]+document)?[ \t]*(?:\*\*|__)?[ \t]*[:|][ \t*_|]*`?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)/i;

/** Whether a header line labels an ID of any shape as the document's own (relevance.ts asks it of texts it does not parse). */
export function labelsOwnId(text: string): boolean {
  return DOCUMENT_ID_LINE.test(text.slice(0, 4000)) || REFERENCE_LINE.test(text.slice(0, 1500));
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * The ID a record's title gives it right after the kind's name ("# Management Review MR-2026 —
 * AIMS", "# Internal Audit Report AUD-2026-02"): the first heading, when it is the title, and
 * the ID's place in the text. Not an ID after other words ("Audit of POL-001" audits the policy).
 */
export function titleOwnId(title: string | undefined, headings: readonly { text: string; span: Span }[], text: string, re: RegExp): { id: string; span: Span } | undefined {
  const h = headings[0];
  if (!h || title === undefined || h.text.trim() !== title.trim()) return undefined;
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = withFlags(re, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  g.lastIndex = 0;
  for (let m = g.exec(h.text); m; m = g.exec(h.text)) {
    const before = trimEndOf(h.text.slice(0, m.index), ' \t:\u2013\u2014-');
    if (before === '' || !kindOfTitle(before)) continue;
    const at = text.indexOf(m[0], h.span.start);
    return at >= 0 && at + m[0].length <= h.span.end ? { id: m[0].toUpperCase(), span: { start: at, end: at + m[0].length } } : undefined;
  }
  return undefined;
}
