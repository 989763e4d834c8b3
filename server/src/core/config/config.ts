/**
 * Workspace configuration: `.aims.yaml` at a workspace root, or the editor's
 * `aims.*` settings (same keys). Plain data, validated here; nothing in it is
 * ever executed. Regular expressions given by users are compiled with a
 * length limit and checked for nested quantifiers (see safeRegExp).
 */
import type { KindId } from '../catalogue/types.js';
import { KIND_IDS } from '../catalogue/kinds.js';
import { safeRegExp } from '../util/safeRegExp.js';
import { vetGlobs } from '../util/glob.js';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';

export interface ScaleConfig {
  readonly min: number;
  readonly max: number;
  /** Words accepted instead of numbers ("likely" -> 4), lower case. */
  readonly labels: Readonly<Record<string, number>>;
}

export interface BandConfig {
  readonly level: string;
  readonly min: number;
  readonly max: number;
}

export interface RiskMethodConfig {
  readonly likelihood: ScaleConfig;
  readonly impact: ScaleConfig;
  readonly bands: readonly BandConfig[];
  /** Risks whose score is above this need a treatment and controls. */
  readonly acceptanceThreshold: number;
}

export interface KindGlob {
  readonly glob: string;
  readonly kind: KindId;
}

export interface AimsConfig {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly kinds: readonly KindGlob[];
  readonly ids: { readonly risk: RegExp; readonly system: RegExp; readonly document: RegExp };
  readonly risk: RiskMethodConfig;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly frameworks: readonly string[];
  /** The organisation's sectors (ISO/IEC 42001 Annex D), as written: `sectors:` (issue 17). */
  readonly sectors: readonly string[];
  /** Files larger than this many bytes are skipped with a notice. */
  readonly maxFileSize: number;
  /** Whether source files are read for control tags (`# aims: A.6.2.8`; parse/codeTags.ts). */
  readonly codeTags: boolean;
  /** Fixed "today" (YYYY-MM-DD) for reproducible output; the host clock otherwise. */
  readonly today?: string;
  /** Workspace-relative path of the organisation's licensed text of the standard (guidance.overlay). */
  readonly guidanceOverlay?: string;
}

/**
 * Default ID shapes. The look-arounds keep an ID whole: "SYS-001" inside "AIMS-SYS-001",
 * or "AIMS-INC-2025" inside "AIMS-INC-2025-001", is not an ID of its own.
 */
export const DEFAULT_ID_PATTERNS = {
  // Not a release or version number: "R26.4" is no risk R26.
  // Not a procedure or another controlled document named for risk: "PRO-RISK-001", "SOP-RISK-02".
  risk: '(?<![\\w-])(?:(?!AIMS-|(?:PROC?|SOP|POL|DOC|STD|WI|FRM|TPL|PLN|MAN|GUI|MTH|MET|PRC)-)[A-Z]{2,4}-)?(?:AI-)?(?:RISK|RSK|AIR|R)-?\\d{2,4}(?![\\w-]|\\.\\d)',
  system: '(?<![\\w-])(?:(?!AIMS-)[A-Z]{2,4}-)?(?:AI-?SYS|SYS|AIS)-\\d{2,4}(?![\\w-])',
  document: '(?<![\\w-])(?:AIMS|DOC|POL|SCOPE|ROLES|RAP|RR|RTP|SOA|AIIA|OBJ|COMP|COMM|MON|AUD|MR|NCL|CTX|IP|LEAD|CI)-(?:[A-Z0-9]{2,12}-){0,3}\\d{2,4}(?![\\w-])',
} as const;

const LIKELIHOOD_LABELS: Record<string, number> = {
  rare: 1,
  'very low': 1,
  unlikely: 2,
  low: 2,
  possible: 3,
  medium: 3,
  moderate: 3,
  likely: 4,
  high: 4,
  'almost certain': 5,
  'very high': 5,
  certain: 5,
  // Registers rated by letter ("H", "M", "L"): last, so messages listing the labels show words.
  vl: 1,
  l: 2,
  m: 3,
  h: 4,
  vh: 5,
};

const IMPACT_LABELS: Record<string, number> = {
  insignificant: 1,
  negligible: 1,
  'very low': 1,
  minor: 2,
  low: 2,
  moderate: 3,
  medium: 3,
  major: 4,
  high: 4,
  severe: 5,
  catastrophic: 5,
  critical: 5,
  'very high': 5,
  vl: 1,
  l: 2,
  m: 3,
  h: 4,
  vh: 5,
};

