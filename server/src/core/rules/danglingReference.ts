import type { Rule } from './types.js';
import { ENTITY_TYPES } from '../model/types.js';
import { perChunk } from '../text/chunkMemo.js';
import { isRetired, lineStartNear } from './util.js';

const NOUN = { risk: 'risk', system: 'AI system', document: 'document' } as const;
const WHERE = {
  risk: 'in a risk register (a table row or a YAML "risks:" item)',
  system: 'by an AI system record (kind: ai-system) or an AI system inventory',
  document: 'by a document\'s "aims.id" or its own "Document ID:" line (a master document list\'s rows name documents; they define none)',
} as const;

export const danglingReference: Rule = {
  code: 'dangling-reference',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A risk, AI system or document ID that is defined nowhere in the workspace. The same ID cited again in one document is a notice after its first warning there; so is one in an archived or retired copy, which keeps the IDs of its day.',
    example: 'Treatment of R-042 is tracked in the plan.   (no R-042 in any risk register)',
    fix: 'Correct the ID, or define it: add the risk to the register, the system record, or the document with that id. The quick fix adds a stub to the risk register. What defines an ID: a risk register\'s rows or `risks:` items; an AI system record (its `aims:` block, a "System ID:" line, or a YAML record\'s top-level `id:`), an inventory\'s rows (a CSV inventory known by its file name too), or a table listing the systems in scope by an ID column and a System or Name column; a document\'s `aims.id`, a "Document ID:" line near its top (also after a separator in a header line, "Owner: CPO · Document ID: RAP-003", and in Italian, Spanish, Portuguese, German and Dutch), or a top-level front-matter key such as `id:`, `doc_id:` or `codice:`. A master document list\'s rows name documents and define none, but for the list\'s own row (the one naming its file). A bare "Reference:" label in a document\'s header ("**Référence :** POL-002") or a YAML `document: { reference: }` block names the document\'s own ID too, when the ID has the shape of a document ID or the line goes on with the document\'s control fields (owner, version, review); such a header is no duplicate of a document that declares the same ID. So does a document-control table at the top whose one row is under a "Document ID" column. An ID defined as another type (a procedure numbered PRO-RISK-001) is defined. An ID inside a bare URL names a page and is not read.',
  },
  checkInWorkspace(ctx) {
    // By offset, as numbers: a string per definition and reference was most of this rule's cost.
    const own = new Set<number>();
    for (const d of ctx.doc.definitions) own.add(d.span.start);
    // The same undefined ID cited again in the document: said once as a warning, then as notices.
    const said = new Set<string>();
    // An archived or retired copy keeps the IDs of its day: a system since withdrawn is history, a notice at most.
    const retired = isRetired(ctx.doc);
    // Whether the text says anywhere that something does not exist (per chunk, kept while the chunk
    // is the same): most documents never do, and a findings-heavy register then skips the reading
    // around each of its thousands of undefined IDs.
    let denies: boolean | undefined;
    for (const r of ctx.doc.references) {
      if (r.type !== 'risk' && r.type !== 'system' && r.type !== 'document') continue;
      if (own.has(r.span.start)) continue;
      // Format examples ("AIMS-XXX-001", "R-NNN") are placeholders, not references.
      if (/(?:^|-)(?:X{2,}|N{2,}|Y{4})(?:-|$)/.test(r.id)) continue;
      // Defined as another type ("Référence : PRO-RISK-001", a procedure whose ID reads like a risk's): defined.
      if (ctx.index.definitionCount(r.type, r.id) > 0 || ENTITY_TYPES.some((t) => t !== r.type && ctx.index.definitionCount(t, r.id) > 0)) continue;
      // An example of the format ("AI system ID (e.g. SYS-001)" in a form, "for example R-001, R-002").
      if (givenAsExample(ctx.doc.text, r.span.start)) continue;
      // A document-shaped ID the line says is something else: "Jira project AIMS (AIMS-211 to AIMS-214)", "certificate AIMS-0417".
      if (r.type === 'document' && namedAsOther(ctx.doc.text, r.span.start)) continue;
      // An action given a status ("MR-2025-03 (extend the AIMS): complete"): a previous review's item, not a document.
      if (r.type === 'document' && ACTION_STATUS.test(ctx.doc.text.slice(r.span.end, r.span.end + STATUS_REACH))) continue;
      // "UNECE R155", "UN R152 (AEBS) and R157": the UN's vehicle regulations, numbered as bare risk IDs are.
      if (r.type === 'risk' && BARE_LETTER_ID.test(r.id) && UN_REGULATION.test(ctx.doc.text.slice(lineStartNear(ctx.doc.text, r.span.start, 200), r.span.end))) continue;
      // Said to be missing already ("There is no R-017 in the AI risk register", "R-017 does not exist"):
      // an audit finding or a review noting the gap, which the finding would only repeat.
      if ((denies ??= perChunk(ctx.doc, 'dangling-reference/denies', 0, ctx.doc.text.length, (t) => DENIAL_WORDS.test(t)).includes(true)) && saidToBeMissing(ctx.doc.text, r.span, r.id)) continue;
      // One of a family a document declares with a placeholder ("AIMS-AUDITPROG-[YEAR]").
      if (r.type === 'document' && ctx.index.definitionCount(r.type, r.id.replace(/-[A-Z0-9]+$/, '-*')) > 0) continue;
      ctx.report({
        span: r.span,
        message: `The ${NOUN[r.type]} ${r.id} is not defined anywhere in the workspace; it should be defined ${WHERE[r.type]}.`,
        data: { type: r.type, id: r.id },
        // "R12", "R250": a bare letter and a number is as often a release, a form or an amount in
        // rand ("R250 000") as a risk written without its hyphen; undefined, it is only a notice.
        ...(BARE_LETTER_ID.test(r.id) || said.has(r.type + r.id) || retired ? { atMost: 'information' as const } : {}),
      });
      said.add(r.type + r.id);
    }
  },
};


