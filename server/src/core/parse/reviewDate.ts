/**
 * The next review date a document states in its header rather than in its front matter, as
 * exports and hand-written documents do: "**Next review:** 2027-03-01", "Owner: CPO · Next
 * review: 31 August 2026", "| Next review date | 30 November 2025 |". Read near the top only
 * (a register's rows have review dates of their own), and only dates that cannot be misread:
 * ISO dates, and a day, a month's English name and a year in either order.
 */
import type { Span } from '../text/types.js';

/** How far into the body the header is looked for. */
const HEAD = 3000;

/** A label saying the next review's date, then its separator; the value follows. */
const LABEL = /(?:^|[\n|\u00b7\u2022])[ \t>*_-]*(?:next[ \t]+(?:scheduled[ \t]+|planned[ \t]+)?review(?:[ \t]+(?:date|due|by))?|review[ \t]+due(?:[ \t]+date)?|due[ \t]+for[ \t]+review)[ \t*_]*[:|][ \t*_|:]*/gi;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');
const DATE = new RegExp(`^(?:(\\d{4})-(\\d{2})-(\\d{2})\\b|(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${MONTH})[ \\t,]+(\\d{4})\\b|(${MONTH})[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})\\b)`, 'i');

/** The date (ISO) and where it is written, or undefined. */
export function bodyReviewDate(text: string, from: number): { date: string; span: Span } | undefined {
  const head = text.slice(from, from + HEAD);
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(head); m; m = LABEL.exec(head)) {
    const at = m.index + m[0].length;
    const d = DATE.exec(head.slice(at, at + 40));
    if (!d) continue;
    const iso = d[1] ? `${d[1]}-${d[2]}-${d[3]}` : d[4] ? isoOf(d[6]!, d[5]!, d[4]) : isoOf(d[9]!, d[7]!, d[8]!);
    if (!iso) continue;
    return { date: iso, span: { start: from + at, end: from + at + d[0].length } };
  }
  return undefined;
}

function isoOf(year: string, month: string, day: string): string | undefined {
  const m = MONTHS.indexOf(month.toLowerCase()) + 1;
  const dd = Number(day);
  if (m === 0 || dd < 1 || dd > 31) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
