import type { Rule } from './types.js';
import { sectorNotice } from '../catalogue/sectors.js';
import type { FieldItem } from '../model/types.js';

/**
 * A notice per sector an `aims:` block names (issue 17): ISO/IEC 42001 Annex D's sector, the
 * standards related to it and the Annex C risk sources typical of it, so that the risk
 * assessment considers them. A pointer, not a defect: information severity. The sectors of
 * `.aims.yaml` get the same notice on that file (workspace/configFile.ts).
 */
export const annexDSector: Rule = {
  code: 'annex-d-sector',
  defaultSeverity: 'information',
  doc: {
    summary: 'The `sectors:` of an `aims:` block or of `.aims.yaml`: each named sector\'s related standards and typical risk sources (ISO/IEC 42001 Annex D, in our words), or a sector Annex D does not name.',
    example: '---\naims:\n  kind: risk-assessment-process\n  sectors: [finance]\n---',
    fix: 'Nothing to fix for a known sector: consider its risk sources in the risk assessment. For an unknown one, use an Annex D sector (healthcare, defence, finance, transport, employment, energy, public-sector) or leave it out.',
  },
  check(ctx) {
    const field = ctx.doc.meta.fields.get('sectors');
    if (!field || !Array.isArray(field.value)) return;
    for (const item of field.value as readonly FieldItem[]) {
      const { message, data } = sectorNotice(String(item.value ?? ''));
      ctx.report({ span: item.span, message, data });
    }
  },
};
