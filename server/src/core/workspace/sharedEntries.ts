/**
 * A register's risk and the definition made from it (parse/definitions.ts) hold the same ID
 * span, extent, attributes and title. Parsed, they are the same objects; a closed summary made
 * compact (analysis.ts compactSummary) or decoded from the cache (codec.ts) had two of each,
 * about 150 bytes per risk of what a closed document keeps. Here a risk definition takes its
 * risk's attributes and title again when they are equal by value (and its spans, small numbers
 * in a closed entry): nothing relies on their identity
 * (ARCHITECTURE.md invariant 16), so the summary reads exactly as before.
 */
import type { Attribute, Definition, RiskEntry } from '../model/types.js';
import { closedDefinition } from './closedEntities.js';

/** `definitions` with each risk definition that equals a risk of `risks` holding that risk's spans, attributes and title. */
export function shareRiskDefinitions(definitions: readonly Definition[], risks: readonly RiskEntry[]): readonly Definition[] {
  if (risks.length === 0) return definitions;
  let out: Definition[] | undefined;
  const byStart = new Map<number, RiskEntry>();
  for (const r of risks) if (!byStart.has(r.idSpan.start)) byStart.set(r.idSpan.start, r);
  for (let i = 0; i < definitions.length; i++) {
    const d = definitions[i]!;
    if (d.type !== 'risk') continue;
    const r = byStart.get(d.span.start);
    if (!r || r.id !== d.id || r.idSpan.end !== d.span.end || r.extent.start !== d.extent.start || r.extent.end !== d.extent.end) continue;
    const attributes = d.attributes === r.attributes || sameAttributes(d.attributes, r.attributes) ? r.attributes : d.attributes;
    const riskTitle = attributes === r.attributes ? r.attributes.get('title')?.text : undefined;
    const title = d.title !== undefined && d.title === riskTitle ? riskTitle : d.title;
    // Closed as the risk is (closedEntities.ts): the risk's spans, read through its getters, are fresh objects.
    const shared = closedDefinition({ type: 'risk', id: r.id, span: r.idSpan, extent: r.extent, attributes, ...(d.weak ? { weak: true } : {}) }, r.id, attributes, title);
    (out ??= definitions.slice())[i] = shared;
  }
  return out ?? definitions;
}

function sameAttributes(a: ReadonlyMap<string, Attribute>, b: ReadonlyMap<string, Attribute>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || y.text !== x.text || y.span.start !== x.span.start || y.span.end !== x.span.end) return false;
  }
  return true;
}
