/**
 * The editor's snippet files (snippets/markdown.json, snippets/yaml.json) as data: a snippet
 * per document kind, built from the same templates as "New AIMS document...", and snippets
 * for the pieces written most often inside documents. `npm run generate` writes the files;
 * test/templates/snippets.test.ts fails when the committed files differ from this.
 */
import { CONTROLS } from '../catalogue/controls.js';
import { getKind, kindWithArticle, KINDS, type KindSpec } from '../catalogue/kinds.js';
import { fieldDefault, renderSnippet, TemplateBuilder, type Template } from './builder.js';
import { basisPhrase, clausePhrase } from './declaration.js';
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

/**
 * IDs to write instead of the templates' defaults: what the editor's completion gives, from
 * the workspace (each kind's document ID and the next risk ID free there). The snippet files
 * keep the defaults: they are static.
 */
export interface SnippetIds {
  /** The document ID for a kind's template, given the template's own. */
  readonly documentId?: (kind: KindSpec, proposed: string) => string;
  readonly riskId?: string;
  /** YYYY-MM-DD, for the year in yearly IDs (RR-2026). */
  readonly today?: string;
}

function build(write: (b: TemplateBuilder) => void): Template {
  const b = new TemplateBuilder();
  write(b);
  return b.final().build();
}

/** The pieces, per format: [name, prefix, description, template]. */
function pieces(format: TemplateFormat, riskId = NEW_RISK_ID): [string, string, string, Template][] {
  const ia = getKind('impact-assessment')!;
  const md = format === 'markdown';
  return [
    [
      'AIMS: risk entry',
      'aims-risk-entry',
      md ? 'A row of the AI risk register table, with its columns' : 'An item of a risk register\'s "risks:" list',
      build((b) => (md ? writeRiskRow(b, riskId) : writeRiskItem(b, riskId, ''))),
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

function definition(prefix: string, description: string, template: Template, given: { id?: string | undefined; riskId?: string | undefined } = {}): SnippetDefinition {
  const values = { ...(given.id !== undefined ? { id: given.id } : {}), ...(given.riskId !== undefined ? { riskId: given.riskId } : {}) };
  return { prefix, description, body: renderSnippet(template, values).split('\n') };
}

/** Every snippet of one file, keyed by name: the kinds in catalogue order, then the pieces. */
export function snippetCollection(format: TemplateFormat, ids: SnippetIds = {}): Record<string, SnippetDefinition> {
  const out: Record<string, SnippetDefinition> = {};
  for (const kind of KINDS) {
    const template = format === 'markdown' ? markdownTemplate(kind) : yamlTemplate(kind);
    if (!template) continue;
    const proposed = ids.documentId && ids.today && fieldDefault(template, 'id', ids.today);
    const id = proposed ? ids.documentId!(kind, proposed) : undefined;
    out[`AIMS: ${kind.name}`] = definition(`aims-${kind.id}`, `${kind.name} (${basisPhrase(kind)}): a new document with its required content`, template, { id, riskId: ids.riskId });
  }
  for (const [name, prefix, description, template] of pieces(format, ids.riskId)) out[name] = definition(prefix, description, template);
  return out;
}



/** The text of snippets/<format>.json, exactly as committed. */
export function snippetFileText(format: TemplateFormat): string {
  return JSON.stringify(snippetCollection(format), null, 2) + '\n';
}
