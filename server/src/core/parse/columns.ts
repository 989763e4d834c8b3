/**
 * Table headers and YAML keys -> canonical attribute names. Real registers
 * label the same column many ways ("Likelihood", "L", "Probability"); these
 * ordered rules decide. Tested in test/parse/columns.test.ts.
 */
import { foldAccents, normalizeTitle } from '../util/text.js';

type Rule = readonly [canonical: string, pattern: RegExp];

const RISK_COLUMNS: readonly Rule[] = [
  ['id', /^(?:id|ref|no|#|risk (?:id|ref|no|number|reference)|reference)$/],
  ['residual', /^residual/],
  // "Inherent likelihood": before treatment, as most GRC tools' exports head it (the residual one is above).
  ['likelihood', /^(?:likelihood|l|probability|p)(?: \d.*)?$|^(?:(?:inherent|gross|initial) )?likelihood\b/],
  // Not "Impact assessment" (a status: done, pending) nor "Impact description" (words).
  ['impact', /^(?:impact|i|consequence|c|severity|s)(?: \d.*)?$|^(?:(?:inherent|gross|initial) )?(?:impact|consequence|severity)\b(?! (?:assessments?|description|statement|summary|analysis|area|areas|details?|notes?|on|of|to)\b)/],
  // "Score / level" holds both ("12 – High"): read as the score, whose cell also gives the level.
  ['score', /^(?:(?:inherent )?(?:risk )?score|l ?x ?i|lxi|rating score|risk value)$|^(?:risk )?score (?:and )?(?:level|rating|band)$/],
  ['level', /^(?:(?:inherent )?(?:risk )?(?:level|rating|band)|inherent risk|rating|priority)$/],
  ['treatment', /^(?:treatment|risk treatment|treatment (?:option|decision|approach|measures?|actions?|plan)|response|risk response|risk control(?: measures?)?|control measures?|mitigations?(?: measures?| actions?)?)$/],
  ['controls', /^(?:(?:annex a |iso 42001 |mitigating |existing |applied |current |key )?controls?(?: applied| mapped| ref(?:erence)?s?)?|annex a(?: ref(?:erence)?s?)?)$/],
  ['owner', /^(?:(?:risk |model |system |business )?owner|responsible|accountable)$/],
  ['source', /^(?:(?:risk )?source|(?:risk )?category|risk type)$/],
  ['systems', /^(?:(?:ai )?systems?|affected (?:ai )?systems?|(?:ai )?system id)$/],
  ['status', /^status$/],
  ['title', /^(?:title|risk|risk (?:title|description|name|statement)|description|name|threat|scenario)$/],
  // The same columns as registers kept in Italian, Spanish, French, German, Portuguese and Dutch
  // head them (accents folded, as the headers are): "Probabilità", "Impatto", "Eintrittswahrscheinlichkeit",
  // and German registers' short "EW" (Eintrittswahrscheinlichkeit) and "AW" (Auswirkung).
  ['likelihood', /^(?:probabilita|probabilidad|probabilite|vraisemblance|(?:eintritts)?wahrscheinlichkeit|probabilidade|waarschijnlijkheid|kans|ew)$/],
  ['impact', /^(?:impatto|impacto|gravita|gravedad|gravite|auswirkung|schadensausma(?:ss|ß)|schwere|severidade|gevolg|impact|aw)$/],
  ['score', /^(?:punteggio|puntuacion|pontuacao|punktzahl|risikowert|risicoscore)$/],
  ['level', /^(?:livello|nivel|niveau|risikostufe|risikoniveau|risiconiveau|(?:livello|nivel|niveau) (?:di |de |du )?(?:rischio|riesgo|risque|risco))$/],
  ['treatment', /^(?:trattamento|tratamiento|traitement|(?:risiko)?behandlung|tratamento|behandeling)$/],
  ['controls', /^(?:controlli|controles|kontrollen|controlos|beheersmaatregelen|mesures?|misure|medidas|ma(?:ss|ß)nahmen)(?: (?:de l |dell |del |des )?(?:annexe|allegato|anexo|anhang) a)?$/],
  ['owner', /^(?:responsabile|proprietario|propietario|responsable|proprietaire|verantwortlich|risikoeigner|eigentumer|responsavel|eigenaar|risico eigenaar)$/],
  ['systems', /^(?:sistema|sistemi|systeme|sistemas|systeem)(?: (?:di |de |d )?ia| ki)?$/],
  ['status', /^(?:stato|estado|statut|etat|situacao)$/],
  ['title', /^(?:rischio|riesgo|risque|risiko|risco|risico|descrizione|descripcion|beschreibung|descricao|omschrijving)$/],
  // "ID do risco", "N.º del riesgo", "Risiko-ID", "Risico-ID".
  ['id', /^(?:id|n|no|nr|numero|nummer)(?: (?:do|del|de|du|della|des|van het) (?:risco|riesgo|risque|rischio|risico))$|^(?:risiko|risico|rischio|riesgo|risque|risco) ?(?:id|nr|nummer|numero)$/],
  // Korean: "위험 ID", "위험명", "발생가능성", "영향도", "위험점수", "위험등급", "처리방안", "관련 통제", "위험 소유자".
  ['id', /^위험 ?(?:id|번호)$/],
  ['residual', /^잔[여존] ?위험/],
  ['likelihood', /^(?:발생 ?)?가능성$|^발생 ?빈도$/],
  // "영향도" (degree of impact) rates in numbers; a bare "영향" (impact) column mostly describes it, and
  // "심각도" (severity) is mostly rated in Korean level words, which no default scale holds.
  ['impact', /^영향(?:도| ?수준)$/],
  ['score', /^(?:위험 ?)?점수$/],
  ['level', /^(?:위험 ?)?(?:등급|수준)$/],
  ['treatment', /^(?:위험 ?)?(?:처리|대응) ?(?:방안|계획|방법)?$/],
  ['controls', /^(?:관련 ?)?통제(?: ?항목)?$/],
  ['owner', /^(?:위험 ?)?(?:소유자|책임자|담당자)$/],
  ['systems', /^(?:대상 ?)?(?:ai ?)?시스템$/],
  ['status', /^(?:처리 ?)?상태$/],
  ['title', /^위험(?:명| ?내용| ?설명)?$/],
  // Japanese: "リスクID", "リスク内容", "リスク所有者", "発生可能性", "影響度", "リスク値", "リスクレベル", "対応方針", "管理策", "状況".
  ['id', /^リスク ?(?:id|番号|no)$/],
  ['residual', /^残留 ?リスク/],
  ['likelihood', /^(?:発生 ?)?(?:可能性|頻度)$/],
  ['impact', /^影響度$/],
  ['score', /^リスク ?(?:値|点数|スコア)$/],
  ['level', /^リスク ?(?:レベル|等級|水準)$/],
  ['treatment', /^(?:リスク ?)?(?:対応|処置)(?: ?方針| ?策| ?計画)?$/],
  ['controls', /^(?:関連 ?)?管理策(?: ?annex a)?$/],
  ['owner', /^(?:リスク ?)?(?:所有者|オーナー|責任者|担当者?)$/],
  ['systems', /^(?:対象 ?)?(?:ai ?)?システム$/],
  ['status', /^(?:状況|状態|ステータス|対応状況)$/],
  ['title', /^リスク(?: ?内容| ?名| ?概要| ?説明)?$/],
  // Chinese: "风险编号", "风险描述", "可能性", "影响程度", "风险等级", "处置措施", "控制措施", "负责人", "状态".
  ['id', /^风险 ?(?:编号|id)$/],
  ['residual', /^剩余 ?风险/],
  ['likelihood', /^(?:发生 ?)?(?:可能性|概率)$/],
  ['impact', /^影响(?:程度)?$/],
  ['score', /^风险 ?(?:值|分值|得分)$/],
  ['level', /^风险 ?(?:等级|级别)$/],
  ['treatment', /^(?:风险 ?)?(?:处置|应对|处理)(?: ?措施| ?方式| ?计划)?$/],
  ['controls', /^(?:相关 ?)?控制(?: ?措施)?$/],
  ['owner', /^(?:风险 ?)?(?:负责人|责任人|所有者)$/],
  ['systems', /^(?:相关 ?)?(?:ai ?)?系统$/],
  ['status', /^(?:状态|处理 ?状态)$/],
  ['title', /^风险(?: ?描述| ?名称)?$/],
];

const SOA_COLUMNS: readonly Rule[] = [
  ['control', /^(?:control id|id|ref|reference|annex a (?:ref|reference|id|control id)|control ref(?:erence)?|clause|no)$/],
  ['title', /^(?:control|control (?:title|name)|title|name|annex a control|objective)$/],
  // Before `applicable`: "Inclusion justification" is a justification, not the decision.
  ['justification', /^(?:justif|rational|reason)|^(?:exclusion|inclusion) (?:rationale|reason|justification)|^why\b/],
  ['applicable', /^(?:applicab|included|include|inclusion|in scope|applies|selected|is applicable)/],
  // Abbreviated in a narrow column: "Appl.", "Applic.", "Inc", "Incl." (Y/N).
  ['applicable', /^(?:appl|applic|inc|incl)$/],
  ['status', /^(?:(?:implementation )?status|implemented)$/],
  // Italian, Spanish, French, German, Portuguese and Dutch (accents folded): "Giustificazione", "Stato di attuazione".
  ['justification', /^(?:giustificazion|motivazion|begrundung|justificativ|rechtvaardiging|motivering|toelichting|motivo|razon|raison)/],
  ['applicable', /^(?:applicabil|aplicabl|anwendbar|aplicavel|van toepassing|aplica$|s[ei] aplica$)/],
  ['title', /^(?:titre|intitule|titel|bezeichnung|titolo|titulo|denominazione|denominacion)(?: (?:du |de la |des |del |della )?(?:controle|mesure|kontrolle|massnahme|controllo|control))?$/],
  ['status', /^(?:stato|estado|statut|etat|umsetzung|status)(?: (?:di |de |der |d )?(?:attuazione|implementacion|implementazione|mise en (?:oeuvre|œuvre)|implementacao|implementatie))?$|^umsetzungsstatus$/],
  // A free-text "Implementation" column describes how; it is read as the status only when its cells are statuses.
  ['implementation', /^implementation$/],
  ['evidence', /^(?:evidence|(?:implementation )?evidence\b.*|reference documents?|documents?|references|related documents?|location)$/],
  // "Nachweis", "Preuve(s)", "Evidencia", "Evidenza", "Evidência", "Bewijs" (accents folded).
  ['evidence', /^(?:nachweise?|preuves?|evidencias?|evidenze?|evidencia|bewijs(?:stukken)?)$/],
  ['owner', /^(?:owner|control owner|responsible)$/],
  // Korean: "통제 ID", "통제명", "적용 여부", "적용/제외 사유", "이행 상태", "증적".
  ['control', /^통제 ?(?:id|번호)$/],
  ['title', /^통제 ?(?:명|항목|제목)$/],
  ['justification', /^(?:(?:적용|제외)[ ・/]?){0,2}(?:사유|근거)$/],
  ['applicable', /^적용 ?(?:여부|대상)?$/],
  ['status', /^(?:이행|구현) ?(?:상태|현황)$/],
  ['evidence', /^(?:증적|증빙)(?: ?자료)?$/],
  // Japanese: "管理策", "管理策名", "適用", "理由", "実施状況".
  ['control', /^管理策 ?(?:id|番号)?$/],
  ['title', /^管理策 ?(?:名|名称)$/],
  // "適用・除外の理由", "適用除外理由": the decision's words before the reason.
  ['justification', /^(?:(?:適用|除外|採否)[ ・/／]?){0,2}(?:の ?)?(?:理由|根拠)$/],
  ['applicable', /^適用(?: ?可否| ?有無)?$/],
  ['status', /^(?:実施|導入|実装) ?(?:状況|状態)$/],
  ['evidence', /^(?:証跡|エビデンス|根拠文書)$/],
  // Chinese: "控制编号" (or "控制项"), "控制名称", "是否适用", "理由", "实施状态", "证据".
  ['control', /^控制(?:项)? ?(?:编号|id)?$/],
  ['title', /^(?:控制(?:项)? ?(?:名称|标题)|标题|名称)$/],
  ['justification', /^(?:(?:适用|排除)[ ・/／]?){0,2}(?:的 ?)?(?:理由|依据)$/],
  ['applicable', /^(?:是否 ?)?适用$/],
  ['status', /^(?:(?:实施|落实) ?)?(?:状态|情况)$/],
  ['evidence', /^(?:证据|证明材料)$/],
];

/**
 * The column a header names, by rule set and header text: the same few headers ("ID", "Risk",
 * "Likelihood") are read on every edit by several readers of every table. Bounded; keys are
 * copies (a header is a slice of the document, which a kept key would keep alive).
 */
const canonicalMemo = new Map<readonly Rule[], Map<string, string | undefined>>();
const MAX_HEADERS = 5_000;

function canonical(rules: readonly Rule[], header: string): string | undefined {
  let memo = canonicalMemo.get(rules);
  if (!memo) canonicalMemo.set(rules, (memo = new Map()));
  if (memo.has(header)) return memo.get(header);
  let found = firstMatch(rules, foldAccents(normalizeTitle(withoutParentheses(header))));
  if (found === undefined) {
    const english = englishOfHeader(header);
    // Side by side ("控制编号 Control"), the header's own words first: the English may be shorter.
    if (english !== undefined && !/[()\uff08\uff09]/.test(header)) found = firstMatch(rules, foldAccents(normalizeTitle(header.replace(english, ''))));
    if (found === undefined && english !== undefined) found = firstMatch(rules, foldAccents(normalizeTitle(english)));
  }
  if (found === undefined && /[/&]/.test(header)) found = combined(rules, header);
  if (memo.size >= MAX_HEADERS) memo.clear();
  memo.set(header.length < 13 ? header : (' ' + header).slice(1), found);
  return found;
}

/**
 * The English a header in another script gives in parentheses: "発生可能性 (Likelihood)",
 * "系统（System）". Undefined for a header in Latin letters ("Notes (risk)" says what it is
 * outside its parentheses).
 */
export function englishOfHeader(header: string): string | undefined {
  const m = /^[^A-Za-z()\uff08\uff09]*[(\uff08]([^()\uff08\uff09\r\n]{1,40})[)\uff09][^A-Za-z()\uff08\uff09]*$/.exec(header);
  if (m) return m[1]!.trim();
  // Side by side without parentheses: "控制编号 Control", "Justification 理由".
  const side = BILINGUAL_AFTER.exec(header) ?? BILINGUAL_BEFORE.exec(header);
  return side ? side[1]!.trim() : undefined;
}

/** CJK or Hangul words, then English words; and the other way round. */
const BILINGUAL_AFTER = /^[^A-Za-z]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^A-Za-z]*?\s*([A-Za-z][A-Za-z ./&-]{1,40})$/u;
const BILINGUAL_BEFORE = /^([A-Za-z][A-Za-z ./&-]{1,40}?)\s*[^A-Za-z]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^A-Za-z]*$/u;

