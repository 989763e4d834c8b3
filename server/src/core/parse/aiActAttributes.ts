/**
 * What an AI system's row or item says of the EU AI Act (issue 17, per-system applicability):
 * the cells or values under a name that says AI Act and risk class or role, kept as the
 * system definition's attributes; nothing else of the row is, so a system costs nothing more
 * when it says nothing of the Act (the shared empty map).
 */
import { NO_ATTRIBUTES, type Attribute, type Table } from '../model/types.js';
import { isAiActRiskKey, isAiActRoleKey } from '../catalogue/aiActApplicability.js';
import { scalarText, type YNode } from './yaml.js';

const isAiActKey = (k: string) => isAiActRiskKey(k) || isAiActRoleKey(k);

/** The AI Act cells of a table row, by their column headers. */
export function rowAiActAttributes(t: Table, row: Table['rows'][number]): ReadonlyMap<string, Attribute> {
  let out: Map<string, Attribute> | undefined;
  t.header.forEach((h, i) => {
    const cell = row[i];
    const key = h.text.replace(/[*_`#:]/g, '').trim().toLowerCase();
    if (cell && cell.text.trim() && isAiActKey(key)) (out ??= new Map()).set(key, { text: cell.text.trim(), span: cell.span });
  });
  return out ?? NO_ATTRIBUTES;
}

/** The AI Act values of a YAML item (`ai_act_risk: high-risk`). */
export function itemAiActAttributes(item: YNode): ReadonlyMap<string, Attribute> {
  if (item.type !== 'map') return NO_ATTRIBUTES;
  let out: Map<string, Attribute> | undefined;
  for (const p of item.pairs) {
    const text = p.value?.type === 'scalar' ? scalarText(p.value) : undefined;
    if (text && p.value && isAiActKey(p.key)) (out ??= new Map()).set(p.key.toLowerCase(), { text, span: p.value.span });
  }
  return out ?? NO_ATTRIBUTES;
}
