/**
 * The completion entries themselves (controls in completionControls.ts): clause IDs from the
 * catalogue, risk/system/document IDs defined in the workspace, `aims:` keys
 * and values, Annex C names and missing required headings. Which of them are
 * offered where is decided in completion.ts.
 */
import type { AimsLanguageService } from '../service/api.js';
import type { AimsDocument, EntityType } from '../model/types.js';
import type { Range, Span } from '../text/types.js';
import type { CompletionEntry } from './types.js';
import { CLAUSES } from '../catalogue/clauses.js';
import { ANNEX_C } from '../catalogue/annexes.js';
import { APPROVAL_FIELDS, COMMON_FIELDS, KINDS, KNOWN_FIELDS, STATUSES, getKind } from '../catalogue/kinds.js';
import { getClause } from '../catalogue/lookup.js';
import { documentLabels, isItemPresent } from '../rules/missingSection.js';
import { pathNamer, whereLabel } from './hoverShared.js';

const pad = (n: number) => String(n).padStart(4, '0');

export function clauseEntries(range: Range): CompletionEntry[] {
  return CLAUSES.map((c, i) => ({ label: c.id, kind: 'clause' as const, detail: c.title, documentation: c.summary, range, sortText: pad(i) }));
}

const NOUN: Record<EntityType, string> = { risk: 'risk', system: 'AI system', document: 'document' };

/** IDs defined in the workspace, of the given types, with their titles. */
export function entityEntries(service: AimsLanguageService, types: readonly EntityType[], range: Range): CompletionEntry[] {
  const name = pathNamer(service);
  const out: CompletionEntry[] = [];
  for (const defs of service.index.allDefinitions().values()) {
    const main = defs.find((d) => !d.item.weak) ?? defs[0];
    if (!main || !types.includes(main.item.type)) continue;
    const title = defs.map((d) => d.item.title).find((t) => t && t.trim());
    const doc = service.getSummary(main.uri);
    out.push({
      label: main.item.id,
      kind: main.item.type,
      detail: title ? `${title} (${NOUN[main.item.type]})` : NOUN[main.item.type],
      documentation: `Defined in ${whereLabel(doc, main.uri, main.item.span, name)}.`,
      range,
      sortText: `${types.indexOf(main.item.type)}${main.item.id}`,
    });
  }
  // An AI system record's id names both the system and the document: offer it once, as the first type asked for.
  const seen = new Set<string>();
  return out.sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).filter((e) => !seen.has(e.label) && seen.add(e.label));
}

const FIELD_HELP: Readonly<Record<string, string>> = {
  kind: 'What sort of AIMS document this is; decides the sections it must have.',
  id: 'The document ID other documents cite (for example POL-001).',
  title: 'The document title.',
  owner: 'The role accountable for the document.',
  version: 'The document version, quoted ("1.0").',
  status: 'draft, approved or retired.',
  approved_by: 'Who approved this version.',
  approved_on: 'When this version was approved (YYYY-MM-DD).',
  next_review: 'When the document is next due for review (YYYY-MM-DD).',
  clauses: 'ISO/IEC 42001 clauses the document serves.',
  controls: 'Annex A controls the document implements or evidences.',
  frameworks: 'Frameworks the document refers to: iso42001, iso27001, nist-ai-rmf, eu-ai-act.',
  systems: 'AI systems the document concerns.',
  risks: 'Risks the document deals with.',
  supersedes: 'The ID of the document this one replaces.',
  classification: 'The information classification of the document.',
  sectors: 'The organisation\'s sectors (ISO/IEC 42001 Annex D): healthcare, defence, finance, transport, employment, energy, public-sector.',
};

const LIST_FIELDS = new Set(['clauses', 'controls', 'frameworks', 'systems', 'risks', 'sectors']);

