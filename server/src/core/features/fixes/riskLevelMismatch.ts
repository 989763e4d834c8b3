/**
 * risk-level-mismatch: write what the risk method gives where the finding points. A wrong
 * score becomes likelihood x impact; a level becomes the band that score falls in under the
 * stated bands, in the writer's capitalisation ("Medium" -> "Critical", "HIGH" -> "CRITICAL").
 * Only the number or the word changes: "**12 (High)**" keeps its emphasis and brackets, and
 * when the cell also states a level that the new score no longer matches, that word is set to
 * the new score's band in the same edit. A level written in a column of its own is the level
 * finding's to fix, which the next check reports.
 */
import type { AimsDocument, Attribute } from '../../model/types.js';
import type { Finding } from '../../model/findings.js';
import type { TextEdit } from '../types.js';
import { readRating } from '../../rules/riskScore.js';
import { edit, mergeFirstFixes, replace, type FixProvider } from './util.js';

export const riskLevelMismatchFix: FixProvider = {
  code: 'risk-level-mismatch',
  fixes(ctx, finding) {
    const { doc } = ctx;
    const d = finding.data ?? {};
    const [expected, written, part, level] = [d['expected'], d['written'], d['part'], d['level']];
    if (typeof expected !== 'string' || typeof written !== 'string') return [];
    const attr = attributeAt(doc, finding);
    if (!attr) return [];
    const edits: TextEdit[] = [];
    if (part === 'score') {
      const at = numberIn(doc, attr, Number(written));
      if (!at) return [];
      edits.push(replace(doc, at, expected));
      // "12 (High)": the level word in the same cell follows the new score.
      const stated = readRating(attr.text).level;
      const word = typeof level === 'string' && stated !== undefined && stated !== level ? wordIn(doc, attr, (w) => w === stated) : undefined;
      if (word && typeof level === 'string') edits.push(replace(doc, word.span, styled(level, word.text)));
      const what = d['stage'] === 'residual' ? 'residual score' : 'score';
      return [{ title: `Set the ${what} of ${String(d['id'])} to ${expected}${edits.length > 1 ? ` (${level})` : ''}`, edit: edit(doc.uri, edits), isPreferred: true }];
    }
    if (part !== 'level') return [];
    const word = wordIn(doc, attr, (w) => w === written);
    if (!word) return [];
    const what = d['stage'] === 'residual' ? 'residual level' : 'level';
    return [{ title: `Set the ${what} of ${String(d['id'])} to ${styled(expected, word.text)}`, edit: edit(doc.uri, [replace(doc, word.span, styled(expected, word.text))]), isPreferred: true }];
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

/** The risk attribute (cell, YAML value, field line) the finding is on. */
function attributeAt(doc: AimsDocument, f: Finding): Attribute | undefined {
  const id = f.data?.['id'];
  for (const r of doc.risks) {
    if (r.id !== id) continue;
    for (const a of r.attributes.values()) if (a.span.start === f.span.start && a.span.end === f.span.end) return a;
  }
  return undefined;
}

/** The first number in the attribute's text that reads as `value`. */
function numberIn(doc: AimsDocument, attr: Attribute, value: number): { start: number; end: number } | undefined {
  const raw = doc.text.slice(attr.span.start, attr.span.end);
  for (const m of raw.matchAll(/(?<![\d.])\d{1,3}(?:\.\d+)?(?![\d.])/g)) if (Number(m[0]) === value) return { start: attr.span.start + m.index, end: attr.span.start + m.index + m[0].length };
  return undefined;
}

/** The first word (or two, "very high") of the attribute's text that `pick` accepts, compared in lower case. */
function wordIn(doc: AimsDocument, attr: Attribute, pick: (lower: string) => boolean): { span: { start: number; end: number }; text: string } | undefined {
  const raw = doc.text.slice(attr.span.start, attr.span.end);
  for (const m of raw.matchAll(/\p{L}+(?: \p{L}+)?/gu)) {
    // "very high" and "high": the two-word reading first, then its first word alone.
    for (const text of [m[0], m[0].split(' ')[0]!]) {
      const lower = text.toLowerCase();
      if (lower !== 'risk' && pick(lower)) return { span: { start: attr.span.start + m.index, end: attr.span.start + m.index + text.length }, text };
    }
  }
  return undefined;
}

/** A level word in the capitalisation of the one it replaces: "HIGH", "High", "Very High", "high". */
function styled(level: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return level.toUpperCase();
  const words = like.split(' ');
  if (words.every((w) => /^\p{Lu}/u.test(w))) return level.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  if (/^\p{Lu}/u.test(like)) return level.charAt(0).toUpperCase() + level.slice(1);
  return level;
}
