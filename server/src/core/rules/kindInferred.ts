import type { AimsDocument } from '../model/types.js';
import type { Rule } from './types.js';
import { getKind, kindWithArticle } from '../catalogue/kinds.js';
import { titleSpan } from './util.js';
import { tomlFrontMatter } from '../parse/toml.js';

export const kindInferred: Rule = {
  code: 'kind-inferred',
  defaultSeverity: 'information',
  doc: {
    summary: 'The document does not declare its kind; the engine inferred it from the path or title.',
    example: '# AI Risk Register   (no front matter)',
    fix: 'Declare it in front matter (Markdown) or a top-level key (YAML, JSON): `aims: { kind: risk-register, id: ..., title: ..., owner: ..., version: ..., status: ... }`; in TOML (a TOML file, Hugo\'s `+++` front matter) an `[aims]` table; a CSV file by a `documents.kinds` glob in `.aims.yaml`. The quick fix adds the block to a Markdown (YAML front matter) or YAML file, with the fields the kind requires.',
  },
  check(ctx) {
    const { meta } = ctx.doc;
    if (meta.kindSource !== 'path' && meta.kindSource !== 'title') return;
    // An archived copy is kept for the record: how complete it is no longer matters.
    if (ctx.doc.archived) return;
    const kind = getKind(meta.kind!)!;
    const how = howToDeclare(ctx.doc, kind.id);
    ctx.report({
      span: titleSpan(ctx.doc),
      message: `Read as ${kindWithArticle(kind)} because ${meta.kindReason}. Declare the kind to make this certain, with ${how.replace(/\\n/g, ' ')}.`,
      data: { kind: kind.id },
    });
  },
};

/** Where the writer declares the kind, in the document's own syntax. */
function howToDeclare(doc: AimsDocument, kind: string): string {
  switch (doc.languageId) {
    case 'markdown':
      return tomlFrontMatter(doc) ? `a table in the +++ front matter: [aims] kind = "${kind}"` : `front matter: ---\\naims:\\n  kind: ${kind}\\n---`;
    case 'json':
      return `a top-level key: "aims": { "kind": "${kind}" }`;
    case 'toml':
      return `a table: [aims] kind = "${kind}"`;
    case 'csv':
      return `an entry of documents.kinds in .aims.yaml (a glob matching this file, kind: ${kind})`;
    default:
      return `a top-level key: aims: { kind: ${kind} }`;
  }
}