/** `aims:` keys not yet present. */
export function fieldKeyEntries(present: readonly string[], range: Range): CompletionEntry[] {
  const have = new Set(present);
  return KNOWN_FIELDS.filter((k) => !have.has(k)).map((k, i) => ({
    label: k,
    kind: 'field' as const,
    detail: (COMMON_FIELDS as readonly string[]).includes(k) ? 'required' : (APPROVAL_FIELDS as readonly string[]).includes(k) ? 'required once approved' : 'optional',
    documentation: FIELD_HELP[k] ?? '',
    insertText: LIST_FIELDS.has(k) ? `${k}: [$1]` : `${k}: `,
    ...(LIST_FIELDS.has(k) ? { snippet: true } : {}),
    range,
    sortText: pad(i),
  }));
}

export function kindEntries(range: Range): CompletionEntry[] {
  return KINDS.map((k, i) => ({
    label: k.id,
    kind: 'value' as const,
    detail: k.name,
    documentation: `Serves clause${k.clauses.length === 1 ? '' : 's'} ${k.clauses.map((c) => `${c} (${getClause(c)?.title ?? ''})`).join(', ')}.${k.sections.length > 0 ? ` Must cover: ${k.sections.map((s) => s.title).join('; ')}.` : ''}`,
    range,
    sortText: pad(i),
  }));
}

const STATUS_HELP: Readonly<Record<string, string>> = {
  draft: 'Being written; not yet in force.',
  approved: 'In force; approved_by, approved_on and next_review are then required.',
  retired: 'No longer in force, kept for the record.',
};

export function statusEntries(range: Range): CompletionEntry[] {
  return STATUSES.map((s, i) => ({ label: s, kind: 'value' as const, documentation: STATUS_HELP[s] ?? '', range, sortText: pad(i) }));
}

export function frameworkEntries(range: Range): CompletionEntry[] {
  return [
    { label: 'iso42001', kind: 'value', detail: 'ISO/IEC 42001:2023', range },
    { label: 'iso27001', kind: 'value', detail: 'ISO/IEC 27001:2022', range },
    { label: 'nist-ai-rmf', kind: 'value', detail: 'NIST AI RMF 1.0 (NIST AI 100-1)', range },
    { label: 'eu-ai-act', kind: 'value', detail: 'EU AI Act, Regulation (EU) 2024/1689', range },
  ];
}

/** Today, and for a next review also the same day a year later. */
export function dateEntries(today: string, nextReview: boolean, range: Range): CompletionEntry[] {
  const out: CompletionEntry[] = [{ label: today, kind: 'value', detail: 'today', range, sortText: '0' }];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (nextReview && m) {
    const day = m[2] === '02' && m[3] === '29' ? '28' : m[3]!;
    out.push({ label: `${Number(m[1]) + 1}-${m[2]}-${day}`, kind: 'value', detail: 'in a year', range, sortText: '1' });
  }
  return out;
}

/** Annex C objectives and risk sources (risk sources first, as a `source:` holds one). */
export function annexCEntries(range: Range): CompletionEntry[] {
  return ANNEX_C.map((c, i) => ({
    label: c.name,
    kind: 'annex-c' as const,
    detail: c.type === 'risk-source' ? 'Annex C risk source' : 'Annex C objective',
    documentation: c.summary,
    range,
    sortText: (c.type === 'risk-source' ? '0' : '1') + pad(i),
    filterText: c.name,
  }));
}

/** "## <title>" for each required section of the document's kind that it lacks. */
export function headingEntries(doc: AimsDocument, currentHeading: Span | undefined, range: Range): CompletionEntry[] {
  const kind = doc.meta.kind ? getKind(doc.meta.kind) : undefined;
  if (!kind) return [];
  const own = currentHeading ? doc.sections.find((s) => s.headingSpan.start === currentHeading.start) : undefined;
  const labels = documentLabels(doc);
  if (own) labels.splice(labels.indexOf(own.normalized), 1);
  const eol = doc.lines.eol;
  return kind.sections
    .filter((item) => !isItemPresent(item, labels))
    .map((item, i) => ({
      label: `## ${item.title}`,
      kind: 'heading' as const,
      detail: `required by ${kind.name}`,
      documentation: item.hint,
      insertText: `## ${escapeSnippet(item.title)}${eol}${eol}\${1:${escapeSnippet(item.hint)}}`,
      snippet: true,
      range,
      sortText: pad(i),
      filterText: `## ${item.title}`,
    }));
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}
