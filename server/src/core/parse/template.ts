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
import { getKind } from '../catalogue/kinds.js';
import type { KindId } from '../catalogue/types.js';
import type { DocumentSummary, LanguageId } from '../model/types.js';
import { isProvisional } from './soaProvisional.js';
import { WeakMemo } from '../util/weakMemo.js';
import { readAsTree } from '../model/types.js';

/** The title of the example risk our register templates write (templates/rows.ts). */
export const EXAMPLE_RISK_TITLE = 'What could go wrong, for whom, and why';

/** How far from the top a template says what it is (lines). */
const HEAD_LINES = 25;
const TEMPLATE_WORD = /\btemplates?\b/i;
/**
 * "[Organisation Name]", "[Date + 1 Year]", "[CEO / Board]": capitalised, not a link, not a
 * checkbox, not an Obsidian or wiki link ("[[AI Risk Register]]", which a vault's notes are full of).
 */
const PLACEHOLDER = /(?<!\[)\[(?:[A-Z][A-Za-z0-9 /&+.,'#-]{1,40})\](?![(\[:\]])/g;
const ORGANISATION_PLACEHOLDER = /\[(?:organi[sz]ation|company|client|entity|your organi[sz]ation)(?:'s)?(?: name)?\]/i;
const ORGANISATION_PLACEHOLDERS = new RegExp(ORGANISATION_PLACEHOLDER.source, 'gi');
/** A header field with nothing but a blank line to fill: "**Approved by:** ________". */
/** How much of the text is searched for blanks and placeholders. */
const SAMPLE = 200_000;
const BLANK_FIELD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^:\n]{2,40}:(?:\*\*|__)?[ \t]*_{5,}/gm;

const verdicts = new WeakMemo<object, boolean>();

/**
 * Whether the document looks like a template, once per version (missing-section,
 * empty-section and the index's facts all ask). The signals that scan the text are kept per
 * chunk: a placeholder never crosses a line end, nor does a blank field unless a lone carriage
 * return ends a line (such a text is read whole), and chunks start at line starts.
 */
export function looksLikeTemplate(doc: ChunkedText & { readonly title?: string | undefined; readonly languageId?: LanguageId }): boolean {
  let v = verdicts.get(doc);
  if (v === undefined) verdicts.set(doc, (v = judge(doc)));
  return v;
}

function judge(doc: ChunkedText & { readonly title?: string | undefined; readonly languageId?: LanguageId }): boolean {
  const { text, title } = doc;
  if (title && TEMPLATE_WORD.test(title)) return true;
  const head = headOf(text);
  for (const line of head) {
    // Code spans name files ("Create a note from `Templates/Risk.md`"): no word about this one.
    const t = line.trim().replace(/`[^`\n]{0,200}`/g, '');
    // A heading, a quote or a line in emphasis near the top that calls the document a template.
    if (/^(?:#{1,6}\s|>|\*|_)/.test(t) && TEMPLATE_WORD.test(t)) return true;
    if (/\bthis (?:document )?is a template\b/i.test(t)) return true;
  }
  const whole = hasLoneCarriageReturn(text) ? { text } : doc;
  // "[Company Name]" near the top, or more than once: a form to fill in. Once, further down, it is
  // a leftover in a written document ("Licensed for use by [Company Name] only." in a footer).
  if (head.some((line) => ORGANISATION_PLACEHOLDER.test(line))) return true;
  if (perChunk(whole, 'template-organisation-count', 0, text.length, (t) => t.match(ORGANISATION_PLACEHOLDERS)?.length ?? 0).reduce((n, c) => n + c, 0) >= 2) return true;
  const marks = perChunk(whole, 'template-marks', 0, Math.min(text.length, SAMPLE), (t) => ({
    blanks: (t.match(BLANK_FIELD) ?? []).length,
    placeholders: (t.match(PLACEHOLDER) ?? []).map(detached),
  }));
  if (marks.reduce((n, m) => n + m.blanks, 0) >= 3) return true;
  // In YAML, JSON and TOML "[SYS-201]" and "[A.6.2.4, A.7.4]" are flow sequences, not placeholders.
  if (doc.languageId !== undefined && readAsTree(doc.languageId)) return false;
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

/**
 * A form to fill in: a document that looks like a template (never one whose kind is declared:
 * the writer says what it is), or a skeleton of ours nobody has written in yet, declared kind
 * or not. Not checked for missing or empty sections or overdue reviews; provides nothing.
 */
export function isTemplateDoc(doc: Pick<DocumentSummary, 'text' | 'lines' | 'languageId' | 'meta' | 'title' | 'risks' | 'soa' | 'template'> & ChunkedText): boolean {
  if (doc.template !== undefined) return doc.template;
  return (doc.meta.kindSource !== 'declared' && looksLikeTemplate(doc)) || isUnwrittenSkeleton(doc);
}

/** The note our Markdown templates put under a section heading (templates/markdown.ts). */
export function templateNote(hint: string): string {
  return `_${hint}_`;
}

const notesByKind = new Map<KindId, readonly string[]>();

function notesOf(kind: KindId): readonly string[] {
  let notes = notesByKind.get(kind);
  if (!notes) notesByKind.set(kind, (notes = (getKind(kind)?.sections ?? []).map((s) => templateNote(s.hint))));
  return notes;
}

const skeletons = new WeakMemo<object, boolean>();

/**
 * A document our templates wrote ("aims init --starter", New AIMS document...) that nobody has
 * written in yet, so it is a form, not the document it prepares: Markdown that still holds
 * every one of its kind's section notes as written (YAML: every value still its hint), a
 * register whose only risks are the template's example, or a statement of applicability whose
 * every row is the template's provisional inclusion. Once one section is written it is a
 * document, and each section still holding its note is empty (isTemplateNote).
 */
export function isUnwrittenSkeleton(doc: Pick<DocumentSummary, 'text' | 'languageId' | 'meta' | 'risks' | 'soa'>): boolean {
  if (!doc.meta.kind) return false;
  let v = skeletons.get(doc);
  if (v === undefined) skeletons.set(doc, (v = judgeSkeleton(doc, doc.meta.kind)));
  return v;
}

function judgeSkeleton(doc: Pick<DocumentSummary, 'text' | 'languageId' | 'risks' | 'soa'>, kind: KindId): boolean {
  if (doc.risks.length > 0) return doc.risks.every((r) => r.attributes.get('title')?.text.trim() === EXAMPLE_RISK_TITLE);
  if (doc.soa.length > 0) return doc.soa.every(isProvisional);
  const hints = (getKind(kind)?.sections ?? []).map((s) => s.hint);
  if (hints.length === 0) return false;
  // Markdown: each section's note in italics; YAML: each key's value is the hint itself.
  if (doc.languageId === 'markdown') return notesOf(kind).every((n) => doc.text.includes(n));
  if (doc.languageId === 'yaml') return hints.every((h) => doc.text.includes(`: ${h}`));
  return false;
}

/** Whether a section's content is nothing but one of its kind's template notes. */
export function isTemplateNote(kind: KindId | undefined, content: string): boolean {
  if (!kind) return false;
  const t = content.trim();
  return t.length > 2 && notesOf(kind).includes(t);
}
