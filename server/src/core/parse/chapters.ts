/**
 * A handbook's chapters: one Markdown file holding several AIMS documents ("AIMS Manual" with
 * "1. AI Policy", "2. Scope", "4. Risk Register", "5. Statement of Applicability"). Such a file
 * has no kind of its own, so without this it provided no documented information and its SoA
 * was not checked as one. A chapter is a top-level section under the title of a handbook (a title
 * saying manual or handbook) whose heading names a kind as a title would (meta.ts kindOfTitle),
 * with content of its own.
 */
import type { KindId } from '../catalogue/types.js';
import { getKind } from '../catalogue/kinds.js';
import type { Chapter, RiskEntry, Section } from '../model/types.js';
import type { Span } from '../text/types.js';
import { describesDocuments, kindOfTitle } from './meta.js';

/**
 * A title that says the file is a handbook, or the AIMS itself: without it, a procedure's "Scope"
 * and "Roles and responsibilities" sections would be taken for the AIMS scope and roles documents.
 */
const HANDBOOK_TITLE = /\b(?:manual|handbook|playbook|rulebook|system documentation|aims documentation|ai management system)\b/i;
/** The AIMS by its acronym in capitals ("AIMS — Fernhill Labs": a small team's one file). */
const AIMS_TITLE = /(?<![\p{L}\p{N}])AIMS(?![\p{L}\p{N}])/u;
/** ... and not about one: a handbook template or a guide to writing one holds no documents. */
const ABOUT_HANDBOOKS = /\b(?:templates?|guides?|guidance|how to|procedures?|process(?:es)?)\b/i;

/** A repository's read-me, at its root or in a folder. */
const README = /(?:^|\/)readme\.(?:md|markdown)$/i;

/** Less than this under a heading is a pointer ("See the risk register in Jira."), not the document. */
const MIN_CONTENT = 80;
/** A record's chapter names the record ("Risk Register", "Internal Audit Report"); "Internal audit" alone describes the process. */
const NAMES_A_RECORD = /\b(?:register|log|report|results|minutes|records?)\b/i;

/**
 * The chapters of a document of no kind, when at least two name different kinds: one heading
 * naming a kind in a file of no kind is as likely a section about the subject as the document.
 */
export function chaptersOf(kind: KindId | undefined, title: string | undefined, sections: readonly Section[], risks: readonly RiskEntry[], relativePath = ''): Chapter[] | undefined {
  // A template or a guide (by its path, as kinds are) holds forms of documents, not the documents.
  // A read-me is one too when its title names the AIMS ("# Quillmate AIMS": a small team keeps it all there).
  if (kind !== undefined || sections.length < 3 || (describesDocuments(relativePath) && !README.test(relativePath)) || !title || !(HANDBOOK_TITLE.test(title) || AIMS_TITLE.test(title)) || ABOUT_HANDBOOKS.test(title)) return undefined;
  // The title is the one level-1 heading opening the document; chapters are the shallowest level below it.
  const titled = sections[0]!.level === 1 && !sections.slice(1).some((s) => s.level === 1);
  const body = titled ? sections.slice(1) : sections;
  let top = 7;
  for (const s of body) top = Math.min(top, s.level);
  const chapters: Chapter[] = [];
  for (const s of body) {
    if (s.level !== top || s.content.length < MIN_CONTENT) continue;
    const named = kindOfTitle(s.title);
    if (!named) continue;
    if (getKind(named)?.record && !NAMES_A_RECORD.test(s.title) && !(named === 'risk-register' && holdsRisks(s.span, risks))) continue;
    chapters.push({ kind: named, span: s.span });
  }
  return new Set(chapters.map((c) => c.kind)).size >= 2 ? chapters : undefined;
}

/** `{ chapters }` for a document's meta when it has them, else nothing. */
export function chaptersMeta(kind: KindId | undefined, title: string | undefined, sections: readonly Section[], risks: readonly RiskEntry[], relativePath: string): { chapters?: Chapter[] } {
  const chapters = chaptersOf(kind, title, sections, risks, relativePath);
  return chapters ? { chapters } : {};
}

function holdsRisks(span: Span, risks: readonly RiskEntry[]): boolean {
  return risks.some((r) => r.idSpan.start >= span.start && r.idSpan.end <= span.end);
}
