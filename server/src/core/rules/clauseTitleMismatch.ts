/**
 * A clause number paired with another clause's title: "Clause 9.2 Management review",
 * "10.1 Nonconformity and corrective action" (10.2 in ISO/IEC 42001; 10.1 is continual
 * improvement). Only a title that is exactly another clause's is reported, so paraphrases
 * and a document's own section names stay quiet.
 */
import type { Rule } from './types.js';
import type { Span } from '../text/types.js';
import { CLAUSES } from '../catalogue/clauses.js';
import { getClause } from '../catalogue/lookup.js';
import { namesOtherStandard } from '../refs/scan.js';
import type { ClauseInfo } from '../catalogue/types.js';

const norm = (s: string) => s.toLowerCase().replace(/organis/g, 'organiz').replace(/programme/g, 'program').replace(/[^a-z0-9]+/g, ' ').trim();

/** Clauses by normalised title; "General" (6.1.1, 7.5.1, ...) names no clause on its own. */
const byTitle = new Map<string, ClauseInfo[]>();
for (const c of CLAUSES) {
  const t = norm(c.title);
  if (t === 'general') continue;
  byTitle.set(t, [...(byTitle.get(t) ?? []), c]);
}

/** "10.1 Nonconformity and corrective action" at the start of a heading or a cell. */
const BARE_NUMBER_TITLE = /^[ \t]*(?:\*\*|__)?(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\*\*|__)?[ \t]*(?:[-\u2013\u2014:][ \t]*)?(?:\*\*|__)?([A-Z][^|\n\r:;.,()*_]{2,80}?)(?:\*\*|__)?[ \t]*$/;

export const clauseTitleMismatch: Rule = {
  code: 'clause-title-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary: "A clause number written with another clause's title (ISO/IEC 42001 numbers nonconformity as 10.2 and continual improvement as 10.1).",
    example: '## 10.1 Nonconformity and corrective action',
    fix: 'Correct the number or the title: the hover of a clause reference shows its title.',
  },
  check(ctx) {
    const { doc } = ctx;
    const seen = new Set<number>();
    const report = (id: string, title: string, span: Span, numberSpan: Span, sameChapterOnly: boolean) => {
      const own = getClause(id);
      if (!own || seen.has(span.start)) return;
      const written = norm(title);
      if (written === norm(own.title)) return;
      const others = (byTitle.get(written) ?? []).filter((c) => c.id !== id && (!sameChapterOnly || c.id.split('.')[0] === id.split('.')[0]));
      if (others.length === 0) return;
      seen.add(span.start);
      const named = others.map((c) => c.id).join(' and ');
      ctx.report({
        span,
        message: `"${title}" is the title of clause ${named}, not of clause ${id} (${own.title}).`,
        data: { id, title: own.title, other: others[0]!.id },
        related: [{ uri: doc.uri, span: numberSpan, message: `clause ${id} is written here` }],
      });
    };
    // "Clause 9.2 Management review": the scanner attached the title to the reference.
    for (const r of doc.references) if (r.type === 'clause' && r.framework === '42001' && r.title) report(r.id, r.title.text, r.title.span, r.span, false);
    // "## 10.1 Nonconformity and corrective action", "| 10.1 | Nonconformity ... |": a bare number is a clause
    // only where the title says so, and only for a title of the same chapter (own numbering rarely collides there).
    const clauseStarts = new Set(doc.references.filter((r) => r.type === 'clause' && r.title).map((r) => r.span.start));
    for (const s of doc.sections) {
      const line = doc.text.slice(s.headingSpan.start, s.headingSpan.end).replace(/^[ \t]*#{1,6}/, (h) => ' '.repeat(h.length));
      const m = BARE_NUMBER_TITLE.exec(line);
      if (!m || namesOtherStandard(line)) continue;
      const numAt = s.headingSpan.start + line.indexOf(m[1]!);
      if (clauseStarts.has(numAt)) continue;
      const titleAt = s.headingSpan.start + m.index + m[0].lastIndexOf(m[2]!.trim());
      report(normalize(m[1]!), m[2]!.trim(), { start: titleAt, end: titleAt + m[2]!.trim().length }, { start: numAt, end: numAt + m[1]!.length }, true);
    }
    for (const t of doc.tables) {
      const context = t.header.map((h) => h.text).join(' | ') + ' ' + t.sectionTitle;
      if (namesOtherStandard(context)) continue;
      for (const row of t.rows)
        row.forEach((cell, i) => {
          const num = /^[ \t]*(?:\*\*|__)?(\d{1,2}(?:\.\d{1,2}){1,3})(?:\*\*|__)?[ \t]*$/.exec(cell.text);
          const next = row[i + 1];
          if (!num || !next || namesOtherStandard(row.map((c) => c.text).join(' | '))) return;
          const title = next.text.replace(/[*_`]/g, '').trim();
          const at = next.span.start + Math.max(0, next.text.indexOf(title));
          const numAt = cell.span.start + cell.text.indexOf(num[1]!);
          if (!clauseStarts.has(numAt)) report(normalize(num[1]!), title, { start: at, end: at + title.length }, { start: numAt, end: numAt + num[1]!.length }, true);
        });
    }
  },
};

function normalize(s: string): string {
  return s
    .split('.')
    .map((p) => String(Number(p)))
    .join('.');
}
