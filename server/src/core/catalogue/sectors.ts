/** Annex D sectors by the words people write for them (issue 17). */
import { ANNEX_C, ANNEX_D } from './annexes.js';
import type { AnnexDSector } from './types.js';

const ALIASES: Readonly<Record<string, string>> = {
  health: 'healthcare', 'health-care': 'healthcare', medical: 'healthcare',
  defense: 'defence', military: 'defence',
  financial: 'finance', 'financial-services': 'finance', banking: 'finance', insurance: 'finance',
  transportation: 'transport', automotive: 'transport', mobility: 'transport',
  hr: 'employment', recruitment: 'employment', 'human-resources': 'employment',
  utilities: 'energy',
  government: 'public-sector', public: 'public-sector', 'public-administration': 'public-sector',
};

export function getSector(written: string): AnnexDSector | undefined {
  const key = written.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const id = ALIASES[key] ?? key;
  return ANNEX_D.find((s) => s.id === id && s.id !== 'integration');
}

/** The sector in our words: why it matters, related standards, typical Annex C risk sources. */
export function sectorText(s: AnnexDSector): string {
  const sources = s.riskSources.map((id) => ANNEX_C.find((c) => c.id === id)?.name ?? id);
  return [
    `**${s.name}** (ISO/IEC 42001 Annex D)`,
    s.note,
    `**Related standards:** ${s.relatedStandards.join(', ')}.`,
    `**Typical risk sources** (Annex C, this project's reading): ${sources.join('; ')}.`,
  ].join('\n\n');
}

/** The annex-d-sector notice for a sector as written, in `aims:` or `.aims.yaml`. */
export function sectorNotice(written: string): { message: string; data: { sector: string } } {
  const sector = getSector(written);
  if (!sector) return { message: `"${written}" is not a sector ISO/IEC 42001 Annex D names; it names ${SECTOR_IDS.join(', ')}.`, data: { sector: written } };
  const sources = sector.riskSources.map((id) => ANNEX_C.find((c) => c.id === id)?.name ?? id);
  return { message: `${sector.name} (Annex D): related standards ${sector.relatedStandards.join(', ')}; risk sources typical of the sector: ${sources.join('; ')}.`, data: { sector: sector.id } };
}

export const SECTOR_IDS: readonly string[] = ANNEX_D.filter((s) => s.id !== 'integration').map((s) => s.id);
