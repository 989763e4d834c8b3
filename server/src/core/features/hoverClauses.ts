/**
 * Hover text for clause references: title, parent, our own summary, the
 * documented information the clause asks for and which workspace documents
 * provide it; for clause numbers the standard does not have, what it does have.
 */
import { licensedClauseText } from './hoverLicensed.js';
import type { AimsLanguageService } from '../service/api.js';
import { CLAUSES, DOCUMENTED_INFORMATION } from '../catalogue/clauses.js';
import { getClause, isKnownClause } from '../catalogue/lookup.js';
import { getKind } from '../catalogue/kinds.js';
import type { DocumentedInfoRequirement } from '../catalogue/types.js';
import { documentLabel, type PathNamer } from './hoverShared.js';

/** Clauses 1-3 exist but set no requirements; their titles are facts of the standard. */
const INTRODUCTORY: Readonly<Record<string, string>> = { '1': 'Scope', '2': 'Normative references', '3': 'Terms and definitions' };

export function clauseHoverText(service: AimsLanguageService, id: string, name: PathNamer): string {
  const clause = getClause(id);
  if (!clause) {
    if (isKnownClause(id)) {
      const top = id.split('.')[0]!;
      return `**Clause ${id}** — part of clause ${top} (${INTRODUCTORY[top] ?? ''}), one of the introductory clauses 1 to 3. They set no requirements, so nothing is checked against them.`;
    }
    return unknownClauseText(id);
  }
  const out = [`**Clause ${clause.id} — ${clause.title}**`];
  const parent = clause.parent ? getClause(clause.parent) : undefined;
  if (parent) out.push(`Part of clause ${parent.id} (${parent.title}).`);
  out.push(licensedClauseText(service, clause) ?? clause.summary);
  const children = CLAUSES.filter((c) => c.parent === clause.id);
  if (children.length > 0) out.push(`**Sub-clauses:** ${children.map((c) => `${c.id} ${c.title}`).join('; ')}.`);
  const requirements = DOCUMENTED_INFORMATION.filter((r) => r.clause === id || r.clause.startsWith(id + '.'));
  if (requirements.length > 0) out.push(`**Documented information:**\n${requirements.map((r) => requirementLine(service, r, id, name)).join('\n')}`);
  else out.push('This clause asks for no documented information of its own.');
  return out.join('\n\n');
}

function requirementLine(service: AimsLanguageService, r: DocumentedInfoRequirement, hovered: string, name: PathNamer): string {
  const form = r.form === 'maintain' ? 'maintained document' : 'retained record';
  const where = r.clause !== hovered ? `, clause ${r.clause}` : '';
  const kinds = new Set<string>(r.kinds);
  const providers = service.index.documents.filter((d) => d.relevant && d.meta.kind !== undefined && kinds.has(d.meta.kind));
  const provided =
    providers.length > 0
      ? `provided by ${providers.map((d) => documentLabel(d, d.uri, name)).join(', ')}`
      : `**missing**: no document of the workspace provides it (expected: ${r.kinds.map((k) => getKind(k)?.name ?? k).join(' or ')})`;
  return `- ${capitalise(r.what)} (${form}${where}): ${provided}`;
}

function unknownClauseText(id: string): string {
  const parentId = id.split('.').slice(0, -1).join('.');
  const parent = parentId ? getClause(parentId) : undefined;
  const siblings = CLAUSES.filter((c) => c.parent === parentId).map((c) => c.id);
  const hint = parent
    ? ` Clause ${parent.id} (${parent.title}) has ${siblings.length > 0 ? siblings.join(', ') : 'no sub-clauses'}.`
    : '';
  const top = CLAUSES.filter((c) => !c.parent).map((c) => `${c.id} ${c.title}`);
  return `**Clause ${id}** does not exist in ISO/IEC 42001:2023.${hint}\n\nThe requirements are in clauses 4 to 10: ${top.join('; ')}.`;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}
