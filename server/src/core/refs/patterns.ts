/**
 * Regular expressions for references in document text. Each is linear-time:
 * no nested quantifiers, bounded repetitions (test/regex-safety.test.ts runs
 * them on adversarial input).
 */

/** "A.6.2.4", "A.5", "Annex A.6.2.4"; group 1 = the numeric part after "A.". */
export const CONTROL_RE = /(?<![\w.\-\u2011])(?:Annex\s+)?A\.(\d{1,2}(?:\.\d{1,2}){0,2})(?![\w\u2011]|\.\d)/g;

/** Range tail right after a control ID: "-A.5.5", "–A.5.5", " to A.5.5", "-4". */
export const RANGE_TAIL_RE = /^\s?(?:[-\u2010-\u2015]|to)\s?(A\.)?(\d{1,2}(?:\.\d{1,2}){0,2})(?![\w]|\.\d)/;

/** Annex B guidance "B.6.2.4" (at least two levels, to avoid "Plan B.2"). */
export const ANNEX_B_RE = /(?<![\w.\-])B\.(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?![\w]|\.\d)/g;

/**
 * "Clause 6.1.2", "Clauses 6.1.2 and 6.1.3", "cl. 6.1", "§6.1.4", "ISO/IEC 42001:2023 6.1"; the German
 * "Normkapitel 9.4" (the standard's chapter), the Spanish, Portuguese and Italian "cláusula 6.4" and
 * "clausola 6.4" (a contract's is told by what follows: "del contrato"), and after the standard's name its word for clause in
 * German, Spanish, Portuguese, Italian and French ("ISO/IEC 42001 Kapitel 9.4", "ISO/IEC 42001 cláusula 6.4").
 */
export const CLAUSE_LEAD_RE =
  /(?:\b(?:[Cc]lauses?|CLAUSES?|[Cc]l\.|Normkapitel|[Cc]l[áa]usulas?|[Cc]lausol[ae])(?:(?:\*\*|__)?:(?:\*\*|__)?)?[ \t]*|§§?[ \t]*|箇条[ \t]*|\bISO(?:\/IEC)?[ \t]?42001(?::20\d\d)?,?[ \t]+(?:(?:[Cc]lause|Kapitel|[Cc]l[áa]usula|[Cc]lausola|[Cc]hapitre)[ \t]+)?)(?=\d)/g;

/** One clause number at the start of the remaining text; not one joined to a word ("30-day notice", "5-year"). */
export const CLAUSE_NUMBER_RE = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?![\d]|\.\d|[-\u2010\u2011][A-Za-z])/;

/** Between two clause numbers in a list: ", ", " and ", " & ", "/", "-" (a range). */
export const CLAUSE_LIST_SEP_RE = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+|[ \t]*\/[ \t]*|[ \t]?[-\u2010-\u2015][ \t]?)(?=\d)/;

/** A bare clause number, used only where the context says it is one (a "Clause" column, a `clauses:` field). */
export const BARE_CLAUSE_RE = /(?<![\w.])(\d{1,2}(?:\.\d{1,2}){0,3})(?![\w]|\.\d)/g;

/** Words before an "A.x" that make it the document's own numbering, not Annex A. */
export const OWN_NUMBERING_BEFORE = /\b(?:Appendix|Table|Figure|Fig\.|Section|Exhibit|Schedule|Attachment)\s*$/i;

/**
 * A title continuing a sentence after a control ID: " Data logging," in "handled under A.6.2.6
 * Data logging, with ...". A capitalised word, then at most six more, ended by punctuation, a
 * dash or the end of the line. The words themselves are judged by the scanner.
 */
export const PROSE_TITLE_RE = /^[ \t]([A-Z][^\s|,;:.()[\]]*(?:[ \t][^\s|,;:.()[\]]+){0,6}?)(?=[ \t]*(?:[|,;:.()]|$)|[ \t][-\u2013\u2014][ \t])/;

