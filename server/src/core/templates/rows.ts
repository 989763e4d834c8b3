/**
 * Register rows: a risk (table row or YAML item) and a statement-of-applicability decision,
 * shared by the register templates and the row snippets so the two never disagree on columns.
 */
import type { KindSpec } from '../catalogue/kinds.js';
import { getKind } from '../catalogue/kinds.js';
import type { ControlInfo } from '../catalogue/types.js';
import { CONTROLS } from '../catalogue/controls.js';
import { DEFAULT_CONFIG } from '../config/config.js';
import type { TemplateBuilder } from './builder.js';
import { registerColumns } from './layout.js';
import { PROVISIONAL_JUSTIFICATION } from '../parse/soaProvisional.js';
import { EXAMPLE_RISK_TITLE } from '../parse/template.js';

export const RISK_TREATMENTS = ['modify', 'avoid', 'share', 'retain'] as const;
export const RISK_STATUSES = ['open', 'treated', 'accepted', 'closed'] as const;
/** Implementation statuses the engine reads as "applicable" or "excluded" (parse/entities.ts). */
export const SOA_STATUSES = ['planned', 'partial', 'implemented', 'not applicable'] as const;

/**
 * A middling example rating whose level agrees with the default bands, so a new register does
 * not open with a risk-level-mismatch; the writer re-rates it.
 */
const EXAMPLE_LIKELIHOOD = 3;
const EXAMPLE_IMPACT = 3;

function bandOf(score: number): string {
  return DEFAULT_CONFIG.risk.bands.find((b) => score >= b.min && score <= b.max)?.level ?? '';
}

type RiskValue = (b: TemplateBuilder, yaml: boolean) => void;

/** What a new risk holds in each column; a column not listed gets an empty tab stop. */
const RISK_VALUES: Readonly<Record<string, RiskValue>> = {
  title: (b, yaml) => b.field(EXAMPLE_RISK_TITLE, yaml ? 'yaml' : 'cell'),
  owner: (b, yaml) => b.field('Risk owner', yaml ? 'yaml' : 'cell'),
  likelihood: (b) => b.field(String(EXAMPLE_LIKELIHOOD)),
  impact: (b) => b.field(String(EXAMPLE_IMPACT)),
  level: (b) => b.field(bandOf(EXAMPLE_LIKELIHOOD * EXAMPLE_IMPACT)),
  treatment: (b) => b.choice(RISK_TREATMENTS),
  residual: (b) => b.field(bandOf(1)),
  status: (b) => b.choice(RISK_STATUSES),
};

function riskKind(): KindSpec {
  return getKind('risk-register')!;
}

export function riskColumns(): readonly string[] {
  return registerColumns(riskKind());
}

/** `| R-001 | ... |` followed by a line end. */
export function writeRiskRow(b: TemplateBuilder, id: string): void {
  riskColumns().forEach((col, i) => {
    b.text(i === 0 ? '| ' : ' | ');
    if (col === 'id') b.field(id, 'cell', 'riskId');
    else if (col === 'controls') b.field('', 'cell');
    else (RISK_VALUES[col] ?? ((x) => x.field('', 'cell')))(b, false);
  });
  b.text(' |\n');
}

/** A `risks:` item; `indent` is where its "- " starts. */
export function writeRiskItem(b: TemplateBuilder, id: string, indent: string): void {
  riskColumns().forEach((col, i) => {
    b.text(i === 0 ? `${indent}- ` : `${indent}  `).text(`${col}: `);
    if (col === 'id') b.field(id, 'yaml', 'riskId');
    else if (col === 'controls' || col === 'systems') b.text('[').field('', 'text').text(']');
    else (RISK_VALUES[col] ?? ((x) => x.field('', 'text')))(b, true);
    b.text('\n');
  });
}

export function soaColumns(): readonly string[] {
  return registerColumns(getKind('soa')!);
}

const JUSTIFICATION_HINT = 'Why the control is included (the risks or requirements it addresses) or why it is excluded';

/** A fixed row of the SoA template: no tab stops (38 rows of them would be a maze). */
export function writeSoaRow(b: TemplateBuilder, control: ControlInfo): void {
  const cell: Record<string, string> = { control: control.id, title: control.title, applicable: 'Yes', justification: PROVISIONAL_JUSTIFICATION, status: SOA_STATUSES[0] };
  b.text('| ' + soaColumns().map((c) => cell[c] ?? '').join(' | ') + ' |\n');
}

/** The row snippet: one choice fills the control and its title ("A.2.2 | AI policy"). */
export function writeSoaRowSnippet(b: TemplateBuilder): void {
  const cols = soaColumns();
  cols.forEach((col, i) => {
    if (col === 'title' && cols[i - 1] === 'control') return;
    b.text(i === 0 ? '| ' : ' | ');
    if (col === 'control') b.choice(CONTROLS.map((c) => (cols[i + 1] === 'title' ? `${c.id} | ${c.title}` : c.id)));
    else if (col === 'applicable') b.choice(['Yes', 'No']);
    else if (col === 'justification') b.field(JUSTIFICATION_HINT, 'cell');
    else if (col === 'status') b.choice(SOA_STATUSES);
    else b.field('', 'cell');
  });
  b.text(' |\n');
}

const SOA_ITEM_VALUES: Readonly<Record<string, string>> = { applicable: 'true', justification: PROVISIONAL_JUSTIFICATION, status: SOA_STATUSES[0], evidence: '[]' };

/**
 * A `controls:` item. The title goes in a comment after the ID: it helps the reader, and a
 * comment cannot drift into a wrong-title finding. `control` undefined = the snippet's choice.
 */
export function writeSoaItem(b: TemplateBuilder, control: ControlInfo | undefined, indent: string): void {
  b.text(`${indent}- id: `);
  if (control) b.text(`${control.id}  # ${control.title}`);
  else b.choice(CONTROLS.map((c) => `${c.id}  # ${c.title}`));
  for (const col of soaColumns()) {
    if (col === 'control' || col === 'title') continue;
    b.text(`\n${indent}  ${col}: `);
    if (control) b.text(SOA_ITEM_VALUES[col] ?? '""');
    else if (col === 'applicable') b.choice(['true', 'false']);
    else if (col === 'justification') b.field(JUSTIFICATION_HINT, 'yaml');
    else if (col === 'status') b.choice(SOA_STATUSES);
    else if (col === 'evidence') b.text('[').field('', 'text').text(']');
    else b.field('', 'yaml');
  }
  b.text('\n');
}
