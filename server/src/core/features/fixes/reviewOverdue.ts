/**
 * review-overdue: once the document has been reviewed, set next_review one review cycle
 * after today (the service's today(), so `today` in .aims.yaml counts). The cycle is the one
 * the document states ("Review cycle: Annual", "| Review frequency | Quarterly |",
 * "review_cycle: every 6 months"), else the interval it last gave itself (approved_on to the
 * overdue next_review, in whole months), else a year, which the title says is an assumption.
 */
import { metaField } from '../../parse/meta.js';
import type { AimsDocument } from '../../model/types.js';
import { edit, mergeFirstFixes, replaceScalar, type FixProvider } from './util.js';

export const reviewOverdueFix: FixProvider = {
  code: 'review-overdue',
  fixes(ctx, finding) {
    const { doc } = ctx;
    const f = metaField(doc.meta, 'next_review');
    if (!f || f.valueSpan.start !== finding.span.start || f.valueSpan.end !== finding.span.end) return [];
    const today = ctx.service.today();
    const cycle = reviewCycle(doc);
    const next = addMonths(today, cycle.months);
    if (!next) return [];
    return [{ title: `Set next_review to ${next} (${cycle.why})`, edit: edit(doc.uri, [replaceScalar(doc, f.valueSpan, next, { plain: true })]), isPreferred: true }];
  },
  fixAll(ctx, findings) {
    return mergeFirstFixes(this, ctx, findings);
  },
};

interface Cycle {
  readonly months: number;
  /** How the cycle was found, for the fix's title. */
  readonly why: string;
}

/** "Review cycle", "Review frequency", "review_period", "Review interval" and what follows it on the line. */
const CYCLE_LABEL = /\breview[ _-]?(?:cycle|frequency|period|interval)\b[*_`"' \t]*[:|=][*_ \t|]*([^\r\n|]{1,80})/i;

const WORDS: readonly (readonly [RegExp, number, string])[] = [
  [/\b(?:bi-?ennial(?:ly)?|every (?:two|2) years)\b/i, 24, 'two-year review cycle'],
  [/\b(?:semi-?annual(?:ly)?|half-?yearly|six-?monthly|twice a year)\b/i, 6, 'six-month review cycle'],
  [/\b(?:annual(?:ly)?|yearly|once a year|every year|every 12 months)\b/i, 12, 'annual review cycle'],
  [/\bquarterly\b/i, 3, 'quarterly review cycle'],
  [/\bmonthly\b/i, 1, 'monthly review cycle'],
];

const NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, six: 6, nine: 9, twelve: 12, eighteen: 18 };

export function reviewCycle(doc: AimsDocument): Cycle {
  const stated = statedCycle(doc.text);
  if (stated) return stated;
  const last = lastInterval(doc);
  if (last) return { months: last, why: `${last} month${last === 1 ? '' : 's'} from today, the interval it had last time` };
  return { months: 12, why: 'a year from today; the document states no review cycle' };
}

function statedCycle(text: string): Cycle | undefined {
  const m = CYCLE_LABEL.exec(text);
  if (!m) return undefined;
  const value = m[1]!.replace(/[*_`"']/g, ' ');
  // "Every 6 months", "every two years": a number first, a named period second ("Annual; quarterly spot checks" is annual).
  const every = /\bevery[ \t]+(\d{1,2}|[a-z]+)[ \t]+(month|year)s?\b/i.exec(value);
  if (every) {
    const n = /^\d+$/.test(every[1]!) ? Number(every[1]) : NUMBERS[every[1]!.toLowerCase()];
    if (n && n > 0) {
      const months = every[2]!.toLowerCase() === 'year' ? n * 12 : n;
      if (months <= 60) return { months, why: `review cycle of ${months} month${months === 1 ? '' : 's'}, from today` };
    }
  }
  let best: { at: number; months: number; why: string } | undefined;
  for (const [re, months, why] of WORDS) {
    const w = re.exec(value);
    if (w && (!best || w.index < best.at)) best = { at: w.index, months, why };
  }
  return best && { months: best.months, why: `${best.why}, from today` };
}

/** approved_on to the overdue next_review, in whole months (same day of the month), 1 to 36. */
function lastInterval(doc: AimsDocument): number | undefined {
  const value = (key: string) => {
    const v = metaField(doc.meta, key)?.value;
    return typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim()) : null;
  };
  const from = value('approved_on');
  const to = value('next_review');
  if (!from || !to || from[3] !== to[3]) return undefined;
  const months = (Number(to[1]) - Number(from[1])) * 12 + Number(to[2]) - Number(from[2]);
  return months >= 1 && months <= 36 ? months : undefined;
}

/** YYYY-MM-DD plus whole months; a day the month lacks becomes its last (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