export const DEFAULT_CONFIG: AimsConfig = {
  include: ['**/*.md', '**/*.markdown', '**/*.mdx', '**/*.yaml', '**/*.yml', '**/*.json', '**/*.toml', '**/*.csv'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'],
  kinds: [],
  ids: {
    risk: new RegExp(DEFAULT_ID_PATTERNS.risk, 'g'),
    system: new RegExp(DEFAULT_ID_PATTERNS.system, 'g'),
    document: new RegExp(DEFAULT_ID_PATTERNS.document, 'g'),
  },
  risk: {
    likelihood: { min: 1, max: 5, labels: LIKELIHOOD_LABELS },
    impact: { min: 1, max: 5, labels: IMPACT_LABELS },
    bands: [
      { level: 'low', min: 1, max: 4 },
      { level: 'medium', min: 5, max: 9 },
      { level: 'high', min: 10, max: 14 },
      { level: 'critical', min: 15, max: 25 },
    ],
    acceptanceThreshold: 9,
  },
  rules: {},
  frameworks: ['iso42001'],
  sectors: [],
  maxFileSize: 5 * 1024 * 1024,
  codeTags: true,
};
vetGlobs([...DEFAULT_CONFIG.include, ...DEFAULT_CONFIG.exclude]);

export interface ConfigProblem {
  /** Dotted path of the offending key, e.g. "risk.bands.1.max". */
  readonly path: string;
  readonly message: string;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Merge a raw object (from YAML or editor settings) over the defaults.
 * Unknown keys and wrong types are reported and ignored, never fatal.
 */
export function normalizeConfig(raw: unknown, base: AimsConfig = DEFAULT_CONFIG): { config: AimsConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (raw === null || raw === undefined) return { config: base, problems };
  if (!isRecord(raw)) {
    problems.push({ path: '', message: 'The configuration must be a mapping of keys to values.' });
    return { config: base, problems };
  }
  const known = new Set(['version', 'documents', 'ids', 'risk', 'rules', 'frameworks', 'sectors', 'max_file_size', 'today', 'guidance', 'code_tags']);
  for (const k of Object.keys(raw)) if (!known.has(k)) problems.push({ path: k, message: `Unknown configuration key "${k}".` });

  let include = base.include;
  let exclude = base.exclude;
  let kinds = base.kinds;
  const docs = raw['documents'];
  if (docs !== undefined) {
    if (!isRecord(docs)) problems.push({ path: 'documents', message: '"documents" must be a mapping (include, exclude, kinds).' });
    else {
      include = stringList(docs['include'], 'documents.include', problems) ?? include;
      exclude = [...base.exclude, ...(stringList(docs['exclude'], 'documents.exclude', problems) ?? [])];
      const k = docs['kinds'];
      if (k !== undefined) {
        if (!Array.isArray(k)) problems.push({ path: 'documents.kinds', message: '"documents.kinds" must be a list of { glob, kind }.' });
        else {
          const list: KindGlob[] = [];
          k.forEach((entry, i) => {
            if (isRecord(entry) && typeof entry['glob'] === 'string' && typeof entry['kind'] === 'string') {
              if ((KIND_IDS as readonly string[]).includes(entry['kind'])) list.push({ glob: entry['glob'], kind: entry['kind'] as KindId });
              else problems.push({ path: `documents.kinds.${i}.kind`, message: `Unknown kind "${entry['kind']}". Known kinds: ${KIND_IDS.join(', ')}.` });
            } else problems.push({ path: `documents.kinds.${i}`, message: 'Each entry needs a "glob" and a "kind" string.' });
          });
          kinds = list;
        }
      }
    }
  }

  const ids = { ...base.ids };
  const rawIds = raw['ids'];
  if (rawIds !== undefined) {
    if (!isRecord(rawIds)) problems.push({ path: 'ids', message: '"ids" must be a mapping (risk, system, document).' });
    else
      for (const key of ['risk', 'system', 'document'] as const) {
        const v = rawIds[key];
        if (v === undefined) continue;
        if (typeof v !== 'string') {
          problems.push({ path: `ids.${key}`, message: 'An ID pattern must be a regular expression written as a string.' });
          continue;
        }
        const re = safeRegExp(v);
        if (typeof re === 'string') problems.push({ path: `ids.${key}`, message: re });
        else ids[key] = re;
      }
  }

  const risk = normalizeRisk(raw['risk'], base.risk, problems);

  const rules: Record<string, SeveritySetting> = { ...base.rules };
  const rawRules = raw['rules'];
  if (rawRules !== undefined) {
    if (!isRecord(rawRules)) problems.push({ path: 'rules', message: '"rules" must map rule codes to error, warning, information, hint or off.' });
    else
      for (const [code, sev] of Object.entries(rawRules)) {
        const s = sev === false ? 'off' : sev;
        if (typeof s === 'string' && SEVERITIES.has(s)) rules[code] = s as SeveritySetting;
        else problems.push({ path: `rules.${code}`, message: `Severity must be one of error, warning, information, hint, off.` });
      }
  }

  const frameworks = (stringList(raw['frameworks'], 'frameworks', problems) ?? base.frameworks).map((f) => f.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const sectors = (stringList(raw['sectors'], 'sectors', problems) ?? base.sectors).map((s) => s.trim()).filter(Boolean);

  let maxFileSize = base.maxFileSize;
  if (raw['max_file_size'] !== undefined) {
    const v = raw['max_file_size'];
    if (typeof v === 'number' && v > 0) maxFileSize = v;
    else problems.push({ path: 'max_file_size', message: '"max_file_size" must be a positive number of bytes.' });
  }

  let codeTags = base.codeTags;
  if (raw['code_tags'] !== undefined) {
    if (typeof raw['code_tags'] === 'boolean') codeTags = raw['code_tags'];
    else problems.push({ path: 'code_tags', message: '"code_tags" must be true or false.' });
  }

  let today = base.today;
  if (raw['today'] !== undefined) {
    const v = raw['today'];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) today = v;
    else problems.push({ path: 'today', message: '"today" must be a date written YYYY-MM-DD.' });
  }

  const guidanceOverlay = normalizeOverlayPath(raw['guidance'], problems) ?? base.guidanceOverlay;

  return { config: { include, exclude, kinds, ids, risk, rules, frameworks, sectors, maxFileSize, codeTags, ...(today ? { today } : {}), ...(guidanceOverlay ? { guidanceOverlay } : {}) }, problems };
}

/** `guidance.overlay`: a path inside the workspace ("/"-separated, relative, no ".."), since only workspace files are ever read. */
function normalizeOverlayPath(raw: unknown, problems: ConfigProblem[]): string | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    problems.push({ path: 'guidance', message: '"guidance" must be a mapping (overlay).' });
    return undefined;
  }
  for (const k of Object.keys(raw)) if (k !== 'overlay') problems.push({ path: `guidance.${k}`, message: `Unknown key "guidance.${k}".` });
  const v = raw['overlay'];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.trim() === '') {
    problems.push({ path: 'guidance.overlay', message: '"guidance.overlay" must be the path of a file in the workspace.' });
    return undefined;
  }
  const parts = v.trim().replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(v.trim()) || parts.includes('..') || parts.length === 0) {
    problems.push({ path: 'guidance.overlay', message: '"guidance.overlay" must be a path inside the workspace, relative to its root (no "..", no absolute path).' });
    return undefined;
  }
  return parts.join('/');
}