/** An ID that is one letter and digits. */
const BARE_LETTER_ID = /^[A-Z]\d+$/;
/** A UN vehicle regulation named on the line, up to and with the ID. */
const UN_REGULATION = /\b(?:UNECE|UN|ECE)(?:[ \t]+|-)(?:R(?:eg(?:ulation)?)?\.?[ \t]*(?:No\.?[ \t]*)?)?\d/;

/** How far back on its line an ID's "e.g." is looked for. */
const EXAMPLE_REACH = 80;
const EXAMPLE_LEAD = /(?:^|[^a-z])(?:e\.g\.|eg\.|for example|for instance|example|format)[,:]?[ \t]*$/i;
/** An ID of a list before the one read, with its separator: "SYS-001, ", "R-2 or ". */
const LISTED_ID = /[A-Za-z][\w.-]{0,30}\d[\w.-]{0,30}[ \t]*(?:,|;|\/|\bor\b|\band\b)[ \t]*$/;

/** Whether the ID at `at` is given as an example: "e.g." or "for example" before it, or before the list it ends. */
function givenAsExample(text: string, at: number): boolean {
  let before = text.slice(lineStartNear(text, at, EXAMPLE_REACH), at);
  for (let m = LISTED_ID.exec(before); m; m = LISTED_ID.exec(before)) before = before.slice(0, m.index);
  return EXAMPLE_LEAD.test(before);
}

/** Words before an ID, on its line, that say it numbers a tracker's ticket, a change or a certificate. */
const OTHER_THING = /\b(?:(?:jira|tickets?|epics?|pull[ \t]+requests?|PRs?|merge[ \t]+requests?|change[ \t]+requests?|certificates?)\b|cert\.)[^.;\n\r]{0,40}$/i;

/** Whether the ID at `at` is named, on its line, as a ticket, change or certificate number. */
function namedAsOther(text: string, at: number): boolean {
  return OTHER_THING.test(text.slice(lineStartNear(text, at, EXAMPLE_REACH), at));
}

/** How far after an ID its status is looked for. */
const STATUS_REACH = 80;
/** An ID's status after it: "(what it was): complete", "- in progress", "= closed". */
const ACTION_STATUS = /^(?:[ \t]*\([^()\n\r]{1,60}\))?[ \t]*[:=\u2013\u2014-][ \t]*(?:\*\*|__)?(?:complete[d]?|done|closed|open|in[ \t\r\n]+progress|ongoing|overdue|pending|not[ \t]+started|cancell?ed)\b/i;

