/**
 * The `aims:` declaration block -> DocumentMeta, and kind inference for
 * documents that do not declare themselves (by configured glob, then by title
 * or file name).
 */
import type { DocumentMeta, FieldItem, FieldValue, KindSource } from '../model/types.js';
import type { KindId } from '../catalogue/types.js';
import { KINDS, getKind } from '../catalogue/kinds.js';
import type { AimsConfig } from '../config/config.js';
import { matchGlob } from '../util/glob.js';
import { replacePictographs } from '../util/text.js';
import { getPair, scalarText, type YMap, type YNode } from './yaml.js';
import { matchesWhole } from './entities.js';
export { withHeaderStatus } from './headerStatus.js';

/**
 * Top-level metadata as docs sites and data models write it, beside or without an `aims:`
 * block (`title`, `owner`, `status`, `next_review`, `review_date` ...), under our field names.
 */
const INFORMAL_FIELDS: Readonly<Record<string, string>> = {
  title: 'title',
  owner: 'owner',
  version: 'version',
  status: 'status',
  next_review: 'next_review',
  next_review_date: 'next_review',
  review_date: 'next_review',
  review_by: 'next_review',
  review_due: 'next_review',
  nextreview: 'next_review',
  approved_by: 'approved_by',
  approved_on: 'approved_on',
  approved_date: 'approved_on',
  approval_date: 'approved_on',
};

function informalFields(root: YNode | null): Map<string, FieldValue> | undefined {
  if (root?.type !== 'map') return undefined;
  let out: Map<string, FieldValue> | undefined;
  // Hugo keeps a page's own metadata under `params` (`[params]` in TOML): read after the top level's.
  const params = getPair(root, 'params')?.value;
  for (const p of params?.type === 'map' ? [...root.pairs, ...params.pairs] : root.pairs) {
    const name = INFORMAL_FIELDS[p.key.toLowerCase().replace(/[-\s]/g, '_')];
    if (!name || out?.has(name) || p.value?.type !== 'scalar') continue;
    (out ??= new Map()).set(name, fieldValue(name, p.keySpan, p.value));
  }
  return out;
}

export function readAimsBlock(root: YNode | null, source: DocumentMeta['source']): Omit<DocumentMeta, 'kind' | 'kindSource' | 'kindReason'> {
  const pair = getPair(root, 'aims');
  if (!pair) {
    const informal = informalFields(root);
    return { source: 'none', fields: new Map(), ...(informal ? { informal } : {}) };
  }
  const fields = new Map<string, FieldValue>();
  if (pair.value?.type === 'map') for (const p of (pair.value as YMap).pairs) fields.set(p.key, fieldValue(p.key, p.keySpan, p.value));
  // Beside an `aims:` block, a docs site's `title:` or a record's `owner:` at the top level still
  // says what the block leaves out (metaField reads it after the block's own).
  const informal = informalFields(root);
  return { source, blockSpan: pair.span, fields, ...(informal ? { informal } : {}) };
}

export function fieldValue(key: string, keySpan: FieldValue['keySpan'], node: YNode | null): FieldValue {
  if (!node) return { key, keySpan, valueSpan: { start: keySpan.end, end: keySpan.end }, value: null };
  switch (node.type) {
    case 'scalar':
      return { key, keySpan, valueSpan: node.span, value: typeof node.value === 'number' ? node.raw || node.value : node.value };
    case 'seq': {
      const items: FieldItem[] = [];
      for (const i of node.items) if (i.type === 'scalar') items.push({ value: typeof i.value === 'number' ? i.raw : i.value, span: i.span });
      return { key, keySpan, valueSpan: node.span, value: items };
    }
    case 'map':
      return { key, keySpan, valueSpan: node.span, value: 'mapping' };
    case 'alias':
      return { key, keySpan, valueSpan: node.span, value: null };
  }
}

/** A metadata field from the `aims:` block, else from the informal top-level metadata. */
export function metaField(meta: Pick<DocumentMeta, 'fields' | 'informal'>, key: string): FieldValue | undefined {
  return meta.fields.get(key) ?? meta.informal?.get(key);
}

