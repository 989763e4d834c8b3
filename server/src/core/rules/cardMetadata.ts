import type { Rule } from './types.js';
import type { YNode } from '../model/yamlTree.js';
import { getPair, scalarText } from '../parse/yaml.js';

/**
 * What a 42001 reviewer needs from a model or dataset card's front matter (parse/cards.ts),
 * offline: the licence its users work under, evaluation results that say on what data and by
 * which metric, and, for the datasets it names, a word in the card on where each came from.
 * Only cards known by their front matter's keys: a card declared with an `aims:` block is
 * read by its sections alone.
 */
export const cardMetadata: Rule = {
  code: 'card-metadata',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A model or dataset card whose front matter lacks what a reviewer needs: no `license`, an evaluation result without its dataset or metrics, or a dataset named but never described.',
    example: '---\nbase_model: mistralai/Mistral-7B-v0.1\nmodel-index:\n  - name: triage-7b\n    results:\n      - task: { type: text-classification }\n---',
    fix: 'Add `license:`; give each `model-index` result its `dataset` and `metrics` (type and value); say in the card where each dataset of `datasets:` comes from and how it was used.',
  },
  check(ctx) {
    const { doc } = ctx;
    if ((doc.meta.kind !== 'model-card' && doc.meta.kind !== 'dataset-card') || doc.meta.kindSource !== 'card' || !doc.yaml || doc.yaml.type !== 'map') return;
    const fm = doc.yaml;
    const fence = doc.meta.frontMatterSpan ? { start: doc.meta.frontMatterSpan.start, end: doc.meta.frontMatterSpan.start + 3 } : { start: 0, end: 0 };
    const noun = doc.meta.kind === 'model-card' ? 'model card' : 'dataset card';
    if (!getPair(fm, 'license'))
      ctx.report({ span: fence, message: `This ${noun} states no license (front matter "license:"): its users, and an auditor, need the terms it may be used under.`, data: { missing: 'license' } });
    for (const result of modelIndexResults(fm)) {
      const missing = [getPair(result, 'dataset') ? undefined : 'dataset', hasMetrics(getPair(result, 'metrics')?.value ?? null) ? undefined : 'metrics (each with type and value)'].filter(Boolean);
      // The result's first line: its whole mapping may run over many.
      const lineEnd = doc.text.slice(result.span.start, result.span.end).search(/\r?\n/);
      if (missing.length)
        ctx.report({ span: { start: result.span.start, end: lineEnd < 0 ? result.span.end : result.span.start + lineEnd }, message: `This evaluation result names no ${missing.join(' and no ')}: a result says what was measured, on which data.`, data: { missing } });
    }
    const body = doc.text.slice(doc.meta.frontMatterSpan?.end ?? 0).toLowerCase();
    for (const d of listOf(getPair(fm, 'datasets')?.value ?? null)) {
      const name = scalarText(d);
      if (!name || body.includes(name.toLowerCase()) || body.includes(name.split('/').pop()!.toLowerCase())) continue;
      ctx.report({
        span: d.span,
        message: `The dataset "${name}" is named here but the card never describes it: say where it comes from, on what terms, and how it was used or prepared.`,
        atMost: 'information',
        data: { dataset: name },
      });
    }
  },
};

function listOf(node: YNode | null): YNode[] {
  return !node ? [] : node.type === 'seq' ? [...node.items] : [node];
}

/** The `results` items of every `model-index` entry that are mappings. */
function modelIndexResults(fm: YNode): YNode[] {
  const out: YNode[] = [];
  for (const entry of listOf(getPair(fm, 'model-index')?.value ?? null)) for (const r of listOf(getPair(entry, 'results')?.value ?? null)) if (r.type === 'map') out.push(r);
  return out;
}

function hasMetrics(node: YNode | null): boolean {
  const list = listOf(node);
  return list.length > 0 && list.every((m) => m.type === 'map' && getPair(m, 'type') !== undefined && getPair(m, 'value') !== undefined);
}
