/**
 * Scoring the product against the hand-made truth set in test/truth/ (its README says how the
 * set was made and how it is scored). Pure functions: the test runs the engine, this compares.
 */
import { parse } from 'yaml';

export interface TruthEntry {
  readonly file: string;
  readonly line?: number | undefined;
  readonly rule?: string | undefined;
  readonly subject?: string | undefined;
  readonly note?: string | undefined;
}

export interface TruthFile {
  readonly repository: string;
  readonly findings: readonly TruthEntry[];
  readonly absent: readonly TruthEntry[];
}

/** What the scorer needs of a finding: path inside the repository, 1-based line, code, severity, message. */
export interface Produced {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
}

/** Rules whose finding stands for the whole document (or workspace): one line either way is accepted. */
const DOCUMENT_LEVEL = new Set(['missing-section', 'soa-missing-control', 'review-overdue', 'clause-kind-mismatch', 'missing-documented-information']);

export function readTruthFile(text: string, name: string): TruthFile {
  const raw = parse(text) as { repository?: unknown; findings?: unknown; absent?: unknown } | null;
  if (!raw || typeof raw.repository !== 'string') throw new Error(`${name}: no "repository"`);
  const entries = (v: unknown, what: string): TruthEntry[] => {
    if (v == null) return [];
    if (!Array.isArray(v)) throw new Error(`${name}: "${what}" is not a list`);
    return v.map((e: Record<string, unknown>, i) => {
      if (!e || typeof e.file !== 'string') throw new Error(`${name}: ${what}[${i}] has no file`);
      return {
        file: e.file,
        line: typeof e.line === 'number' ? e.line : undefined,
        rule: typeof e.rule === 'string' ? e.rule : undefined,
        subject: e.subject == null ? undefined : String(e.subject),
        note: typeof e.note === 'string' ? e.note : undefined,
      };
    });
  };
  return { repository: raw.repository, findings: entries(raw.findings, 'findings'), absent: entries(raw.absent, 'absent') };
}

/** The subject as a whole word of the message ("A.6.2.1" is not found in "A.6.2.10"). */
function namesSubject(message: string, subject: string): boolean {
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${escaped}(?![\\w]|\\.\\d)`, 'i').test(message);
}

export function matches(entry: TruthEntry, p: Produced): boolean {
  if (entry.rule && entry.rule !== p.rule) return false;
  if (entry.file !== '*' && entry.file !== p.file) return false;
  if (entry.line !== undefined && entry.file !== '*') {
    const slack = DOCUMENT_LEVEL.has(p.rule) ? 1 : 0;
    if (Math.abs(entry.line - p.line) > slack) return false;
  }
  return !entry.subject || namesSubject(p.message, entry.subject);
}

export interface RuleScore {
  rule: string;
  /** Errors and warnings the product gave, and how many of them the truth set holds. */
  given: number;
  true: number;
  /** Truth entries, and how many the product found (at any severity). */
  expected: number;
  found: number;
}

export interface Score {
  readonly rules: RuleScore[];
  readonly falsePositives: Produced[];
  readonly missed: TruthEntry[];
  readonly absentHit: { entry: TruthEntry; finding: Produced }[];
}

const SCORED = new Set(['error', 'warning']);

/**
 * Each truth entry is matched by at most one finding and each finding matches at most one
 * entry (greedy, entries in order), so ten findings on one line do not all ride on one entry.
 */
export function score(truth: readonly TruthEntry[], absent: readonly TruthEntry[], all: readonly Produced[]): Score {
  // The set counts one finding per line, rule and subject: an ID written twice on a line is
  // one mistake, though the editor marks both places.
  const seen = new Set<string>();
  const produced = all.filter((p) => {
    const k = `${p.file}\n${p.line}\n${p.rule}\n${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  const byRule = new Map<string, RuleScore>();
  const row = (rule: string) => {
    let r = byRule.get(rule);
    if (!r) byRule.set(rule, (r = { rule, given: 0, true: 0, expected: 0, found: 0 }));
    return r;
  };
  const used = new Set<number>();
  const missed: TruthEntry[] = [];
  for (const e of truth) {
    const r = row(e.rule ?? '?');
    r.expected++;
    const i = produced.findIndex((p, k) => !used.has(k) && matches(e, p));
    if (i < 0) {
      missed.push(e);
      continue;
    }
    used.add(i);
    r.found++;
  }
  const falsePositives: Produced[] = [];
  produced.forEach((p, k) => {
    if (!SCORED.has(p.severity)) return;
    const r = row(p.rule);
    r.given++;
    if (used.has(k)) r.true++;
    else falsePositives.push(p);
  });
  const absentHit = absent.flatMap((entry) => produced.filter((p) => matches(entry, p)).map((finding) => ({ entry, finding })));
  return { rules: [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule)), falsePositives, missed, absentHit };
}

export function totals(rules: readonly RuleScore[]): RuleScore {
  return rules.reduce((t, r) => ({ rule: 'all', given: t.given + r.given, true: t.true + r.true, expected: t.expected + r.expected, found: t.found + r.found }), {
    rule: 'all',
    given: 0,
    true: 0,
    expected: 0,
    found: 0,
  });
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

export function formatScore(rules: readonly RuleScore[]): string {
  const lines = ['| rule | given (err+warn) | true | precision | expected | found | recall |', '|---|---|---|---|---|---|---|'];
  for (const r of [...rules, totals(rules)])
    lines.push(`| ${r.rule} | ${r.given} | ${r.true} | ${pct(r.true, r.given)} | ${r.expected} | ${r.found} | ${pct(r.found, r.expected)} |`);
  return lines.join('\n');
}

export const precision = (r: RuleScore) => (r.given === 0 ? 1 : r.true / r.given);
export const recall = (r: RuleScore) => (r.expected === 0 ? 1 : r.found / r.expected);