export function fieldText(meta: Pick<DocumentMeta, 'fields'>, key: string): string | undefined {
  const v = meta.fields.get(key)?.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/**
 * A document whose status says it is retired: kept for the record, no longer in force. The
 * `aims:` status is one of ours ("retired"); a docs site's or a decision record's own status says
 * it in its words ("Superseded by 0007", "Deprecated", "Withdrawn").
 */
export function isRetiredByStatus(doc: { readonly meta: Pick<DocumentMeta, 'fields' | 'informal'> }): boolean {
  const own = fieldText(doc.meta, 'status');
  if (own !== undefined) return own === 'retired';
  const informal = doc.meta.informal?.get('status')?.value;
  return typeof informal === 'string' && RETIRED_WORDS.test(informal);
}

const RETIRED_WORDS = /^\s*(?:retired|superseded|withdrawn|obsolete|deprecated|replaced)\b/i;

/** Retired (status: retired) or an archived copy (a document under `_history/`, `archive/` ...). */
export function isRetired(doc: { readonly meta: Pick<DocumentMeta, 'fields' | 'informal'>; readonly archived?: true | undefined } | undefined): boolean {
  return doc !== undefined && (doc.archived === true || isRetiredByStatus(doc));
}

export function fieldList(meta: Pick<DocumentMeta, 'fields'>, key: string): readonly FieldItem[] {
  const v = meta.fields.get(key)?.value;
  if (Array.isArray(v)) return v;
  const f = meta.fields.get(key);
  if (f && (typeof v === 'string' || typeof v === 'number')) return [{ value: v, span: f.valueSpan }];
  return [];
}

/** The kinds' title patterns, compiled once (the relevance pre-check tries every heading of every note). */
const TITLE_PATTERNS = KINDS.map((k) => [k, new RegExp(k.titlePattern, 'gi'), k.titleNotPattern ? new RegExp(k.titleNotPattern, 'i') : undefined] as const);
/** Any of them (they use no back-reference, so each alternative means what it means alone): a segment it misses names no kind. */
const ANY_TITLE_PATTERN = new RegExp(KINDS.map((k) => `(?:${k.titlePattern})`).join('|'), 'i');

/** Titles about a kind of document rather than one: templates, guides, question lists, reviews of a draft. */
const NOT_A_DOCUMENT =
  /\b(?:templates?|readme|change ?log|guides?|guidance|how to|questions?|questionnaire|checklists?|instructions?|faq|examples? of|mapping|crosswalk|glossary|abbreviations|rationale)\b|^(?:writing|review of|reviewing|summary of|overview of|introduction to|about|understanding)\b/;
/** A record kind's name followed or preceded by one of these names a process about the record. */
const PROCESS =
  /\b(?:procedures?|process(?:es)?|programmes?|programs?|plans?|planning|method(?:ology|s)?|framework|strategy|schedule|tracker|definitions?|requirements|kpis?|criteria|calendar)\b/;
/** Nouns that may follow a kind's name in a title of that kind ("AI Objectives Register"). */
const GENERIC_TAIL = /^(?:\s+(?:registers?|logs?|records?|reports?|statement|document|matrix|list|table|inventory|catalog(?:ue)?|sheet|form|card|summary|entry|entries|worksheet|results|overview|meeting|minutes|kpis?))*\s*$/;
/**
 * Period, version and serial words at the end of a title, after a comma too: "2026", "Q3 2026", "H1",
 * "FY26", "November 2026", "12 Nov 2026", "v1.2", "v3", "001", "(draft)", and the record's own ID ("Internal Audit Report IA-2026-01", "... MR-2026-Q1",
 * "... 2026-IA-03").
 */
const PERIOD_TAIL = /(?<!\s)(?:,?\s+(?:(?:q[1-4]|h[12]|fy ?\d{2,4}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}-\d{2}-\d{2}|\d{4}(?: ?[-/\u2013\u2014] ?\d{2,4})?|v\d+(?:\.\d+)*|\d+(?:\.\d+)+|\d{1,3}|draft|final|annual|\d{4} ?q[1-4]|[a-z]{1,8}(?:-[a-z0-9]{1,8}){0,3}-\d{1,4}(?:-[a-z0-9]{1,4}){0,2}|\d{2,4}(?:-[a-z]{1,8}-\d{1,4})(?:-[a-z0-9]{1,4}){0,2})))+\s*$/;

