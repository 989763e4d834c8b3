/**
 * A control listed twice in one statement of applicability: on the second row, with the
 * first as related information, saying which row the coverage figures use. A control
 * restated in a table of exclusions with the same decision is not a second listing.
 */
import type { Rule } from './types.js';
import type { SoaEntry } from '../model/types.js';
import { isRetired, soaRowsUnderCheck } from './util.js';
import { isExclusionTable } from '../parse/entities.js';

export const soaDuplicateControl: Rule = {
  code: 'soa-duplicate-control',
  defaultSeverity: 'warning',
  doc: {
    summary: 'A control listed more than once in the same statement of applicability; the coverage uses one of the rows and the other is easily left out of date.',
    example: '| A.6.2.4 | Yes | Models are tested before release |\n| A.6.2.4 | No | Not relevant |',
    fix: 'Keep one row per control and merge what the rows say.',
  },
  check(ctx) {
    const { doc } = ctx;
    const rows = soaRowsUnderCheck(doc);
    if (!rows || isRetired(doc)) return;
    const inExclusionTable = (e: SoaEntry) => doc.tables.some((t) => e.extent.start >= t.span.start && e.extent.end <= t.span.end && isExclusionTable(t));
    const byId = new Map<string, SoaEntry[]>();
    for (const e of rows) byId.set(e.controlId, [...(byId.get(e.controlId) ?? []), e]);
    const line = (e: SoaEntry) => doc.lines.positionAt(e.idSpan.start).line + 1;
    for (const [id, entries] of byId) {
      if (entries.length < 2) continue;
      // Coverage takes the first row that decides (see coverage/providers.ts decisionOf).
      const used = entries.find((e) => e.applicable !== undefined) ?? entries[0]!;
      const first = entries[0]!;
      for (const e of entries.slice(1)) {
        if (e.applicable === first.applicable && (inExclusionTable(e) || inExclusionTable(first))) continue;
        const differ = e.applicable !== first.applicable ? ' with a different decision' : '';
        ctx.report({
          span: e.idSpan,
          message: `${id} is listed again${differ} (first at line ${line(first)}); the coverage uses the row at line ${line(used)}.`,
          data: { id, usedLine: line(used) },
          related: [{ uri: doc.uri, span: first.idSpan, message: `${id} is first listed here` }],
        });
      }
    }
  },
};
