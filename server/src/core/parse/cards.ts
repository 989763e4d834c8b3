/**
 * Model cards and dataset cards as AIMS documents. The Hugging Face convention (a README.md
 * whose YAML front matter holds `license`, `datasets`, `base_model`, `pipeline_tag`,
 * `model-index` ... for a model, `task_categories`, `size_categories`, `source_datasets` ...
 * for a dataset) is recognised by the keys alone; a card is then read as a record of kind
 * `model-card` or `dataset-card` (catalogue/kinds.ts), and the controls its present parts
 * document become evidence (`meta.documents`). No network: a card is never looked up.
 */
import type { KindId } from '../catalogue/types.js';
import type { YNode } from '../model/yamlTree.js';
import type { DocumentMeta, KindSource, Section } from '../model/types.js';
import type { Span } from '../text/types.js';
import { getKind } from '../catalogue/kinds.js';
import { containsPhrase } from '../util/text.js';
import { getPair, scalarText } from './yaml.js';

/** Keys only a model card's front matter uses. */
const MODEL_KEYS = ['model-index', 'base_model', 'pipeline_tag', 'library_name'];
/** Keys only a dataset card's front matter uses. */
const DATASET_KEYS = ['task_categories', 'task_ids', 'size_categories', 'annotations_creators', 'language_creators', 'source_datasets', 'multilinguality', 'dataset_info', 'paperswithcode_id'];

/** The card kind the front matter's keys say, with why; undefined for any other front matter. */
export function cardKindOf(frontMatter: YNode | null): { kind: KindId; reason: string } | undefined {
  if (!frontMatter || frontMatter.type !== 'map') return undefined;
  const keys = new Set(frontMatter.pairs.map((p) => p.key));
  const has = (list: readonly string[]) => list.filter((k) => keys.has(k));
  const dataset = has(DATASET_KEYS);
  const model = has(MODEL_KEYS);
  if (dataset.length > 0 && model.length === 0) return { kind: 'dataset-card', reason: `its front matter has the dataset card keys ${dataset.join(', ')}` };
  if (model.length > 0) return { kind: 'model-card', reason: `its front matter has the model card keys ${model.join(', ')}` };
  // An older card: its terms and the data it was trained on, without the newer keys.
  if (keys.has('license') && (keys.has('datasets') || keys.has('metrics'))) return { kind: 'model-card', reason: 'its front matter has license and datasets or metrics, as a model card does' };
  return undefined;
}

/** A cheap "maybe" for the relevance pre-check: front matter with a card key on a line of its own. */
export function mayBeCard(text: string): boolean {
  if (!text.startsWith('---')) return false;
  const end = text.indexOf('\n---', 3);
  const head = end > 0 ? text.slice(0, end) : text.slice(0, 4096);
  return /^(?:model-index|base_model|pipeline_tag|library_name|task_categories|task_ids|size_categories|annotations_creators|language_creators|source_datasets|multilinguality|dataset_info|paperswithcode_id|license)\s*:/m.test(head);
}

/**
 * The controls a card documents: those of each of its kind's parts that a heading of the card
 * names (a part is evidence when the card has a section on it; words in passing are not).
 */
export function cardControls(kind: KindId, sections: readonly Pick<Section, 'normalized'>[]): string[] {
  const spec = getKind(kind);
  const out = new Set<string>();
  for (const item of spec?.sections ?? [])
    if (item.controls && sections.some((s) => item.synonyms.some((syn) => containsPhrase(s.normalized, syn)))) for (const c of item.controls) out.add(c);
  return [...out].sort();
}

/** Keys under which an AI system record or a card records the models it uses or is. */
const MODEL_FIELD = /^(?:models?|base_models?|foundation_models?|underlying_models?|third_party_models?|llms?|model_name)$/i;

/**
 * The models a document records or names, lower case (what unknown-base-model looks up), of an
 * AI system record or a model card only: values of model keys at the top two levels of its
 * YAML (a YAML file, or a Markdown file's front matter), a card's own `model-index` names, and
 * for an AI system record the model-like words of its text (modelMentions), since inventories
 * often name the model they build on in a sentence ("fine-tuned from mistralai/Mistral-7B-v0.1").
 * A card's text is not read: what it names there is what it depends on, as its `base_model`.
 */
