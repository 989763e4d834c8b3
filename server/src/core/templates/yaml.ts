/**
 * YAML templates, for the kinds YAML_LAYOUT names: a comment saying what the file is, the
 * `aims:` block, then the register list or the required sections as keys. The engine reads
 * keys like headings (rules/missingSection.ts), so each key is chosen to satisfy its item.
 */
import { CONTROLS } from '../catalogue/controls.js';
import type { KindSpec } from '../catalogue/kinds.js';
import { TemplateBuilder, type Template } from './builder.js';
import { writeDeclaration } from './declaration.js';
import { YAML_LAYOUT, yamlKeyFor, type YamlLayout } from './layout.js';
import { introduction } from './markdown.js';
import { writeRiskItem, writeSoaItem } from './rows.js';

/** Comment lines of at most ~90 characters, broken at spaces. */
function comment(text: string): string {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 90 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ' ' + word;
  }
  return [...lines, line].join('\n') + '\n';
}

/** The body for a layout; `indent` is where its top-level keys start (nested in a snippet). */
export function writeYamlBody(b: TemplateBuilder, kind: KindSpec, layout: YamlLayout, indent = ''): void {
  if (layout.shape === 'entries') {
    b.text(`${indent}${kind.entries!.yamlKey}:\n`);
    if (kind.entries!.entity === 'risks') writeRiskItem(b, 'R-001', indent + '  ');
    else
      CONTROLS.forEach((c, i) => {
        if (i > 0) b.text('\n');
        writeSoaItem(b, c, indent + '  ');
      });
  } else if (layout.shape === 'list') {
    b.text(`${indent}${layout.key}:\n${indent}  - ${layout.lead.key}: `).field(layout.lead.value, 'yaml').text('\n');
    for (const s of kind.sections) b.text(`${indent}    ${yamlKeyFor(s, layout.keys?.[s.id])}: `).field(s.hint, 'yaml').text('\n');
  } else {
    for (const s of kind.sections) b.text(`${indent}${yamlKeyFor(s)}: `).field(s.hint, 'yaml').text('\n');
  }
}

export function yamlTemplate(kind: KindSpec): Template | undefined {
  const layout = YAML_LAYOUT[kind.id];
  if (!layout) return undefined;
  const b = new TemplateBuilder();
  b.text(comment(`${kind.name}. ${introduction(kind, 'yaml')}`));
  writeDeclaration(b, kind);
  b.text('\n');
  writeYamlBody(b, kind, layout);
  return b.final().build();
}
