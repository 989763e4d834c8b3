/**
 * Headings numbered like the standard's clauses: "### 8.1 Operational Planning and Control",
 * "## 8.2 — AI risk assessment". A bare number in a heading is usually the document's own
 * numbering; it is read as a clause of ISO/IEC 42001 only when the document evidently follows
 * the standard's numbering: at least three such headings carry their clause's real title, and
 * they are at least half of the numbered headings in chapters 4 to 10 (or the first heading says
 * "Clause 8" and every numbered heading is under 8, one of them with its real title). Used by unknown-clause
 * (a heading "8.5 ..." in such a document cites a clause that does not exist) and by
 * clause-title-mismatch (a heading whose title is about something else).
 */
import type { AimsDocument } from '../model/types.js';
import type { Span } from '../text/types.js';
import { getClause, titleTokens } from '../catalogue/lookup.js';
import { CLAUSES } from '../catalogue/clauses.js';
import { namesOtherStandard } from '../refs/scan.js';
import { WeakMemo } from '../util/weakMemo.js';

export interface NumberedHeading {
  readonly id: string;
  readonly title: string;
  readonly numberSpan: Span;
  readonly titleSpan: Span;
  /** Whether the title is (nearly) the real title of clause `id`. */
  readonly matches: boolean;
}

/** "  - ## 8.3 — AI System Objectives and Design": list marker, hashes, number, dash, title. */
const HEADING = /^[ \t]*(?:[-*+][ \t]+)?#{1,6}[ \t]+(?:\*\*|__)?(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\*\*|__)?[ \t]*(?:[-\u2013\u2014:][ \t]*)?(?:\*\*|__)?([A-Z][^\r\n]{2,100}?)(?:\*\*|__)?[ \t]*#*[ \t]*$/;

const memo = new WeakMemo<AimsDocument, { readonly standard: readonly NumberedHeading[]; readonly subdivisions: ReadonlySet<number> }>();

/** The document's clause-numbered headings, or none when it does not follow the standard's numbering. */
export function standardNumberedHeadings(doc: AimsDocument): readonly NumberedHeading[] {
  return numbering(doc).standard;
}

/**
 * Where the numbers of the headings that subdivide a clause the standard does not subdivide
 * start: "#### 8.1.4 Verification" under "### 8.1 Operational planning and control" in a
 * manual is its own section 8.1.4, not a citation of a clause 8.1.4. (A heading "8.5" beside
 * 8.1 to 8.4, or "9.2.3" beside 9.2.1 and 9.2.2, claims a clause that is not there.)
 */
export function ownSubdivisions(doc: AimsDocument): ReadonlySet<number> {
  return numbering(doc).subdivisions;
}

const LEAVES = new Set(CLAUSES.filter((c) => !CLAUSES.some((d) => d.parent === c.id)).map((c) => c.id));

function numbering(doc: AimsDocument): { readonly standard: readonly NumberedHeading[]; readonly subdivisions: ReadonlySet<number> } {
  let found = memo.get(doc);
  if (found) return found;
  const all: NumberedHeading[] = [];
  for (const s of doc.sections) {
    const line = doc.text.slice(s.headingSpan.start, s.headingSpan.end);
    const m = HEADING.exec(line);
    if (!m || namesOtherStandard(line)) continue;
    const id = m[1]!.split('.').map(Number).join('.');
    const chapter = Number(id.split('.')[0]);
    if (chapter < 4 || chapter > 10) continue;
    const title = m[2]!.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    const numberAt = s.headingSpan.start + line.indexOf(m[1]!, m[0].indexOf('#'));
    const titleAt = s.headingSpan.start + line.lastIndexOf(m[2]!);
    const own = getClause(id);
    all.push({ id, title, numberSpan: { start: numberAt, end: numberAt + m[1]!.length }, titleSpan: { start: titleAt, end: titleAt + m[2]!.length }, matches: !!own && sameSubject(title, own.title) });
  }
  const matching = all.filter((h) => h.matches).length;
  // "# Clause 8 — Operation" over headings 8.1, 8.2 ...: the document says it follows clause 8.
  const first = doc.sections[0];
  const declared = first ? /\bclause[ \t]+(\d{1,2})\b(?![.]\d)/i.exec(doc.text.slice(first.headingSpan.start, first.headingSpan.end))?.[1] : undefined;
  const underDeclared = declared !== undefined && all.length >= 2 && matching >= 1 && all.every((h) => h.id.split('.')[0] === declared);
  const numbers = new Set(all.map((h) => h.id));
  const subdivisions = new Set<number>();
  for (const h of all) {
    const parent = h.id.split('.').slice(0, -1).join('.');
    if (LEAVES.has(parent) && numbers.has(parent) && !getClause(h.id)) subdivisions.add(h.numberSpan.start);
  }
  found = { standard: (matching >= 3 && matching * 2 >= all.length) || underDeclared ? all : [], subdivisions };
  memo.set(doc, found);
  return found;
}

/** Half or more of the real title's words are in the written one ("AI Risk Treatment (Operational)" for "AI risk treatment"). */
function sameSubject(written: string, real: string): boolean {
  const w = titleTokens(written);
  const r = [...titleTokens(real)];
  if (r.length === 0) return written.trim().toLowerCase() === real.toLowerCase();
  return r.filter((t) => w.has(t)).length * 2 >= r.length;
}
