/**
 * The editor's snippet files (snippets/markdown.json, snippets/yaml.json) as data: a snippet
 * per document kind, built from the same templates as "New AIMS document...", and snippets
 * for the pieces written most often inside documents. `npm run generate` writes the files;
 * test/templates/snippets.test.ts fails when the committed files differ from this.
 */
import { CONTROLS } from '../catalogue/controls.js';
import { getKind, kindWithArticle, KINDS } from '../catalogue/kinds.js';
import { renderSnippet, TemplateBuilder, type Template } from './builder.js';
import { clausePhrase } from './declaration.js';
import type { TemplateFormat } from './layout.js';
import { writeMarkdownBody, markdownTemplate } from './markdown.js';
import { writeRiskItem, writeRiskRow, writeSoaItem, writeSoaRowSnippet } from './rows.js';
import { writeYamlBody, yamlTemplate } from './yaml.js';

/** One entry of a VS Code snippet file. */
export interface SnippetDefinition {
  readonly prefix: string;
  readonly description: string;
  /** Lines of the body (VS Code joins them with the editor's line end). */
  readonly body: readonly string[];
}

/** A risk typed into an existing register: an ID the writer must choose (never a duplicate of R-001). */
const NEW_RISK_ID = 'R-NNN';

function build(write: (b: TemplateBuilder) => void): Template {
  const b = new TemplateBuilder();
  write(b);
  return b.final().build();
}

/** The pieces, per format: [name, prefix, description, template]. */
function pieces(format: TemplateFormat): [string, string, string, Template][] {
  const ia = getKind('impact-assessment')!;
  const md = format === 'markdown';
  return [
    [
      'AIMS: risk entry',
      'aims-risk-entry',
      md ? 'A row of the AI risk register table, with its columns' : 'An item of a risk register\'s "risks:" list',
      build((b) => (md ? writeRiskRow(b, NEW_RISK_ID) : writeRiskItem(b, NEW_RISK_ID, ''))),
    ],
    [
      'AIMS: statement of applicability entry',
      'aims-soa-entry',
      md ? 'A row of the statement of applicability: control, decision, justification, status, evidence' : 'An item of a statement of applicability\'s "controls:" list',
      build((b) => (md ? writeSoaRowSnippet(b) : writeSoaItem(b, undefined, ''))),
    ],
    [
      'AIMS: impact assessment section',
      'aims-impact-section',
      `The content of ${kindWithArticle(ia)} (${clausePhrase(ia.clauses)}), to embed in another document`,
      build((b) => {
        if (md) {
          b.text(`## ${ia.name}\n\n`);
          writeMarkdownBody(b, ia, 3);
        } else {
          b.text('impact_assessment:\n');
          writeYamlBody(b, ia, { shape: 'map' }, '  ');
        }
      }),
    ],
    [
      'AIMS: Annex A control reference',
      'aims-control',
      md ? 'An ISO/IEC 42001 Annex A control with its title' : 'An ISO/IEC 42001 Annex A control ID',
      build((b) => b.choice(CONTROLS.map((c) => (md ? `${c.id} (${c.title})` : c.id)))),
    ],
  ];
}

function definition(prefix: string, description: string, template: Template): SnippetDefinition {
  return { prefix, description, body: renderSnippet(template).split('\n') };
}

/** Every snippet of one file, keyed by name: the kinds in catalogue order, then the pieces. */
export function snippetCollection(format: TemplateFormat): Record<string, SnippetDefinition> {
  const out: Record<string, SnippetDefinition> = {};
  for (const kind of KINDS) {
    const template = format === 'markdown' ? markdownTemplate(kind) : yamlTemplate(kind);
    if (!template) continue;
    out[`AIMS: ${kind.name}`] = definition(`aims-${kind.id}`, `${kind.name} (${clausePhrase(kind.clauses)}): a new document with its required content`, template);
  }
  for (const [name, prefix, description, template] of pieces(format)) out[name] = definition(prefix, description, template);
  return out;
}

/** The text of snippets/<format>.json, exactly as committed. */
export function snippetFileText(format: TemplateFormat): string {
  return JSON.stringify(snippetCollection(format), null, 2) + '\n';
}