/** The parts of a title that may each name the document: "Acme — AI Policy" has two. */
function titleSegments(t: string): string[] {
  // An emoji in a heading ("AI Roles and Responsibilities 🧭") is decoration, not a word of the title.
  return replacePictographs(t, ' ')
    // "Roles & Responsibilities" (and an HTML export's "&amp;") says "and".
    .replace(/(?<=\s)&(?:amp;)?(?=\s)/g, 'and')
    // An aside in parentheses, full-width ones too ("AI Policy（人工智能方针）").
    .replace(/\([^()]*\)|\uff08[^\uff08\uff09]*\uff09/g, ' ')
    // A bilingual title ("AIMS scope / Anwendungsbereich") is two titles; pandoc writes a dash as "--".
    .split(/(?<!\s)\s+(?:[\u2014\u2013|/]|-{1,3})\s+|:\s+|(?<!\s)\s*\|\s*/)
    // "Management Review of the AIMS": what the kind is of, said at its end, as "... for X" is.
    // So is it in French, Italian, Spanish, Portuguese and German ("... du système de management de l'IA").
    .map((seg) => seg.replace(/(?<!\s)\s+for\s.*$/, '').replace(/(?<!\s)\s+of\s+(?:the\s+|our\s+)?(?:aims|ai management system)$/i, '').replace(/(?<!\s)\s+(?:du|des|del|della|de la|do|da|der)\s+(?:syst[eèé]m[ae]s?|sistemas?|smia|sgia|(?:ki-)?managementsystems?)\s.*$|(?<!\s)\s+(?:du|des|del|della|de la|do|da|der)\s+(?:smia|sgia|kims)$/i, '').replace(PERIOD_TAIL, '').replace(/\s+/g, ' ').trim())
    .filter((seg) => seg.length > 0);
}

/**
 * The kind a title (or file name) names: its name ends a part of the title, or is followed only
 * by a generic noun ("Register", "Report"). A record kind is not taken from a title that names a
 * procedure, programme or plan. `undefined` when nothing matched at all, `null` when a kind's
 * name appeared but the title is about something else (a guide, a template, a procedure).
 */
export function kindOfTitle(text: string): KindId | null | undefined {
  const t = (englishAside(text.trim()) ?? text.trim()).toLowerCase();
  let named = false;
  // "Procedure: AI risk assessment, risk treatment and impact assessment": a part naming a
  // procedure governs the parts after it, which then name no record.
  let process = false;
  for (const seg of titleSegments(t)) {
    if (PROCESS.test(seg) && !ANY_TITLE_PATTERN.test(seg)) {
      process = true;
      continue;
    }
    if (!ANY_TITLE_PATTERN.test(seg)) continue;
    for (const [k, re, not] of TITLE_PATTERNS) {
      // "Stage 2 Audit Report": the kind's name, but another document (a certification body's).
      re.lastIndex = 0;
      if (not?.test(seg) && re.test(seg)) {
        named = true;
        continue;
      }
      // Every place the kind's name occurs: "Nonconformity and Corrective Action Register" names
      // it first as "nonconformity" (not at the end) and then as "corrective action" (at the end).
      re.lastIndex = 0;
      for (let m = re.exec(seg); m; m = re.exec(seg)) {
        if (m[0].length === 0) re.lastIndex++;
        // "AIIA-001: TriageAssist": the kind's abbreviation is an ID's prefix, which names no kind.
        if (/^[-_]\d/.test(seg.slice(m.index + m[0].length))) continue;
        named = true;
        if (NOT_A_DOCUMENT.test(t)) return null;
        const tail = seg.slice(m.index + m[0].length).replace(/^[\p{L}\p{N}]*/u, '');
        // "Corrective Action Plan" (a CAP answering audit nonconformities): the actions' record, not a process.
        if (k.id === 'nonconformity-log' && /^corrective action/.test(m[0]) && /^\s+plans?\s*$/.test(tail)) return k.id;
        if (!GENERIC_TAIL.test(tail)) continue;
        if (k.record && (process || PROCESS.test(seg))) break;
        return k.id;
      }
    }
  }
  return named ? null : undefined;
}

