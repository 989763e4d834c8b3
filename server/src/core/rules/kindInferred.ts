import type { Rule } from './types.js';
import { getKind, kindWithArticle } from '../catalogue/kinds.js';
import { titleSpan } from './util.js';

export const kindInferred: Rule = {
  code: 'kind-inferred',
  defaultSeverity: 'information',
  doc: {
    summary: 'The document does not declare its kind; the engine inferred it from the path or title.',
    example: '# AI Risk Register   (no front matter)',
    fix: 'Declare it in front matter (Markdown) or a top-level key (YAML, JSON): `aims: { kind: risk-register, id: ..., title: ..., owner: ..., version: ..., status: ... }`; a CSV file by a `documents.kinds` glob in `.aims.yaml`. The quick fix adds the block to a Markdown or YAML file, with the fields the kind requires.',
  },
  check(ctx) {
    const { meta } = ctx.doc;
    if (meta.kindSource !== 'path' && meta.kindSource !== 'title') return;
    // An archived copy is kept for the record: how complete it is no longer matters.
    if (ctx.doc.archived) return;
    const kind = getKind(meta.kind!)!;
    const lang = ctx.doc.languageId;
    const how =
      lang === 'markdown'
        ? 'front matter: ---\\naims:\\n  kind: ' + kind.id + '\\n---'
        : lang === 'json'
          ? 'a top-level key: "aims": { "kind": "' + kind.id + '" }'
          : lang === 'toml'
            ? 'a table: [aims] kind = "' + kind.id + '"'
          : lang === 'csv'
            ? 'an entry of documents.kinds in .aims.yaml (a glob matching this file, kind: ' + kind.id + ')'
            : 'a top-level key: aims: { kind: ' + kind.id + ' }';
    ctx.report({
      span: titleSpan(ctx.doc),
      message: `Read as ${kindWithArticle(kind)} because ${meta.kindReason}. Declare the kind to make this certain, with ${how.replace(/\\n/g, ' ')}.`,
      data: { kind: kind.id },
    });
  },
};