/** A title after a clause number: " Management review", " — Management review", ": ...", " (Management review)". */
export const CLAUSE_TITLE_RE =
  /^[ \t]*(?:[-\u2013\u2014:][ \t]*|\()?(?:\*\*|__)?([A-Z][^|\n\r:;.,()*_]{2,80}?)(?:\*\*|__)?\)?[ \t]*(?=$|[|:;.,(*_\n\r]|[ \t][-\u2013\u2014][ \t])/;

/** "Clause A.1.1" in a contract: the contract's own clause numbering (used for IDs Annex A does not have). */
export const CLAUSE_WORD_BEFORE = /\bClauses?\s*$/i;

/**
 * Other standards and frameworks: a mention right before an ID says the ID is theirs. Bare
 * numbers only for the well-known ones (group 1); with "ISO" or "IEC" before it any number but
 * 42001 is another standard ("ISO/IEC 42005:2025 clause 5.8", "ISO/IEC 17021-1 clause 9.5"):
 * the family grows faster than a list of them. Not the formats a document names for its dates,
 * languages, countries and currencies (ISO 8601, 639, 3166, 4217): it does not cite their clauses.
 * Regulations that number sections, not articles, count too: "MDR Annex IX §4.10", "21 CFR 820.30";
 * and specifications ("ISO/PAS 8800 clause 11", "PAS 8800 cl. 11", "UL 4600", "SAE J3016"), and
 * other bodies' standards ("AS9100D", "EN 9100", "BS 8611", "IEEE 7000", "DO-178C", "ARP4754A").
 */
export const OTHER_STANDARD_RE =
  /(?<![0-9])(?:ISO(?:\/IEC)?[ \t]?)?(27001|27002|27701|27017|27018|9001|14001|45001|13485|31000|23894|22989|38507|20000)(?::20\d\d)?(?![0-9])|\b(?:ISO|IEC)(?:\/IEC)?(?:[ \t\u00a0/](?:PAS|TS|TR))?[ \t\u00a0]?(?!(?:42001|8601|639|3166|4217)(?![0-9]))\d{3,5}(?![0-9])|\b(?:PAS|UL|SAE[ \t]?J)[ \t]?\d{3,5}(?![0-9])|\b(?:BS|DIN|IEEE|IATF)[ \t]?\d{3,5}[A-Z]?(?![\w])|\bAS[ \t-]?9\d{3}[A-Z]?(?![\w])|\b(?:DO|ARP|EN)-?\d{3,5}[A-Z]?(?![\w])|\bMIL-STD-\d{3,4}[A-Z]?(?![\w])|\bEU AI Act\b|\bGDPR\b|\bNIST\b|\bArticle\b|\bArt\.|\bSOC ?2\b|\bHIPAA\b|\b(?:MDR|IVDR|CFR)\b/gi;

/** A contract's clause: "contract clause 12.4", "the MSA's clause 3.2", "DPA § 7.1". */
export const CONTRACT_CLAUSE_BEFORE = /\b(?:contract|agreement|MSA|DPA|SLA|licen[cs]e|terms(?: and conditions)?)(?:'s)?[ \t]+(?:[Cc]lauses?|§§?)(?:(?:\*\*|__)?:(?:\*\*|__)?)?[ \t]*$/i;

/**
 * Another document's section, named after its ID: "IMS-POL-001 §5.4", "AIMS-PR-02 section 4.2",
 * "DPA-2024-7 clause 3.1": group 1 the ID, which the caller requires to hold a digit and not to be 42001's.
 */
export const DOCUMENT_SECTION_BEFORE = /(?<![\w-])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?:'s)?,?[ \t]*(?:§§?|[Ss]ections?|[Cc]lauses?|[Cc]l\.)[ \t]*$/;

/** "42001" also inside identifiers such as iso42001_clause (no word boundary there). */
export const ISO42001_RE = /(?<![0-9])42001(?![0-9])/g;

/**
 * After a clause number: "of ISO/IEC 23894", "of the supplier agreement" make it another
 * document's clause; so do the same words in French, Italian, Spanish, Portuguese and German
 * ("clause 8.5 du contrat-cadre", "punto 4.2 del contratto", "Ziffer 3.1 des Vertrags").
 */
export const CLAUSE_OWNER_AFTER =
  /^[ \t]+(?:of|in|under|du|des|del|della|dello|dei|der|do|da|de[ \t]+la|de[ \t]+l['’]|dell['’])[ \t]*(?:the[ \t]+|this[ \t]+|our[ \t]+|that[ \t]+)?(\S+(?:[ \t]\S+)?)/i;

/**
 * After a number, a German statute's paragraph citation: "§ 87 Abs. 1 Nr. 6 BetrVG", "§ 26 BDSG"
 * (a subsection, number or sentence, or the law's abbreviation: capitals, often ending in G).
 */
export const STATUTE_AFTER = /^[ \t\u00a0]+(?:Abs\.|Absatz\b|Nr\.|Satz\b|S\.[ \t]*\d|lit\.|UAbs\.|(?!ISO\b|IEC\b)[A-Z][A-Za-z]*[A-Z]\b)/;

/**
 * NIST AI RMF subcategories: "GOVERN 1.1", "GOVERN-1.1", "GV-1.1", "Gv 1.1", "MEASURE 2.10".
 * Group 1 the function as written, 2 the category, 3 the subcategory.
 */
export const RMF_RE = /(?<![\w.\-])(GOVERN|MAP|MEASURE|MANAGE|Govern|Map|Measure|Manage|GV|MP|MS|MG|Gv|Mp|Ms|Mg)[ \t.\-]?(\d{1,2})\.(\d{1,2})(?![\w]|\.\d)/g;

/**
 * NIST AI RMF categories: "GOVERN 1", "MAP-2", "Gv 6" (never followed by ".1", which makes a
 * subcategory, or by another digit). Group 1 the function as written, 2 the category.
 */
export const RMF_CATEGORY_RE = /(?<![\w.\-])(GOVERN|MAP|MEASURE|MANAGE|Govern|Map|Measure|Manage|GV|MP|MS|MG|Gv|Mp|Ms|Mg)[ \t\-]?(\d)(?![\w\-]|\.\d)/g;

/**
 * EU AI Act articles: "Article 9", "Art. 14(4)", "Art. 9(2)(a)", "Articles 9-15". Group 1 the
 * number, 2 a letter glued to it (a draft's "Article 4a"), 3 the paragraph and point
 * references, 4 a range's tail and 5 its far end.
 */
export const AI_ACT_ARTICLE_RE =
  /(?<![\w.])(?:Articles?|ARTICLES?|Arts?\.?)[ \t\u00a0]?(\d{1,3})([a-z]?)((?:\((?:\d{1,2}[a-z]?|[a-z]{1,2})\)){0,4})([ \t]?(?:[-\u2010-\u2015]|to)[ \t]?(?:Art(?:icle)?s?\.?[ \t]?)?(\d{1,3})(?![\d(]))?(?![\w])/g;

/** EU AI Act annexes: "Annex III" (ISO/IEC 42001's annexes are letters). Group 1 the numeral. */
export const AI_ACT_ANNEX_RE = /(?<![\w.])Annex[ \t\u00a0]([IVX]{1,5})(?![\w\-]|\.\d)/g;

/** ISO/IEC 27001 or 27002 named: control numbers near it are theirs. */
export const ISO_27001_RE = /\b2700[12]\b/;

/**
 * The document-wide names (ISO_27001_RE, NIST_NAME_RE, AI_ACT_NAME_RE, OTHER_LAW_RE) are tested
 * incrementally (refs/mentions.ts), which needs two bounds that every change to them must keep:
 * the shortest text each alternative matches is at most MENTION_SHORTEST_MAX characters ("Artificial
 * Intelligence Act" is 27; an unbounded `\d+` counts as one digit), and none looks further than
 * MENTION_LOOKAROUND characters before or past its match (`\b` one, `(?!2024\/1689)` nine).
 * test/mentions.test.ts holds the incremental answer to a whole scan.
 */
export const MENTION_SHORTEST_MAX = 32;
export const MENTION_LOOKAROUND = 10;

/*
 * The two below are read over every document's whole text (refs/mentions.ts). Their words share
 * one `\b` on each side, written once: the same matches as a `\bword\b` per alternative (no two
 * words can match at one place), and nearly twice as fast with the case-insensitive flag.
 */

/** Names of the EU AI Act. */
export const AI_ACT_NAME_RE = /\b(?:EU[ \t]AI[ \t]Act|AI[ \t]Act|AIA)\b|2024\/1689|Artificial[ \t]Intelligence[ \t]Act/gi;

/** Other laws that number their articles: an article named after one of them is theirs ("GDPR Art. 22"). */
export const OTHER_LAW_RE =
  /\b(?:(?:UK[ \t])?GDPR|DSGVO|RGPD|Directive|TFEU|TEU|Charter|DSA|DMA|NIS[ \t]?2|DORA|MDR|IVDR|CRA|Data[ \t]Act|Convention|ECHR|Constitution|UDHR|CCPA|CPRA|LGPD|PIPL|DPA|UCC)\b|2016\/679|Regulation[ \t]\((?:EU|EC)\)[ \t](?!2024\/1689)(?:No[ \t])?\d{2,4}\/\d+/gi;

/** Names of the NIST AI RMF: a document or line naming it makes "Gv 1.1" and "Map 2.3" its subcategories. */
export const NIST_NAME_RE = /\bNIST\b|\bAI[ \t]?RMF\b|\bRMF\b/;
/** The same in any case, for headings (which the scanner sees in lower case). */
export const NIST_NAME_ANY_CASE_RE = /\bNIST\b|\bAI[ \t]?RMF\b|\bRMF\b/i;