/**
 * The English a title in another script gives in parentheses ("적용성보고서 (Statement of
 * Applicability)", "AIMS適用範囲 (Scope of the AIMS)"): outside them, no English word (acronyms such as
 * "AI" and "AIMS" stand in any language's title) and some letter of another script.
 */
function englishAside(title: string): string | undefined {
  const m = /[(\uff08]([A-Za-z][^()\uff08\uff09\r\n]{2,60})[)\uff09]/.exec(title);
  if (!m) return undefined;
  const outside = title.slice(0, m.index) + title.slice(m.index + m[0].length);
  return !/[A-Za-z][a-z]{2}/.test(outside) && /[^\u0000-\u024f\s\d\p{P}\p{S}]/u.test(outside) ? m[1] : undefined;
}

/**
 * A title in words the kinds' title patterns are mostly not written in: letters of another
 * script ("AI方針", "내부 감사 보고서"), Latin letters with diacritics ("Verfahren zur
 * KI-Risikobeurteilung"), or function words of other European languages ("Plan de tratamiento de
 * riesgos"). Asked of documents of no kind (a register or SoA so titled has one: kinds.ts), whose
 * provisions are then unknown.
 */
export function titleInAnotherLanguage(title: string | undefined): boolean {
  if (!title) return false;
  for (const w of title.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FOREIGN_FUNCTION_WORDS.has(w)) return true;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) return true;
  }
  return false;
}

/**
 * Words of German, French, Spanish, Italian, Portuguese and Dutch titles that English titles do
 * not use. Not those English titles do use ("per", "met", "van", "do", "DoS", "Y-axis").
 */
const FOREIGN_FUNCTION_WORDS = new Set(['der', 'und', 'zur', 'zum', 'für', 'von', 'des', 'du', 'et', 'pour', 'les', 'le', 'la', 'de', 'del', 'los', 'las', 'para', 'della', 'delle', 'dei', 'il', 'di', 'da', 'het', 'een', 'voor', 'en']);

/**
 * A YAML file's title: its top-level `title:` or `name:`, else the one in its header block
 * (`meta:`, `metadata:`, `document:`), as registers kept as data write it.
 */
export function yamlTitle(root: YNode | null, text = '', relativePath = ''): string | undefined {
  const titled = scalarText(getPair(root, 'title')?.value);
  if (titled !== undefined) return titled;
  // A record's `name:` names its system; a first-line comment naming a kind ("# AI system record")
  // names the file. A comment that names none says nothing of it (the file name still may).
  const comment = headComment(text, relativePath);
  if (comment !== undefined && kindOfTitle(comment)) return comment;
  const own = scalarText(getPair(root, 'name')?.value);
  if (own !== undefined || root?.type !== 'map') return own;
  const header = root.pairs.find((p) => /^(?:meta|metadata|document|doc|info)$/i.test(p.key) && p.value?.type === 'map')?.value ?? null;
  return scalarText(getPair(header, 'title')?.value);
}

/**
 * A YAML or TOML file's first line when it is a comment ("# AI system record – recommender
 * (SYS-002)"): how data files kept beside the code say what they are. Not a CI pipeline's or a
 * compose file's, whose first comment says what they run.
 */
function headComment(text: string, relativePath: string): string | undefined {
  if (/(?:^|\/)\.(?:github|gitlab|circleci)\/|(?:^|\/)(?:\.gitlab-ci|docker-compose|compose|azure-pipelines|bitbucket-pipelines|\.pre-commit-config)[^/]*$/i.test(relativePath)) return undefined;
  const first = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, text.search(/\r|\n|$/)).trim();
  if (!first.startsWith('#') || first.startsWith('#!')) return undefined;
  const title = first.replace(/^#+/, '').trim();
  return title.length > 0 && title.length <= 120 && !title.includes('$schema') ? title : undefined;
}