function normalizeRisk(raw: unknown, base: RiskMethodConfig, problems: ConfigProblem[]): RiskMethodConfig {
  if (raw === undefined) return base;
  if (!isRecord(raw)) {
    problems.push({ path: 'risk', message: '"risk" must be a mapping (likelihood, impact, bands, acceptance_threshold).' });
    return base;
  }
  const scale = (key: 'likelihood' | 'impact'): ScaleConfig => {
    const v = raw[key];
    const b = base[key];
    if (v === undefined) return b;
    if (!isRecord(v)) {
      problems.push({ path: `risk.${key}`, message: `"risk.${key}" must be a mapping with min and max.` });
      return b;
    }
    const min = typeof v['min'] === 'number' ? v['min'] : b.min;
    const max = typeof v['max'] === 'number' ? v['max'] : b.max;
    if (min >= max) problems.push({ path: `risk.${key}`, message: `"min" must be below "max".` });
    const labels: Record<string, number> = { ...b.labels };
    if (isRecord(v['labels']))
      for (const [word, n] of Object.entries(v['labels'])) {
        if (typeof n === 'number') labels[word.toLowerCase()] = n;
        else problems.push({ path: `risk.${key}.labels.${word}`, message: 'A label must map to a number on the scale.' });
      }
    return { min, max: Math.max(min + 1, max), labels };
  };
  let bands = base.bands;
  if (raw['bands'] !== undefined) {
    if (!Array.isArray(raw['bands'])) problems.push({ path: 'risk.bands', message: '"risk.bands" must be a list of { level, min, max }.' });
    else {
      const list: BandConfig[] = [];
      raw['bands'].forEach((b, i) => {
        if (isRecord(b) && typeof b['level'] === 'string' && typeof b['min'] === 'number' && typeof b['max'] === 'number')
          list.push({ level: b['level'].toLowerCase(), min: b['min'], max: b['max'] });
        else problems.push({ path: `risk.bands.${i}`, message: 'Each band needs "level" (text), "min" and "max" (numbers).' });
      });
      list.sort((a, b) => a.min - b.min);
      for (let i = 1; i < list.length; i++)
        if (list[i]!.min <= list[i - 1]!.max) problems.push({ path: `risk.bands.${i}`, message: `Band "${list[i]!.level}" overlaps band "${list[i - 1]!.level}".` });
      if (list.length > 0) bands = list;
    }
  }
  let acceptanceThreshold = base.acceptanceThreshold;
  if (raw['acceptance_threshold'] !== undefined) {
    if (typeof raw['acceptance_threshold'] === 'number') acceptanceThreshold = raw['acceptance_threshold'];
    else problems.push({ path: 'risk.acceptance_threshold', message: '"acceptance_threshold" must be a number (the highest score that may be retained without treatment).' });
  }
  return { likelihood: scale('likelihood'), impact: scale('impact'), bands, acceptanceThreshold };
}

function stringList(v: unknown, path: string, problems: ConfigProblem[]): string[] | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  problems.push({ path, message: `"${path}" must be a list of strings.` });
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The band a score falls in, if any. */
export function bandFor(method: RiskMethodConfig, score: number): BandConfig | undefined {
  return method.bands.find((b) => score >= b.min && score <= b.max);
}
