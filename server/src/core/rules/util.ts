import type { AimsDocument, DocumentSummary, Reference, SoaEntry } from '../model/types.js';
import type { Span } from '../text/types.js';
import { inSpans } from '../text/spans.js';
import { lineStartWithin } from '../text/lines.js';
import { metaField } from '../parse/meta.js';

/**
 * Where document-level findings go: the `kind` field, else a Markdown file's front-matter `title:`
 * when the document's title is that one (a docs site's page, whose first heading is its first section),
 * else a bold title block's first line above the headings, else the first heading, else the first line.
 */
export function titleSpan(doc: AimsDocument): Span {
  const kind = doc.meta.fields.get('kind');
  if (kind) return kind.valueSpan;
  const title = metaField(doc.meta, 'title');
  if (doc.languageId === 'markdown' && title && typeof title.value === 'string' && doc.title !== undefined && title.value.trim() === doc.title.trim()) return title.valueSpan;
  const h = doc.sections[0];
  // A title block of bold lines above headings that are chapters (parse/sections.ts boldTitle): its first line.
  if (h && doc.languageId === 'markdown' && doc.title !== undefined && doc.title !== h.title && h.span.start > 0) {
    const from = doc.lines.positionAt(doc.meta.frontMatterSpan?.end ?? 0).line;
    for (let line = from; line < doc.lines.lineCount && doc.lines.lineStart(line) < h.span.start; line++) {
      const span = { start: doc.lines.lineStart(line), end: doc.lines.lineEnd(line) };
      if (/^[ \t]*(?:\*\*|__)/.test(doc.text.slice(span.start, span.end))) return span;
    }
  }
  if (h) return h.headingSpan;
  return { start: 0, end: doc.lines.lineEnd(0) };
}

/** Score a likelihood or impact value: a number, or a label from the configured scale. */
export function scaleValue(text: string | undefined, labels: Readonly<Record<string, number>>): number | 'invalid' | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/[*_`]/g, '').trim().toLowerCase();
  if (t === '' || /^(?:-|—|–|n\/a|tbd|tbc|\?|_+|\[[^\]]*\]|<[^>]*>)$/.test(t)) return undefined; // blanks and template placeholders
  // A decimal comma too ("4,5" in a European register): one or two digits after it, so "1,000" stays 1.
  const num = /^(-?\d+(?:[.,]\d{1,2}(?!\d)|\.\d+)?)\b/.exec(t);
  if (num) return Number(num[1]!.replace(',', '.'));
  // The label ends in a letter, so the spaces after it belong to \s* alone (linear, not quadratic, on long runs of spaces).
  const lead = /^([a-z](?:[a-z ]*[a-z])?)\s*(?:\(\s*(\d+)\s*\))?$/.exec(t);
  if (lead) {
    if (lead[2]) return Number(lead[2]);
    const v = labels[lead[1]!.trim()];
    if (v !== undefined) return v;
  }
  // "High: 4", "Likely – 4": a word with its number.
  const worded = /^[a-z][a-z ]*[a-z] ?[-–—:] ?(\d+)$/.exec(t);
  if (worded) return Number(worded[1]);
  const paren = /\((\d+)\)/.exec(t);
  if (paren) return Number(paren[1]);
  return 'invalid';
}

export function isBlank(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = text.replace(/[*_`]/g, '').trim().toLowerCase();
  // A footnote's mark ("[^ext]") is no blank: its text is the footnote's.
  return t === '' || /^(?:-|—|–|none|n\/a|tbd|tbc|todo|\?|_+|\[(?!\^).*\])$/.test(t);
}

/**
 * The references inside a span, from a list sorted by start (as a model's is): a binary
 * search, not a scan, since rules ask this per risk and a 1 MB register has thousands.
 */
export function referencesIn(refs: readonly Reference[], span: Span): Reference[] {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Reference[] = [];
  for (let i = lo; i < refs.length && refs[i]!.span.start < span.end; i++) if (refs[i]!.span.end <= span.end) out.push(refs[i]!);
  return out;
}

// Defined beside the `aims:` block's readers, where the workspace index reads them too.
export { isRetired, isRetiredByStatus } from '../parse/meta.js';

/**
 * Where the line holding `offset` starts, looking back at most `max` characters (then the
 * window's start): rules that read the words before a reference must not scan a 5 MB line
 * once per reference.
 */
export function lineStartNear(text: string, offset: number, max = 200): number {
  return lineStartWithin(text, offset, Math.max(0, offset - max));
}

/**
 * Whether a YAML register item merges fields from an anchor ("<<: *payments", "<<: [*a, *b]"):
 * aliases are not expanded (parse/yaml.ts), so what the item lacks may come from there.
 */
export function inheritsFields(r: { readonly attributes: ReadonlyMap<string, unknown> }): boolean {
  return r.attributes.has('<<');
}

/**
 * The rows a statement of applicability's own checks read (justifications, duplicates): all of
 * an SoA's, and those of a handbook's SoA chapters (parse/chapters.ts); undefined for any other
 * document, whose decision tables are read for coverage only.
 */
export function soaRowsUnderCheck(doc: Pick<DocumentSummary, 'meta' | 'soa'>): readonly SoaEntry[] | undefined {
  if (doc.meta.kind === 'soa') return doc.soa;
  const spans = doc.meta.chapters?.filter((c) => c.kind === 'soa').map((c) => c.span);
  if (!spans?.length) return undefined;
  return doc.soa.filter((e) => inSpans(e.idSpan.start, spans));
}