/** A word one of the two patterns below needs (a pre-check over the whole text; the patterns decide). */
const DENIAL_WORDS = /\bno\s+such\b|\bthere\s+(?:is|was|are|were)\s+no\b|\bnon-?existent\b|\bundefined\b|\bunknown\b|\bunregistered\b|\bexist\b|\b(?:is|was|are)\s+(?:not|nowhere)\s+(?:defined|listed|registered|in\b)|\bmissing\s+from\b|\bmatch(?:es|ed)?\s+no(?:thing)?\b/i;

const MISSING_BEFORE = /(?:\bthere\s+(?:is|was|are|were)\s+no|\bno\s+such|\bnon-?existent|\bundefined|\bunknown|\bunregistered)\s+(?:(?:risk|(?:AI\s+)?system|document)\s+)?(?:ID\s+)?[`"'\u201c]?$/i;
const MISSING_AFTER =
  /^[`"'\u201d]?\s*(?:,\s*which\s+)?(?:(?:does|do|did)\s+not|doesn't|don't)\s+exist|^[`"'\u201d]?\s+(?:is|was|are)\s+(?:not|nowhere)\s+(?:defined|listed|registered|in\s+(?:the|any)\s+(?:AI\s+)?(?:risk\s+)?register)|^[`"'\u201d]?\s+(?:is|was)\s+missing\s+from|^[`"'\u201d]?(?:\s+(?:in|of|from)\s+(?:the\s+)?[\w.-]{1,20})?\s+(?:matches|matched|match)\s+no(?:thing)?\b|^[`"'\u201d]?\s+(?:is|was|are)\s+(?:unknown|unregistered)\b/i;

/**
 * Whether the words around the ID say it does not exist (see the rule): at this place, or at
 * another place of the same ID in its paragraph ("cites R-017, but there is no R-017 in the register").
 */
function saidToBeMissing(text: string, span: { start: number; end: number }, id: string): boolean {
  // The words either side, a soft line break read as a space (a blank line ends the paragraph).
  const denied = (start: number, end: number): boolean => {
    const before = text.slice(Math.max(0, start - EXAMPLE_REACH), start);
    const after = text.slice(end, Math.min(text.length, end + EXAMPLE_REACH));
    const cut = paragraphBreak(before, before.length, -1);
    const own = (cut >= 0 ? before.slice(cut) : before).replace(/\r?\n/g, ' ');
    return MISSING_BEFORE.test(own) || MISSING_AFTER.test(after.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n/g, ' '));
  };
  if (denied(span.start, span.end)) return true;
  // The paragraph around it (a soft line break may part the citation from the words saying it is missing), bounded.
  // Searched within the reach only: a register without blank lines would be scanned whole per ID.
  const floor = Math.max(0, span.start - PARAGRAPH_REACH);
  const window = text.slice(floor, Math.min(text.length, span.end + PARAGRAPH_REACH));
  const back = paragraphBreak(window, span.start - floor, -1);
  const ahead = paragraphBreak(window, span.end - floor, 1);
  const to = ahead < 0 ? window.length : ahead;
  for (let at = window.indexOf(id, back < 0 ? 0 : back); at >= 0 && at + id.length <= to; at = window.indexOf(id, at + 1))
    if (at + floor !== span.start && denied(at + floor, at + floor + id.length)) return true;
  return false;
}

/** The nearest blank line before (`dir` -1) or after (1) `at`, "\n\n" or "\n\r\n" (CRLF): its offset, or -1. */
function paragraphBreak(s: string, at: number, dir: -1 | 1): number {
  if (dir < 0) return Math.max(s.lastIndexOf('\n\n', at), s.lastIndexOf('\n\r\n', at));
  const lf = s.indexOf('\n\n', at);
  const crlf = s.indexOf('\n\r\n', at);
  return lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
}

/** How far either way the paragraph of a cited ID is read for words saying it is missing. */
const PARAGRAPH_REACH = 600;