/** Ratings: a header naming two of them ("Likelihood / Impact") holds both, and is read as neither. */
const RATINGS = new Set(['likelihood', 'impact', 'score', 'level', 'residual']);

/**
 * A header naming two columns in one ("Controls / treatment", "Owner / approver"): the column
 * its parts name, or of two, the one the rules rank first (treatment before controls). Two
 * ratings in one column ("L / I") are neither: a cell holding both is no value of either.
 */
function combined(rules: readonly Rule[], header: string): string | undefined {
  const names = new Set<string>();
  for (const part of withoutParentheses(header).split(/\/|&/)) {
    const words = foldAccents(normalizeTitle(part));
    // A short part is an abbreviation another column shares ("Yes/No" is no "No." column).
    if (words.length < 3) continue;
    const name = firstMatch(rules, words);
    if (name !== undefined) names.add(name);
  }
  if (names.size === 0 || names.size > 2 || (names.size === 2 && [...names].some((n) => RATINGS.has(n)))) return undefined;
  return rules.find(([name]) => names.has(name))?.[0];
}

function firstMatch(rules: readonly Rule[], n: string): string | undefined {
  for (const [name, re] of rules) if (re.test(n)) return name;
  return undefined;
}

/**
 * `s.replace(/\(.*?\)/g, ' ')` in linear time: "Likelihood (1-5)" -> "Likelihood  ".
 * The regex retries from every "(" that no ")" follows, scanning to the end
 * each time (quadratic on a header of "((((..."). As there, a parenthesis does
 * not span a line break, and it ends at the first ")".
 */
