import type { Report, Rule } from './types.js';
import { reportByRiskChunk } from './chunkReports.js';
import type { RiskEntry } from '../model/types.js';
import { bandFor } from '../config/config.js';
import { bandText, bandsOrigin, methodFor, readRating, readRisk, type ResolvedMethod } from './riskScore.js';

export const riskLevelMismatch: Rule = {
  code: 'risk-level-mismatch',
  defaultSeverity: 'warning',
  doc: {
    summary:
      "A stated risk level or score (inherent or residual) that disagrees with likelihood x impact, or with the stated score, under the risk method: the configured one, else the one the register or the repository's risk assessment process states (bands such as \"| 1-4 | Low |\"), else no level is judged (the default bands are ours, not the writer's). Where that method also raises some risks above their band (\"at least High, whatever its score\"), a level above the band is a notice, and nothing where the rating gives its reason in brackets (\"High: 8 (safety)\").",
    example: '- id: R-003\n  likelihood: 4\n  impact: 4\n  level: medium     # 16 is critical',
    fix: 'Correct the level (or score), or re-assess likelihood and impact. The quick fix writes the score likelihood x impact gives, or the level of its band.',
  },
  checkInWorkspace(ctx) {
    if (ctx.doc.risks.length === 0) return;
    const m = methodFor(ctx.doc, ctx.index, ctx.config);
    // Each risk is judged by the method alone (and how findings name its bands): kept per register item.
    const origin = bandsOrigin(m, ctx.doc);
    const judge = (risks: readonly RiskEntry[]) => {
      const out: Report[] = [];
      const report = (r: Report) => out.push(r);
      for (const r of risks) {
        checkStage(report, m, origin, r, 'inherent');
        checkStage(report, m, origin, r, 'residual');
      }
      return out;
    };
    reportByRiskChunk(ctx.doc, `risk-level-mismatch\u0000${origin}`, m, judge, ctx.report);
  },
};

function checkStage(report: (r: Report) => void, m: ResolvedMethod, origin: string, r: RiskEntry, stage: 'inherent' | 'residual'): void {
  const method = m.method;
  const inherent = stage === 'inherent';
  // A plain "Residual" cell is a rating unless it is one of the residual likelihood/impact/level cells.
  const generic = r.attributes.get('residual');
  const genericIsRating = generic !== undefined && !['residual-likelihood', 'residual-impact', 'residual-level'].some((k) => r.attributes.get(k)?.span.start === generic.span.start);
  const scoreAttr = inherent ? r.attributes.get('score') : (r.attributes.get('residual-score') ?? (genericIsRating ? generic : undefined));
  const levelAttr0 = inherent ? r.attributes.get('level') : r.attributes.get('residual-level');
  const levelAttr = levelAttr0 && scoreAttr && levelAttr0.span.start === scoreAttr.span.start ? undefined : levelAttr0;
  if (!scoreAttr && !levelAttr) return;
  const computed = readRisk(r, method, stage).score;
  const fromScore = readRating(scoreAttr?.text);
  const fromLevel = readRating(levelAttr?.text);
  const stated = fromScore.score ?? fromLevel.score;
  const what = inherent ? `${r.id}` : `The residual risk of ${r.id}`;
  // Likelihood and impact written as numbers, or read with a scale the writer stated, make the product certain.
  const [lName, iName] = inherent ? ['likelihood', 'impact'] : ['residual-likelihood', 'residual-impact'];
  const numeric = [lName, iName].every((n) => /^\s*[*_`]*\d/.test(r.attributes.get(n)?.text ?? ''));
  // A scale stated in numbers only ("rated 1 to 5") leaves words read by our default words: not sure.
  const productSure = numeric || (m.scales !== 'default' && m.ownWords);
  let scoreWrong = false;
  if (computed !== undefined && stated !== undefined && stated !== computed) {
    scoreWrong = true;
    const attr = fromScore.score !== undefined ? scoreAttr! : levelAttr!;
    report({
      span: attr.span,
      message: inherent
        ? `The score of ${r.id} is written as ${stated}, but likelihood x impact is ${computed}.`
        : `The residual score of ${r.id} is written as ${stated}, but residual likelihood x impact is ${computed}.`,
      // `level`: the band of the right score, when the writer stated bands, so a fix of "12 (High)" can mend both parts.
      data: { id: r.id, expected: String(computed), stage, part: 'score', written: String(stated), ...(m.bands !== 'default' && bandFor(method, computed) ? { level: bandFor(method, computed)!.level } : {}) },
      ...(productSure ? {} : { atMost: 'information' as const }),
    });
  }
  const basis = computed ?? stated;
  // Bands the writer never stated nor configured are ours, not theirs: a level that disagrees
  // with them is no finding ("Low x High = High" may be the writer's own rule).
  if (basis === undefined || m.bands === 'default') return;
  const word = fromLevel.level ?? fromScore.level;
  if (!word || !method.bands.some((b) => b.level === word)) return;
  const band = bandFor(method, basis);
  if (!band || band.level === word) return;
  // A level that agrees with the written score is the score's mistake, reported above.
  if (scoreWrong && stated !== undefined && bandFor(method, stated)?.level === word) return;
  const attr = fromLevel.level !== undefined ? levelAttr! : scoreAttr!;
  const how = computed !== undefined ? (inherent ? 'likelihood x impact' : 'residual likelihood x impact') : 'its score';
  // A method that raises some risks above their band ("at least High if a person could be hurt")
  // explains a level above the band, which the score alone cannot confirm: said as a notice.
  const raised = m.raises === true && isAbove(method.bands, word, band);
  // ... and where the rating gives its reason in brackets ("High: 8 (safety)"), it says so already.
  if (raised && givesReason(attr.text)) return;
  report({
    span: attr.span,
    message:
      `${what} is rated "${word}", but ${how} = ${basis}, which is "${band.level}" (${bandText(band)}) under ${origin}.` +
      (raised ? ' The method also raises some risks above their band; if its rule applies here, say so beside the rating.' : ''),
    data: { id: r.id, expected: band.level, stage, part: 'level', written: word },
    ...((computed !== undefined && !productSure) || raised ? { atMost: 'information' as const } : {}),
  });
}

/** Whether the band named `word` lies above `band`. */
function isAbove(bands: readonly { level: string; min: number }[], word: string, band: { min: number }): boolean {
  const named = bands.find((b) => b.level === word);
  return named !== undefined && named.min > band.min;
}

/** Words in brackets: "High: 8 (safety)". Found by search, not by a pattern that retries from every "(". */
function givesReason(text: string): boolean {
  const open = text.indexOf('(');
  const close = open < 0 ? -1 : text.indexOf(')', open);
  return close > open && /\p{L}/u.test(text.slice(open + 1, close));
}