/**
 * A file's name as words, what a title would say: the extension dropped, "-", "_" and "." as
 * spaces, and CamelCase split ("AISystem-001.yaml", "StatementOfApplicability.yaml": data models
 * name files in CamelCase).
 */
export function fileNameWords(relativePath: string): string {
  const base = relativePath.split('/').pop() ?? relativePath;
  // A Notion export ends each page's and database's name with its 32-digit hex ID ("AI Systems 6b65…d9.csv").
  return base.replace(/\.[^.]+$/, '').replace(/ [0-9a-f]{32}$/, '').replace(/([a-z])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g, '$1$2 ').replace(/[-_.]+/g, ' ');
}

/**
 * A file name's words as they name its kind: without a product's name after the kind
 * ("Impact-Assessment-PickVision.md", "Risk-Register-TalentRank.md"), a part written in
 * CamelCase, which no kind's name is.
 */
function kindFileName(relativePath: string): string {
  const base = (relativePath.split('/').pop() ?? relativePath).replace(/\.[^.]+$/, '');
  const parts = base.split(/[-_ ]+/);
  let keep = parts.length;
  while (keep > 1 && /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(parts[keep - 1]!)) keep--;
  return keep === parts.length ? fileNameWords(relativePath) : fileNameWords(parts.slice(0, keep).join('-'));
}

/** A title naming another management system or its standard (information security, privacy, quality, continuity, environment). */
const OTHER_SYSTEM =
  /\b(?:isms|pims|qms|bcms|information[ -]security|infosec|cyber[ -]?security|data protection|privacy information|quality management|business continuity|environmental management)\b|\b(?:27001|27002|27701|9001|14001|22301)\b/i;
/** A title naming ours: AI, the AI management system or its standard. */
const OUR_SYSTEM = /\b(?:ai|aims|artificial intelligence|machine learning|ml|42001)\b/i;

/** Templates, guides and read-mes describe a kind of document; they are not one, whatever their title. */
export function describesDocuments(relativePath: string): boolean {
  return /(?:^|[^a-z])(?:templates?|guides?|readme|changelog)(?:[^a-z]|$)/i.test(relativePath);
}

export function inferKind(
  declared: string | undefined,
  relativePath: string,
  title: string | undefined,
  config: AimsConfig,
  /** A model or dataset card known by its front matter (parse/cards.ts): after the configuration's globs, before titles and names. */
  card?: { kind: KindId; reason: string },
  /** The page's first heading, when the title is another text (a site's front matter "AIIA-001: TriageAssist" over "# AI System Impact Assessment"). */
  heading?: string,
  /**
   * The title is only the first section's heading (a wiki page with no H1, its title shown from
   * the file name: "## Audit scope" in Internal-Audit-2026.md): the file name is read first.
   */
  titledBySection = false,
): { kind?: KindId; source: KindSource; reason?: string } {
  if (declared && getKind(declared)) return { kind: declared as KindId, source: 'declared' };
  if (declared) {
    // "statement-of-applicability", "ai-system-record", "AI Policy": a declared kind in words
    // that name one of ours, as a title would, is that kind (the schema rule asks for its ID).
    const named = declared.length <= 60 ? kindOfTitle(declared.replace(/[-_]+/g, ' ')) : undefined;
    return named ? { kind: named, source: 'declared' } : { source: 'none' };
  }
  for (const k of config.kinds) if (matchGlob(k.glob, relativePath)) return { kind: k.kind, source: 'path', reason: `the path matches "${k.glob}"` };
  // A card is a README by convention: known by its keys before read-mes are set aside below.
  if (card) return { kind: card.kind, source: 'card', reason: card.reason };
  // "controls/A.2.2.yaml" titled "AI policy": one control's record, not the document its title names.
  if (/(?:^|\/)A\.\d{1,2}(?:\.\d{1,2}){1,2}\.[a-z]+$/i.test(relativePath) || describesDocuments(relativePath)) return { source: 'none' };
  const candidates: [string, string][] = [];
  if (titledBySection) candidates.push(['file name', kindFileName(relativePath)]);
  if (title) candidates.push([titledBySection ? 'first heading' : 'title', title]);
  if (heading && heading !== title) candidates.push(['heading', heading]);
  if (!titledBySection) candidates.push(['file name', kindFileName(relativePath)]);
  for (const [what, text] of candidates) {
    // "ISMS Scope", "Information Security Risk Treatment Plan", "Statement of Applicability —
    // ISO/IEC 27001:2022": another management system's document of the same name, not ours.
    if (OTHER_SYSTEM.test(text) && !OUR_SYSTEM.test(text)) return { source: 'none' };
    const kind = kindOfTitle(text);
    // A title that names a kind only to say it is about something else settles it.
    if (kind === null) return { source: 'none' };
    if (kind) return { kind, source: 'title', reason: `its ${what} "${text.trim()}" names that kind of document` };
    // A title naming a policy none of ours ("AI Acceptable Use Policy") is that policy, whatever the file is
    // called (ai-policy.md), unless it or its heading says which of ours ("Release Policy (AI policy)").
    const otherPolicy = what !== 'file name' && /\bpolic(?:y|ies)\b/i.test(text);
    const asKind = otherPolicy ? kindOfTitle(/\(([^()]{3,40})\)/.exec(`${text} ${heading ?? ''}`)?.[1] ?? '') : undefined;
    if (asKind) return { kind: asKind, source: 'title', reason: `its ${what} "${text.trim()}" names that kind of document` };
    if (otherPolicy) return { source: 'none' };
  }
  // "SYS-01 Attendance Insight": a page named by an AI system's ID and its name is that system's record.
  for (const text of [title, heading]) {
    const id = text === undefined ? undefined : systemNamedBy(text, config.ids.system);
    if (id) return { kind: 'ai-system', source: 'title', reason: `its title "${text!.trim()}" is the AI system ID ${id} and a name` };
  }
  return { source: 'none' };
}

