/**
 * Annex C: which organisational objectives the objectives documents name (by
 * name or alias, as whole words), and which risk sources the risk registers
 * use (a risk's `source` naming the source or one of its aliases).
 */
import { ANNEX_C } from '../catalogue/annexes.js';
import type { AnnexCItem } from '../catalogue/types.js';
import { isRetiredDoc } from './providers.js';
import { byPath, hasPhrase, locationOf, phraseAt, plain, type ModelContext } from './common.js';
import type { AnnexCSection, Location, RiskCoverage } from './types.js';
import { minOf } from '../util/arrays.js';

export function annexCSection(ctx: ModelContext, risks: readonly RiskCoverage[]): AnnexCSection {
  const objectiveDocs = ctx.service.index.documents.filter((d) => d.relevant && d.meta.kind === 'objectives' && !isRetiredDoc(d));
  const texts = objectiveDocs.map((d) => ({ doc: d, text: d.text.toLowerCase() }));
  const objectives = ANNEX_C.filter((c) => c.type === 'objective').map((c) => {
    const documents: Location[] = [];
    for (const { doc, text } of texts) {
      const at = minOf(namesOf(c).map((n) => phraseAt(text, n)).filter((i) => i >= 0));
      if (Number.isFinite(at)) documents.push(locationOf(ctx, doc.uri, { start: at, end: at }));
    }
    return { id: c.id, name: c.name, documents: documents.sort(byPath) };
  });
  const sources = ANNEX_C.filter((c) => c.type === 'risk-source');
  const matched = new Map<string, string[]>(sources.map((s) => [s.id, []]));
  const unmatchedSources: { risk: string; source: string }[] = [];
  for (const r of risks) {
    const item = r.source ? sourceItem(sources, plain(r.source)) : undefined;
    if (item) matched.get(item.id)!.push(r.id);
    else unmatchedSources.push({ risk: r.id, source: r.source ?? '' });
  }
  return { objectives, riskSources: sources.map((s) => ({ id: s.id, name: s.name, risks: matched.get(s.id)! })), unmatchedSources };
}

function namesOf(c: AnnexCItem): string[] {
  return [c.name.toLowerCase(), ...c.aliases];
}

/** The risk source a `source` text names: by its full name first, then by an alias. */
function sourceItem(sources: readonly AnnexCItem[], text: string): AnnexCItem | undefined {
  return sources.find((s) => hasPhrase(text, s.name.toLowerCase())) ?? sources.find((s) => s.aliases.some((a) => hasPhrase(text, a)));
}
