/**
 * References to the NIST AI RMF (subcategories) and the EU AI Act (articles, annexes) in
 * document text (issue 17). The AI RMF's full upper-case names ("GOVERN 1.1") are its own;
 * its abbreviations and title-case names ("Gv 1.1", "Map 2.3") count where the document, the
 * line or `frameworks:` names NIST. An article is the AI Act's only when the context says so:
 * the AI Act named last before it on its line, cell, column, row or heading, or named right
 * after it; with nothing there, a document that names the AI Act and no other law that numbers
 * articles (GDPR's Article 22 is not the AI Act's), or `frameworks: [eu-ai-act]`.
 */
import type { Reference } from '../model/types.js';
import type { Span } from '../text/types.js';
import { AI_ACT_ANNEX_RE, AI_ACT_ARTICLE_RE, AI_ACT_NAME_RE, NIST_NAME_ANY_CASE_RE, NIST_NAME_RE, OTHER_LAW_RE, RMF_CATEGORY_RE, RMF_RE } from './patterns.js';

/** What the whole document says, computed once per version (refs/mentions.ts). */
export interface FrameworkMentions {
  readonly nist: boolean;
  readonly aiAct: boolean;
  /** Another law that numbers articles (GDPR, a directive ...). */
  readonly otherLaw: boolean;
}


/** The surroundings of a region, as scan.ts knows them. */
export interface FrameworkContext {
  readonly text: string;
  readonly mentions: FrameworkMentions;
  /** `frameworks:` of the document and workspace, normalised ("nistairmf", "euaiact"). */
  readonly frameworks: readonly string[];
  /** Label, row and heading of the region, lower case where they come from a heading. */
  readonly label?: string | undefined;
  readonly rowBefore?: string | undefined;
  readonly heading?: string | undefined;
  /** The text before an offset on its line or in its cell. */
  readonly before: (offset: number) => string;
}

const FUNCTION_OF: Readonly<Record<string, string>> = { GV: 'GOVERN', MP: 'MAP', MS: 'MEASURE', MG: 'MANAGE' };

/** `numbered` false: the slice holds no digit, so only an annex ("Annex III") can be there. */
export function scanFrameworkReferences(ctx: FrameworkContext, slice: string, base: number, skip: (o: number) => boolean, out: Reference[], numbered = true): void {
  if (numbered) scanNumbered(ctx, slice, base, skip, out);
  AI_ACT_ANNEX_RE.lastIndex = 0;
  for (let m = AI_ACT_ANNEX_RE.exec(slice); m; m = AI_ACT_ANNEX_RE.exec(slice)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (skip(start) || !isAiAct(ctx, start, end)) continue;
    out.push({ type: 'ai-act-annex', id: `Annex ${m[1]!}`, span: { start, end }, framework: 'other' });
  }
}

/** AI RMF subcategories and categories, and AI Act articles: the references that need a digit. */
function scanNumbered(ctx: FrameworkContext, slice: string, base: number, skip: (o: number) => boolean, out: Reference[]): void {
  const nistNamed = ctx.mentions.nist || ctx.frameworks.includes('nistairmf');
  RMF_RE.lastIndex = 0;
  for (let m = RMF_RE.exec(slice); m; m = RMF_RE.exec(slice)) {
    const start = base + m.index;
    if (skip(start)) continue;
    const word = m[1]!;
    const upper = word.toUpperCase();
    // "GOVERN 1.1" is unmistakable; "Gv 1.1" or "Map 2.3" only where NIST is named.
    if ((word !== upper || upper.length === 2) && !nistNamed && !NIST_NAME_RE.test(ctx.before(start))) continue;
    const fn = FUNCTION_OF[upper] ?? upper;
    out.push({ type: 'rmf-subcategory', id: `${fn} ${Number(m[2])}.${Number(m[3])}`, span: { start, end: start + m[0].length }, framework: 'other' });
  }
  scanRmfCategories(ctx, slice, base, skip, out);

  AI_ACT_ARTICLE_RE.lastIndex = 0;
  for (let m = AI_ACT_ARTICLE_RE.exec(slice); m; m = AI_ACT_ARTICLE_RE.exec(slice)) {
    const start = base + m.index;
    const span: Span = { start, end: start + m[0].length };
    if (skip(start) || !isAiAct(ctx, start, span.end)) continue;
    const first = Number(m[1]);
    const last = m[5] !== undefined ? Number(m[5]) : undefined;
    // "Articles 9-15": each article of the range, when it reads as one (short, increasing, no letter or paragraph).
    if (last !== undefined && last > first && last - first <= 30 && !m[2] && !m[3]) {
      for (let n = first; n <= last; n++) out.push({ type: 'ai-act-article', id: `Article ${n}`, span, framework: 'other', fromRange: true });
      continue;
    }
    // Not a range after all: the article alone, and the tail scanned again.
    const end = span.end - (m[4]?.length ?? 0);
    AI_ACT_ARTICLE_RE.lastIndex = end - base;
    out.push({ type: 'ai-act-article', id: `Article ${first}${m[2]!}`, span: { start, end }, framework: 'other' });
  }
}