/**
 * The AI system ID a title starts with when the rest is only a name: a few words that name no
 * kind, plan or procedure ("SYS-01 Attendance Insight", "SYS-001 — TriageAssist"; not "SYS-01
 * retirement plan").
 */
function systemNamedBy(title: string, system: RegExp): string | undefined {
  let t = title.replace(/[*_`]/g, '').trim();
  // A Confluence export heads each page "Space name : Page title": the page's own title is after the last " : ".
  const colon = t.lastIndexOf(' : ');
  if (colon >= 0) t = t.slice(colon + 3).trim();
  // An attribute list ends a site's heading ("{ #sys-001 }"): cut at its brace, found by string search.
  if (t.endsWith('}')) t = t.slice(0, Math.max(0, t.lastIndexOf('{'))).trim() || t;
  const id = matchesWhole(system, t);
  if (!id || !t.toUpperCase().startsWith(id)) return undefined;
  const rest = t.slice(id.length).replace(/^[\s:|\u2013\u2014-]+/, '');
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || PROCESS.test(rest.toLowerCase()) || kindOfTitle(rest) !== undefined) return undefined;
  return id;
}

/**
 * The frameworks a document declares (`frameworks:` in its block), normalised, else the
 * workspace's; for a document whose title names the information security management system
 * and not ours ("ISMS Statement of Applicability"), ISO/IEC 27001 in place of ISO/IEC 42001:
 * its Annex A numbers are 27001's (A.5.2 there is "Information security roles and
 * responsibilities"), unless a 42001 mention right beside one says otherwise (refs/scan.ts).
 */
export function frameworksOf(block: ReturnType<typeof readAimsBlock>, config: AimsConfig, title?: string): string[] {
  const own = fieldList(block, 'frameworks').map((f) => String(f.value ?? '').toLowerCase().replace(/[^a-z0-9]/g, ''));
  if (own.length > 0) return own;
  if (title !== undefined && INFORMATION_SECURITY.test(title) && !OUR_SYSTEM.test(title)) return [...config.frameworks.filter((f) => f !== 'iso42001'), 'iso27001'];
  return [...config.frameworks];
}

/** A title naming the information security management system or its standards. */
const INFORMATION_SECURITY = /\b(?:isms|information[ -]security|infosec|27001|27002)\b/i;
