/**
 * Markdown templates: front matter, a title, one line on what the document is for, then the
 * kind's required content as a skeleton (a heading per required section with a note in
 * italics, or the register table). Notes are the kinds' own hints, written in our words.
 */
import { CONTROLS } from '../catalogue/controls.js';
import { kindWithArticle, type KindSpec } from '../catalogue/kinds.js';
import { TemplateBuilder, type Template } from './builder.js';
import { basisPhrase, writeDeclaration } from './declaration.js';
import { columnHeader, MARKDOWN_TABLE_KINDS, registerColumns, TABLE_ROW_ID, YAML_LAYOUT } from './layout.js';
import { writeRiskRow, writeSoaRow } from './rows.js';
import { templateNote } from '../parse/template.js';

/** What the document is and what the skeleton holds, for the line under the title. */
export function introduction(kind: KindSpec, format: 'markdown' | 'yaml'): string {
  const expects = `what ISO/IEC 42001 expects of ${kindWithArticle(kind)} (${basisPhrase(kind)})`;
  switch (kind.entries?.entity) {
    case 'risks':
      return `One entry per risk: ${expects}. Rate each risk on the scales of the risk assessment process and replace the example.`;
    case 'soa':
      return `One entry per Annex A control: ${expects}. Every control starts out included; decide each one from the risk treatment and justify it.`;
  }
  if (format === 'markdown' && MARKDOWN_TABLE_KINDS.has(kind.id)) return `One row per entry, with the columns that make ${expects}. Replace the example row.`;
  if (format === 'yaml' && YAML_LAYOUT[kind.id]?.shape === 'list') return `One item per entry, with the keys that make ${expects}. Replace the example.`;
  return format === 'markdown'
    ? `The sections below are ${expects}. Replace each note in italics with your own text.`
    : `The keys below are ${expects}. Replace each value with your own text.`;
}

const italic = (s: string) => `_${s}_`;

function tableHeader(b: TemplateBuilder, headers: readonly string[]): void {
  b.text(`| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n`);
}

/** The body after the title: headings, or a table. */
export function writeMarkdownBody(b: TemplateBuilder, kind: KindSpec, headingLevel = 2): void {
  const hashes = '#'.repeat(headingLevel);
  if (kind.entries) {
    tableHeader(b, registerColumns(kind).map(columnHeader));
    if (kind.entries.entity === 'risks') writeRiskRow(b, 'R-001');
    else for (const c of CONTROLS) writeSoaRow(b, c);
  } else if (MARKDOWN_TABLE_KINDS.has(kind.id)) {
    tableHeader(b, ['ID', ...kind.sections.map((s) => s.title)]);
    b.text('| ').field(TABLE_ROW_ID[kind.id] ?? '', 'cell');
    for (const s of kind.sections) b.text(' | ').field(italic(s.hint), 'cell');
    b.text(' |\n');
  } else {
    kind.sections.forEach((s, i) => {
      b.text(`${i > 0 ? '\n' : ''}${hashes} ${s.title}\n\n`).field(templateNote(s.hint)).text('\n');
    });
  }
}

export function markdownTemplate(kind: KindSpec): Template {
  const b = new TemplateBuilder();
  b.text('---\n');
  writeDeclaration(b, kind);
  b.text('---\n\n# ').mirror('title', 'heading').text(`\n\n${italic(introduction(kind, 'markdown'))}\n\n`);
  writeMarkdownBody(b, kind);
  return b.final().build();
}