/** Category numbers per function: a category outside them is not read at all (no finding: "MAP 7" is seldom the AI RMF's). */
const CATEGORIES: Readonly<Record<string, number>> = { GOVERN: 6, MAP: 5, MEASURE: 4, MANAGE: 4 };

/**
 * "GOVERN 1", "Map 2", "GV-6": a category is a short, common shape ("MAP 2 of the site plan"),
 * so it is read only with NIST in sight. The upper-case function name where the document names
 * NIST (or `frameworks:` lists it); title case and abbreviations only where the line or cell
 * before it, or its column header, names NIST (a heading is too far: "Map 2 of the annex").
 */
function scanRmfCategories(ctx: FrameworkContext, slice: string, base: number, skip: (o: number) => boolean, out: Reference[]): void {
  const documentNamed = ctx.mentions.nist || ctx.frameworks.includes('nistairmf');
  if (!documentNamed) return;
  RMF_CATEGORY_RE.lastIndex = 0;
  for (let m = RMF_CATEGORY_RE.exec(slice); m; m = RMF_CATEGORY_RE.exec(slice)) {
    const start = base + m.index;
    if (skip(start)) continue;
    const word = m[1]!;
    const fn = FUNCTION_OF[word.toUpperCase()] ?? word.toUpperCase();
    const n = Number(m[2]);
    if (n < 1 || n > (CATEGORIES[fn] ?? 0)) continue;
    if (word !== fn && !nistNear(ctx, start)) continue;
    out.push({ type: 'rmf-category', id: `${fn} ${n}`, span: { start, end: start + m[0].length }, framework: 'other' });
  }
}

function nistNear(ctx: FrameworkContext, start: number): boolean {
  return [ctx.before(start), ctx.label].some((s) => s !== undefined && NIST_NAME_ANY_CASE_RE.test(s));
}

/** Whether the article or annex at [start, end) is the AI Act's, by the law named nearest to it. */
function isAiAct(ctx: FrameworkContext, start: number, end: number): boolean {
  const after = ctx.text.slice(end, Math.min(ctx.text.length, end + 40)).split(/[\r\n|]/)[0]!;
  const named = /^[ \t,]*(?:\([^)\n]{0,40}\)[ \t]*)?(?:of[ \t]+(?:the[ \t]+)?)?(\S+(?:[ \t]\S+){0,2})/.exec(after)?.[1];
  if (named) {
    if (/^(?:EU[ \t])?AI[ \t]Act\b|^AIA\b/i.test(named)) return true;
    OTHER_LAW_RE.lastIndex = 0;
    const other = OTHER_LAW_RE.exec(named);
    if (other && other.index === 0) return false;
  }
  for (const s of [ctx.before(start), ctx.label, ctx.rowBefore, ctx.heading]) {
    if (!s) continue;
    const law = lastLaw(s);
    if (law) return law === 'ai-act';
  }
  if (ctx.frameworks.includes('euaiact')) return true;
  return ctx.mentions.aiAct && !ctx.mentions.otherLaw;
}

function lastLaw(s: string): 'ai-act' | 'other' | undefined {
  let ai = -1;
  let other = -1;
  AI_ACT_NAME_RE.lastIndex = 0;
  for (let m = AI_ACT_NAME_RE.exec(s); m; m = AI_ACT_NAME_RE.exec(s)) ai = m.index;
  OTHER_LAW_RE.lastIndex = 0;
  for (let m = OTHER_LAW_RE.exec(s); m; m = OTHER_LAW_RE.exec(s)) other = m.index;
  if (ai < 0 && other < 0) return undefined;
  return ai > other ? 'ai-act' : 'other';
}

/** A reference to a NIST AI RMF or EU AI Act requirement (not an ISO/IEC ID of any standard). */
export function isFrameworkReference(type: Reference['type']): boolean {
  return type === 'rmf-subcategory' || type === 'rmf-category' || type === 'ai-act-article' || type === 'ai-act-annex';
}
