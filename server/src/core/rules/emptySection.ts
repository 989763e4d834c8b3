import type { Rule } from './types.js';
import type { AimsDocument } from '../model/types.js';
import { isPlaceholderText, placeholderStrips } from '../util/text.js';
import { isTemplateDoc, isTemplateNote } from '../parse/template.js';
import { StringMemo } from '../text/chunkMemo.js';
import { WeakMemo } from '../util/weakMemo.js';

export const emptySection: Rule = {
  code: 'empty-section',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A section with no content, or only placeholder text such as TBD, TODO, lorem ipsum, "[Insert ...]" or blanks to fill.',
    example: '## Risk criteria\nTBD',
    fix: 'Write the section, or remove it if it does not apply (and say why elsewhere).',
  },
  check(ctx) {
    if (!ctx.doc.meta.kind || ctx.doc.languageId !== 'markdown') return;
    // An archived copy is kept for the record: how complete it is no longer matters.
    if (ctx.doc.archived) return;
    // A template's placeholders are what it is for.
    if (isTemplateDoc(ctx.doc)) return;
    const sections = ctx.doc.sections;
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i]!;
      const next = sections[i + 1];
      const hasChildren = next !== undefined && next.level > s.level && next.span.start < s.span.end;
      if (hasChildren) continue;
      // A paragraph of several lines over a line of dashes is a setext heading by accident
      // (pandoc simple tables look like that); it is not a section someone left empty.
      const lines = ctx.doc.lines;
      if (lines.positionAt(s.headingSpan.end).line - lines.positionAt(s.headingSpan.start).line > 1) continue;
      const note = isTemplateNote(ctx.doc.meta.kind, s.content);
      if (!note && (surelyWritten(ctx.doc, s.contentStart, s.span.end) || !placeholder.get(s.content))) continue;
      ctx.report({
        span: s.headingSpan,
        message: note
          ? `The section "${s.title}" still holds the template's note: write it.`
          : s.content.trim() === ''
            ? `The section "${s.title}" is empty.`
            : `The section "${s.title}" holds only placeholder text ("${s.content.trim().slice(0, 40)}").`,
        data: { title: s.title },
      });
    }
  },
};

const keptInChunk = new WeakMemo<object, Count>();
const keptAfterFirstLine = new WeakMemo<object, Count>();

/** More characters than placeholder text can keep (util/text.ts isPlaceholderText). */
const PLACEHOLDER_MAX = 400;

/**
 * isPlaceholderText of short sections' contents, by the content: the sections surelyWritten
 * cannot prove written (a heading over a small table: a register's thousands of areas) come
 * back with the same text on every edit. Bounded like the other string memos.
 */
const placeholder = new StringMemo(isPlaceholderText, 2 * PLACEHOLDER_MAX);

interface Count {
  /** Characters the placeholder test does not strip, counted to PLACEHOLDER_MAX + 1 at most. */
  readonly kept: number;
  readonly comment: boolean;
}

/**
 * Whether the text of [from, to) is surely no placeholder: no HTML comment and more than
 * PLACEHOLDER_MAX characters that isPlaceholderText's stripping keeps (its `surelyLong`, the
 * answer for every written section). Told from counts kept per chunk, since both add up over
 * any split of the text at line starts: counting every section's text on every keystroke was
 * the rule's whole cost (2 ms an edit on a 1 MB policy). False means "not proven", not "empty".
 */
function surelyWritten(doc: AimsDocument, from: number, to: number): boolean {
  const chunks = doc.textChunks;
  if (!chunks || chunks.length === 0 || to - from <= PLACEHOLDER_MAX) return false;
  const text = doc.text;
  let kept = 0;
  for (let i = chunkAt(chunks, from), pos = from; pos < to && i < chunks.length; i++) {
    const c = chunks[i]!;
    const end = Math.min(c.end, to);
    // A whole chunk, or all of it after its first line (a heading's): kept with the chunk's key
    // (as text/chunkMemo.ts keeps values: as long as the key lives). Weak maps of their own, not
    // chunkValue: no closure made per chunk and section on every edit.
    const memo = end !== c.end ? undefined : pos === c.start ? keptInChunk : pos === lineEnd(text, c.start) ? keptAfterFirstLine : undefined;
    let count = memo?.get(c.key);
    if (!count) {
      count = countKept(text, pos, end);
      memo?.set(c.key, count);
    }
    if (count.comment) return false;
    kept += count.kept;
    if (kept > PLACEHOLDER_MAX) return true;
    pos = end;
  }
  return false;
}

/** The index of the chunk holding `offset`: the last one starting at or before it. */
function chunkAt(chunks: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunks[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** As isPlaceholderText's surelyLong counts. */
function countKept(text: string, from: number, to: number): Count {
  let kept = 0;
  for (let i = from; i < to && kept <= PLACEHOLDER_MAX; i++) if (!placeholderStrips(text.charCodeAt(i))) kept++;
  return { kept, comment: text.slice(from, to).includes('<!--') };
}
