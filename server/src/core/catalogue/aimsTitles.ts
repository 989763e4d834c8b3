/**
 * Titles that name the AI management system (or its acronym, AIMS, or AI governance, or a body
 * that runs it: an AI steering group), or an assessment of AI risk or impact, in English
 * and in the languages AIMS documents are most often kept in beside it (Italian, Spanish,
 * French, German, Portuguese, Dutch). Such a title makes a document of no known kind relevant:
 * its tables' IDs then define what other documents cite ("Registro dei rischi IA" lists the
 * risks its SoA names). It names no kind by itself: the kinds a title in those languages does
 * name (registers, SoAs, management reviews, audit reports) are in kinds.ts's title patterns.
 */

// The bodies that run it keep its records too: "AI Steering Group — 2026-10-07" (minutes), "AI Ethics Board".
// A UK public body records each algorithmic tool under the Algorithmic Transparency Recording Standard: "ATRS record: ...".
const ENGLISH = /\bAI management system\b|\bAI (?:system )?(?:impact|risk) assessment\b|\bAI governance\b|\bAI (?:steering|ethics|oversight|risk) (?:committee|group|board|council|forum)\b|\bATRS record\b|\balgorithmic transparency record/i;
/**
 * The AIMS by its acronym, in capitals ("aims" is an English word), also as Portuguese, Spanish
 * and Italian write it (SGIA: Sistema de Gestão / Gestión / Gestione dell'IA) and French (SMIA).
 */
const ACRONYM = /(?<![\p{L}\p{N}])(?:AIMS|SGIA|SMIA)(?![\p{L}\p{N}])/u;

/** "IA", "KI", "AI" as words or word parts ("KI-Risikoregister"), or artificial intelligence spelled out. */
const AI_WORDS = /(?<![\p{L}\p{N}])(?:IA|KI|AI)(?![\p{Ll}\p{N}])|intelligenza artificiale|intelligence artificielle|intelig[eê]ncia artificial|k[üu]nstliche[nrs]? intelligenz|kunstmatige intelligentie/iu;

/** Risk, impact and management system, in the same languages. */
const TOPIC_WORDS = /rischi|riesg|risque|risiko|risco|risico|impatt|impact|folgenabsch[äa]tzung|sistema di gestione|sistema de gesti[óo]n|syst[èe]me de (?:management|gestion)|managementsystem|sistema de gest[ãa]o|managementsysteem/iu;

/** Whether a title names the AI management system or an AI risk or impact assessment. */
export function namesTheAims(title: string): boolean {
  return ENGLISH.test(title) || ACRONYM.test(title) || (AI_WORDS.test(title) && TOPIC_WORDS.test(title));
}

/** Whether some title in `text` could name the AIMS: a cheap check with no false negatives. */
export function mayNameTheAims(text: string): boolean {
  return ENGLISH.test(text) || ACRONYM.test(text) || (AI_WORDS.test(text) && TOPIC_WORDS.test(text));
}