export function withoutParentheses(s: string): string {
  let out = '';
  let copied = 0;
  let close = -1;
  for (let open = s.indexOf('('); open >= 0; ) {
    if (close <= open) close = s.indexOf(')', open + 1);
    if (close < 0) break;
    const lineBreak = firstLineBreak(s, open + 1, close);
    if (lineBreak >= 0) {
      open = s.indexOf('(', lineBreak + 1);
      continue;
    }
    out += s.slice(copied, open) + ' ';
    copied = close + 1;
    open = s.indexOf('(', copied);
  }
  return out + s.slice(copied);
}

/** The first line terminator ("." does not match these) in s[from, to), or -1. */
function firstLineBreak(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return -1;
}

export function riskColumn(header: string): string | undefined {
  return canonical(RISK_COLUMNS, header);
}

/**
 * Which part of the residual risk a "Residual ..." header names: "Residual likelihood",
 * "Residual impact", "Residual (risk) score", "Residual (risk) rating/level". The plain
 * canonical name stays `residual` (riskColumn); this refines it.
 */
export function residualColumn(header: string): 'residual-likelihood' | 'residual-impact' | 'residual-score' | 'residual-level' | undefined {
  const n = normalizeTitle(withoutParentheses(header));
  if (!n.startsWith('residual')) return undefined;
  const rest = n.slice('residual'.length).replace(/^ (?:risk )?/, '');
  if (/^(?:likelihood|probability|l|p)\b/.test(rest)) return 'residual-likelihood';
  if (/^(?:impact|consequence|severity|i|c|s)\b/.test(rest)) return 'residual-impact';
  if (/^(?:score|value|l ?x ?i)\b/.test(rest)) return 'residual-score';
  if (/^(?:level|rating|priority)\b/.test(rest)) return 'residual-level';
  return undefined;
}

