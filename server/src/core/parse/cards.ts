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
import type { Section } from '../model/types.js';
import { getKind } from '../catalogue/kinds.js';
import { containsPhrase } from '../util/text.js';

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
