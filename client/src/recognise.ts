/**
 * Does this workspace hold AIMS documents? The start gate's decisions, from the engine's own
 * data (the kinds' title patterns and the Annex A control IDs, generated into protocol/engineFacts.ts), without
 * parsing anything: file names first, then the first few KB of a handful of files. Wrong
 * towards "yes" costs a server start; wrong towards "no" leaves the editor silent where the
 * CLI speaks, so both are kept rare. No `vscode` here, so node tests cover it.
 */
import { ANNEX_A_CONTROL_IDS, KIND_TITLE_PATTERNS } from '../../protocol/engineFacts.js';

/** How much of a file's start the gate reads. */
export const HEAD_BYTES = 4096;
/** At most this many files are read to confirm what their names suggest. */
export const MAX_READS = 8;
/**
 * File names naming this many different kinds in more than one word ("ai-policy.md", not
 * "context.md" or "scope.md", which many projects have) are an AIMS documentation set by themselves.
 */
export const KINDS_FOR_NAMES_ALONE = 3;

const PATTERNS = KIND_TITLE_PATTERNS.map((p) => new RegExp(p, 'i'));
/** Names about a kind of document rather than one (as the engine's kind inference skips them). */
const NOT_A_DOCUMENT = /\b(?:templates?|readme|change ?log|guides?|guidance|how to|questions?|questionnaire|checklists?|instructions?|faq|examples?|mapping|crosswalk)\b/;
/** What may follow a kind's name in a file name: a generic noun, a number, a version, a period. */
const TAIL = /^(?:\s+(?:register|log|record|records|report|statement|document|matrix|list|table|inventory|catalog(?:ue)?|sheet|form|card|summary|entry|entries|worksheet|results|overview|draft|final|v?\d[\d.]*|q[1-4]|h[12]|fy\d+))*\s*$/;

/** A file name as words: "AI-RISK-REGISTER.md" and "AIRiskRegister-001.yaml" both give "ai risk register ...". */
export function nameWords(relativePath: string): string {
  const base = relativePath.split('/').pop() ?? relativePath;
  return base
    .replace(/\.[^.]+$/, '')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[-_.\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The index of the kind (in the catalogue's order) a file's name names, as the engine
 * infers a kind from a file name: the kind's name ends the name or is followed only by a
 * generic noun or a number. Templates, guides and read-mes name none.
 */
export function namedKind(relativePath: string): number | undefined {
  if (/(?:^|[^a-z])(?:templates?|guides?|readme|changelog)(?:[^a-z]|$)/i.test(relativePath)) return undefined;
  const words = nameWords(relativePath);
  if (NOT_A_DOCUMENT.test(words)) return undefined;
  for (let i = 0; i < PATTERNS.length; i++) {
    const m = PATTERNS[i]!.exec(words);
    if (m && TAIL.test(words.slice(m.index + m[0].length).replace(/^[\p{L}\p{N}]*/u, ''))) return i;
  }
  return undefined;
}

/** Annex A control IDs that ISO/IEC 27001:2022 does not also use (its A.5-A.8 are two-level too). */
const DISTINCT_CONTROLS = new Set(ANNEX_A_CONTROL_IDS.filter((id) => !/^A\.[5-8]\.\d+$/.test(id)));

/**
 * Does the start of a document say it is about ISO/IEC 42001? "42001", "AI management
 * system", or an Annex A control ID of ISO/IEC 42001 that ISO/IEC 27001 does not also use
 * (and no mention of 27001/27002, whose older edition numbers controls alike).
 */
export function mentionsAims(head: string): boolean {
  if (head.includes('42001') || /\bAI management systems?\b/i.test(head)) return true;
  if (/\b2700[12]\b/.test(head)) return false;
  for (const m of head.matchAll(/(?<![\w.])A\.\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?!\.?\d)/g)) if (DISTINCT_CONTROLS.has(m[0])) return true;
  return false;
}

export interface GatePlan<T> {
  /** The names alone show an AIMS documentation set. */
  readonly start?: T;
  /** Files whose first HEAD_BYTES to read, in order, until one mentions ISO/IEC 42001. */
  readonly read: readonly T[];
}

/**
 * What to do with a workspace's file list (relative paths): start when the names name
 * KINDS_FOR_NAMES_ALONE kinds or more (in more than one word); otherwise read the starts of the files that name a
 * kind, and of the folders' top-level read-mes, shallowest first, at most MAX_READS.
 */
export function planGate<T>(files: readonly { readonly path: string; readonly item: T }[]): GatePlan<T> {
  const kinds = new Set<number>();
  const named: { path: string; item: T }[] = [];
  const readmes: { path: string; item: T }[] = [];
  for (const f of files) {
    const kind = namedKind(f.path);
    if (kind !== undefined) {
      if (nameWords(f.path).replace(/(?:^|\s)v?\d[\d.]*(?=\s|$)/g, '').trim().includes(' ')) kinds.add(kind);
      named.push(f);
    } else if (/^readme\.(?:md|markdown)$/i.test(f.path)) readmes.push(f);
  }
  const depth = (p: string) => p.split('/').length;
  named.sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (kinds.size >= KINDS_FOR_NAMES_ALONE) return { start: named[0]!.item, read: [] };
  return { read: [...readmes, ...named].slice(0, MAX_READS).map((f) => f.item) };
}
