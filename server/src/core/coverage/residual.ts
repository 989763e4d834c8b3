/**
 * Ratings of a risk before and after treatment under the configured method.
 * Before: likelihood x impact (or a stated score or level). After: the
 * residual, which registers write as a level word ("medium"), a score ("6"),
 * "likelihood x impact" ("2 x 3", "L2 I3", a YAML mapping { likelihood, impact }),
 * or as separate residual likelihood and impact columns or keys.
 */
import type { AimsDocument, DocumentSummary, RiskEntry } from '../model/types.js';
import { bandFor, type RiskMethodConfig } from '../config/config.js';
import { readRisk } from '../rules/riskScore.js';
import { scaleValue } from '../rules/util.js';
import { normalizeTitle } from '../util/text.js';
import type { Rating } from './types.js';

export function ratingBefore(risk: RiskEntry, method: RiskMethodConfig): Rating {
  const r = readRisk(risk, method);
  if (r.score !== undefined) return { likelihood: r.likelihood as number, impact: r.impact as number, score: r.score, ...level(method, r.score) };
  return fromText(risk.attributes.get('score')?.text ?? risk.attributes.get('level')?.text, method);
}

/** `doc` is the full model for Markdown (the residual columns are read from its tables). */
export function ratingAfter(doc: AimsDocument | DocumentSummary, risk: RiskEntry, method: RiskMethodConfig): { rating: Rating; text?: string } {
  const parts = residualParts(doc, risk);
  const text = parts.text?.trim() || undefined;
  const pair = (l: string | undefined, i: string | undefined): Rating | undefined => {
    const lv = scaleValue(l, method.likelihood.labels);
    const iv = scaleValue(i, method.impact.labels);
    if (typeof lv !== 'number' || typeof iv !== 'number' || !inScale(lv, method.likelihood) || !inScale(iv, method.impact)) return undefined;
    return { likelihood: lv, impact: iv, score: lv * iv, ...level(method, lv * iv) };
  };
  const fromColumns = pair(parts.likelihood, parts.impact);
  if (fromColumns) return { rating: fromColumns, ...(text ? { text } : {}) };
  if (!text) return { rating: {} };
  const t = text.replace(/[*_`]/g, '');
  const named = /likelihood\s*[:=]?\s*([^,;]+?)\s*[,;]\s*impact\s*[:=]?\s*([^,;]+)/i.exec(t);
  const product = /^\s*(?:L\s*)?(\d+)\s*[x×*]\s*(?:I\s*)?(\d+)\b|^\s*L\s*(\d+)\s*[,/ ]\s*I\s*(\d+)\b/i.exec(t);
  const fromText2 = named ? pair(named[1], named[2]) : product ? pair(product[1] ?? product[3], product[2] ?? product[4]) : undefined;
  return { rating: fromText2 ?? fromText(t, method), text };
}

/** A score ("12", "medium (6)") or a level word that names a band. */
function fromText(text: string | undefined, method: RiskMethodConfig): Rating {
  const t = text?.replace(/[*_`]/g, '').trim().toLowerCase();
  if (!t) return {};
  const num = /(?:^|\()\s*(\d{1,3})\s*\)?\s*$/.exec(t) ?? /^(\d{1,3})\b/.exec(t);
  if (num) {
    const score = Number(num[1]);
    const band = bandFor(method, score);
    if (band) return { score, level: band.level };
  }
  const word = method.bands.find((b) => t === b.level || t.startsWith(b.level + ' ') || t.startsWith(b.level + '('));
  return word ? { level: word.level } : {};
}

function level(method: RiskMethodConfig, score: number): { level?: string } {
  const b = bandFor(method, score);
  return b ? { level: b.level } : {};
}

function inScale(v: number, s: { min: number; max: number }): boolean {
  return v >= s.min && v <= s.max;
}

const RESIDUAL_L = /^residual (?:likelihood|probability|l|p)\b/;
const RESIDUAL_I = /^residual (?:impact|consequence|severity|i|c|s)\b/;

/** The residual cell, and residual likelihood/impact columns (Markdown) or keys (YAML), of a risk's row or item. */
function residualParts(doc: AimsDocument | DocumentSummary, risk: RiskEntry): { text?: string; likelihood?: string; impact?: string } {
  const out: { text?: string; likelihood?: string; impact?: string } = {};
  if (doc.languageId === 'yaml') {
    const body = doc.text.slice(risk.extent.start, risk.extent.end);
    const key = /^[ \t-]*(residual[\w -]*?)\s*:[ \t]*(.*)$/gim;
    for (let m = key.exec(body); m; m = key.exec(body)) {
      const name = normalizeTitle(m[1]!);
      const value = m[2]!.replace(/\s+#.*$/, '').replace(/^["']|["']$/g, '').trim();
      if (RESIDUAL_L.test(name)) out.likelihood ??= value;
      else if (RESIDUAL_I.test(name)) out.impact ??= value;
      else if (value !== '') out.text ??= value;
    }
    const attr = risk.attributes.get('residual')?.text;
    // `residual: { likelihood: 2, impact: 3 }` reads as one attribute "likelihood: 2, impact: 3".
    if (attr && /likelihood|impact/i.test(attr)) out.text = attr;
    else if (out.text === undefined && attr && out.likelihood === undefined) out.text = attr;
    return out;
  }
  const table = ('tables' in doc ? doc.tables : []).find((t) => risk.idSpan.start >= t.span.start && risk.idSpan.end <= t.span.end);
  const row = table?.rows.find((r) => r.some((c) => risk.idSpan.start >= c.span.start && risk.idSpan.end <= c.span.end));
  if (!table || !row) {
    const attr = risk.attributes.get('residual')?.text;
    return attr ? { text: attr } : out;
  }
  table.header.forEach((h, i) => {
    const name = normalizeTitle(h.text.replace(/\(.*?\)/g, ' '));
    const cell = row[i]?.text.trim();
    if (!name.startsWith('residual') || cell === undefined) return;
    if (RESIDUAL_L.test(name)) out.likelihood ??= cell;
    else if (RESIDUAL_I.test(name)) out.impact ??= cell;
    else if (cell !== '') out.text ??= cell;
  });
  return out;
}
