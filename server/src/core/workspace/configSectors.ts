/**
 * `sectors:` in `.aims.yaml` (issue 17): the organisation's Annex D sectors for the whole
 * workspace, where they are written (for the hover) and the annex-d-sector notice on each,
 * as an `aims:` block's sectors get it. A notice the configuration can switch off, unlike the
 * file's problems (configFile.ts), since nothing is wrong with it.
 */
import type { Finding } from '../model/findings.js';
import type { Span } from '../text/types.js';
import type { YNode } from '../model/yamlTree.js';
import type { AimsConfig } from '../config/config.js';
import type { LineIndex } from '../text/lineIndex.js';
import { sectorNotice } from '../catalogue/sectors.js';

export interface ConfigSector {
  readonly written: string;
  readonly span: Span;
}

/** The string items of the top-level `sectors` sequence, with their spans. */
export function configSectors(root: YNode | null): ConfigSector[] {
  if (root?.type !== 'map') return [];
  const seq = root.pairs.find((p) => p.key === 'sectors')?.value;
  if (seq?.type !== 'seq') return [];
  return seq.items.flatMap((i) => (i.type === 'scalar' && typeof i.value === 'string' && i.value.trim() ? [{ written: i.value.trim(), span: i.span }] : []));
}

export function sectorFindings(config: AimsConfig, uri: string, lines: LineIndex, sectors: readonly ConfigSector[]): Finding[] {
  const severity = config.rules['annex-d-sector'] ?? 'information';
  if (severity === 'off') return [];
  return sectors.map((s) => {
    const { message, data } = sectorNotice(s.written);
    return { code: 'annex-d-sector', severity, message, uri, span: s.span, range: lines.range(s.span), related: [], data };
  });
}
