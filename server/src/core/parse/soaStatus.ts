/**
 * What an SoA row's status cell says of the control's implementation, in its words
 * ("Implemented", "In place", "Partially", "Planned Q3", "N/A"): read by the coverage model
 * and by the rules that ask whether an implemented control has evidence.
 */
export type Implementation = 'implemented' | 'partial' | 'planned' | 'not-applicable' | 'other' | 'none';

/** How far a control is implemented, from the words of its status cell. */
export function implementationOf(status: string | undefined): Implementation {
  const s = (status ?? '').replace(/[*_`]/g, '').trim().toLowerCase();
  if (s === '' || /^(?:-|—|–|tbd|\?)$/.test(s)) return 'none';
  if (/\bnot applicable\b|\bexclud|^n\/?a\b/.test(s)) return 'not-applicable';
  if (/\bpartial|\bin progress\b|\bongoing\b|\bunder way\b|\bunderway\b/.test(s)) return 'partial';
  if (/\bplanned\b|\bnot (?:yet )?(?:started|implemented|in place)\b|\bto ?do\b|\bscheduled\b|\bproposed\b/.test(s)) return 'planned';
  if (/\bimplemented\b|\bin place\b|\boperational\b|\beffective\b|\bcomplete[d]?\b|\bdone\b/.test(s)) return 'implemented';
  return otherLanguage(s);
}

/**
 * The same in German, French, Spanish, Portuguese, Italian, Dutch, Chinese, Japanese and Korean
 * ("umgesetzt", "mis en œuvre", "implementado", "已实施", "実施済"): a negation first ("nicht
 * umgesetzt", "未实施", "未実施" are not done), then partial, planned, done.
 */
function otherLanguage(s: string): Implementation {
  if (/(?<![\p{L}])(?:nicht|non|pas|niet)(?![\p{L}])|未(?:实施|實施|実施|完成|導入)|미(?:구현|이행|적용)/u.test(s)) return 'planned';
  if (/(?<![\p{L}])(?:teilweise|in umsetzung|in arbeit|partiel(?:le)?|en cours|parcial|en curso|em andamento|parziale|in corso|gedeeltelijk)(?![\p{L}])|部分|实施中|實施中|進行中|进行中|実施中|一部|진행\s*중|부분/u.test(s)) return 'partial';
  if (/(?<![\p{L}])(?:geplant|prévu|planifié|planificado|planejado|previsto|pianificato|gepland)(?![\p{L}])|计划|計劃|計画|予定|계획/u.test(s)) return 'planned';
  if (/(?<![\p{L}])(?:umgesetzt|implementiert|eingeführt|mise? en (?:œ|oe)uvre|implémenté|en place|implementado|implantado|implementato|attuato|geïmplementeerd|ingevoerd)(?![\p{L}])|已(?:实施|實施|实现|落实|完成)|実施済|導入済|対応済|(?:구현|이행|적용)\s*완료/u.test(s)) return 'implemented';
  return 'other';
}

