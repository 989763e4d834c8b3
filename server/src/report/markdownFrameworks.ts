/**
 * The Markdown audit pack's section per other framework (issue 17): the AI RMF's categories
 * rolled up, then one row per subcategory or mapped AI Act article, evidenced or open, with the
 * mapped controls' states and the documents citing it. Item IDs are written in code spans: a
 * report saved in the workspace must not cite, and so evidence, every item it lists.
 */
import type { FrameworkCoverage } from '../core/index.js';
import { pushAll } from '../core/util/arrays.js';

export interface MarkdownHelpers {
  readonly cell: (s: string) => string;
  readonly link: (path: string, line: number) => string;
  readonly table: (header: readonly string[], rows: readonly (readonly string[])[]) => string[];
}

export function frameworkMarkdown(f: FrameworkCoverage, h: MarkdownHelpers): string[] {
  const code = (id: string) => `\`${id}\``;
  const cited = (c: FrameworkCoverage['items'][number]['citedBy']) => c.map((d) => h.link(d.path, d.line)).join(', ') || '–';
  const what = f.framework === 'eu-ai-act' ? 'mapped articles' : 'subcategories';
  const out = [
    `## ${h.cell(f.name)}`,
    '',
    `${h.cell(f.edition)}. ${f.evidenced} of ${f.total} ${what} evidenced: a control the crosswalk maps the item to is included in the statement of applicability and not only planned, a clause it maps to is addressed by a written document in force, or a document cites the item. Crosswalk: ${h.cell(f.crosswalk)}.`,
    '',
  ];
  if (f.groups.length) pushAll(out, h.table(['Category', 'Title', 'Evidenced', 'Cited in'], f.groups.map((g) => [code(g.id), h.cell(g.title), `${g.evidenced} of ${g.items.length}`, cited(g.citedBy)]))).push('');
  pushAll(
    out,
    h.table(
      ['Item', 'Title', 'State', 'ISO/IEC 42001 (state)', 'Cited in'],
      f.items.map((i) => [
        code(i.id),
        h.cell(i.title),
        i.state === 'evidenced' ? 'evidenced' : '**open**',
        [...i.controls.map((c) => `${c.id} (${c.state})`), ...(i.clauses.length ? [`clauses ${i.clauses.join(', ')}`] : [])].join(', ') || '–',
        cited(i.citedBy),
      ]),
    ),
  ).push('');
  return out;
}
