/**
 * The next review date a document states in its header rather than in its front matter, as
 * exports and hand-written documents do: "**Next review:** 2027-03-01", "Owner: CPO · Next
 * review: 31 August 2026", "| Next review date | 30 November 2025 |". Read near the top only
 * (a register's rows have review dates of their own), and only dates that cannot be misread:
 * ISO dates (also with slashes or dots, year first), a day, a month's English name and a year
 * in either order, "30.09.2026", and "2026年9月30日". Labels as Obsidian's inline fields
 * ("next-review:: 2026-09-01"), a TOML front matter ("next_review = 2026-09-30"), and Japanese,
 * Chinese, Korean, German, French, Spanish, Italian and Dutch documents write them too.
 */
import type { Span } from '../text/types.js';

/** How far into the body the header is looked for. */
const HEAD = 3000;

/** A label saying the next review's date, then its separator; the value follows. */
const LABEL =
  /(?:^|[\n|\u00b7\u2022])[ \t>*_-]*(?:next[ \t_-]+(?:scheduled[ \t_-]+|planned[ \t_-]+)?review(?:[ \t_-]+(?:date|due|by))?|review[ \t_-]+due(?:[ \t_-]+date)?|due[ \t]+for[ \t]+review|n[äa]chste[ \t]+(?:[üu]berpr[üu]fung|pr[üu]fung|review|revision)|prochaine[ \t]+(?:revue|r[ée]vision)|pr[óo]xima[ \t]+revisi[óo]n|prossima[ \t]+revisione|volgende[ \t]+(?:herziening|review|beoordeling)|次回(?:の)?(?:見直し|レビュー|改訂)(?:予定)?日?|下次(?:评审|审查|复审)(?:日期)?|다음[ \t]?(?:검토|리뷰)(?:[ \t]?(?:예정)?일)?)[ \t*_]*[:|=\uff1a][ \t*_|:"']*/gi;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');
const DATE = new RegExp(
  `^(?:(\\d{4})-(\\d{2})-(\\d{2})\\b|(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${MONTH})[ \\t,]+(\\d{4})\\b|(${MONTH})[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})\\b|(\\d{4})(?:年|[/.])(\\d{1,2})(?:月|[/.])(\\d{1,2})(?:日|\\b)|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b)`,
  'i',
);

/** The date (ISO) and where it is written, or undefined. */
export function bodyReviewDate(text: string, from: number): { date: string; span: Span } | undefined {
  const head = text.slice(from, from + HEAD);
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(head); m; m = LABEL.exec(head)) {
    const at = m.index + m[0].length;
    // Full-width digits ("２０２６年９月３０日") as ASCII: one code unit each, so offsets stay.
    const d = DATE.exec(head.slice(at, at + 40).replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    if (!d) continue;
    const iso = d[1] ? `${d[1]}-${d[2]}-${d[3]}` : d[4] ? isoOf(d[6]!, d[5]!, d[4]) : d[7] ? isoOf(d[9]!, d[7], d[8]!) : d[10] ? numericIso(d[10], d[11]!, d[12]!) : numericIso(d[15]!, d[14]!, d[13]!);
    if (!iso) continue;
    return { date: iso, span: { start: from + at, end: from + at + d[0].length } };
  }
  return undefined;
}

function numericIso(year: string, month: string, day: string): string | undefined {
  const m = Number(month);
  return m >= 1 && m <= 12 ? isoOf(year, MONTHS[m - 1]!, day) : undefined;
}

function isoOf(year: string, month: string, day: string): string | undefined {
  const m = MONTHS.indexOf(month.toLowerCase()) + 1;
  const dd = Number(day);
  if (m === 0 || dd < 1 || dd > 31) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
