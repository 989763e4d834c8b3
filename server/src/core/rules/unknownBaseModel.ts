import type { Rule } from './types.js';

/**
 * A model card's `base_model` that no AI system record or other card of the workspace records
 * (a `model:`/`base_model:`/`models:` field, a card's `model-index` name, or a model-like word
 * in a system record's text: parse/cards.ts recordedModels): a model the organisation builds
 * on, missing from its inventory. `owner/name` is also known by its `name` alone. A notice: an
 * inventory may call the model something else ("Mistral 7B"). Offline: nothing is fetched.
 */
export const unknownBaseModel: Rule = {
  code: 'unknown-base-model',
  defaultSeverity: 'information',
  doc: {
    summary: "A model card's `base_model` that no AI system record or other card in the workspace records.",
    example: '---\nbase_model: mistralai/Mistral-7B-v0.1     (no system record has model: mistralai/Mistral-7B-v0.1)\n---',
    fix: 'Record the model in the AI system record that uses it (`model:` or `base_model:`), or add its own model card; a model from a supplier also belongs with the supplier (control A.10.3).',
  },
  checkInWorkspace(ctx) {
    const { doc } = ctx;
    const bases = doc.meta.baseModels;
    if (doc.meta.kind !== 'model-card' || !bases?.length) return;
    const known = new Set<string>();
    for (const d of ctx.index.everyDocument().documents) if (d.uri !== doc.uri && !ctx.index.isRetired(d.uri)) for (const m of d.meta.models ?? []) known.add(m);
    for (const b of bases) {
      const name = b.name.trim().toLowerCase();
      if (known.has(name) || known.has(name.slice(name.lastIndexOf('/') + 1))) continue;
      ctx.report({
        span: b.span,
        message: `The base model "${b.name}" is not recorded in the workspace's AI system inventory: no AI system record names it (in a model: or base_model: field, or in its text) and no model card describes it.`,
        data: { model: b.name },
      });
    }
  },
};
