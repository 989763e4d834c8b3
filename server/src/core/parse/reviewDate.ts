/**
 * The next review date a document states in its header rather than in its front matter, as
 * exports and hand-written documents do: "**Next review:** 2027-03-01", "Owner: CPO · Next
 * review: 31 August 2026", "| Next review date | 30 November 2025 |". Read near the top only
 * (a register's rows have review dates of their own), and only dates that cannot be misread:
 * ISO dates (also with slashes or dots, year first), a day, a month's English name and a year
 * in either order, "30.09.2026", "2026年9月30日", and "30/09/2026" where the day is over 12 (else
 * it could be either way round). Labels as Obsidian's inline fields ("next-review:: 2026-09-01"),
 * a TOML front matter ("next_review = 2026-09-30"), a bilingual label ("Nächste Überprüfung /
 * Next review"), and Japanese, Chinese, Korean, German, French, Spanish, Portuguese, Italian and
 * Dutch documents write them too; in an HTML table row (a Confluence export's page properties)
 * and as a table's column header over the date (a wiki page's header table).
 */
import type { Span } from '../text/types.js';

/** How far into the body the header is looked for. */
const HEAD = 3000;

/** A label saying the next review's date, then its separator; the value follows. */
const LABEL =
  /(?:^|[\n|\u00b7\u2022/])[ \t>*_-]*(?:next[ \t_-]+(?:scheduled[ \t_-]+|planned[ \t_-]+)?review(?:[ \t_-]+(?:date|due|by))?|review[ \t_-]+due(?:[ \t_-]+date)?|due[ \t]+for[ \t]+review|n[äa]chste[ \t]+(?:[üu]berpr[üu]fung|pr[üu]fung|review|revision)|prochaine[ \t]+(?:revue|r[ée]vision)|pr[óo]xima[ \t]+revisi[óo]n|pr[óo]xima[ \t]+revis[ãa]o|prossima[ \t]+revisione|volgende[ \t]+(?:herziening|review|beoordeling)|次回(?:の)?(?:見直し|レビュー|改訂)(?:予定)?日?|下次(?:评审|审查|复审)(?:日期)?|다음[ \t]?(?:검토|리뷰)(?:[ \t]?(?:예정)?일)?)[ \t*_]*[:|=\uff1a][ \t*_|:"']*/gi;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');
const DATE = new RegExp(
  `^(?:(\\d{4})-(\\d{2})-(\\d{2})\\b|(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${MONTH})[ \\t,]+(\\d{4})\\b|(${MONTH})[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+(\\d{4})\\b|(\\d{4})(?:年|[/.])(\\d{1,2})(?:月|[/.])(\\d{1,2})(?:日|\\b)|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b|(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b)`,
  'i',
);

/** The date (ISO) and where it is written, or undefined. */
export function bodyReviewDate(text: string, from: number): { date: string; span: Span } | undefined {
  // A wiki's or an export's HTML table ("<th>Next review date</th><td>2026-10-31</td>") read as
  // pipes: each tag becomes a run of the same length starting with "|", so offsets stay.
  const raw = text.slice(from, from + HEAD);
  const head = raw.includes('<t') ? raw.replace(/<\/?t[hdr](?:[ \t][^<>\n]{0,200})?>/gi, (t) => '|' + ' '.repeat(t.length - 1)) : raw;
  return labelled(head, from) ?? headedColumn(head, from);
}

/** "Next review: 2027-03-01", "| Next review date | 30 November 2025 |": a label, then its date. */
function labelled(head: string, from: number): { date: string; span: Span } | undefined {
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(head); m; m = LABEL.exec(head)) {
    const at = m.index + m[0].length;
    const d = DATE.exec(asciiDigits(head.slice(at, at + 40)));
    if (!d) continue;
    const iso = isoOfMatch(d);
    if (!iso) continue;
    return { date: iso, span: { start: from + at, end: from + at + d[0].length } };
  }
  return undefined;
}

/**
 * A table headed by the label, its date in the row below ("| Owner | Last review | Next review |"
 * over "| Quality | 2026-08-28 | 2026-11-30 |"): a wiki page's header table of one row.
 */
function headedColumn(head: string, from: number): { date: string; span: Span } | undefined {
  const lines = head.split('\n');
  let offset = 0;
  for (let i = 0; i + 2 < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (!line.trimStart().startsWith('|') || !/review|überprüfung|revis/i.test(line)) continue;
    const cells = line.split('|');
    const col = cells.findIndex((c) => { LABEL.lastIndex = 0; return LABEL.test(`\n${c.trim()}:`); });
    if (col < 0 || !/^[ \t|:-]+$/.test(lines[i + 1]!.trimEnd())) continue;
    // A header table has one row; a register's rows (an "ID" column, more rows) have review dates of their own.
    const row = lines[i + 2]!;
    const rowCells = row.split('|');
    if (rowCells.length !== cells.length || lines[i + 3]?.trimStart().startsWith('|') || cells.some((c) => /^(?:id|ref|no\.?|#)$|\bid$/i.test(c.trim()))) continue;
    const cellStart = offset + lines[i + 1]!.length + 1 + line.length + 1 + rowCells.slice(0, col).reduce((n, c) => n + c.length + 1, 0);
    const value = rowCells[col]!;
    const lead = value.length - value.trimStart().length;
    const d = DATE.exec(asciiDigits(value.trimStart()));
    const iso = d && isoOfMatch(d);
    if (d && iso) return { date: iso, span: { start: from + cellStart + lead, end: from + cellStart + lead + d[0].length } };
  }
  return undefined;
}

/** Full-width digits ("２０２６年９月３０日") as ASCII: one code unit each, so offsets stay. */
function asciiDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The ISO date a DATE match spells; a slashed day and month are read only when one of them is over 12 ("30/09/2026", "09/30/2026"). */
function isoOfMatch(d: RegExpExecArray): string | undefined {
  if (d[1]) return `${d[1]}-${d[2]}-${d[3]}`;
  if (d[4]) return isoOf(d[6]!, d[5]!, d[4]);
  if (d[7]) return isoOf(d[9]!, d[7], d[8]!);
  if (d[10]) return numericIso(d[10], d[11]!, d[12]!);
  if (d[13]) return numericIso(d[15]!, d[14]!, d[13]);
  const [a, b] = [Number(d[16]), Number(d[17])];
  return a > 12 ? numericIso(d[18]!, d[17]!, d[16]!) : b > 12 ? numericIso(d[18]!, d[16]!, d[17]!) : undefined;
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
