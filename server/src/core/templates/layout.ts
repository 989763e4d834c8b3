/**
 * What a template adds to the kinds data (catalogue/kinds.ts): the document ID each kind
 * usually carries, the shape of its YAML form, and which kinds read best as one table.
 * Required sections and columns are never repeated here; they come from KINDS.
 */
import type { KindId } from '../catalogue/types.js';
import type { KindSpec, RequiredItem } from '../catalogue/kinds.js';
import { containsPhrase, normalizeTitle } from '../util/text.js';

export type TemplateFormat = 'markdown' | 'yaml';

/**
 * Document ID prefixes, one per kind, all within DEFAULT_ID_PATTERNS (config.ts) so a new
 * document defines an ID the engine recognises (test/templates/ checks it). Records of a
 * year (a register, a review, an audit) carry the year, as the examples do; others a number.
 * An AI system record's ID is its system ID.
 */
export const ID_SCHEME: Readonly<Record<KindId, { readonly prefix: string; readonly yearly: boolean }>> = {
  context: { prefix: 'CTX', yearly: false },
  'interested-parties': { prefix: 'IP', yearly: false },
  leadership: { prefix: 'LEAD', yearly: false },
  policy: { prefix: 'POL', yearly: false },
  scope: { prefix: 'SCOPE', yearly: false },
  roles: { prefix: 'ROLES', yearly: false },
  'risk-assessment-process': { prefix: 'RAP', yearly: false },
  'risk-register': { prefix: 'RR', yearly: true },
  'risk-treatment-plan': { prefix: 'RTP', yearly: true },
  soa: { prefix: 'SOA', yearly: true },
  'impact-assessment': { prefix: 'AIIA', yearly: false },
  objectives: { prefix: 'OBJ', yearly: true },
  competence: { prefix: 'COMP', yearly: false },
  communication: { prefix: 'COMM', yearly: false },
  'monitoring-report': { prefix: 'MON', yearly: false },
  'audit-report': { prefix: 'AUD', yearly: true },
  'management-review': { prefix: 'MR', yearly: true },
  'nonconformity-log': { prefix: 'NCL', yearly: false },
  improvement: { prefix: 'CI', yearly: false },
  'ai-system': { prefix: 'SYS', yearly: false },
  // Inside the default document pattern (DOC-...): a card names a model or dataset, not a document series of its own.
  'model-card': { prefix: 'DOC-MC', yearly: false },
  'dataset-card': { prefix: 'DOC-DC', yearly: false },
};

/** A role, not a person: templates are shared, and the owner of record is a position. */
export const DEFAULT_OWNER = 'AI governance lead';

/** The AI system an impact assessment is about, until the writer names theirs. */
export const DEFAULT_SYSTEM = 'SYS-001';

/**
 * The YAML form, for the kinds that are registers or records a pipeline may read (the examples
 * keep the risk register and an AI system record as YAML). `entries`: the kind's own register
 * list (risks:, controls:); `list`: one item per entry, a key per required section; `map`: a
 * top-level key per required section.
 */
export type YamlLayout =
  | { readonly shape: 'entries' }
  | { readonly shape: 'list'; readonly key: string; readonly lead: { readonly key: string; readonly value: string }; readonly keys?: Readonly<Record<string, string>> }
  | { readonly shape: 'map' };

export const YAML_LAYOUT: Readonly<Partial<Record<KindId, YamlLayout>>> = {
  'risk-register': { shape: 'entries' },
  soa: { shape: 'entries' },
  objectives: { shape: 'list', key: 'objectives', lead: { key: 'id', value: 'O1' }, keys: { objectives: 'objective', owners: 'owner' } },
  competence: { shape: 'list', key: 'roles', lead: { key: 'role', value: 'The AIMS role this entry is about' } },
  'nonconformity-log': { shape: 'list', key: 'nonconformities', lead: { key: 'id', value: 'NC-001' } },
  'ai-system': { shape: 'map' },
};

/** Logs are many entries of the same fields: one table, a column per required section. */
export const MARKDOWN_TABLE_KINDS: ReadonlySet<KindId> = new Set<KindId>(['nonconformity-log']);

/** The first ID of a table-shaped log (not a document ID, so it defines and cites nothing). */
export const TABLE_ROW_ID: Readonly<Partial<Record<KindId, string>>> = { 'nonconformity-log': 'NC-001' };

export function formatsOf(kind: KindId): readonly TemplateFormat[] {
  return YAML_LAYOUT[kind] ? ['markdown', 'yaml'] : ['markdown'];
}

export function defaultId(kind: KindId, year: string): string {
  const s = ID_SCHEME[kind];
  return `${s.prefix}-${s.yearly ? year : '001'}`;
}

/** "Nonconformity and corrective action log" -> "nonconformity-and-corrective-action-log.md". */
export function defaultFileName(kind: KindSpec, format: TemplateFormat): string {
  const base = kind.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base}.${format === 'yaml' ? 'yaml' : 'md'}`;
}

const snake = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * The YAML key for a required item: an explicit choice, else its slug ("intended-use" ->
 * intended_use), else its title, whichever the engine reads as that item first. The engine
 * matches keys by the same synonyms as headings, so a key is only used if it satisfies them.
 */
export function yamlKeyFor(item: RequiredItem, override?: string): string {
  const candidates = [override, snake(item.id), snake(item.title)].filter((c): c is string => !!c);
  const satisfies = (key: string) => item.synonyms.some((syn) => containsPhrase(normalizeTitle(key), syn));
  return candidates.find(satisfies) ?? snake(item.title);
}

/** Column header for a canonical register column: "id" -> "ID", "likelihood" -> "Likelihood". */
export function columnHeader(column: string): string {
  return column === 'id' ? 'ID' : column[0]!.toUpperCase() + column.slice(1);
}

/**
 * Register columns: the kind's required ones, with the optional ones a reviewer expects in
 * between (a risk's level, controls and residual rating; an SoA row's title and evidence).
 */
export function registerColumns(kind: KindSpec): readonly string[] {
  const cols = [...(kind.entries?.requiredColumns ?? [])];
  const extras: readonly (readonly [column: string, after: string])[] =
    kind.entries?.entity === 'risks'
      ? [
          ['level', 'impact'],
          ['controls', 'treatment'],
          ['residual', 'controls'],
        ]
      : kind.entries?.entity === 'soa'
        ? [
            ['title', 'control'],
            ['evidence', 'status'],
          ]
        : [];
  for (const [column, after] of extras) {
    if (cols.includes(column)) continue;
    const at = cols.indexOf(after);
    cols.splice(at < 0 ? cols.length : at + 1, 0, column);
  }
  return cols;
}