export function recordedModels(root: YNode | null, kind: KindId | undefined, text = ''): string[] {
  if (kind !== 'ai-system' && kind !== 'model-card') return [];
  const out = new Set<string>(kind === 'ai-system' ? modelMentions(text) : []);
  if (!root || root.type !== 'map') return [...out].sort();
  const add = (node: YNode | null) => {
    for (const n of node?.type === 'seq' ? node.items : node ? [node] : []) {
      const v = n.type === 'scalar' && typeof n.value === 'string' ? n.value.trim().toLowerCase() : n.type === 'map' ? (scalarNameOf(n) ?? '') : '';
      if (v) out.add(v);
    }
  };
  for (const p of root.pairs) {
    // A card's own base_model is what it depends on, not a model it records.
    if (MODEL_FIELD.test(p.key) && !(kind === 'model-card' && p.key === 'base_model')) add(p.value);
    if (p.value?.type === 'map') for (const q of p.value.pairs) if (MODEL_FIELD.test(q.key)) add(q.value);
  }
  if (kind === 'model-card') {
    const index = root.pairs.find((p) => p.key === 'model-index')?.value;
    for (const e of index?.type === 'seq' ? index.items : []) {
      const name = e.type === 'map' ? scalarNameOf(e) : undefined;
      if (name) out.add(name);
    }
  }
  return [...out].sort();
}

/** At most this many names are taken from one document's text: a bound on what the index keeps. */
const MAX_MENTIONS = 500;

/**
 * Words of a text that may name a model: those with a digit, `-`, `_`, `.` or `/` inside
 * ("Llama-3.1-8B", "gpt-4o", "mistralai/Mistral-7B-v0.1"), lower case; a word with `/` also
 * gives each of its segments and each pair of adjacent segments, so a Hub URL or a path names
 * the `owner/name` it contains. Plain words are left out: a base model is looked up by name,
 * and a plain word ("phi") is too common to count as naming it.
 */
export function modelMentions(text: string): string[] {
  const out = new Set<string>();
  const add = (w: string) => {
    if (out.size < MAX_MENTIONS && /[\d./_-]/.test(w)) out.add(w);
  };
  for (const raw of text.split(/[^\w./-]+/)) {
    const word = trimToAlnum(raw).toLowerCase();
    if (!word || word.length > 200) continue;
    add(word);
    if (!word.includes('/')) continue;
    const parts = word.split('/').map(trimToAlnum).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      add(parts[i]!);
      if (i + 1 < parts.length) add(`${parts[i]}/${parts[i + 1]}`);
    }
    if (out.size >= MAX_MENTIONS) break;
  }
  return [...out];
}

function trimToAlnum(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !/[A-Za-z0-9]/.test(w[a]!)) a++;
  while (b > a && !/[A-Za-z0-9]/.test(w[b - 1]!)) b--;
  return w.slice(a, b);
}

function scalarNameOf(node: YNode): string | undefined {
  if (node.type !== 'map') return undefined;
  const v = node.pairs.find((p) => p.key === 'name' || p.key === 'id')?.value;
  return v?.type === 'scalar' && typeof v.value === 'string' ? v.value.trim().toLowerCase() : undefined;
}

/** A model card's `base_model` values, with their spans (what unknown-base-model checks). */
export function baseModelsOf(root: YNode | null): { name: string; span: Span }[] {
  if (!root || root.type !== 'map') return [];
  const v = root.pairs.find((p) => p.key === 'base_model')?.value;
  const out: { name: string; span: Span }[] = [];
  for (const n of v?.type === 'seq' ? v.items : v ? [v] : []) if (n.type === 'scalar' && typeof n.value === 'string' && n.value.trim()) out.push({ name: n.value.trim(), span: n.span });
  return out;
}

/** What a document's meta holds of cards and models (DocumentMeta.documents, models, baseModels): only what it has. */
export function cardMeta(kind: KindId | undefined, source: KindSource, sections: readonly Pick<Section, 'normalized'>[], root: YNode | null, text: string): Pick<DocumentMeta, 'documents' | 'models' | 'baseModels'> {
  const models = recordedModels(root, kind, text);
  const bases = kind === 'model-card' && source === 'card' ? baseModelsOf(root) : [];
  return {
    ...(kind === 'model-card' || kind === 'dataset-card' ? { documents: cardControls(kind, sections) } : {}),
    ...(models.length > 0 ? { models } : {}),
    ...(bases.length > 0 ? { baseModels: bases } : {}),
  };
}

/**
 * A Kubernetes-style resource describing an AI system (`apiVersion: ...`, `kind: AISystem`, the
 * record under `spec:`), as platform teams keep them beside their charts: an AI system record,
 * known by its keys as a card is.
 */
export function resourceKindOf(root: YNode | null): { kind: KindId; reason: string } | undefined {
  if (!root || root.type !== 'map' || !getPair(root, 'apiVersion')) return undefined;
  const kind = scalarText(getPair(root, 'kind')?.value);
  return kind && AI_SYSTEM_RESOURCE.test(kind) ? { kind: 'ai-system', reason: `it is a resource of kind ${kind}` } : undefined;
}

const AI_SYSTEM_RESOURCE = /^(?:ai|ml)[-_ ]?(?:system|application)(?:[-_ ]?record)?$/i;