export function soaColumn(header: string): string | undefined {
  return canonical(SOA_COLUMNS, header);
}

/** "Yes", "Y", "Included", "true", "✓" -> true; "No", "Excluded", "N/A" -> false; else undefined. */
export function parseApplicable(text: string): boolean | undefined {
  const raw = text.replace(/[*_`]/g, '').trim().toLowerCase();
  // Japanese and Korean tables decide with circles and crosses: ○ or ◯ applies, × or ✕ does not.
  if (/^[✓✔☑✅○◯]/u.test(raw)) return true;
  if (/^[✗✘☐❌×✕]/u.test(raw)) return false;
  // Words may follow an emoji or other decoration: "✅ Yes", "(x) Included".
  const t = raw.replace(/^[^\p{L}\p{N}/]+/u, '');
  if (/^(?:yes|y|true|included|include|applicable|applies|in scope|x)\b/.test(t)) return true;
  if (/^(?:no|n|false|excluded|exclude|not applicable|n\/a|na|out of scope)\b/.test(t)) return false;
  // Italian, Spanish, French, German, Portuguese and Dutch: "Sì", "Oui", "Ja"; "Non", "Nein", "Não", "Nee".
  if (/^(?:s[iìí]|oui|ja|sim)(?![\p{L}\p{N}])/u.test(t)) return true;
  if (/^(?:non|nein|n[ãa]o|nee)(?![\p{L}\p{N}])/u.test(t)) return false;
  // Chinese and Japanese ("是 Yes", "否", "不适用", "適用除外"), then Korean: the negative words first, as some start like the positive ones.
  if (/^(?:否|不适用|不適用|適用外|適用除外|非該当|いいえ)/u.test(t)) return false;
  if (/^(?:是|适用|適用|該当|はい)/u.test(t)) return true;
  // Korean: "미적용", "해당 없음", "제외", "아니오" before "적용", "해당", "예".
  if (/^(?:미적용|비적용|해당\s*없음|제외|아니[오요])/u.test(t)) return false;
  if (/^(?:적용|해당|예|네)(?![가-힣])/u.test(t)) return true;
  return undefined;
}

/**
 * Words a rating cell starts with, in the languages registers are kept in: the default scales'
 * labels, their German, Italian, Spanish, French, Portuguese and Dutch words, traffic-light
 * colours and single letters. Folded to lower case without accents.
 */
const RATING_WORD =
  /^(?:(?:very|sehr|molto|muy|tres|muito|zeer|extremely) )?(?:low|med|medium|moderate|mod|high|critical|severe|major|minor|negligible|insignificant|catastrophic|rare|unlikely|possible|likely|almost certain|certain|frequent|probable|occasional|remote|improbable|significant|extreme|limited|niedrig|gering|mittel|hoch|kritisch|basso|bassa|medio|media|alto|alta|critico|critica|bajo|baja|faible|moyen|moyenne|eleve|elevee|fort|forte|critique|baixo|baixa|laag|middel|hoog|kritiek|green|amber|red|yellow|orange|gruen|gelb|rot|verde|giallo|rosso|rojo|amarillo|vert|rouge)\b|^(?:[a-e]|vl|vh|l|m|h)$/;

/**
 * Whether a cell reads as a rating: it has a digit, starts with a scale's word, or is empty.
 * A column headed "Impact" ("Auswirkung", "Impatto") whose cells are none of these describes the
 * effect in words: it rates nothing (entities.ts).
 */
export function looksLikeRating(text: string): boolean {
  if (/\d/.test(text)) return true;
  const words = foldAccents(text.toLowerCase()).replace(/[^a-z]+/g, ' ').trim();
  return words === '' || RATING_WORD.test(words);
}
