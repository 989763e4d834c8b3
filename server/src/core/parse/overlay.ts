/**
 * The guidance overlay: an organisation's own licensed text of ISO/IEC 42001,
 * which hovers show instead of this tool's summaries. A YAML (or JSON) file:
 *
 *   source: ISO/IEC 42001:2023, licensed to Example Ltd   # shown under the text
 *   clauses:  { "6.1.2": "…" }                            # clause text by number
 *   controls: { A.6.2.4: "…" }                            # Annex A control text by ID
 *   guidance: { A.6.2.4: "…" }                            # Annex B guidance by control ID
 *
 * Data only: values are shown as Markdown-escaped text, never run or fetched.
 */
import { parseYaml, toPlain, type YNode } from './yaml.js';
import type { Span } from '../text/types.js';

export interface GuidanceOverlay {
  readonly path: string;
  readonly source?: string;
  readonly clauses: ReadonlyMap<string, string>;
  readonly controls: ReadonlyMap<string, string>;
  readonly guidance: ReadonlyMap<string, string>;
}

export interface OverlayProblem {
  readonly span: Span;
  readonly message: string;
  readonly code: 'yaml-syntax' | 'schema';
}

const SECTIONS = ['clauses', 'controls', 'guidance'] as const;

export function parseOverlay(path: string, text: string): { overlay: GuidanceOverlay; problems: OverlayProblem[] } {
  const y = parseYaml(text);
  const problems: OverlayProblem[] = y.problems.map((p) => ({ span: p.span, message: p.message, code: 'yaml-syntax' as const }));
  const whole = { start: 0, end: Math.min(text.length, 1) };
  /** The key's span (a top-level key, or an entry of a section), so findings point at it. */
  const at = (key: string, entry?: string): Span => {
    const pair = pairOf(y.root, key);
    if (entry === undefined || !pair) return pair?.keySpan ?? whole;
    return pairOf(pair.value, entry)?.keySpan ?? pair.keySpan;
  };
  const raw = toPlain(y.root);
  const maps = { clauses: new Map<string, string>(), controls: new Map<string, string>(), guidance: new Map<string, string>() };
  let source: string | undefined;
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push({ span: whole, code: 'schema', message: 'A guidance overlay is a mapping with source, clauses, controls and guidance.' });
  } else if (raw) {
    const r = raw as Record<string, unknown>;
    for (const k of Object.keys(r)) if (k !== 'source' && !(SECTIONS as readonly string[]).includes(k)) problems.push({ span: at(k), code: 'schema', message: `Unknown key "${k}" in the guidance overlay (source, clauses, controls, guidance).` });
    if (typeof r['source'] === 'string') source = r['source'];
    for (const section of SECTIONS) {
      const v = r[section];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'object' || Array.isArray(v)) {
        problems.push({ span: at(section), code: 'schema', message: `"${section}" must map IDs to text.` });
        continue;
      }
      for (const [id, t] of Object.entries(v as Record<string, unknown>)) {
        if (typeof t === 'string' && t.trim() !== '') maps[section].set(normalizeId(section, id), t.trim());
        else problems.push({ span: at(section, id), code: 'schema', message: `"${section}.${id}" must be text.` });
      }
    }
  }
  return { overlay: { path, ...(source ? { source } : {}), ...maps }, problems };
}

function normalizeId(section: (typeof SECTIONS)[number], id: string): string {
  const t = id.trim();
  if (section === 'clauses') return t.replace(/^(?:clause\s+)?/i, '');
  // "B.6.2.4" and "A.6.2.4" both name the guidance of control A.6.2.4.
  return t.toUpperCase().replace(/^(?:ANNEX\s+)?[AB]\./, 'A.');
}

function pairOf(node: YNode | null, key: string): { keySpan: Span; value: YNode | null } | undefined {
  return node?.type === 'map' ? node.pairs.find((p) => p.key === key) : undefined;
}
