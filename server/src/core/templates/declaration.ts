/**
 * The `aims:` block every template starts with (front matter in Markdown, the first key in
 * YAML), written as the README's "Declaring a document" says: the six required fields, the
 * clauses and controls the kind serves, and any field the kind itself requires.
 */
import { APPROVAL_FIELDS, type KindSpec } from '../catalogue/kinds.js';
import type { TemplateBuilder, Segment } from './builder.js';
import { DEFAULT_OWNER, DEFAULT_SYSTEM, ID_SCHEME } from './layout.js';

/** The default ID; a yearly record takes the year from VS Code's clock in a snippet. */
export function idSegments(kind: KindSpec): readonly Segment[] {
  const s = ID_SCHEME[kind.id];
  return s.yearly ? [`${s.prefix}-`, { variable: 'CURRENT_YEAR' }] : [`${s.prefix}-001`];
}

/** "Clause 5.2", "Clauses 6.1.1 and 6.1.2", "Clauses 9.2, 9.2.1 and 9.2.2": forms the engine reads as clause references. */
/** What a kind answers to: its clauses ("Clause 6.1.3"), or, for a card, the controls it documents ("controls A.6.2.7, A.8.2"). */
export function basisPhrase(kind: Pick<KindSpec, 'clauses' | 'controls'>): string {
  return kind.clauses.length ? clausePhrase(kind.clauses) : `controls ${kind.controls.join(', ')}`;
}

export function clausePhrase(clauses: readonly string[]): string {
  if (clauses.length === 0) return '';
  if (clauses.length === 1) return `Clause ${clauses[0]}`;
  return `Clauses ${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

/** Writes `aims:` and its fields, each line ending in "\n". */
export function writeDeclaration(b: TemplateBuilder, kind: KindSpec): void {
  b.text(`aims:\n  kind: ${kind.id}\n  id: `).field(idSegments(kind), 'yaml', 'id');
  b.text('\n  title: ').field(kind.name, 'yaml', 'title');
  b.text('\n  owner: ').field(DEFAULT_OWNER, 'yaml', 'owner');
  // A new document is a draft: the approval fields are required only once it is approved,
  // and a snippet cannot compute a review date a year ahead, so they are named, not filled.
  b.text('\n  version: "0.1"\n  status: draft\n  # Drafted on ');
  b.variable('CURRENT_YEAR').text('-').variable('CURRENT_MONTH').text('-').variable('CURRENT_DATE');
  b.text(`. On approval, set the status to approved and add\n  # ${APPROVAL_FIELDS.join(', ').replace(/, (?=[^,]*$)/, ' and ')} (dates as YYYY-MM-DD).\n`);
  if (kind.clauses.length > 0) b.text(`  clauses: [${kind.clauses.map((c) => JSON.stringify(c)).join(', ')}]\n`);
  if (kind.controls.length > 0) b.text(`  controls: [${kind.controls.join(', ')}]\n`);
  for (const field of kind.fields) {
    if ((APPROVAL_FIELDS as readonly string[]).includes(field)) continue;
    // "systems" is the only such field today; another would get an empty stop, which the
    // template test reports as a missing field, so it cannot be added unnoticed.
    const value = field === 'systems' ? DEFAULT_SYSTEM : '';
    b.text(`  ${field}: [`).field(value, value ? 'yaml' : 'text').text(']\n');
  }
}
